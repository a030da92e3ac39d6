import { describe, expect, it } from 'vitest';
import { chooseCandidate, WORD_RANK_MARGIN } from './choose-candidate';
import { fakeSpeller } from './fake-speller';
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
    expect(chooseCandidate(['obniżyć', 'obniżył', 'obniży'], 'pl', ['rzd', 'zamierza'])).toBe('obniżyć');
    expect(chooseCandidate(['obniżyć', 'obniżył', 'obniży'], 'pl', ['gmina', 'musiaa'])).toBe('obniżyć');
    expect(chooseCandidate(['obniżyć', 'obniżył', 'obniży'], 'pl', ['rzd'])).toBeNull();
  });

  it('makes a Polish verb agree with the subject pronoun before it', () => {
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['oni'])).toBe('piszą');
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['ja', 'nie'])).toBe('piszę');
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['one', 'si'])).toBe('piszą');
    expect(chooseCandidate(['piszemy', 'piszę'], 'pl', ['my'])).toBe('piszemy');
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['dzieci'])).toBeNull();
  });

  // A dictionary that knows these words (and whatever else the test names), and a list that has "praca".
  const plSpeller = fakeSpeller([
    ...['rolnicy', 'rolników', 'posłowie', 'posłów', 'pracy', 'pracą', 'praca', 'rolnica', 'rolnicą'],
    ...['kierowcy', 'kierowców', 'kierowcą', 'kierowca', 'wszyscy', 'budowami', 'piszę', 'piszą'],
    ...['eksperci', 'ekspertów', 'Goci', 'Gotów', 'gości', 'mieszkańcy', 'mieszkańców', 'Polacy', 'Polaków'],
  ]);
  const plRanks = rankWords(['nie', 'praca', 'kierowca', 'piszę', 'piszą']);

  it('makes a Polish verb plural after a plural of men that opens its clause, and only there', () => {
    const opening = { clauseStart: true, speller: plSpeller };
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['rolnicy'], plRanks, opening)).toBe('piszą');
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['posowie', 'nie'], plRanks, opening)).toBe('piszą');
    // Inside a clause, -cy is also a singular's case: "po pracy piszę".
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['po', 'pracy'], plRanks, opening)).toBeNull();
    expect(
      chooseCandidate(['piszę', 'piszą'], 'pl', ['rolnicy'], plRanks, { clauseStart: false, speller: plSpeller }),
    ).toBeNull();
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['rolnicy'])).toBeNull();
    // Without a dictionary, nothing shows the word to be a plural of men.
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['rolnicy'], plRanks, { clauseStart: true })).toBeNull();
  });

  it('takes no singular genitive opening a quote for a plural of men: "Pracy nie mogę znaleźć"', () => {
    const opening = { clauseStart: true, speller: plSpeller };
    // "pracą" is a word and "praca" a common one: "pracy" is praca's genitive ("praców" is no word anyway).
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['pracy', 'nie'], plRanks, opening)).toBeNull();
    // "kierowcy" is kierowca's genitive as well as its plural.
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['kierowcy', 'nie'], plRanks, opening)).toBeNull();
    // "rolnica" is in the dictionary but not in the list: rolnicy stays a plural of men; without a
    // list, the dictionary alone leaves it a singular's genitive too.
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['rolnicy', 'nie'], plRanks, opening)).toBe('piszą');
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['rolnicy', 'nie'], undefined, opening)).toBeNull();
    // "wszyscy" has no genitive in -ców, but no other case in this form either: a pronoun of men.
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['wszyscy'], plRanks, opening)).toBe('piszą');
  });

  it('takes -ci for a plural of men (eksperci), but not the -ści of a noun in -ść that the damage left so', () => {
    const opening = { clauseStart: true, speller: plSpeller };
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['eksperci'], plRanks, opening)).toBe('piszą');
    // "goci" reads "Goci" (the Goths, Gotów) and "gości" (guests'): "Gości nie piszę".
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['goci', 'nie'], plRanks, opening)).toBeNull();
  });

  it('looks past one word after the plural of men when it can be no verb of its: a genitive, an adverb', () => {
    const opening = { clauseStart: true, speller: plSpeller };
    // "Mieszkańcy Wrocławia piszą".
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['mieszkacy', 'wrocawia'], plRanks, opening)).toBe('piszą');
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['polacy', 'wreszcie'], plRanks, opening)).toBe('piszą');
    // The subject's own verb, its -ą deleted ("lubią" reads "lubi"), or in -liby: what follows is its object.
    expect(chooseCandidate(['Chorwację', 'Chorwacją'], 'pl', ['polacy', 'lubi'], plRanks, opening)).toBeNull();
    expect(chooseCandidate(['Chorwację', 'Chorwacją'], 'pl', ['polacy', 'odwiedziliby'], plRanks, opening)).toBeNull();
    // A preposition: what follows is its noun.
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['polacy', 'za'], plRanks, opening)).toBeNull();
  });

  it('chooses no Polish person where the candidates are a noun\'s cases: "Oni budowę popierają"', () => {
    expect(chooseCandidate(['budowę', 'budową'], 'pl', ['oni'], undefined, { speller: plSpeller })).toBeNull();
    expect(
      chooseCandidate(['budowę', 'budową'], 'pl', ['rolnicy'], plRanks, { clauseStart: true, speller: plSpeller }),
    ).toBeNull();
    expect(chooseCandidate(['piszę', 'piszą'], 'pl', ['oni'], undefined, { speller: plSpeller })).toBe('piszą');
  });

  it('keeps the case a Polish preposition or numeral governs', () => {
    // Not the instrumental after "w", "na", "o"; its sibling in -ę or without an ending stays.
    expect(chooseCandidate(['środę', 'środą'], 'pl', ['w'])).toBe('środę');
    expect(chooseCandidate(['podróż', 'podróżą'], 'pl', ['o'])).toBe('podróż');
    expect(chooseCandidate(['wieczór', 'wieczorą'], 'pl', ['o'])).toBeNull();
    // Not the accusative after "z".
    expect(chooseCandidate(['Francję', 'Francją'], 'pl', ['z'])).toBe('Francją');
    // A plural after a numeral from two up.
    expect(chooseCandidate(['kobiet', 'kobietę', 'kobietą'], 'pl', ['siedem'])).toBe('kobiet');
    expect(chooseCandidate(['środę', 'środą'], 'pl', ['przed'])).toBeNull();
    // The genitive or locative in -i of a noun in -ość, not its instrumental, after such a preposition or "brak".
    expect(chooseCandidate(['jakości', 'jakością'], 'pl', ['o'])).toBe('jakości');
    expect(chooseCandidate(['jakości', 'jakością'], 'pl', ['brak'])).toBe('jakości');
    expect(chooseCandidate(['jakości', 'jakością'], 'pl', ['nad'])).toBeNull();
    // Not a word of quantity, which also stands before a verb ("więcej zarobią").
    expect(chooseCandidate(['zarobi', 'zarobią'], 'pl', ['wicej'])).toBeNull();
  });

  it('keeps the accusative after a very common transitive verb of news', () => {
    expect(chooseCandidate(['budowę', 'budową'], 'pl', ['wikszo', 'popiera'])).toBe('budowę');
    expect(chooseCandidate(['nowelizację', 'nowelizacją'], 'pl', ['sejm', 'uchwali'])).toBe('nowelizację');
    expect(chooseCandidate(['budowę', 'budową'], 'pl', ['zapowiedziay'])).toBe('budowę');
    // A noun of time or means, whose instrumental is an adverb: "zapowiedział wiosną reformę".
    expect(chooseCandidate(['wiosnę', 'wiosną'], 'pl', ['zapowiedzia'])).toBeNull();
    // Not a verb that takes an instrumental just after it too: "ogłosiła zwycięzcą", "przyjęła owacją".
    expect(chooseCandidate(['zwycięzcę', 'zwycięzcą'], 'pl', ['ogosia'])).toBeNull();
    expect(chooseCandidate(['owację', 'owacją'], 'pl', ['przyja'])).toBeNull();
  });

  it('takes no present after the future of "być": "będą nadal rosnąć"', () => {
    expect(chooseCandidate(['rosnąć', 'rosnę', 'rosną'], 'pl', ['bd', 'nadal'])).toBe('rosnąć');
    expect(chooseCandidate(['zwrócić', 'zwróci'], 'pl', ['bdzie'])).toBe('zwrócić');
    // The past in -ł makes the future too ("będzie nadal rządził"): left open.
    expect(chooseCandidate(['rządzić', 'rządził', 'rządzi'], 'pl', ['bdzie', 'nadal'])).toBeNull();
    // "bd" is also "bądź" (or), which joins verbs in any form: "spadną bądź wzrosną".
    expect(chooseCandidate(['wzrosnąć', 'wzrosnę', 'wzrosną'], 'pl', ['spadn', 'bd'])).toBeNull();
  });

  it('looks past an adjective in -ą to the preposition before it, whose case it shares', () => {
    expect(chooseCandidate(['środę', 'środą'], 'pl', ['w', 'przysz'], undefined, { previous: 'przyszłą' })).toBe(
      'środę',
    );
    expect(chooseCandidate(['pracę', 'pracą'], 'pl', ['z', 'now'], undefined, { previous: 'nową' })).toBe('pracą');
    // The word between left open, or not in -ą: nothing to go by.
    expect(chooseCandidate(['środę', 'środą'], 'pl', ['w', 'przysz'])).toBeNull();
    expect(chooseCandidate(['środę', 'środą'], 'pl', ['w', 'ten'], undefined, { previous: 'ten' })).toBeNull();
    // "tę"/"tą" left only "t", which shows no ending but is that demonstrative.
    expect(chooseCandidate(['decyzję', 'decyzją'], 'pl', ['z', 't'], undefined, { previous: 't' })).toBe('decyzją');
    expect(chooseCandidate(['sobotę', 'sobotą'], 'pl', ['w', 't'], undefined, { previous: 't' })).toBe('sobotę');
    // An adjective in -ą after such a preposition is feminine, and so is its noun: no neuter in -o.
    expect(chooseCandidate(['szkło', 'szkołę', 'szkołą'], 'pl', ['na', 'now'], undefined, { previous: 'nową' })).toBe(
      'szkołę',
    );
    expect(chooseCandidate(['szkło', 'szkołę', 'szkołą'], 'pl', ['na', 'now'])).toBeNull();
  });

  it('takes no Polish person without a word that tells it: a quote may start in the first person', () => {
    // "chcę" 7 times above "chcą" in the list: no margin, and nothing before.
    const ranks = rankWords(['nie', 'chcę', ...Array.from({ length: 12 }, () => 'x'), 'chcą']);
    expect(chooseCandidate(['chcę', 'chcą'], 'pl', [], ranks)).toBeNull();
    expect(chooseCandidate(['chcę', 'chcą'], 'pl', ['nie'], ranks)).toBeNull();
    expect(chooseCandidate(['chcę', 'chcą'], 'pl', ['oni', 'nie'], ranks)).toBe('chcą');
    // A list with a margin decides: "dziękuję" 15 times above "dziękują".
    expect(
      chooseCandidate(
        ['dziękuję', 'dziękują'],
        'pl',
        [],
        rankWords(['dziękuję', ...Array.from({ length: 13 }, () => 'x'), 'dziękują']),
      ),
    ).toBe('dziękuję');
  });

  it('leaves the person of a Spanish or Italian verb to a subject pronoun: quotes are full of first persons', () => {
    expect(chooseCandidate(['hablé', 'habló'], 'es', [])).toBeNull();
    expect(chooseCandidate(['andrò', 'andrà'], 'it', [])).toBeNull();
    expect(chooseCandidate(['podré', 'podrá'], 'es', ['yo', 'no'])).toBe('podré');
    expect(chooseCandidate(['hablé', 'habló'], 'es', ['ella'])).toBe('habló');
    expect(chooseCandidate(['andrò', 'andrà'], 'it', ['io', 'non'])).toBe('andrò');
    expect(chooseCandidate(['andrò', 'andrà'], 'it', ['lei'])).toBe('andrà');
  });

  it('takes the third person after an article and a noun, its subject, but not after a noun of time or a clitic', () => {
    expect(chooseCandidate(['andrò', 'andrà'], 'it', ['la', 'banda'])).toBe('andrà');
    expect(chooseCandidate(['andrò', 'andrà'], 'it', ['l', 'orchestra'])).toBe('andrà');
    expect(chooseCandidate(['hablé', 'habló'], 'es', ['el', 'portero'])).toBe('habló');
    expect(chooseCandidate(['andrò', 'andrà'], 'it', ['la', 'sera'])).toBeNull();
    expect(chooseCandidate(['andrò', 'andrà'], 'it', ['il', 'luned'])).toBeNull();
    expect(chooseCandidate(['hablé', 'habló'], 'es', ['el', 'martes'])).toBeNull();
    // A fronted object: its clitic stands between, so no article is two words before the verb.
    expect(chooseCandidate(['hablé', 'habló'], 'es', ['la', 'verdad', 'la'])).toBeNull();
    // An article just before is no subject yet; a preposition's noun is none.
    expect(chooseCandidate(['andrò', 'andrà'], 'it', ['con', 'la'])).toBeNull();
    expect(chooseCandidate(['andrò', 'andrà'], 'it', ['nel', 'pomeriggio'])).toBeNull();
  });

  it('never lets word frequency choose a Spanish or Italian person: the lists count dialogue', () => {
    const filler = Array.from({ length: 50 }, (_, i) => `parola${i}`);
    const ranks = rankWords(['canterò', 'hablé', 'está', 'mamá', ...filler]);
    expect(chooseCandidate(['canterò', 'canterà'], 'it', [], ranks)).toBeNull();
    expect(chooseCandidate(['hablé', 'habló'], 'es', [], ranks)).toBeNull();
    // Between two words, or two forms that are no person pair (a mood, a noun), it still decides.
    expect(chooseCandidate(['canterò', 'stanò'], 'it', [], ranks)).toBe('canterò');
    expect(chooseCandidate(['está', 'esté'], 'es', [], ranks)).toBe('está');
    expect(chooseCandidate(['mamá', 'mamé', 'mamó'], 'es', [], ranks)).toBe('mamá');
  });

  it('prefers an Italian noun in -tà over the passato remoto of a verb in -tare', () => {
    expect(chooseCandidate(['capacitò', 'capacità'], 'it', [])).toBe('capacità');
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
    // A word the list lacks counts ten list lengths down (301): 301 / 9 = 33 times.
    expect(chooseCandidate(['rację', 'racicę'], 'pl', [], ranks)).toBe('rację');
    // Another case of a listed noun counts just below the list's last word (31): 31 / 9 = 3.4 times, no margin.
    expect(chooseCandidate(['rację', 'racją'], 'pl', [], ranks)).toBeNull();
    // Both listed, 30 / 9 = 3.3 times: no margin.
    expect(chooseCandidate(['rację', 'dziękuj'], 'pl', [], ranks)).toBeNull();
    // Neither listed: nothing to go by.
    expect(chooseCandidate(['pociągi', 'pościgi'], 'pl', [], ranks)).toBeNull();
    // No list handed in: as before.
    expect(chooseCandidate(['Dziękuję', 'Dziękuj', 'Dziękują'], 'pl', [])).toBeNull();
  });

  it('counts another form of a listed candidate just below the list, any other unlisted word ten lists down', () => {
    // 30 words: "obniżyć" 5th, "pracę" 6th, "radości" 7th.
    const words = rankWords([
      'nie',
      'tak',
      'to',
      'co',
      'obniżyć',
      'pracę',
      'radości',
      ...Array.from({ length: 23 }, (_, i) => `w${i}`),
    ]);
    // 31 / 5: no margin for "obniży" beside its infinitive.
    expect(chooseCandidate(['obniżyć', 'obniżył', 'obniży'], 'pl', [], words)).toBeNull();
    // "pracą" (instrumental) beside "pracę" (accusative); "radością" beside "radości": 31 / 6, 31 / 7.
    expect(chooseCandidate(['pracę', 'pracą'], 'pl', [], words)).toBeNull();
    expect(chooseCandidate(['radości', 'radością'], 'pl', [], words)).toBeNull();
    // Not a form of it: 301 / 5.
    expect(chooseCandidate(['obniżyć', 'obrazy'], 'pl', [], words)).toBe('obniżyć');
    // Only in a language with such tables.
    expect(chooseCandidate(['obniżyć', 'obniży'], 'fr', [], words)).toBe('obniżyć');
    // The case the preposition before governs settles it.
    expect(chooseCandidate(['pracę', 'pracą'], 'pl', ['na'], words)).toBe('pracę');
    expect(chooseCandidate(['pracę', 'pracą'], 'pl', ['z'], words)).toBe('pracą');
  });

  it('leaves letter frequencies out when a list is handed in: where the list sees no margin, nothing does', () => {
    expect(chooseCandidate(['âtre', 'être'], 'fr', [], rankWords([]))).toBeNull();
    // Both listed, 22 / 1: the list decides, not the letters.
    expect(
      chooseCandidate(
        ['âtre', 'être'],
        'fr',
        [],
        rankWords(['âtre', ...Array.from({ length: 20 }, () => 'x'), 'être']),
      ),
    ).toBe('âtre');
    expect(
      chooseCandidate(['âtre', 'être'], 'fr', [], rankWords(['âtre', ...Array.from({ length: 5 }, () => 'x'), 'être'])),
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
