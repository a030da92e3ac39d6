/** Turns a speaker phrase ("the mayor, Odile Brun", "he", "Putin, who …") into an entity. */
import { globalPosition, type Entity, type EntityRegistry } from './entities';
import { ORGANISATION_WORDS, ROLE_WORDS } from './lexicon';
import { findNameMentions } from './name-mentions';

const PRONOUNS = new Map<string, 'female' | 'male' | 'plural'>([['he', 'male'], ['she', 'female'], ['they', 'plural']]);

function nameIn(chunk: string): { name: string; kind: 'person' | 'organisation' | 'unknown' } | null {
  const found = findNameMentions(0, chunk).find((m) => m.kind !== 'unknown' || m.tokens.length === 1);
  return found ? { name: found.name, kind: found.kind } : null;
}

/** Resolves a speaker phrase at a position; creates the entity when a new name speaks. */
export function resolveSpeaker(phrase: string, block: number, offset: number, registry: EntityRegistry): Entity | null {
  const at = globalPosition(block, offset);
  const chunks = phrase.split(/,\s*/).map((c) => c.trim()).filter(Boolean);
  const first = (chunks[0] ?? '').replace(/^(?:and|but|then|also)\s+/i, '');
  const pronoun = first.length <= 4 ? PRONOUNS.get(first.toLowerCase()) : undefined;
  if (pronoun) return registry.findByPronoun(pronoun, at);

  const isRolePhrase = /^(?:the|a|an|one|another|its|his|her|their|our)\s/i.test(first);
  // Most speaker phrases are a name the article has already used: look it up before parsing it.
  if (!isRolePhrase && chunks.length === 1) {
    const known = registry.findByName(first, at);
    if (known) return known;
  }
  const name = isRolePhrase ? null : nameIn(first);
  if (name) {
    const known = registry.findByName(name.name, at);
    // One capitalised word the article never introduced as a person or a body is no speaker.
    if (!known && !name.name.includes(' ') && name.kind !== 'organisation') return null;
    const entity = known ?? registry.add(name.name, name.kind === 'organisation' ? 'organisation' : 'person');
    const role = chunks[1];
    if (role && /^(?:the\s+|a\s+|an\s+)?\p{Ll}/u.test(role) && !/^who\b/.test(role)) {
      const words = role.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
      if (words.slice(0, 4).some((w) => ROLE_WORDS.has(w.toLowerCase()))) registry.addRole(entity, role);
    }
    return entity;
  }
  if (!isRolePhrase) return null;
  // "the mayor, Odile Brun": the name in apposition wins over the role.
  const apposed = chunks[1] ? nameIn(chunks[1]) : null;
  if (apposed && /^\p{Lu}/u.test(chunks[1] ?? '')) {
    const entity = registry.findByName(apposed.name) ?? registry.add(apposed.name, apposed.kind === 'organisation' ? 'organisation' : 'person');
    registry.addRole(entity, first);
    return entity;
  }
  const byRole = registry.findByRole(first, at);
  if (byRole) return byRole;
  // "The White House", "the Congressional Budget Office": a proper name with its article.
  if (/^the\s+(?:\p{Lu}[\p{L}'’&.-]*\s*)+$/iu.test(first) && /^the\s+\p{Lu}/iu.test(first) && /\s\p{Lu}/u.test(first)) {
    const label = first.replace(/^the\s+/i, 'The ');
    return registry.findByName(label) ?? registry.add(label, 'organisation');
  }
  // "the club said in a statement": a body speaks; it is known by the phrase itself.
  const head = first.toLowerCase().split(/\s+/).pop() ?? '';
  const orgWord = first.toLowerCase().split(/[^a-z]+/).some((w) => ORGANISATION_WORDS.has(w));
  if (ORGANISATION_WORDS.has(head) || (orgWord && !first.toLowerCase().split(/[^a-z]+/).some((w) => ROLE_WORDS.has(w)))) {
    const label = first.replace(/^(?:its|his|her|their|our|a|an)\s+/i, 'the ');
    const entity = registry.findByName(label) ?? registry.add(label.charAt(0).toUpperCase() + label.slice(1), 'organisation');
    return entity;
  }
  return null;
}
