/** The subject standing right before a verb: "After Putin’s words, Macron" → "Macron". */
import { isJsSpace, isLatinText } from '../text/ascii-words';
import { datelineLead } from '../text/dateline-lead';
import { dual, patternFor, pick } from '../text/latin-pattern';
import { PREPOSITIONS } from './clause-words';
import { plausibleSubject } from './plausible-subject';
import { DEFINED_INITIALS, NOT_NAME_WORDS, PARTY_TAG_AT_END, PORTFOLIO_WORDS, ROLE_WORDS } from './lexicon';
import { isSourceModifier, readUnnamedSource } from './unnamed-sources';

// A name and nothing else: "Rosa Lindqvist", "Dr Ida Berg", "Vauquelin".
const PROPER_NAME = dual(/^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+$/u);
const NAME_AT_END = dual(/((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)\s*$/u);
const PRONOUN_AT_END = /\b(he|she|they|He|She|They)\s*$/;
// The last determiner opens the phrase: "Later in the evening the club" → "the club".
// ("the head of the party" stays whole: a determiner after "of" belongs to the phrase.)
const ROLE_AT_END = dual(
  /\b((?:the|The|its|Its|his|His|her|Her)\s+(?:(?:of|for)\s+(?:the|its|his|her)\s+|(?!(?:the|its|his|her)\s)[\p{L}\p{M}'’-]+\s+){0,4}[\p{L}\p{M}'’-]+)\s*$/u,
);
// (And the adverbs of time or manner that stand between a subject and its verb: "He had earlier said".)
const AUXILIARY =
  /\s+(?:has|had|have|also|then|later|again|once|immediately|simply|only|quickly|finally|earlier|previously|recently|already|repeatedly|often|publicly|privately|initially|originally|subsequently)$/;
// A name of two to four words that is all of the text's last comma-chunk ("Separately, Ana Roy"):
// not an object ("Police who arrested Ana Roy").
// "Federal Minister for Planning and Development Ana Roy": an office with its portfolio, then the name.
const OFFICES =
  '(?:Minister|Secretary|Adviser|Advisor|Commissioner|Director|Chairman|Chairperson|Chair|Head|Governor|Ambassador|Envoy|Special Assistant)';
const OFFICE_OF_THEN_NAME = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}${OFFICES}\\s+(?:of|for|to)\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*|and|&|the|of|for)\\s+){1,6}\\p{Lu}[\\p{L}'’-]+$`,
  'u',
);
// The office word and its preposition, which `OFFICE_OF_THEN_NAME` needs: read first, as a filter.
const OFFICE_BEFORE_PORTFOLIO = new RegExp(`\\b${OFFICES}\\s+(?:of|for|to)\\s`);
/**
 * The name that ends an office with its portfolio: the capitalised words after the last word of the
 * portfolio ("Development" in "Minister for Planning and Development Ana Roy"), two at least.
 */
function nameAfterPortfolio(text: string): Subject | null {
  const words = text.split(' ');
  let from = words.length;
  while (from > 0 && /^\p{Lu}/u.test(words[from - 1]!) && !PORTFOLIO_WORDS.has(words[from - 1]!.toLowerCase())) from--;
  if (words.length - from < 2 || from === 0) return null;
  const at = words.slice(0, from).join(' ').length + 1;
  return { phrase: text.slice(at), at };
}

const NAME_OF_TWO_AT_END = /(?:^|,\s*)(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** "The mayor on Tuesday said": a phrase of time between a subject and its verb is no part of the subject. */
export const TIME_AT_END =
  /\s+(?:on|last|this|early|late|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night|weekend)$|\s+(?:yesterday|today|tonight|afterwards|later|earlier)$/i;
/** "Ana Roy on her return to the city told": a phrase with the subject's possessive, no part of the subject. */
const OWN_PHRASE_AT_END =
  /\s+(?:on|upon|after|before|during|at|in)\s+(?:his|her|their)\s+[\p{Ll}-]+(?:\s+(?:to|from|at|in)\s+(?:the\s+)?[\p{L}'’-]+)?$/u;
// The words `TIME_AT_END` ends with, to read it only after one of them.
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday week month year morning afternoon evening night weekend yesterday today tonight afterwards later earlier'.split(
    ' ',
  ),
);

// The words `AUXILIARY` may end with.
const AUXILIARY_WORDS = new Set(
  'has had have also then later again once immediately simply only quickly finally earlier previously recently already repeatedly often publicly privately initially originally subsequently'.split(
    ' ',
  ),
);
/** The longest of them. */
const AUXILIARY_LONGEST = Math.max(...[...AUXILIARY_WORDS].map((w) => w.length));

/** A text's last word, after its last space: empty when it is longer than any auxiliary or has no space before it. */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !isJsSpace(text.charCodeAt(start - 1))) {
    if (text.length - start >= AUXILIARY_LONGEST) return '';
    start--;
  }
  return start > 0 ? text.slice(start) : '';
}

