/**
 * A `Speller` read from a Hunspell dictionary (`.aff` + `.dic` text, as the `dictionary-xx` packages
 * ship them). Pure: no file access, so a Web Worker can build one from fetched text.
 *
 * Why not nspell: it expands every stem with every affix when it loads, which took 7 s and 700 MB
 * for French, 40 s for Polish, and never finishes for Italian (wooorm/nspell#9, #11). Here a stem
 * list is read as is (a few hundred ms) and a word is checked the way Hunspell checks it, by taking
 * affixes off: one suffix, one prefix, or both where the affix allows it. Compounds and two-level
 * suffixes are not read: such a word counts as unknown, which can only cost a repair, never make a
 * wrong one (a repair also needs an accented word that the dictionary does know).
 */
import { skeletonOf, type Speller } from './speller';

interface Affix {
  flag: string;
  strip: string;
  add: string;
  /** Hunspell's condition on the stem (its end for a suffix, its start for a prefix). */
  cond: RegExp | null;
  /** May combine with an affix of the other kind. */
  cross: boolean;
  skelStrip: string;
  /** Flags the affixed word gets (Hunspell's continuation classes: "SFX j 0 0/xoc"). */
  cont: readonly string[];
}

type FlagMode = 'char' | 'long' | 'num';
const COMPOUND_PART_MIN = 3;
const NO_FLAGS: readonly string[] = [];

/** Builds a speller from the text of a Hunspell `.aff` and `.dic` pair. */
export function createHunspellSpeller(aff: string, dic: string): Speller {
  const rules = readAffixFile(aff);
  const stems = readStems(dic, rules);
  return new HunspellSpeller(rules, stems);
}

interface AffixRules {
  mode: FlagMode;
  aliases: string[];
  needAffix: string | null;
  onlyInCompound: string | null;
  forbidden: string | null;
  compoundBegin: string | null;
  suffixes: Affix[];
  prefixes: Affix[];
}

function readAffixFile(aff: string): AffixRules {
  const rules: AffixRules = {
    mode: 'char',
    aliases: [],
    needAffix: null,
    onlyInCompound: null,
    forbidden: null,
    compoundBegin: null,
    suffixes: [],
    prefixes: [],
  };
  const cross = new Map<string, boolean>();
  for (const raw of aff.split(/\r?\n/)) {
    const parts = raw.trim().split(/\s+/);
    const key = parts[0];
    if (!key || key.startsWith('#')) continue;
    if (key === 'FLAG') rules.mode = parts[1] === 'long' ? 'long' : parts[1] === 'num' ? 'num' : 'char';
    else if (key === 'AF' && parts.length >= 2 && !(parts.length === 2 && /^\d+$/.test(parts[1]!)))
      rules.aliases.push(parts[1]!);
    else if (key === 'NEEDAFFIX' || key === 'PSEUDOROOT') rules.needAffix = parts[1] ?? null;
    else if (key === 'ONLYINCOMPOUND') rules.onlyInCompound = parts[1] ?? null;
    else if (key === 'FORBIDDENWORD') rules.forbidden = parts[1] ?? null;
    else if (key === 'COMPOUNDBEGIN') rules.compoundBegin = parts[1] ?? null;
    else if ((key === 'SFX' || key === 'PFX') && parts.length >= 4) {
      const [, flag, second, third] = parts as [string, string, string, string];
      if ((second === 'Y' || second === 'N') && /^\d+$/.test(third) && parts.length === 4) {
        cross.set(`${key}${flag}`, second === 'Y');
        continue;
      }
      const strip = second === '0' ? '' : second;
      const [addText = '', contText = ''] = third.split('/');
      const add = addText === '0' ? '' : addText;
      const affix: Affix = {
        flag,
        strip,
        add,
        cond: condition(key, parts[4] ?? '.'),
        cross: cross.get(`${key}${flag}`) ?? false,
        skelStrip: skeletonOf(strip),
        cont: parseFlags(contText, rules),
      };
      (key === 'SFX' ? rules.suffixes : rules.prefixes).push(affix);
    }
  }
  return rules;
}

const conditionCache = new Map<string, RegExp | null>();
function condition(kind: string, cond: string): RegExp | null {
  if (cond === '.') return null;
  const key = `${kind}${cond}`;
  if (conditionCache.has(key)) return conditionCache.get(key)!;
  let re: RegExp | null = null;
  try {
    re = new RegExp(kind === 'SFX' ? `(?:${cond})$` : `^(?:${cond})`);
  } catch {
    // A condition this reader cannot parse: the affix then applies nowhere rather than everywhere.
    re = /$^/;
  }
  conditionCache.set(key, re);
  return re;
}

