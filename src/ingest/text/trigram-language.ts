/**
 * franc's answer (franc-min 6.2, the same profiles and the same arithmetic), computed without its
 * per-call costs: franc builds an array of every match of twenty script patterns, an object of
 * trigram strings and a sorted list of them for each text, and filters its language table on each
 * call. Here the script of each character is read once and kept, trigrams are numbers (three UTF-16
 * units packed in one number), and the profiles of the allowed languages are maps built at the first call.
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

const MAX_LENGTH = 2048;
/** Room for the trigrams of most texts (cleaning shortens a text; two spaces are added). */
const trigramKeys = new Float64Array(MAX_LENGTH + 2);
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
const keyOf = (s: string, i: number) => {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  return a < 1024 && b < 1024 && c < 1024
    ? (a << 20) | (b << 10) | c
    : 281474976710656 + a * 4294967296 + b * 65536 + c;
};

interface ScriptTable {
  script: string;
  /** The allowed languages of the script, in franc's table order. */
  codes: string[];
  /** Trigram → its rank in each language's profile (-1 where the profile lacks it). */
  ranks: Map<number, Int16Array>;
}

const tables = new Map<string, ScriptTable[]>();

/** The profiles of the allowed languages of each script, built once per `only` list. */
function tablesFor(only: readonly string[]): ScriptTable[] {
  const key = only.join(',');
  let list = tables.get(key);
  if (list) return list;
  list = Object.keys(data).map((script) => {
    const codes = Object.keys(data[script]!).filter((code) => only.length === 0 || only.includes(code));
    const ranks = new Map<number, Int16Array>();
    codes.forEach((code, j) => {
      const trigrams = data[script]![code]!.split('|');
      // franc's table keeps the first place a trigram stands in the profile.
      for (let weight = trigrams.length - 1; weight >= 0; weight--) {
        const t = trigrams[weight]!;
        if (t.length !== 3) continue;
        const k = keyOf(t, 0);
        let r = ranks.get(k);
        if (!r) ranks.set(k, (r = new Int16Array(codes.length).fill(-1)));
        r[j] = weight;
      }
    });
    return { script, codes, ranks };
  });
  tables.set(key, list);
  return list;
}

/** franc's `clean`: ASCII punctuation and digits to spaces, white space collapsed, trimmed, lower case. */
function clean(value: string): string {
  return value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** What `franc(value, { only, minLength })` returns (ISO 639-3, or 'und'). */
export function guessLanguage(value: string, only: readonly string[], minLength = 10): string {
  if (!value || value.length < minLength) return 'und';
  value = value.slice(0, MAX_LENGTH);
  // A surrogate pair can match a script pattern as one: franc itself counts those.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return franc(value, { only: [...only], minLength });
  }
  // The script most characters are in (the first in franc's order on a tie).
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    let bits = bitsOf(value.charCodeAt(i)) & ~KNOWN;
    // (Most characters are in one script, or none.)
    for (let s = 0; bits; s++, bits >>>= 1) if (bits & 1) counts[s]!++;
  }
  let top = 0;
  for (let s = 1; s < SCRIPTS.length; s++) if (counts[s]! > counts[top]!) top = s;
  const script = SCRIPTS[top]!;
  const table = tablesFor(only).find((t) => t.script === script);
  if (!table) return counts[top] === 0 || (only.length > 0 && !only.includes(script)) ? 'und' : script;
  if (!table.codes.length) return 'und';

  const text = ` ${clean(value)} `;
  // The trigrams sorted, so that each distinct one is a run whose length is its count (a Map of
  // counts cost most of the call); the distances are sums, so the order they are met in is free.
  const n = Math.max(0, text.length - 2);
  // (Lower case can lengthen a text: "İ" is two units in lower case.)
  const keys = n <= trigramKeys.length ? trigramKeys : new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = keyOf(text, i);
  const sorted = keys.subarray(0, n).sort();
  const distances = new Array<number>(table.codes.length).fill(0);
  for (let i = 0; i < sorted.length;) {
    const k = sorted[i]!;
    let end = i + 1;
    while (end < sorted.length && sorted[end] === k) end++;
    const count = end - i;
    i = end;
    // A trigram no allowed profile holds adds the same 300 to every language: it changes no ranking.
    const ranks = table.ranks.get(k);
    if (!ranks) continue;
    for (let j = 0; j < ranks.length; j++) {
      const rank = ranks[j]!;
      distances[j] = distances[j]! + (rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
    }
  }
  let best = 0;
  for (let j = 1; j < distances.length; j++) if (distances[j]! < distances[best]!) best = j;
  return table.codes[best]!;
}
