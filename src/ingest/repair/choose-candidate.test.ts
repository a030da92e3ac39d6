import { describe, expect, it } from 'vitest';
import { chooseCandidate, WORD_RANK_MARGIN } from './choose-candidate';
import { rankWords } from './word-ranks';

// Invented examples; the candidates are what restoreCandidates gives for the damaged token.
describe('chooseCandidate', () => {
  it('takes a past participle after a form of avoir', () => {
    expect(chooseCandidate(['présent', 'présenté'], 'fr', ['ils', 'ont'])).toBe('présenté');
    expect(chooseCandidate(['présent', 'présenté'], 'fr', ['le', 'temps'])).toBeNull();
  });

  it('takes a past participle after pronoun + être (a reflexive compound past) and after "a été"', () => {
    expect(chooseCandidate(['dégrade', 'dégradée'], 'fr', ['s', 'tait'])).toBe('dégradée');
    expect(chooseCandidate(['dégrade', 'dégradée'], 'fr', ['a', 't'])).toBe('dégradée');
  });

  it('takes no participle after "a", which may be a damaged "à" ("à présent")', () => {
    expect(chooseCandidate(['présent', 'présenté'], 'fr', ['il', 'a'])).toBeNull();
  });

  it('takes an infinitive after a Polish modal verb', () => {
    expect(chooseCandidate(['zmniejszyć', 'zmniejszył', 'zmniejszy'], 'pl', ['rzd', 'chce'])).toBe('zmniejszyć');
  });

  it('prefers the third person where two forms differ only in their ending', () => {
    expect(chooseCandidate(['hablé', 'habló'], 'es', [])).toBe('habló');
    expect(chooseCandidate(['podré', 'podrá'], 'es', [])).toBe('podrá');
    expect(chooseCandidate(['andrò', 'andrà'], 'it', [])).toBe('andrà');
  });

  it('drops a rarer form that is another candidate with an ending added', () => {
    expect(chooseCandidate(['pojechałaś', 'pojechała'], 'pl', [])).toBe('pojechała');
    expect(chooseCandidate(['Sąd', 'Sądź'], 'pl', [])).toBe('Sąd');
  });

  it('breaks a tie by letter frequency only with a clear lead, between words of one length', () => {
    expect(chooseCandidate(['âtre', 'être'], 'fr', [])).toBe('être');
    // Same letters put back, same trigrams: no lead.
    expect(chooseCandidate(['pêcher', 'pécher'], 'fr', [])).toBeNull();
    // One longer: the extra trigrams would decide, not the word.
    expect(chooseCandidate(['prêts', 'prêtés'], 'fr', [])).toBeNull();
  });

  // An invented list, most frequent first: "dziękuję" at 2, "dziękuj" at 30, "rację" at 9.
  const ranks = rankWords([
    'nie',
    'dziękuję',
    ...Array.from({ length: 6 }, (_, i) => `filler${i}`),
    'rację',
    ...Array.from({ length: 20 }, (_, i) => `more${i}`),
    'dziękuj',
  ]);

  it('takes the word that stands the margin higher in the frequency list than every other', () => {
    expect(WORD_RANK_MARGIN).toBe(10);
    // 30 / 2 = 15 times: clear ("Dziękuj", the shorter form, is the rarer word).
    expect(chooseCandidate(['Dziękuję', 'Dziękuj', 'Dziękują'], 'pl', [], ranks)).toBe('Dziękuję');
    // A word the list lacks counts just below its last word (31): 31 / 9 = 3.4 times, no margin.
    expect(chooseCandidate(['rację', 'racją'], 'pl', [], ranks)).toBeNull();
    // Neither listed: nothing to go by.
    expect(chooseCandidate(['chcę', 'chcą'], 'pl', [], ranks)).toBeNull();
    // No list handed in: as before.
    expect(chooseCandidate(['Dziękuję', 'Dziękuj', 'Dziękują'], 'pl', [])).toBeNull();
  });

  it('leaves letter frequencies out when a list is handed in: where the list sees no margin, nothing does', () => {
    expect(chooseCandidate(['âtre', 'être'], 'fr', [], rankWords([]))).toBeNull();
    expect(
      chooseCandidate(['âtre', 'être'], 'fr', [], rankWords(['de', ...Array.from({ length: 20 }, () => 'x'), 'être'])),
    ).toBeNull();
    // Listed first of ten, "âtre" not listed (11th at best): the list settles it.
    expect(
      chooseCandidate(['âtre', 'être'], 'fr', [], rankWords(['être', ...Array.from({ length: 9 }, () => 'x')])),
    ).toBe('être');
  });

  it('applies no rule of another language', () => {
    expect(chooseCandidate(['hablé', 'habló'], 'it', [])).toBeNull();
  });
});
