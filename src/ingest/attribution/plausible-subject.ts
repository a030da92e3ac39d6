import { ROLE_WORDS } from './lexicon';

/** A subject that can speak: a pronoun, a capitalised name, or a short noun phrase — not a clause. */
export function plausibleSubject(phrase: string): boolean {
  const head = phrase.split(',')[0]?.trim() ?? '';
  if (!head) return false;
  if (/^(?:he|she|they|we|i)$/i.test(head)) return true;
  const words = head.split(/\s+/);
  if (words.length > 8) return false;
  if (/\b(?:is|are|was|were|has|have|had|will|would|can|could|not|and|but)\b/i.test(head) && !/^\p{Lu}/u.test(head)) return false;
  // "manager Luis Ortega": a bare role word before a name.
  const bareRole = /^(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+\p{Lu}/u.exec(head);
  if (bareRole?.[1] && ROLE_WORDS.has(bareRole[1]) ) return true;
  return /^(?:the|a|an|one|another|its|his|her|their)\s/i.test(head) || /^\p{Lu}/u.test(head);
}
