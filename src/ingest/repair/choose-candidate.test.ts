import { describe, expect, it } from 'vitest';
import { chooseCandidate } from './choose-candidate';

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

  it('applies no rule of another language', () => {
    expect(chooseCandidate(['hablé', 'habló'], 'it', [])).toBeNull();
  });
});
