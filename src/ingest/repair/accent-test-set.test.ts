/** The accent repair on sentences in each language whose accents were stripped (see score-accent-repair.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCENT_PRECISION_CHECKS, ACCENT_TEST_SET } from './accent-test-set';
import { createHunspellSpeller } from './hunspell-speller';
import { scoreLanguage } from './score-accent-repair';
import type { Speller } from './speller';
import { WORD_LIST_MODULES } from './word-list-modules';
import { rankWords } from './word-ranks';

const require = createRequire(import.meta.url);
function speller(lang: string): Speller {
  const dir = dirname(require.resolve(`dictionary-${lang}`));
  return createHunspellSpeller(
    readFileSync(join(dir, 'index.aff'), 'utf8'),
    readFileSync(join(dir, 'index.dic'), 'utf8'),
  );
}

// The issue asks for recall >= 0.85. Where the dictionary leaves several words, choose-candidate.ts
// picks one only when the language settles it (grammar before the word: a modal, a subject pronoun,
// the case a preposition or numeral governs; the inflections news prose uses; a word ten times
// commoner than every other in the language's frequency list, a word the list lacks counting ten
// list lengths down unless it is another form of a listed candidate); a repair never guesses.
// Polish: 0.702 before the Polish agreement rules and that unlisted count, 0.839 after (0.809 on
// the first 30 sentences; 0.914 on the 15 added blind, which gave 0.743 before). What is left
// differs in person (chcę/chcą: without a pronoun, nothing tells a quote's "Chcę" from a report's
// "chcą"), tense, case or stem where the words before do not settle it (zakończyć/zakończy,
// skręcić/skrócić). Twelve more written blind later gave 0.710 (0.813 on all 57). Rules for "z tą …",
// "na nową …" and "brak …" then gave 0.826 on all 69, with twelve more written blind after them
// (0.771 before, 0.800 after); "całą" (read "ca") and an adjective in -ej looked through like
// "tę"/"tą" then gave 0.837; a plural of men opening the clause ("Rolnicy skarżą się") 0.847, and
// twelve more written blind after it 0.667 (0.827 on all 81). Twelve more written blind before the
// next round gave 0.857 (0.832 on all 93). That round asks the dictionary what the words before are
// (a plural of men has a genitive plural, rolników, and is no common singular's genitive, as pracy
// and kierowcy are; a noun's -ę/-ą has an -ami, budowami, which no person rule chooses): that
// mended six wrong repairs new checks found and changed no figure. Then -ci (eksperci) and one word
// between the plural of men and its verb ("Mieszkańcy Wrocławia mogą"), the accusative after a very
// common transitive verb ("popiera budowę") and no present after the future of "być" ("będą nadal
// rosnąć") gave 0.855 on all 93 (0.905 on those twelve); a feminine -ść after a preposition and a
// word in -ą (0.859) was wrong on a check and not added. Still, Polish needs the part of speech and
// government of the words before, which a spelling dictionary gives only by such probes.
// Italian and Spanish first lost recall (0.931 → 0.759, 1.000 → 0.922) when the rules preferring
// the third person over the first went (they turned first-person quotes' "Sarò", "Hablé" into
// "Sarà", "Habló"). Ten sentences in each, written blind, then showed the word frequency step
// choosing a person too (a wrong "spiegherò"): it no longer does (PERSON_PAIRS), and an article and
// a noun before the verb now settle the third person. Blind, before any of this: Italian 5 of 11
// with one wrong, Spanish 10 of 13; now 0.875 and 0.969 on all.
// The floors hold the measured recall (rounded down to 0.05).
const RECALL_FLOOR: Record<string, number> = { fr: 0.9, de: 0.95, it: 0.85, es: 0.95, nl: 0.95, pl: 0.85 };

describe('accent repair on stripped sentences', () => {
  for (const [lang, sentences] of Object.entries(ACCENT_TEST_SET)) {
    const floor = RECALL_FLOOR[lang] ?? 0.85;
    // Reading a dictionary takes 0.1–2 s, several times that on a busy machine.
    it(`${lang}: precision >= 0.98 and recall >= ${floor}`, { timeout: 60_000 }, () => {
      const s = scoreLanguage(lang, sentences, speller(lang), rankWords(require(WORD_LIST_MODULES[lang]!)));
      const precision = s.right / s.repairs;
      const recall = s.recovered / s.damaged;
      console.log(
        `${lang}: ${s.repairs} repairs, ${s.right} right (precision ${precision.toFixed(3)}); ${s.damaged} damaged words left a non-word, ${s.recovered} given back (recall ${recall.toFixed(3)}; ${(s.recovered / s.damagedAll).toFixed(3)} of all ${s.damagedAll} damaged)${s.wrong.length ? `; wrong: ${s.wrong.join(', ')}` : ''}; missed: ${s.missed.join(', ')}`,
      );
      expect(precision).toBeGreaterThanOrEqual(0.98);
      expect(recall).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe('accent repair on sentences written to attack the rules', () => {
  for (const [lang, sentences] of Object.entries(ACCENT_PRECISION_CHECKS)) {
    it(`${lang}: no wrong repair`, { timeout: 60_000 }, () => {
      const s = scoreLanguage(lang, sentences, speller(lang), rankWords(require(WORD_LIST_MODULES[lang]!)));
      console.log(`${lang} checks: ${s.repairs} repairs, ${s.right} right; ${s.recovered} of ${s.damaged} given back`);
      expect(s.wrong).toEqual([]);
    });
  }
});
