/**
 * franc's answer (franc-min 6.2, the same profiles and the same arithmetic), computed without its
 * per-call costs: franc builds an array of every match of twenty script patterns, an object of
 * trigram strings and a sorted list of them for each text, and filters its language table on each
 * call. Here the script of each character is read once and kept, trigrams are numbers (three UTF-16
 * units packed in one number), and the profiles of the allowed languages are hash tables in typed
 * arrays, built at the first call.
 * `trigram-language.test.ts` holds it to franc's answers on news text in every script we meet, and on
 * random text.
 *
 * franc's distance is, for each distinct trigram of the text, |count − rank − 1| when the language's
 * profile holds it (rank: its place in the profile) and 300 when it does not; the language with the
 * least distance wins, the first in franc's table on a tie. The order franc sorts its trigrams in
 * does not enter the sum, so none is kept here.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { franc } from 'franc-min';
import { isJsSpace } from './ascii-words';

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

const SCRIPTS = Object.keys(expressions);
const SCRIPT_PATTERNS = SCRIPTS.map((s) => new RegExp(expressions[s]!.source));
if (SCRIPTS.length > 30) throw new Error('trigram-language: more scripts than bits');

/** Per UTF-16 unit: bit 30 once known, and one bit per script whose pattern matches the unit alone. */
const scriptBits = new Uint32Array(0x10000);
const KNOWN = 1 << 30;

function bitsOf(code: number): number {
  let bits = scriptBits[code]!;
  if (bits) return bits;
  bits = KNOWN;
  const ch = String.fromCharCode(code);
  for (let s = 0; s < SCRIPT_PATTERNS.length; s++) if (SCRIPT_PATTERNS[s]!.test(ch)) bits |= 1 << s;
  scriptBits[code] = bits;
  return bits;
}

/**
 * A trigram as one number: three units below U+0400 (Latin, Greek, the space) packed ten bits
 * apiece into a small integer, which a Map hashes without boxing a double; any other trigram as
 * 2^48 plus its three units packed sixteen bits apiece, a number no small key can equal.
 */
const packTrigram = (a: number, b: number, c: number) =>
  a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : 281474976710656 + a * 4294967296 + b * 65536 + c;
const keyOf = (s: string, i: number) => packTrigram(s.charCodeAt(i), s.charCodeAt(i + 1), s.charCodeAt(i + 2));

interface ScriptTable {
  script: string;
  /** The allowed languages of the script, in franc's table order. */
  codes: string[];
  /** Trigram → its row (see `entryStart`); small keys (three units below U+0400) go through `smallSlots`. */
  bigRows: Map<number, number>;
  /** An open-addressing hash of the small keys: each slot a key (-1 where empty) and its row, side
   * by side, so that a look-up reads one place in memory. */
  smallSlots: Int32Array;
  smallShift: number;
  /** The profiles that hold each row's trigram, as entries: row r's are `entryStart[r]` up to
   * `entryStart[r + 1]`, each a language (its index in `codes`) and the trigram's rank in its profile.
   * (A trigram is in a few of the languages' profiles, rarely all: only those are visited.) */
  entryStart: Int32Array;
  entryLanguage: Uint8Array;
  entryRank: Int16Array;
  /** Per row, how often the text being read holds the trigram (zero between calls). */
  rowCounts: Int32Array;
}

/** Keys below this are the small ones `keyOf` packs ten bits apiece. */
const SMALL_KEY_LIMIT = 1 << 30;
const slotOf = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;

/** The row of a trigram in a table, or -1 when no allowed profile holds it. */
function rowOf(table: ScriptTable, key: number): number {
  if (key >= SMALL_KEY_LIMIT) return table.bigRows.get(key) ?? -1;
  const slots = table.smallSlots;
  const mask = (slots.length >> 1) - 1;
  for (let slot = slotOf(key, table.smallShift); ; slot = (slot + 1) & mask) {
    const k = slots[2 * slot]!;
    if (k === key) return slots[2 * slot + 1]!;
    if (k < 0) return -1;
  }
}

