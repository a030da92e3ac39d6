/** Turns resolved speech into the stored quotes, speakers and mentions, with stable ids. */
import type { Block, Mention, Quote, Speaker, Span, Tweet } from '../schema';
import { shortHashOfWords } from '../text/hash';
import { slugify } from '../text/slugify';
import type { Entity } from './entities';
import type { SpeechItem } from './speech-item';
import type { ParagraphTextOf } from './paragraph-texts';

export function buildSpeakers(entities: Entity[], items: SpeechItem[], tweetAuthors: Entity[]) {
  const quoteCount = new Map<Entity, number>();
  for (const it of items) if (it.speaker) quoteCount.set(it.speaker, (quoteCount.get(it.speaker) ?? 0) + 1);
  // (Most articles embed no tweet: their entities are not looked up in an empty map.)
  const tweetCount = tweetAuthors.length > 0 ? timesEach(tweetAuthors) : null;

  const idOf = new Map<Entity, string>();
  const used = new Set<string>();
  const speakers: Speaker[] = [];
  const mentions: Mention[] = [];
  for (const e of entities) {
    const quotes = quoteCount.get(e) ?? 0;
    const tweets = tweetCount?.get(e) ?? 0;
    if (quotes + tweets > 0) {
      const aliases = aliasesOf(e);
      const id = uniqueId(e.name, used);
      idOf.set(e, id);
      speakers.push({
        id,
        name: e.name,
        aliases,
        role: e.roles[0] ? capitalise(e.roles[0]) : null,
        handle: e.handle,
        kind: e.kind,
        quoteCount: quotes,
        tweetCount: tweets,
      });
      // A name seen only inside quotation marks once is as often a title ("Caffè Ducale") as a person.
      // (The aliases are only listed for an entity that is output: most are not.)
    } else if (e.kind === 'person' && (e.seen.length > 0 || hasAlias(e))) {
      mentions.push({
        id: uniqueId(e.name, used),
        name: e.name,
        aliases: aliasesOf(e),
        role: e.roles[0] ? capitalise(e.roles[0]) : null,
      });
    }
  }
  return { speakers, mentions, idOf };
}

/** How many times each entity stands in the list. */
function timesEach(entities: Entity[]): Map<Entity, number> {
  const times = new Map<Entity, number>();
  for (const e of entities) times.set(e, (times.get(e) ?? 0) + 1);
  return times;
}

