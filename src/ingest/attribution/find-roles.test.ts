import { describe, expect, it } from 'vitest';
import { buildRegistry } from './entities';
import {
  endsWithComma,
  firstParts,
  isLowerWord,
  lastWordsOf,
  opensLowerCase,
  partsBetweenSpaces,
  readRoles,
} from './find-roles';
import { findNameMentions } from './name-mentions';

// The character-code readings stand in for a pattern, a split or a trimmed copy per mention: each
// must give the same answer on any text, Latin or not.
const PIECES = [
  'a',
  'Z',
  'é',
  'É',
  'ß',
  'ı',
  'İ',
  'ω',
  'Ω',
  'я',
  'Я',
  '-',
  ',',
  ' ',
  '\u00a0',
  '\n',
  '\u3000',
  '’',
  "'",
  '1',
  '𝐚',
  '𝐀',
  '東',
];

/** Every text of up to three pieces, and some longer ones made from them. */
function texts(): string[] {
  const out = [''];
  for (const a of PIECES) {
    out.push(a);
    for (const b of PIECES) {
      out.push(a + b);
      for (const c of PIECES) out.push(a + b + c);
    }
  }
  let seed = 7;
  for (let n = 0; n < 2000; n++) {
    let text = '';
    for (let k = 0; k < 8; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += PIECES[seed % PIECES.length];
    }
    out.push(text);
  }
  return out;
}

describe('the role reader’s character-code tests', () => {
  const all = texts();
  it('isLowerWord reads as /^\\p{Ll}[\\p{Ll}-]*$/u', () => {
    for (const t of all) expect(isLowerWord(t), JSON.stringify(t)).toBe(/^\p{Ll}[\p{Ll}-]*$/u.test(t));
  });
  it('opensLowerCase reads as /^\\p{Ll}/u', () => {
    for (const t of all) expect(opensLowerCase(t), JSON.stringify(t)).toBe(/^\p{Ll}/u.test(t));
  });
  it('partsBetweenSpaces counts as split(/\\s+/)', () => {
    for (const t of all) expect(partsBetweenSpaces(t), JSON.stringify(t)).toBe(t.split(/\s+/).length);
  });
  it('lastWordsOf gives the last words of split(/\\s+/), without the empty ones', () => {
    for (const t of all)
      for (const n of [1, 3, 6])
        expect(lastWordsOf(t, n), JSON.stringify(t)).toEqual(t.split(/\s+/).filter(Boolean).slice(-n));
  });
  it('firstParts keeps the text of the first parts of split(/\\s+/), its spaces as written', () => {
    for (const t of all)
      for (const n of [1, 2, 4])
        expect(firstParts(t, n).split(/\s+/), JSON.stringify(t)).toEqual(t.split(/\s+/).slice(0, n));
  });
  it('endsWithComma reads as trimEnd().endsWith(",")', () => {
    for (const t of all) expect(endsWithComma(t), JSON.stringify(t)).toBe(t.trimEnd().endsWith(','));
  });
});

describe('readRoles', () => {
  // Roles of the people a paragraph names, as the registry holds them after reading it.
  const rolesIn = (text: string) => {
    const mentions = findNameMentions(0, text);
    const registry = buildRegistry(mentions, () => false);
    readRoles(text, mentions, registry);
    return Object.fromEntries(registry.entities.map((e) => [e.name, e.roles]));
  };

  it('reads the apposition the comma before a name closes, not the clauses before it', () => {
    expect(rolesIn('After a long night, in Vardo; the harbour master, Ilse Brandvik, spoke first.')).toEqual({
      'Ilse Brandvik': ['harbour master'],
    });
    expect(rolesIn('The rules (said the club’s new coach, Tiago Ferraz) will change.')).toEqual({
      'Tiago Ferraz': ['club’s new coach'],
    });
  });

  it('reads a possessive role, but not one behind a subordinate clause', () => {
    expect(rolesIn("On Friday, Grenholm's goalkeeper, Pavel Rusk, was injured.")).toEqual({
      'Pavel Rusk': ["Grenholm's goalkeeper"],
    });
    expect(rolesIn('Asked whether the coach trusts his goalkeeper, Pavel Rusk replied at length.')).toEqual({
      'Pavel Rusk': [],
    });
  });

  it('reads a role across a courtesy title, from the words right before a name, and after an age', () => {
    expect(rolesIn('The director, Ms Helen Carrow, opened the hall.')).toEqual({ 'Helen Carrow': ['director'] });
    expect(rolesIn('Yesterday the newly appointed coach Rafe Lindell arrived.')).toEqual({
      'Rafe Lindell': ['newly appointed coach'],
    });
    expect(rolesIn('Tomas Ek, 52, a ferry pilot, said little.')).toEqual({ 'Tomas Ek': ['ferry pilot'] });
    expect(rolesIn('Okafor’s goalkeeper, Pavel Rusk, was injured.')).toEqual({ 'Pavel Rusk': ['Okafor’s goalkeeper'] });
  });

  it('reads the role a copula gives a name that opens its sentence, and no other name’s', () => {
    expect(rolesIn('Tomasz Rybak is the councillor for the Eastgate ward, where the depot stands.')).toEqual({
      'Tomasz Rybak': ['councillor for the Eastgate ward'],
    });
    expect(rolesIn('The man who pushed Ana Lutz was a bus driver from Leeds.')).toEqual({ 'Ana Lutz': [] });
    expect(rolesIn('Tomasz Rybak is the reason the depot stayed open.')).toEqual({ 'Tomasz Rybak': [] });
  });
});