function parseFlags(text: string, rules: AffixRules): readonly string[] {
  if (!text) return NO_FLAGS;
  if (rules.aliases.length && /^\d+$/.test(text))
    return parseFlags(rules.aliases[Number(text) - 1] ?? '', { ...rules, aliases: [] });
  if (rules.mode === 'num') return text.split(',');
  if (rules.mode === 'long') {
    const out: string[] = [];
    for (let i = 0; i + 1 < text.length; i += 2) out.push(text.slice(i, i + 2));
    return out;
  }
  return Array.from(text);
}

function readStems(dic: string, rules: AffixRules): Map<string, readonly string[]> {
  const stems = new Map<string, readonly string[]>();
  const lines = dic.split(/\r?\n/);
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line || line.charCodeAt(0) === 9 || line.startsWith('#')) continue;
    const entry = line.split(/[\t ]/, 1)[0]!;
    let slash = -1;
    for (let i = 1; i < entry.length; i++) {
      if (entry[i] === '/' && entry[i - 1] !== '\\') {
        slash = i;
        break;
      }
    }
    const word = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//g, '/');
    const flags = slash < 0 ? NO_FLAGS : parseFlags(entry.slice(slash + 1), rules);
    const known = stems.get(word);
    stems.set(word, known ? [...known, ...flags] : flags);
  }
  return stems;
}

class HunspellSpeller implements Speller {
  private readonly sfxByAdd = new Map<string, Affix[]>();
  private readonly pfxByAdd = new Map<string, Affix[]>();
  private readonly sfxBySkeleton = new Map<string, Affix[]>();
  private readonly pfxBySkeleton = new Map<string, Affix[]>();
  /** Stems whose lower-cased skeleton differs from them (accented or capitalised), by skeleton. */
  private readonly stemsBySkeleton = new Map<string, string[]>();
  private readonly maxSfx: number;
  private readonly maxPfx: number;
  /** Flags that let a stem begin a compound: COMPOUNDBEGIN, or an empty suffix that gives it. */
  private readonly beginFlags = new Set<string>();

  constructor(
    private readonly rules: AffixRules,
    private readonly stems: Map<string, readonly string[]>,
  ) {
    for (const a of rules.suffixes) {
      push(this.sfxByAdd, a.add, a);
      push(this.sfxBySkeleton, skeletonOf(a.add), a);
    }
    for (const a of rules.prefixes) {
      push(this.pfxByAdd, a.add, a);
      push(this.pfxBySkeleton, skeletonOf(a.add), a);
    }
    this.maxSfx = Math.max(0, ...rules.suffixes.map((a) => a.add.length));
    this.maxPfx = Math.max(0, ...rules.prefixes.map((a) => a.add.length));
    const begin = rules.compoundBegin;
    if (begin) {
      this.beginFlags.add(begin);
      for (const a of rules.suffixes) if (!a.add && !a.strip && a.cont.includes(begin)) this.beginFlags.add(a.flag);
    }
    for (const stem of stems.keys()) {
      const skeleton = skeletonOf(stem);
      if (skeleton !== stem && skeleton) push(this.stemsBySkeleton, skeleton, stem);
    }
  }

  correct(word: string): boolean {
    if (this.known(word)) return true;
    const lower = word.toLowerCase();
    if (lower === word) return false;
    if (this.known(lower)) return true;
    // An all-capitals word may also be a capitalised one ("PARIS" → "Paris").
    const capitalised = word[0] + lower.slice(1);
    return capitalised !== word && this.known(capitalised);
  }

  restore(skeleton: string): readonly string[] {
    const found = new Set<string>();
    const add = (w: string) => {
      if (w !== skeleton) found.add(w);
    };
    for (const stem of this.stemsWithSkeleton(skeleton)) if (this.standsAlone(this.stems.get(stem)!)) add(stem);
    this.restoreSuffixed(skeleton, null, add);
    for (let k = 0; k <= Math.min(skeleton.length - 1, this.maxPfx); k++) {
      for (const p of this.pfxBySkeleton.get(skeleton.slice(0, k)) ?? []) {
        const rest = p.skelStrip + skeleton.slice(k);
        const apply = (w: string) => (w.startsWith(p.strip) ? p.add + w.slice(p.strip.length) : null);
        for (const stem of this.stemsWithSkeleton(rest)) {
          if (this.stems.get(stem)!.includes(p.flag) && (!p.cond || p.cond.test(stem))) {
            const w = apply(stem);
            if (w) add(w);
          }
        }
        if (p.cross) {
          this.restoreSuffixed(rest, p, (w) => {
            const full = apply(w);
            if (full) add(full);
          });
        }
      }
    }
    return [...found];
  }

