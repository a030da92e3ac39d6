/**
 * Links a tweet to the person the article names, even when the display name differs
 * ("Marta per Roma" → the councillor Marta Bellandi): by handle, surname or given name.
 */
import type { Tweet } from '../schema';
import { foldText } from '../text/ascii-words';
import { addAlias, type Entity, type EntityRegistry } from './entities';

const fold = foldText;

export function linkTweetAuthor(tweet: Tweet, registry: EntityRegistry): Entity {
  const folded = fold(tweet.handle ?? '');
  // (Most handles hold no underscore: they are not run through the pattern.)
  const handle = folded.includes('_') ? folded.replace(/_/g, '') : folded;
  const displayWords = asciiWordsOf(fold(tweet.displayName));
  let best: Entity | null = null;
  let bestScore = 0;
  // Only a person whose surname is in the handle or the display name can score 2, the least that
  // links: those are looked up by surname (each place in the handle, through the surnames' first
  // letters), not found by reading everyone.
  for (const e of registry.personsBySurnameIn(handle, displayWords)) {
    if (e.kind !== 'person') continue;
    const tokens = e.nameWords;
    const surname = tokens[tokens.length - 1] ?? '';
    const given = tokens.length > 1 ? (tokens[0] ?? '') : '';
    let score = 0;
    if (surname.length >= 3 && handle.includes(surname)) score += 2;
    // "Deb Kline RN": the surname is usually the display name's last word, a place name's word is not.
    if (surname.length >= 3 && displayWords[displayWords.length - 1] === surname) score += 3;
    else if (surname.length >= 3 && displayWords.includes(surname)) score += 1;
    if (given && (displayWords.includes(given) || displayWords.some((w) => w.length >= 3 && given.startsWith(w))))
      score += 1;
    if (given && handle.startsWith(given.slice(0, 3))) score += 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = e;
    }
  }
  const entity =
    best && bestScore >= 2
      ? best
      : (registry.findByName(tweet.displayName) ?? registry.add(tweet.displayName, 'person'));
  if (tweet.handle) {
    entity.handle ??= tweet.handle;
    addAlias(entity, `@${tweet.handle}`);
  }
  addAlias(entity, tweet.displayName);
  return entity;
}

const isAsciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The runs of lower-case ASCII letters and digits in a text (`text.split(/[^a-z0-9]+/).filter(Boolean)`, without the pattern and the second array). */
function asciiWordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isAsciiWordCode(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}