// A name of two to four capitalised words ending the text ("councillor Dina Jones").
/** The text without the auxiliaries and adverbs that end it ("The head of the club has already"). */
export function withoutAuxiliaries(text: string): string {
  // (The last word is cut once per text, and read before the pattern is.)
  let word = lastWord(text);
  while (AUXILIARY_WORDS.has(word)) {
    const cut = cutAtEnd(text, AUXILIARY, 40);
    if (cut === null) break;
    text = cut;
    word = lastWord(text);
  }
  return text;
}

const NAME_BEFORE_WHO = /((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+)$/u;
const GROUP_BEFORE_WHO = /(?<![\p{L}'’-])([\p{Ll}-]+s)\s+who$/u;
const NAME_WHO_PHRASE = dual(
  /((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)\s+who(?:\s+(?:after|before|during|at|in|on|later|then|afterwards|also)\b[^,.;:“”"]{0,40})?$/u,
);

export interface Subject {
  phrase: string;
  /** Offset of the phrase inside the prefix. */
  at: number;
}

/** Cuts a pattern that ends the text off its end, looking only at the last characters. */
function cutAtEnd(text: string, pattern: RegExp, window: number): string | null {
  const from = Math.max(0, text.length - window);
  const m = pattern.exec(text.slice(from));
  return m ? text.slice(0, from + m.index) : null;
}

// Subjects are short: the end-anchored patterns below read only the last characters of a prefix
// (an end-anchored regex over a whole long sentence tries every position).
const SUBJECT_WINDOW = 160;

/** `/(?:^|[\s,])(?:and|but)$/.test(text)`, read from the end instead of tried at every position. */
function endsWithAnd(text: string): boolean {
  const word = text.endsWith('and') ? 3 : text.endsWith('but') ? 3 : 0;
  if (!word) return false;
  if (text.length === word) return true;
  const c = text[text.length - word - 1]!;
  return c === ',' || /\s/.test(c);
}

export function subjectBefore(prefix: string): Subject | null {
  // "PORTVILLE: Planning Minister Tom Vell on Monday said": the subject starts after the dateline.
  const dateline = datelineLead(prefix);
  if (dateline > 0) {
    const found = subjectBefore(prefix.slice(dateline));
    return found && { phrase: found.phrase, at: found.at + dateline };
  }
  // "the Prime Minister's Spokesman (PMS) said": the initials the text defines for its subject stand
  // between it and the verb; they stay with the phrase, where the resolver keeps them as its alias.
  // (Read only when the prefix ends in a bracket, looked for past the spaces without trimming.)
  let end = prefix.length;
  while (end > 0 && isJsSpace(prefix.charCodeAt(end - 1))) end--;
  const initials = prefix.charCodeAt(end - 1) === 41 ? DEFINED_INITIALS.exec(prefix.slice(0, end)) : null;
  if (initials && !PARTY_TAG_AT_END.test(initials[0])) {
    const found = subjectOf(prefix.slice(0, initials.index));
    return found && { phrase: `${found.phrase} (${initials[1]})`, at: found.at };
  }
  return subjectOf(prefix);
}

function subjectOf(prefix: string): Subject | null {
  let text = prefix.trimEnd();
  // "…, Marta Bellandi, who wrote on Twitter:" — the relative pronoun points back at the subject.
  // (Each end-anchored pattern below is read only when the text ends in one of its words.)
  if (text.endsWith('who') || text.endsWith('which')) {
    const cut = cutAtEnd(text, /,\s*(?:who|which)$/, 12);
    if (cut !== null) {
      // "raised by councillor Dina Jones, who said": the name before the relative pronoun is its
      // antecedent, whatever preposition stands before it.
      const named = NAME_BEFORE_WHO.exec(cut.slice(-80));
      if (named?.[1]) return { phrase: named[1], at: cut.length - Math.min(80, cut.length) + named.index };
      text = cut;
    } else if (text.endsWith('who')) {
      // "councillors who said": a group that the relative clause picks out.
      const group = GROUP_BEFORE_WHO.exec(text.slice(-60));
      if (group?.[1] && readUnnamedSource(group[1])?.plural)
        return { phrase: group[1], at: text.length - Math.min(60, text.length) + group.index };
    }
  }
  // "… was Tom Hale who after the race said": a name, "who", then a phrase of time or place.
  // (Only a text with "who" in its last characters can end so: most are spared the pattern.)
  const last = text.slice(-120);
  const relative = last.includes('who') ? pick(NAME_WHO_PHRASE, isLatinText(text)).exec(last) : null;
  if (relative?.[1]) return { phrase: relative[1], at: text.length - Math.min(120, text.length) + relative.index };
  text = withoutAuxiliaries(text);
  const word = lastWord(text);
  // (Only after a person's name: "Ana Roy on Saturday said"; in "the report the company published on
  // Friday said" it belongs to the verb before it, and "the state Senate on Tuesday" is a body.)
  if (TIME_WORDS.has(word.toLowerCase())) {
    const untimed = cutAtEnd(text, TIME_AT_END, 30);
    if (untimed !== null && NAME_OF_TWO_AT_END.test(untimed)) text = untimed;
    else if (untimed !== null && OFFICE_OF_THEN_NAME.test(untimed)) {
      const name = nameAfterPortfolio(untimed);
      if (name) return name;
    }
  }
  // "Mayor Ana Roy on her return to the city told": a phrase of her own between the name and the verb.
  // (Read only when one of the possessives stands in the last words.)
  if (/\s(?:his|her|their)\s/.test(text.slice(-60))) {
    const unphrased = cutAtEnd(text, OWN_PHRASE_AT_END, 60);
    if (unphrased !== null && NAME_OF_TWO_AT_END.test(unphrased)) text = unphrased;
  }
  // "Rendl praised the talks and added that …", "dodged questions but said …": a coordinated verb
  // shares the sentence's subject.
  if (endsWithAnd(text)) return sentenceSubject(text);
  if (text.endsWith(',')) {
    const PROPER = patternFor(PROPER_NAME, text);
    // An aside before the verb: "Its director, Beatrix Moll," / "Lena Fox, for her part," /
    // "Ortega's assistant, Rosa Lindqvist, who took charge," — the first proper name speaks,
    // else a leading role phrase.
    // (Cut one comma at a time: the name mostly stands in the first chunks, and a long prefix has
    // many commas that a split would cut and trim for nothing.)
    let at = 0;
    let openingChunk: { text: string; at: number } | null = null;
    for (let from = 0; from <= text.length;) {
      const comma = text.indexOf(',', from);
      // The chunk between the commas, trimmed by character codes where it stands: no trimmed copy
      // to search the text for again. (An empty chunk is placed where the last one ended, as
      // `indexOf('')` placed it; a chunk holds no comma, so none can be found before its own place.)
      let first = from;
      let last = comma < 0 ? text.length : comma;
      while (first < last && isJsSpace(text.charCodeAt(first))) first++;
      while (last > first && isJsSpace(text.charCodeAt(last - 1))) last--;
      const opening = from === 0;
      from = comma < 0 ? text.length + 1 : comma + 1;
      const start = first < last ? first : at;
      at = start + (last - first);
      // (A chunk that opens with an ASCII character other than a capital is no name: most chunks are
      // turned away by that character before they are cut out, all but the opening one.)
      const mayBeName = first < last && mayOpenName(text.charCodeAt(first));
      const chunk = mayBeName || opening ? text.slice(first, last) : '';
      const proper = mayBeName && PROPER.test(chunk);
      if (opening && !proper) openingChunk = { text: chunk, at: start };
      // "Hexley's MP, Daniel Okoro," — a possessive chunk is a role; the name after it speaks.
      if (proper && !/['’]s\s/.test(chunk) && !/^(?:The|A|An|It|This|That|There|We|I|You|He|She|They)\b/.test(chunk))
        return { phrase: chunk, at: start };
    }
    // "In response to the ruling Councillor Ana Roy, the deputy leader," — when no chunk is a name
    // alone, an opening phrase the writer left without its comma may end in the name that speaks,
    // with its role or a "who" clause after it (not a name after "with" or "the").
    if (openingChunk) {
      const named = nameEndingPhrase(openingChunk.text);
      const next = text.slice(openingChunk.at + openingChunk.text.length + 1).split(',')[0] ?? '';
      if (named && (holdsRoleWord(next) || /^\s*(?:who|whose)\b/.test(next)))
        return { phrase: named.phrase, at: openingChunk.at + named.at };
    }
    // "A clerk at the store, who asked not to be named," is described, not named: the whole description speaks.
    const firstChunk = text.slice(0, text.indexOf(',')).trim();
    if (firstChunk && /^(?:an?|one|another)\s/i.test(firstChunk) && readUnnamedSource(firstChunk))
      return { phrase: firstChunk, at: 0 };
    const lead = firstChunk.replace(/\s+(?:of|from|at)\s+.*$/, '');
    if (lead && plausibleSubject(lead) && /^(?:the|its|his|her|their)\s/i.test(lead)) return { phrase: lead, at: 0 };
    if (lead && PROPER.test(lead.split(/\s+(?:of|from|at)\s+/)[0] ?? ''))
      return { phrase: lead.split(/\s+(?:of|from|at)\s+/)[0]!, at: 0 };
    return null;
  }
  // "Eli Tay, a child psychologist at the Harbour Clinic said": an apposition the writer left
  // without its closing comma; the name before it speaks.
  const apposed = nameBeforeOpenApposition(text);
  if (apposed) return apposed;
  // "The Waterloo, Ontario-based company": a place with its state or province, then "-based" and
  // the noun, is one description, its comma inside it. (Only a text holding "-based " is read.)
  const based = text.includes('-based ') ? PLACE_BASED_AT_END.exec(text) : null;
  if (based) return { phrase: text.slice(based.index), at: based.index };
  const cut = Math.max(0, text.length - SUBJECT_WINDOW);
  const tail = text.slice(cut);
  const found = subjectAtEnd(tail);
  return found ? { phrase: found.phrase, at: cut + found.at } : null;
}

// A description in apposition: an article, then a role among its first words, no clause of its own.
const OPEN_APPOSITION =
  /^(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,4}?([\p{Ll}-]+)(?:\s+(?:of|for|at|from|in|with)\s+[^,;:“”"]{1,80})?$/u;
const CLAUSE_WORD = /\b(?:who|which|that|is|was|are|were|has|had|have|will|would)\b/;

/** The name of two words or more that opens the text, when one comma follows it and an apposition without its closing comma ends the text. */
function nameBeforeOpenApposition(text: string): Subject | null {
  const comma = text.indexOf(',');
  if (comma < 0 || text.indexOf(',', comma + 1) >= 0 || text.length - comma > 140) return null;
  const head = text.slice(0, comma).trim();
  const rest = text.slice(comma + 1).trim();
  const firstWord = head.slice(0, head.indexOf(' ')).toLowerCase();
  if (
    !head.includes(' ') ||
    NOT_NAME_WORDS.has(firstWord) ||
    !patternFor(PROPER_NAME, head).test(head) ||
    CLAUSE_WORD.test(rest)
  )
    return null;
  const m = OPEN_APPOSITION.exec(rest);
  if (!m?.[1] || !ROLE_WORDS.has(m[1].toLowerCase())) return null;
  return { phrase: head, at: text.indexOf(head) };
}

/** Whether a character may open a proper name: an ASCII capital, or any character beyond ASCII. */
const mayOpenName = (c: number) => c >= 0x80 || (c >= 65 && c <= 90);

// "The Waterloo, Ontario-based company": an article, a place and its state or province, "-based", the noun.
const PLACE_BASED_AT_END =
  /(?<![\p{L}\p{M}])(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,3}?(?:\p{Lu}[\p{L}\p{M}.'’-]*),\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,30}-based\s+\p{Ll}+(?:\s+\p{Ll}+)?$/u;

// Words after which a name is an object or part of a phrase, not a subject: the prepositions a
// reporting verb's phrases open with (clause-words.ts), a few more, and the articles.
const NOT_BEFORE_SUBJECT = new Set([...PREPOSITIONS, 'by', 'about', 'between', 'among', 'against', 'the', 'a', 'an']);

/** Whether a chunk names a role ("the deputy leader", "Calderdale Council’s Deputy Leader"). */
function holdsRoleWord(chunk: string): boolean {
  return chunk.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()));
}

/** The name of two words or more that ends a phrase of lower-case words ("… the ruling Councillor Ana Roy"). */
function nameEndingPhrase(chunk: string): Subject | null {
  const m = pick(NAME_AT_END, isLatinText(chunk)).exec(chunk);
  if (!m?.[1] || m.index === 0 || !m[1].includes(' ')) return null;
  const before = chunk.slice(0, m.index).trimEnd();
  const wordBefore = before.slice(before.lastIndexOf(' ') + 1);
  if (!/^\p{Ll}/u.test(wordBefore) || NOT_BEFORE_SUBJECT.has(wordBefore)) return null;
  return { phrase: m[1], at: m.index };
}

// The subject that opens a sentence: a pronoun, a name, or a role with the name in apposition.
const OPENING_SUBJECT = dual(
  /^(?:(?:The|Its|His|Her|Their)\s+[^,.;:“”"]{1,60},\s*|(?:\p{Lu}\p{Ll}+ing|In|At|On|After|Before|During)\s[^,.;:“”"]{1,60},\s*)?((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)(?=[\s,])/u,
);

/** The subject that opens a sentence, for a verb coordinated with its first one. */
function sentenceSubject(text: string): Subject | null {
  const pronoun = /^(He|She|They)\b/.exec(text);
  if (pronoun?.[1]) return { phrase: pronoun[1], at: 0 };
  const described = OPENING_DESCRIPTION.exec(text);
  if (described?.[1] && plausibleSubject(described[1])) return { phrase: described[1], at: 0 };
  const m = patternFor(OPENING_SUBJECT, text).exec(text);
  if (
    !m?.[1] ||
    /^(?:The|A|An|It|This|That|There|We|I|You|In|On|At|After|Before|When|While)$/.test(m[1].split(/\s+/)[0] ?? '')
  )
    return null;
  // A lone capitalised word opening a sentence may be any noun ("Rain fell and …"): a full name,
  // a name set off by a role before it, or a group that speaks ("Witnesses confirmed … and said") is
  // needed to share the subject with a second verb.
  if (!m[1].includes(' ') && m[0] === m[1] && readUnnamedSource(m[1])?.plural !== true) return null;
  return { phrase: m[1], at: m[0].length - m[1].length };
}

// "The club is rebuilding …, and said": a description in lower case opening the sentence, right before its verb.
const OPENING_DESCRIPTION =
  /^((?:The|Its|His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:is|was|are|were|has|had|have|will|would|\p{Ll}{3,}ed)\s/u;

/** The pronoun, name or role phrase that ends a short text. */
function subjectAtEnd(text: string): Subject | null {
  const latin = isLatinText(text);
  const NAME = pick(NAME_AT_END, latin);
  const ROLE = pick(ROLE_AT_END, latin);
  const pronoun = PRONOUN_AT_END.exec(text);
  if (pronoun?.[1]) return { phrase: pronoun[1], at: pronoun.index };
  const name = NAME.exec(text);
  if (name?.[1]) {
    const words = name[1].split(/\s+/);
    // Skip a sentence-initial function word ("The Mayor" is a role phrase, "After Macron" is a name).
    const drop = /^(?:After|Before|When|While|Then|But|And|So|Yet|Also|Later|Today|Yesterday|In|On|At|For|With)$/.test(
      words[0] ?? '',
    )
      ? 1
      : 0;
    const phrase = words.slice(drop).join(' ');
    const afterPreposition = /\b(?:in|of|from|at|for|with|to|by|on|near)\s+$/i.test(
      text.slice(Math.max(0, name.index - 8), name.index),
    );
    if (afterPreposition) {
      // "U.S. Secretary of State Ana Roy said": an office with its portfolio, then the name.
      const chunkAt = text.lastIndexOf(',') + 1;
      const chunk = text.slice(chunkAt).trim();
      if (OFFICE_BEFORE_PORTFOLIO.test(chunk) && OFFICE_OF_THEN_NAME.test(chunk)) {
        const named = nameAfterPortfolio(chunk);
        if (named) return { phrase: named.phrase, at: text.length - chunk.length + named.at };
      }
      // "a spokeswoman for Nordlys said": the body speaks through its spokesperson.
      if (
        /\b(?:an?|the)\s+(?:spokes(?:wo)?man|spokesperson|representative|official)\s+(?:for|of|at)\s+$/i.test(
          text.slice(Math.max(0, name.index - 40), name.index),
        )
      ) {
        return { phrase, at: text.length - phrase.length };
      }
      // "The drivers' union local in Columbus said": the subject is the whole noun phrase.
      const np = /(?:^|[,;]\s*)((?:the|The)\s+[^,;:]{2,80})$/.exec(text);
      // "that a farmer of Kerkdijk had said": a description that holds the place.
      return np?.[1] ? { phrase: np[1], at: text.length - np[1].length } : describedSourceAtEnd(text);
    }
    if (phrase && !/^(?:The|A|An|It|This|That|There|We|I|You)$/.test(phrase)) {
      const role = ROLE.exec(text);
      const roleHasRoleWord = role?.[1]
        ?.split(/\s+/)
        .some((w) => ROLE_WORDS.has(w.toLowerCase()) && /^\p{Ll}/u.test(w));
      if (
        role?.[1] &&
        roleHasRoleWord &&
        role[1].length > phrase.length &&
        role.index + role[1].length === text.length
      ) {
        return { phrase: role[1], at: role.index };
      }
      return { phrase, at: text.length - phrase.length };
    }
  }
  const role = ROLE.exec(text);
  if (role?.[1]) {
    // "ahead of the report as investors": a conjunction opens the verb's own clause; its subject follows it.
    const clause = CONJUNCTION_IN_PHRASE.exec(role[1]);
    const phrase = clause ? role[1].slice(clause.index + clause[0].length) : role[1];
    const at = role.index + role[1].length - phrase.length;
    if (plausibleSubject(phrase)) return { phrase, at };
  }
  // "Spain's finance minister", "the club's coach": a role with its possessor.
  const owned = pick(OWNED_ROLE_AT_END, latin).exec(text);
  if (owned?.[1] && ROLE_WORDS.has(owned[1].split(/\s+/).pop()!.toLowerCase()))
    return { phrase: owned[1], at: owned.index + owned[0].length - owned[1].length };
  return describedSourceAtEnd(text);
}

const CONJUNCTION_IN_PHRASE =
  /^(?:.*\s)?(?:as|because|while|when|after|before|since|if|although|though|until|unless)\s+/;

// "…, a police spokesperson", "one resident of the valley", "diplomatic sources", "Israeli officials".
const INDEFINITE_AT_END = dual(
  /(?:^|[\s,;])((?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]everal|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree)\s+(?:[\p{L}'’-]+\s+){0,6}[\p{L}'’-]+)\s*$/u,
);
const GROUP_AT_END = dual(/(?:^|[\s,;(])((?:(?:\p{Lu}[\p{L}.]*|\p{Ll}+)\s+){0,2}\p{Ll}+)\s*$/u);

const OWNED_ROLE_AT_END = dual(
  /(?:^|\s)((?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s*$/u,
);

/** A source the text describes instead of naming, ending the text. */
function describedSourceAtEnd(text: string): Subject | null {
  const latin = isLatinText(text);
  const indefinite = pick(INDEFINITE_AT_END, latin).exec(text)?.[1];
  if (indefinite && readUnnamedSource(indefinite)) return { phrase: indefinite, at: text.length - indefinite.length };
  const group = pick(GROUP_AT_END, latin).exec(text)?.[1];
  if (!group) return null;
  // "diplomatic sources", "Israeli officials": modifiers that say whose voice it is stay with the group.
  const words = group.split(/\s+/);
  let from = words.length - 1;
  while (from > 0 && isSourceModifier(words[from - 1]!)) from--;
  const phrase = words.slice(from).join(' ');
  const source = readUnnamedSource(phrase);
  return source?.plural ? { phrase, at: text.length - phrase.length } : null;
}
