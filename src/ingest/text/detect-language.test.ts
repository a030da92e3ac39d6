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
    ['pl', 'Burmistrz powiedział, że miasto nie jest jeszcze gotowe na zimę i na święta.'],
    ['pt', 'O presidente da câmara disse que a cidade ainda não está pronta para o inverno.'],
    ['ru', 'Мэр сказал, что город ещё не готов к зиме и к праздникам.'],
  ])('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // Machine-translated copy often loses its accented letters ("Commençons" → "Commenons"): the
  // trigrams that remain still tell the language, where a word list would miss the broken words.
  it.each([
    ['fr', 'Commenons btir une rponse commune avec nos partenaires europens ds maintenant.'],
    ['de', 'Die Verhandlungen gehen in die nchste Runde, fr uns ist das ein gutes Zeichen.'],
    ['it', 'Questa volta nessuno potra dire che non lo sapevamo, la citta merita di piu.'],
    ['es', 'Necesitamos respuestas del ministro antes de la votacion del presupuesto.'],
    ['pl', 'Potrzebujemy odpowiedzi od ministra przed glosowaniem nad budzetem.'],
  ])('recognises %s with its accents dropped', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['en', 'Proud of our team today. Big win, see you on Sunday'],
    ['fr', 'Merci à tous pour votre soutien, on continue demain !'],
    ['it', 'Orgogliosi della squadra stasera, ci vediamo domenica'],
    ['nl', 'Trots op ons team vandaag, tot zondag in de haven'],
  ])('recognises a tweet-length %s text', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('reads a tweet’s words, not its links, handles, hashtags or numbers', () => {
    const tweet =
      'Grazie a tutti per il sostegno, domani si ricomincia! @CittaViva #Valmera https://t.co/AbC123xyz pic.twitter.com/Qw3rTy 2024';
    expect(detectLanguage(tweet)).toBe('it');
  });

  it('returns null when the text is too short to tell', () => {
    expect(detectLanguage('Thank you')).toBeNull();
    expect(detectLanguage('Bravo, merci beaucoup')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('returns null for text with no words to speak of (names, numbers, hashtags, links)', () => {
    expect(detectLanguage('Kowalczyk Brandt Okafor 2024 #Valmera')).toBeNull();
    expect(detectLanguage('12 34 56 78 90 12 34 56 78 90 12 34 56 78 90')).toBeNull();
    expect(detectLanguage('https://t.co/AbC123xyz https://t.co/DeF456uvw @someone @another')).toBeNull();
  });

  it('is not fooled by letter case', () => {
    expect(detectLanguage('THE MAYOR SAID THAT IT IS TIME FOR THE VOTE')).toBe('en');
  });

  it('tells a long text by its opening', () => {
    const opening = 'Le conseil municipal a voté mardi soir la fermeture du pont pour trois mois de travaux. ';
    expect(detectLanguage(opening.repeat(200))).toBe('fr');
  });
});

describe('detectLanguage: the English fast path', () => {
  it('reads a plain English opening as English without asking franc', () => {
    expect(
      detectLanguage(
        'The council said on Monday that the harbour would reopen to ferries after the storm, and that fares would not rise.',
      ),
    ).toBe('en');
  });
  it('leaves texts in our other languages to franc', () => {
    expect(
      detectLanguage(
        'Il ministro ha detto che la riforma sarà approvata in primavera, e che il governo non cambierà idea.',
      ),
    ).toBe('it');
    expect(
      detectLanguage(
        'De minister zei dat het plan in het voorjaar wordt goedgekeurd en dat we niet van gedachten veranderen.',
      ),
    ).toBe('nl');
    expect(
      detectLanguage(
        'Der Minister sagte, dass die Reform im Frühjahr verabschiedet wird und was die Regierung will, ist klar.',
      ),
    ).toBe('de');
  });
});

describe('detectLanguage: numbers', () => {
  // Numbers are left in a sample with no link, handle or hashtag: each reader takes a digit for a gap.
  it.each([
    'Il comune ha stanziato 12 milioni per 3400 alloggi, 18 scuole e il ponte sul fiume entro il 2027.',
    'La ville a voté 45 millions pour 2 lignes de tram et 120 bus électriques, livrés en 2026 au plus tard.',
    'Die Stadt baut 7 Brücken und 2300 Wohnungen, für 88 Millionen Euro, bis zum Sommer 2028 und 2029.',
    'Town2024 budget 9 votes4 to3 with 16 abstentions and 2 absent; the 33 seats go to vote again.',
    'Мэр сказал, что 12 школ и 3 больницы откроются в 2025 году, а 40 автобусов выйдут на линии.',
  ])('answers as it does with the numbers taken out: %s', (text) => {
    expect(detectLanguage(text)).toBe(detectLanguage(text.replace(/\d+/g, ' ')));
  });
});
