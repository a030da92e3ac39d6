/**
 * Links a tweet to the person the article names, even when the display name differs
 * ("Marta per Roma" → the councillor Marta Bellandi): by handle, surname or given name.
 */
import type { Tweet } from '../schema';
import { foldText } from '../text/ascii-words';
import { addAlias, type Entity, type EntityRegistry } from './entities';

const fold = foldText;

export function linkTweetAuthor(tweet: Tweet, registry: EntityRegistry): Entity {
  const handle = fold(tweet.handle ?? '').replace(/_/g, '');
  const display = fold(tweet.displayName);
  const displayWords = display.split(/[^a-z0-9]+/).filter(Boolean);
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