/** The other names of an entity, in the order it was given them. (A loop: no copy of the set to filter.) */
function aliasesOf(e: Entity): string[] {
  const out: string[] = [];
  for (const a of e.aliases) if (a !== e.name) out.push(a);
  return out;
}
/** Whether an entity has a name other than its own. */
const hasAlias = (e: Entity) => e.aliases.size > (e.aliases.has(e.name) ? 1 : 0);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A slug of the name not yet in \`used\` (which it joins). */
function uniqueId(name: string, used: Set<string>): string {
  const base = slugify(name, 6) || 'speaker';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** The first part of a quote's id: its speaker's id, or "unknown". */
const idKeyOf = (q: Quote) => q.speakerId ?? 'unknown';

export function buildQuotes(
  items: SpeechItem[],
  blocks: Block[],
  tweets: Tweet[],
  tweetAuthors: Entity[],
  idOf: Map<Entity, string>,
  textOf: ParagraphTextOf,
): Quote[] {
  // (Each quote is written out field by field: an object spread costs about a microsecond apiece.
  // It is made once, its id an empty string in its place until the ids are given below, once the
  // quotes are in order.)
  const quotes: Quote[] = [];
  for (const it of items) {
    const text =
      it.spans.length === 1 ? spanText(it.spans[0]!, textOf) : it.spans.map((s) => spanText(s, textOf)).join('\n\n');
    if (!text.trim()) continue;
    const speakerId = it.speaker ? (idOf.get(it.speaker) ?? null) : null;
    quotes.push({ id: '', speakerId, kind: it.kind, text, spans: it.spans, cue: it.cue });
  }
  // (Most articles embed no tweet: their blocks are not walked for one.)
  if (tweets.length > 0) addTweetQuotes(quotes, blocks, tweets, tweetAuthors, idOf);
  // (The speech comes in reading order, so without tweets there is mostly nothing to sort: the sort,
  // which keeps equal quotes in their order, is only run when the order is not already kept.)
  if (!inReadingOrder(quotes)) quotes.sort(byFirstSpan);
  // Ids come from the speaker and the words, never the position: an edit elsewhere keeps them.
  const bases = new BaseCounter();
  for (const q of quotes) {
    const key = idKeyOf(q);
    const hash = shortHashOfWords(q.text, 7);
    const base = `${key}-${hash}`;
    // The same words said twice: the second gets the first's id with a counter.
    const n = bases.count(key, hash);
    q.id = n === 1 ? base : `${base}-${n}`;
  }
  return quotes;
}

/** How many quotes a scan counts repeats among before a Map takes over (so a long transcript stays linear). */
const SCAN_LIMIT = 32;

/**
 * How many times each id's base (`key-hash`) has been met, this time included. An article's few
 * quotes are counted by a scan of the ones before, comparing their short hashes first (a hash has
 * a fixed length, so equal bases are an equal key and an equal hash): a Map per article, looked up
 * by each freshly joined base (flattened and hashed for it), cost ~250 ns a quote in a micro-bench,
 * the scan next to nothing. Past `SCAN_LIMIT` quotes the bases are counted in a Map.
 */
class BaseCounter {
  private readonly keys: string[] = [];
  private readonly hashes: string[] = [];
  private times: Map<string, number> | null = null;

  count(key: string, hash: string): number {
    if (this.times === null && this.hashes.length < SCAN_LIMIT) {
      let n = 1;
      for (let i = 0; i < this.hashes.length; i++) if (this.hashes[i] === hash && this.keys[i] === key) n++;
      this.keys.push(key);
      this.hashes.push(hash);
      return n;
    }
    if (this.times === null) {
      this.times = new Map();
      for (let i = 0; i < this.hashes.length; i++) addOne(this.times, `${this.keys[i]!}-${this.hashes[i]!}`);
    }
    return addOne(this.times, `${key}-${hash}`);
  }
}

/** Counts one more of `base`, and returns its count. */
function addOne(times: Map<string, number>, base: string): number {
  const n = (times.get(base) ?? 0) + 1;
  times.set(base, n);
  return n;
}

/** The quotes of the tweets the article embeds, each in its block's place. */
function addTweetQuotes(
  quotes: Quote[],
  blocks: Block[],
  tweets: Tweet[],
  tweetAuthors: Entity[],
  idOf: Map<Entity, string>,
): void {
  for (let block = 0; block < blocks.length; block++) {
    const b = blocks[block]!;
    if (b.type !== 'tweet') continue;
    const tweet = tweets[b.tweet];
    const author = tweetAuthors[b.tweet];
    if (!tweet || !tweet.text) continue;
    const speakerId = author ? (idOf.get(author) ?? null) : null;
    quotes.push({
      id: '',
      speakerId,
      kind: 'tweet',
      text: tweet.text,
      spans: [{ block, start: 0, end: tweet.text.length }],
      cue: null,
    });
  }
}

const byFirstSpan = (a: Quote, b: Quote) =>
  a.spans[0]!.block - b.spans[0]!.block || a.spans[0]!.start - b.spans[0]!.start;

/** Whether each quote starts no earlier than the one before it (by `byFirstSpan`). */
function inReadingOrder(quotes: Quote[]): boolean {
  for (let i = 1; i < quotes.length; i++) if (byFirstSpan(quotes[i - 1]!, quotes[i]!) > 0) return false;
  return true;
}

/** The words of one span. */
const spanText = (s: Span, textOf: ParagraphTextOf) => (textOf.get(s.block) ?? '').slice(s.start, s.end);
