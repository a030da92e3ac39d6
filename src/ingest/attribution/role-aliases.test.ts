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

  it('finds each of many roles, short ones and ones sharing their first letters among them', () => {
    const registry = new EntityRegistry();
    const people = ['MP', 'mayor', 'mayor of Leeds', 'minister', 'coach'].map((role, i) => {
      const e = registry.add(`Person ${'ABCDE'[i]}`, 'person');
      registry.addRole(e, role);
      return e;
    });
    addRoleAliases(
      people,
      paragraphs('Then the mp and the Mayor of leeds spoke.', 'The minister left; the coach did not.'),
    );
    expect(people.map((e) => [...e.aliases].filter((a) => a !== e.name))).toEqual([
      ['the mp'],
      ['the Mayor'],
      ['the Mayor of leeds'],
      ['the minister'],
      ['the coach'],
    ]);
  });

  it('does not take a letter beyond ASCII for the one a role has there', () => {
    // "é" and "i" share a number in the index of first letters; the letters themselves still differ.
    expect(aliasesFrom(['idol'], 'Then the \u00e9dol spoke.')).toEqual([]);
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