/** The table of one script: every trigram of its allowed languages' profiles, with its ranks. */
function scriptTable(script: string, codes: string[]): ScriptTable {
  const rowByKey = new Map<number, number>();
  const ranks: Int16Array[] = [];
  codes.forEach((code, j) => {
    const trigrams = data[script]![code]!.split('|');
    // franc's table keeps the first place a trigram stands in the profile.
    for (let weight = trigrams.length - 1; weight >= 0; weight--) {
      const t = trigrams[weight]!;
      if (t.length !== 3) continue;
      const k = keyOf(t, 0);
      let row = rowByKey.get(k);
      if (row === undefined) {
        rowByKey.set(k, (row = ranks.length));
        ranks.push(new Int16Array(codes.length).fill(-1));
      }
      ranks[row]![j] = weight;
    }
  });
  const { entryStart, entryLanguage, entryRank } = profileEntries(ranks);
  // At most half full, so that a miss (most of a text's trigrams in a small profile) ends soon.
  let bits = 4;
  while (1 << bits < 2 * rowByKey.size) bits++;
  const size = 1 << bits;
  const smallSlots = new Int32Array(2 * size).fill(-1);
  const smallShift = 32 - bits;
  const bigRows = new Map<number, number>();
  for (const [key, row] of rowByKey) {
    if (key >= SMALL_KEY_LIMIT) {
      bigRows.set(key, row);
      continue;
    }
    let slot = slotOf(key, smallShift);
    while (smallSlots[2 * slot]! >= 0) slot = (slot + 1) & (size - 1);
    smallSlots[2 * slot] = key;
    smallSlots[2 * slot + 1] = row;
  }
  const rowCounts = new Int32Array(ranks.length);
  return { script, codes, bigRows, smallSlots, smallShift, entryStart, entryLanguage, entryRank, rowCounts };
}

/** The rows' ranks (-1 where a profile lacks the trigram) as entries, one per profile holding it. */
function profileEntries(ranks: Int16Array[]): Pick<ScriptTable, 'entryStart' | 'entryLanguage' | 'entryRank'> {
  const entryStart = new Int32Array(ranks.length + 1);
  const languages: number[] = [];
  const rankList: number[] = [];
  ranks.forEach((r, row) => {
    r.forEach((rank, j) => {
      if (rank < 0) return;
      languages.push(j);
      rankList.push(rank);
    });
    entryStart[row + 1] = languages.length;
  });
  return { entryStart, entryLanguage: Uint8Array.from(languages), entryRank: Int16Array.from(rankList) };
}

const tables = new Map<string, Map<string, ScriptTable>>();
let lastOnly: readonly string[] | null = null;
let lastTables: Map<string, ScriptTable> | null = null;

/** The profiles of the allowed languages of each script, by script, built once per `only` list. */
function tablesFor(only: readonly string[]): Map<string, ScriptTable> {
  // (Callers pass the same list each time: its identity saves joining it on every call.)
  if (only === lastOnly && lastTables) return lastTables;
  const key = only.join(',');
  let byScript = tables.get(key);
  if (!byScript) {
    byScript = new Map();
    for (const script of Object.keys(data)) {
      const codes = Object.keys(data[script]!).filter((code) => only.length === 0 || only.includes(code));
      byScript.set(script, scriptTable(script, codes));
    }
    tables.set(key, byScript);
  }
  lastOnly = only;
  lastTables = byScript;
  return byScript;
}

/**
 * Whether a unit is a gap to franc's cleaning: ASCII punctuation and digits (U+0021–U+0040) or
 * white space. (The rest of ASCII, letters mostly, is told by one comparison before the white
 * space test: most of a text's units are ASCII letters.)
 */
const isGap = (c: number) => (c <= 0x40 ? c >= 0x21 || isJsSpace(c) : c >= 0x80 && isJsSpace(c));

/** The cleaned text's units (see `cleanUnits`), reused from call to call. */
let units = new Uint16Array(2 * MAX_LENGTH + 4);

/**
 * franc's ` ${clean(value)} ` into `units`, without the four strings it makes: ASCII punctuation and
 * digits (U+0021–U+0040) and white space (`\s`) are gaps, a run of gaps is one space, none at the
 * ends but the two added, all in lower case. (Lower-casing first is the same: no character has a
 * lower case that is punctuation, a digit or a space.) Returns the length.
 */
