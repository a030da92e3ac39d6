import { describe, expect, it } from 'vitest';
import { EntityRegistry } from './entities';
import { addRoleAliases } from './role-aliases';

const paragraphs = (...texts: string[]) => texts.map((text, block) => ({ block, text }));

/** The aliases a person with these roles gets from the paragraphs, besides the name. */
function aliasesFrom(roles: string[], ...texts: string[]): string[] {
  const registry = new EntityRegistry();
  const e = registry.add('Ana Roy', 'person');
  for (const role of roles) registry.addRole(e, role);
  addRoleAliases([e], paragraphs(...texts));
  return [...e.aliases].filter((a) => a !== e.name);
}

describe('addRoleAliases', () => {
  it('takes the role as written where it first stands after "the", in any case', () => {
    expect(
      aliasesFrom(['French president'], 'Ana Roy spoke.', 'THE FRENCH PRESIDENT left; the French president came back.'),
    ).toEqual(['the FRENCH PRESIDENT']);
  });

  it('adds nothing for a role the text does not use', () => {
    expect(aliasesFrom(['mayor'], 'Mayor Ana Roy spoke.')).toEqual([]);
  });

  it('reads text whose lower case is out of step with it as its lower case (the Kelvin sign, "İ")', () => {
    // The Kelvin sign lower-cases to "k", so the lower case holds "the keeper".
    expect(aliasesFrom(['keeper'], 'Then the \u212Aeeper spoke.')).toEqual(['the \u212Aeeper']);
    expect(aliasesFrom(['mayor'], 'Then the Mayor spoke.', 'In İzmir, too.')).toEqual(['the Mayor']);
  });
});