  /**
   * Compound nouns that read `skeleton` ("fhrungskrfte" → "Führungskräfte"): a stem the dictionary
   * lets begin a compound ("Führungs"), then a noun ("Kräfte"), lower-cased after it, with at least
   * one letter put back. Two parts only, each of three letters or more; none in a dictionary without
   * COMPOUNDBEGIN. A simplification of Hunspell's compounding that can only miss a compound, not
   * accept a non-word: both parts are words the dictionary knows in that role.
   */
  restoreCompound(skeleton: string): readonly string[] {
    if (this.beginFlags.size === 0) return [];
    const found = new Set<string>();
    for (let i = COMPOUND_PART_MIN; i <= skeleton.length - COMPOUND_PART_MIN; i++) {
      const heads = [...this.stemsWithSkeleton(skeleton.slice(0, i))].filter((stem) =>
        this.stems.get(stem)!.some((f) => this.beginFlags.has(f)),
      );
      if (heads.length === 0) continue;
      const tail = skeleton.slice(i);
      const nouns = this.restore(tail).filter((w) => w[0] !== w[0]!.toLowerCase());
      const asIs = tail[0]!.toUpperCase() + tail.slice(1);
      if (this.known(asIs)) nouns.push(asIs);
      for (const head of heads) {
        for (const noun of nouns) {
          const word = head + noun.toLowerCase();
          if (skeletonOf(word) === skeleton && word !== skeleton && /[^\x00-\x7f]/.test(word)) found.add(word);
        }
      }
    }
    return [...found];
  }

  /** Words made of a stem and one suffix (and `prefix`'s flag on the stem when given) that read `skeleton`. */
  private restoreSuffixed(skeleton: string, prefix: Affix | null, add: (word: string) => void): void {
    // The whole word may be a suffix where the rule strips the whole stem ("être" → "était").
    for (let k = 0; k <= Math.min(skeleton.length, this.maxSfx); k++) {
      for (const s of this.sfxBySkeleton.get(skeleton.slice(skeleton.length - k)) ?? []) {
        if (prefix && !s.cross) continue;
        const base = skeleton.slice(0, skeleton.length - k) + s.skelStrip;
        if (!base) continue;
        for (const stem of this.stemsWithSkeleton(base)) {
          const flags = this.stems.get(stem)!;
          if (!flags.includes(s.flag) || (prefix && !flags.includes(prefix.flag))) continue;
          if (!stem.endsWith(s.strip) || (s.cond && !s.cond.test(stem))) continue;
          add(stem.slice(0, stem.length - s.strip.length) + s.add);
        }
      }
    }
  }

  private *stemsWithSkeleton(skeleton: string): Iterable<string> {
    if (this.stems.has(skeleton)) yield skeleton;
    yield* this.stemsBySkeleton.get(skeleton) ?? [];
  }

  private standsAlone(flags: readonly string[]): boolean {
    const { needAffix, onlyInCompound, forbidden } = this.rules;
    return (
      !(needAffix && flags.includes(needAffix)) &&
      !(onlyInCompound && flags.includes(onlyInCompound)) &&
      !(forbidden && flags.includes(forbidden))
    );
  }

  /** The word exactly as written: a stem, or a stem with a suffix, a prefix, or both. */
  private known(word: string): boolean {
    const stem = this.stems.get(word);
    if (stem) {
      if (this.rules.forbidden && stem.includes(this.rules.forbidden)) return false;
      if (this.standsAlone(stem)) return true;
    }
    const len = word.length;
    for (let k = 0; k <= Math.min(len, this.maxSfx); k++) {
      for (const s of this.sfxByAdd.get(word.slice(len - k)) ?? []) {
        const base = word.slice(0, len - k) + s.strip;
        if (!base) continue;
        if (s.cond && !s.cond.test(base)) continue;
        const flags = this.stems.get(base);
        if (flags?.includes(s.flag) && this.notCompoundOnly(flags)) return true;
        if (s.cross && this.knownWithPrefix(base, s.flag)) return true;
      }
    }
    return this.knownWithPrefix(word, null);
  }

  /** `word` as a stem with one prefix; with `suffixFlag`, the stem must also take that suffix. */
  private knownWithPrefix(word: string, suffixFlag: string | null): boolean {
    for (let k = 0; k <= Math.min(word.length - 1, this.maxPfx); k++) {
      for (const p of this.pfxByAdd.get(word.slice(0, k)) ?? []) {
        if (suffixFlag && !p.cross) continue;
        const base = p.strip + word.slice(k);
        if (p.cond && !p.cond.test(base)) continue;
        const flags = this.stems.get(base);
        if (flags?.includes(p.flag) && (!suffixFlag || flags.includes(suffixFlag)) && this.notCompoundOnly(flags))
          return true;
      }
    }
    return false;
  }

  private notCompoundOnly(flags: readonly string[]): boolean {
    const { onlyInCompound, forbidden } = this.rules;
    return !(onlyInCompound && flags.includes(onlyInCompound)) && !(forbidden && flags.includes(forbidden));
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