function cleanUnits(value: string): number {
  const lower = value.toLowerCase();
  if (lower.length + 2 > units.length) units = new Uint16Array(lower.length + 2);
  const out = units;
  let n = 0;
  out[n++] = 32;
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (isGap(c)) {
      gap = true;
      continue;
    }
    if (gap && n > 1) out[n++] = 32;
    gap = false;
    out[n++] = c;
  }
  out[n++] = 32;
  return n;
}

/** Script counts, reused from call to call. */
const scriptCounts = new Int32Array(SCRIPTS.length);
const distances = new Int32Array(64);

/** The rows of the trigrams met in the text being read, each once, reused from call to call. */
let touchedRows = new Int32Array(2 * MAX_LENGTH + 4);

/**
 * Adds to each language's distance the part of the cleaned text's trigrams (`units[0, length)`):
 * each trigram's row in the table is counted as it is met, and each row met adds its part once,
 * with its count. A trigram no allowed profile holds adds the same 300 to every language: it
 * changes no ranking, and is skipped.
 */
function addDistances(table: ScriptTable, text: Uint16Array, length: number, sums: Int32Array): void {
  const counts = table.rowCounts;
  const n = Math.max(0, length - 2);
  if (n > touchedRows.length) touchedRows = new Int32Array(n);
  const touched = touchedRows;
  let touchedCount = 0;
  for (let i = 0; i < n; i++) {
    const row = rowOf(table, packTrigram(text[i]!, text[i + 1]!, text[i + 2]!));
    if (row >= 0 && counts[row]!++ === 0) touched[touchedCount++] = row;
  }
  // Each row met adds 300 to the languages whose profiles lack its trigram: all of them are given
  // 300 a row here, and a language whose profile holds the trigram gives back the difference.
  const { entryStart, entryLanguage, entryRank } = table;
  for (let t = 0; t < touchedCount; t++) {
    const row = touched[t]!;
    const count = counts[row]!;
    counts[row] = 0;
    for (let e = entryStart[row]!, end = entryStart[row + 1]!; e < end; e++) {
      const j = entryLanguage[e]!;
      sums[j] = sums[j]! + Math.abs(count - entryRank[e]! - 1) - MAX_DIFFERENCE;
    }
  }
  const added = touchedCount * MAX_DIFFERENCE;
  for (let j = 0; j < table.codes.length; j++) sums[j] = sums[j]! + added;
}

/** What `franc(value, { only, minLength })` returns (ISO 639-3, or 'und'). */
export function guessLanguage(value: string, only: readonly string[], minLength = 10): string {
  if (!value || value.length < minLength) return 'und';
  value = value.slice(0, MAX_LENGTH);
  // The script most characters are in (the first in franc's order on a tie).
  const counts = scriptCounts.fill(0);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // A surrogate pair can match a script pattern as one: franc itself counts those.
    if (c >= 0xd800 && c <= 0xdfff) return franc(value, { only: [...only], minLength });
    let bits = bitsOf(c) & ~KNOWN;
    // (Most characters are in one script, or none: only the bits that are set are visited.)
    while (bits) {
      const s = 31 - Math.clz32(bits);
      counts[s]!++;
      bits ^= 1 << s;
    }
  }
  let top = 0;
  for (let s = 1; s < SCRIPTS.length; s++) if (counts[s]! > counts[top]!) top = s;
  const script = SCRIPTS[top]!;
  const table = tablesFor(only).get(script);
  if (!table) return counts[top] === 0 || (only.length > 0 && !only.includes(script)) ? 'und' : script;
  if (!table.codes.length) return 'und';

  const length = cleanUnits(value);
  const languages = table.codes.length;
  const sums = languages <= distances.length ? distances.fill(0, 0, languages) : new Int32Array(languages);
  addDistances(table, units, length, sums);
  let best = 0;
  for (let j = 1; j < languages; j++) if (sums[j]! < sums[best]!) best = j;
  return table.codes[best]!;
}
