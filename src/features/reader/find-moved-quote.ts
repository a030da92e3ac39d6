/**
 * Finds the quote a shared link meant after the article was re-ingested. Ids are `speaker-hash`
 * (the hash is of the words, see ingest/attribution/output.ts), so:
 * 1. the id itself → the quote as it was;
 * 2. the same words hash under another speaker id → the speaker's name was respelled;
 * 3. the words the link carries (`?w=`, its first words), matched word by word against the start
 *    of each quote, as annotation tools re-anchor a quote selector after an edit → the words were
 *    corrected, added or dropped;
 * 4. otherwise the quote is gone, and the closest quotes by the same (or a similarly spelled)
 *    speaker are offered.
 */
import type { Quote } from '../../ingest/schema';

export type QuoteLookup =
  | { status: 'found'; quote: Quote }
  | { status: 'edited'; quote: Quote; wordsChanged: boolean; speakerChanged: boolean }
  | { status: 'gone'; nearby: Quote[] };

/** Share of the carried words that must still be there, in order, for the quote to count as edited. */
const MIN_SCORE = 0.6;
const NEARBY = 3;

interface QuoteIdParts {
  speaker: string;
  hash: string;
  repeat: string;
}

export function parseQuoteId(id: string): QuoteIdParts | null {
  const m = /^(.+)-([0-9a-z]{7})(?:-(\d+))?$/.exec(id);
  return m ? { speaker: m[1]!, hash: m[2]!, repeat: m[3] ?? '1' } : null;
}

/** Lower-case words, accents dropped: what the comparison sees. */
export function wordTokens(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!));
    prev = row;
  }
  return prev[b.length]!;
}

/** How much of the carried words the quote's opening still holds, in order (0–1). */
export function wordScore(carried: readonly string[], quoteText: string): number {
  if (carried.length === 0) return 0;
  // A few words of slack: words added near the start push the rest along.
  const opening = wordTokens(quoteText).slice(0, carried.length + 4);
  return commonSubsequence(carried, opening) / Math.max(carried.length, Math.min(opening.length, carried.length));
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** Speaker ids that differ by a respelling ("ana-pell" and "anna-pell"). */
export function similarSpeaker(a: string, b: string): boolean {
  return a === b || editDistance(a, b) <= Math.max(2, Math.floor(Math.min(a.length, b.length) / 4));
}

const speakerKey = (q: Quote) => q.speakerId ?? 'unknown';

export function findMovedQuote(quotes: readonly Quote[], id: string, carriedWords: string | null): QuoteLookup {
  const exact = quotes.find((q) => q.id === id);
  if (exact) return { status: 'found', quote: exact };
  const old = parseQuoteId(id);
  const sameSpeakerFirst = (a: Quote, b: Quote) =>
    Number(old ? similarSpeaker(speakerKey(b), old.speaker) : 0) -
    Number(old ? similarSpeaker(speakerKey(a), old.speaker) : 0);

  if (old) {
    const sameWords = quotes.filter((q) => {
      const parts = parseQuoteId(q.id);
      return parts?.hash === old.hash && parts.repeat === old.repeat;
    });
    const best = [...sameWords].sort(sameSpeakerFirst)[0];
    if (best) return { status: 'edited', quote: best, wordsChanged: false, speakerChanged: true };
  }

  const carried = wordTokens(carriedWords ?? '');
  if (carried.length > 0) {
    const scored = quotes
      .map((quote) => ({ quote, score: wordScore(carried, quote.text) }))
      .filter((s) => s.score >= MIN_SCORE);
    scored.sort((a, b) => b.score - a.score || sameSpeakerFirst(a.quote, b.quote));
    const best = scored[0];
    if (best) {
      return {
        status: 'edited',
        quote: best.quote,
        wordsChanged: true,
        speakerChanged: !!old && speakerKey(best.quote) !== old.speaker,
      };
    }
  }

  const bySpeaker = old ? quotes.filter((q) => q.kind !== 'tweet' && similarSpeaker(speakerKey(q), old.speaker)) : [];
  const nearby =
    carried.length > 0
      ? [...bySpeaker].sort((a, b) => wordScore(carried, b.text) - wordScore(carried, a.text))
      : bySpeaker;
  return { status: 'gone', nearby: nearby.slice(0, NEARBY) };
}
