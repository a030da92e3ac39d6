import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The council said that it was ready for the winter and that the roads are clear.'],
    ['fr', 'Le maire a dit que la ville est prête pour les fêtes et que nous sommes dans les temps.'],
    ['de', 'Der Bürgermeister sagte, dass die Stadt nicht bereit ist für den Winter und die Straßen.'],
    ['it', 'Il sindaco ha detto che la città non è pronta per la festa della primavera.'],
    ['es', 'El alcalde dijo que la ciudad está lista para la fiesta de los barrios del norte.'],
    ['nl', 'De burgemeester zei dat het niet mogelijk is om de brug voor ons te openen.'],
  ])('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('returns null when there are fewer than three words', () => {
    expect(detectLanguage('Thank you')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('returns null for text with no common words (names, numbers, hashtags)', () => {
    expect(detectLanguage('Kowalczyk Brandt Okafor 2024 #Valmera')).toBeNull();
    expect(detectLanguage('12 34 56 78')).toBeNull();
  });

  it('is not fooled by letter case', () => {
    expect(detectLanguage('THE MAYOR SAID THAT IT IS TIME FOR THE VOTE')).toBe('en');
  });
});
