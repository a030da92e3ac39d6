/**
 * What a language tells about which of several restorations a damaged word was, when the dictionary
 * alone leaves more than one (the table data for choose-candidate.ts). Every rule is about the
 * language, never about a text: the grammar of the words just before, and which inflections news
 * prose uses most. Words before are matched by their skeleton (accents deleted, lower case), which
 * is all a damaged text shows of them: "était" reads "tait", "chcą" reads "chc". Where a rule needs
 * to know what a word is (a plural of men, a noun's case), it asks the dictionary for the word's
 * other forms (rolnicy: rolników; budowę: budowami), and the frequency list whether one is in
 * common use (praca, whose genitive "pracy" ends like "rolnicy").
 */
import { skeletonOf } from './speller';

/** After one of `after` (or the pair `afterPair`), keep the candidates with one of `endings` when some have one. */
export interface ContextPreference {
  /** Skeletons of the word just before. */
  after?: readonly string[];
  /** Skeletons of the two words just before: [the one before that, the one just before]. */
  afterPair?: readonly [readonly string[], readonly string[]];
  /** An article two words before and, just before, a word none of `except`: a noun after its article. */
  afterArticle?: { articles: readonly string[]; except: readonly string[] };
  /** One of `words` two words before and, just before, a word that ends (as repaired) in one of `through`. */
  afterThrough?: { words: readonly string[]; through: readonly string[] };
  /**
   * The clause opens with a plural of men (one of `plurals`, as the dictionary shows it), just before
   * the word, or before one of `between`, or before a word (none of `notComplements`) whose skeleton
   * ends in one of `complementEndings` and none of `notComplementEndings`: the verb's subject.
   */
  afterSubject?: {
    plurals: readonly PluralOfMen[];
    between: readonly string[];
    complementEndings?: readonly string[];
    notComplementEndings?: readonly string[];
    notComplements?: readonly string[];
  };
  /**
   * The rule chooses a verb's person: it stands aside where a candidate is a noun's case (`NOUN_CASES`),
   * since a noun may stand there too ("Posłowie budowę poparli").
   */
  person?: boolean;
  endings: readonly string[];
  example: string;
  why: string;
}

// French forms of "avoir" that stand before a past participle, as skeletons.
const FR_AVOIR = [
  'a',
  'ai',
  'as',
  'avons',
  'avez',
  'ont',
  'avait',
  'avais',
  'avaient',
  'aura',
  'auront',
  'aurait',
  'ayant',
];
// French forms of "être" that make a reflexive compound tense with a pronoun before them ("s’était").
const FR_ETRE = ['est', 'sont', 'tait', 'taient', 'suis', 'sommes', 'tes', 'sera', 'seront', 'serait'];
const FR_REFLEXIVE = ['s', 'se', 'me', 'm', 'te', 't', 'nous', 'vous'];
const FR_PARTICIPLE = ['é', 'ée', 'és', 'ées'];

// Spanish articles, and the nouns of time after an article that are no subject before a verb (as
// for Italian below), as skeletons (día → da, año → ao, mañana → maana, miércoles → mircoles).
const ES_ARTICLES = ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'];
const ES_NOT_SUBJECTS = [
  ...['maana', 'tarde', 'noche', 'madrugada', 'da', 'semana', 'mes', 'ao', 'fin', 'vez', 'rato'],
  ...['verano', 'invierno', 'otoo', 'primavera', 'prximo', 'prxima', 'pasado', 'pasada', 'siguiente'],
  ...['lunes', 'martes', 'mircoles', 'jueves', 'viernes', 'sbado', 'domingo'],
];

// Italian articles, as skeletons ("l’" reads "l").
const IT_ARTICLES = ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una'];
// Words that follow an article and stand before a verb without being its subject: nouns of time,
// which make an adverbial ("la sera", "il lunedì", "un giorno", "la prossima volta"). As skeletons.
// A fronted object needs no entry: it takes a clitic before the verb ("il resto lo dirò"), so no
// article stands two words before the verb.
const IT_NOT_SUBJECTS = [
  ...['mattina', 'mattino', 'pomeriggio', 'sera', 'notte', 'giorno', 'giornata', 'settimana', 'mese', 'anno'],
  ...['estate', 'inverno', 'primavera', 'autunno', 'weekend', 'volta', 'prossimo', 'prossima', 'dopo', 'prima'],
  ...['luned', 'marted', 'mercoled', 'gioved', 'venerd', 'sabato', 'domenica'],
];

// Polish words that stand between a subject and its verb: "nie", "się", "też" (as skeletons).
const PL_BEFORE_VERB = ['nie', 'si', 'te'];

// Polish prepositions that never govern the instrumental, as skeletons (wśród → wrd, według → wedug).
const PL_NOT_INSTRUMENTAL = [
  'o',
  'do',
  'od',
  'ode',
  'bez',
  'dla',
  'w',
  'we',
  'na',
  'przy',
  'po',
  'u',
  'przez',
  'ku',
  'wobec',
  'podczas',
  'wedug',
  'oprcz',
  'obok',
  'wrd',
  'zamiast',
  'okoo',
];
// Every Polish preposition a clause may open with, as skeletons (między → midzy, spośród → spord).
const PL_PREPOSITIONS = [
  ...PL_NOT_INSTRUMENTAL,
  ...['z', 'ze', 'za', 'nad', 'nade', 'pod', 'pode', 'przed', 'przede', 'midzy', 'poza', 'spod', 'zza', 'spord'],
];
/**
 * A nominative plural of men (rolnicy, mieszkańcy, posłowie) ends in `ending`, and the dictionary
 * shows a word so ending is one: its genitive plural, `ending` replaced by one of `genitives`, is a
 * word (rolników, mieszkańców, posłów; no "praców"). `singular`: a noun of one number whose genitive,
 * dative and locative singular end so too, which a reading is when the dictionary has its
 * instrumental singular (`instrumental` for `ending`: pracą, pomocą, kierowcą) and the frequency
 * list its nominative (praca, pomoc, kierowca: in common use; the dictionary alone also has
 * "rolnica", whose "rolnicy" no news text means), or the dictionary has that instrumental and no
 * list is at hand.
 */
export interface PluralOfMen {
  ending: string;
  genitives: readonly string[];
  /** A word one of whose readings ends in one of these is no subject. */
  except?: readonly string[];
  singular?: { instrumental: string; nominatives: readonly string[] };
  example: string;
}

// Not -i or -rze: adjectives, feminine and neuter forms end so too.
export const PL_PLURALS_OF_MEN: readonly PluralOfMen[] = [
  { ending: 'owie', genitives: ['ów'], example: 'posłowie (posłów)' },
  {
    // The -ści of a noun in -ść reads -ci once "ś" is deleted ("gości" reads "goci", like the
    // Goths' "Goci"): a word one of whose readings ends so is not taken for a subject (`except`).
    ending: 'ci',
    genitives: ['tów'],
    except: ['ści'],
    singular: { instrumental: 'cią', nominatives: ['ć'] },
    example: 'eksperci (ekspertów), studenci (studentów); not gości, kości, śmierci',
  },
  {
    ending: 'cy',
    genitives: ['ców', 'ków'],
    singular: { instrumental: 'cą', nominatives: ['ca', 'c'] },
    example: 'rolnicy (rolników), mieszkańcy (mieszkańców); not pracy, pomocy, granicy, kierowcy (pracą …)',
  },
];

export const CONTEXT_PREFERENCES: Record<string, readonly ContextPreference[]> = {
  fr: [
    {
      // Not after "a": a damaged "a" may be "à" ("à présent", now), which is no auxiliary.
      after: FR_AVOIR.filter((form) => form !== 'a'),
      endings: FR_PARTICIPLE,
      example: '"ils ont prsent un plan" → présenté, not présent',
      why: 'avoir before the word makes a compound past: the word is a past participle',
    },
    {
      afterPair: [FR_REFLEXIVE, FR_ETRE],
      endings: FR_PARTICIPLE,
      example: '"la route s? Tait dgrade" → dégradée, not dégrade',
      why: 'a reflexive verb makes its compound past with être: pronoun + être + past participle',
    },
    {
      afterPair: [FR_AVOIR, ['t']],
      endings: FR_PARTICIPLE,
      example: '"la piste a t dgrade" → dégradée, not dégrade',
      why: '"a été" + past participle is the passive',
    },
  ],
  pl: [
    {
      // chcę/chcą/chce, może/mogą, musi/muszą, należy, można, trzeba, warto, powinien/powinna/powinni;
      // the past of chcieć, musieć, móc (chciał, musiała, mogli …) and zamierzać/planować (zamierza, planują …).
      after: [
        'chc',
        'chce',
        'chcemy',
        'moe',
        'mog',
        'musi',
        'musz',
        'naley',
        'mona',
        'trzeba',
        'warto',
        'powinien',
        'powinna',
        'powinni',
        'chcia',
        'chciaa',
        'chcieli',
        'chciay',
        'musia',
        'musiaa',
        'musieli',
        'musiay',
        'moga',
        'mogli',
        'mogy',
        'zamierza',
        'zamierzaj',
        'zamierzamy',
        'planuje',
        'planuj',
        'planujemy',
      ],
      endings: ['ć'],
      example: '"rzd chce zmniejszy" → zmniejszyć, not zmniejszy; "zamierza obniy" → obniżyć',
      why: 'a modal verb, or one of intending, before the word governs an infinitive',
    },
    {
      afterThrough: { words: PL_NOT_INSTRUMENTAL, through: ['ą'] },
      endings: ['ę'],
      example: '"na nową szko" → szkołę, not szkło',
      why:
        'after such a preposition, an adjective in -ą is feminine and accusative, and so is the noun it agrees ' +
        'with: -ę, never a neuter in -o',
    },
    ...personRules(['oni', 'one'], ['ą', 'li', 'ły'], '"oni nie chc" → chcą, not chcę', 'third person plural'),
    // Pronouns of men that have no other case in this form (wszystkich, niektórych): never a first person singular.
    ...personRules(
      ['wszyscy', 'niektrzy', 'obaj'],
      ['ą', 'li', 'ły'],
      '"Wszyscy musz" → muszą, not muszę',
      'third person plural (or the first plural, "wszyscy musimy", which no -ę reads like)',
    ),
    {
      afterSubject: {
        plurals: PL_PLURALS_OF_MEN,
        between: PL_BEFORE_VERB,
        complementEndings: ['a', 'e', 'o', 'u', 'y'],
        notComplementEndings: ['by'],
        notComplements: PL_PREPOSITIONS,
      },
      person: true,
      endings: ['ą', 'li', 'ły'],
      example:
        '"Rolnicy skar si" → skarżą się, not skarżę; "Posowie nie chc" → chcą; "Eksperci uwaaj" → uważają; ' +
        '"Mieszkacy Wrocawia mog" → mogą',
      why:
        'a plural of men (-cy, -ci, -owie) opening the clause just before the verb is its subject: the third ' +
        'person plural. Only opening it: inside a clause, -cy is also the case of a singular that a ' +
        'preposition or verb governs ("po pracy muszę", "nie straci pracy – mówi"); and only a plural of ' +
        'men, not a singular noun\'s genitive opening a quote ("Pracy nie mogę znaleźć"). One word may ' +
        'stand between when it ends in a vowel other than -i and is no preposition: a genitive that ' +
        'belongs to the subject ("Mieszkańcy Wrocławia") or an adverb ("Eksperci wreszcie"), never the ' +
        "subject's own verb, whose third person plural ends, once its -ą is deleted, in a consonant, -j " +
        'or -i ("mog", "uwaaj", "lubi"), or in -li, -liby, and may have its object after it ("Polacy lubią ' +
        'Chorwację", whose -ę no "Chorwacjami" shows for a noun\'s)',
    },
    ...personRules(['ja'], ['ę', 'm'], '"ja nie chc" → chcę, not chcą', 'first person singular (-ę, -m, -łem, -łam)'),
    ...personRules(['my'], ['my'], '"my nie chcemy" → chcemy', 'first person plural (-my, -śmy)'),
  ],
  // Preterite -é/-ó, future -é/-á: only a subject pronoun settles the person (él reads "l").
  es: [
    ...personRules(['yo'], ['é'], '"yo no firmar" → firmaré, not firmará', 'first person singular', ['no']),
    ...personRules(['l', 'ella', 'usted'], ['ó', 'á'], '"ella habl" → habló, not hablé', 'third person', ['no']),
    {
      afterArticle: { articles: ES_ARTICLES, except: ES_NOT_SUBJECTS },
      endings: ['ó', 'á'],
      example: '"el alcalde anunci" → anunció, not anuncié; "la jueza dict" → dictó',
      why:
        'an article and a noun just before the verb are its subject, and a noun takes the third person; ' +
        'not a noun of time ("el lunes presenté"); a fronted object has a clitic between ("la verdad la contaré")',
    },
  ],
  // Future -ò/-à: a subject pronoun settles the person, or a subject noun with its article.
  it: [
    ...personRules(['io'], ['ò'], '"io non firmer" → firmerò, not firmerà', 'first person singular', ['non']),
    ...personRules(['lui', 'lei'], ['à'], '"lui non sar" → sarà, not sarò', 'third person singular', ['non']),
    {
      afterArticle: { articles: IT_ARTICLES, except: IT_NOT_SUBJECTS },
      endings: ['à'],
      example: '"la squadra giocher" → giocherà, not giocherò; "la citt potr" → potrà',
      why:
        'an article and a noun just before the verb are its subject, and a noun takes the third person; ' +
        'not a noun of time ("la sera tornerò"); a fronted object has a clitic between ("il resto lo dirò")',
    },
  ],
};

/**
 * A subject pronoun just before the word, or before one of `between` (Polish "nie", "się", "też" by
 * default), makes the verb agree in person.
 */
function personRules(
  pronouns: string[],
  endings: string[],
  example: string,
  person: string,
  between: readonly string[] = PL_BEFORE_VERB,
): ContextPreference[] {
  const why = `a subject pronoun before the verb: it takes the ${person}`;
  return [
    { after: pronouns, endings, example, why, person: true },
    { afterPair: [pronouns, between], endings, example, why, person: true },
  ];
}

/**
 * Endings a verb's persons share with a noun's cases (Polish 1st singular -ę and 3rd plural -ą, the
 * accusative -ę and instrumental -ą), and an ending only the noun takes from the same stem: a
 * candidate in one of `endings` whose stem takes `nounOnly` is a noun's case, which no person rule
 * chooses (`ContextPreference.person`).
 */
export interface NounCases {
  endings: readonly string[];
  nounOnly: string;
  example: string;
  why: string;
}

export const NOUN_CASES: Record<string, NounCases> = {
  pl: {
    endings: ['ę', 'ą'],
    nounOnly: 'ami',
    example: '"budowę"/"budową": budowami, a noun; "chcę"/"chcą": no "chcami", a verb',
    why:
      "the instrumental plural -ami is a noun's alone; a subject may be followed by its object before " +
      'the verb ("Posłowie budowę poparli"), whose -ę is no first person',
  },
};

/**
 * After one of `after`, a candidate with one of `over` at the end is dropped when another candidate is
 * the same stem with one of `prefer` ("" for the bare stem): the word before governs a case, and the
 * case has no such ending. Pairs of one stem only: an adjective in -ą ("na nową") has no sibling.
 */
export interface ContextEndingPreference {
  /** Skeletons of the word just before. */
  after: readonly string[];
  /** Also one word further back, when the word between (as repaired) ends in one of these, */
  through?: readonly string[];
  /** or when its skeleton is one of these. */
  throughWords?: readonly string[];
  /** Skeletons of damaged words the rule leaves alone: they stand in that case as adverbs. */
  exceptWords?: readonly string[];
  /** Skeletons that count as `after` only one word further back, through one of `throughWords`. */
  afterOnlyThrough?: readonly string[];
  prefer: readonly string[];
  over: readonly string[];
  example: string;
  why: string;
}

// Feminine words that agree with the noun after them and lose every letter that shows their case:
// "tę"/"tą" read "t", "całą" reads "ca". Nothing is left to agree through (both are words as they
// stand, so they are not repaired either), but after a preposition their case is the noun's.
const PL_BARE_AGREEING_WORDS = ['t', 'ca'];

// "Brak" (a lack) takes the genitive, as skeletons. Not the words of quantity (dużo, więcej, ile): they
// also stand before a verb as adverbs ("więcej zarobią"), where -ą is the verb's plural.
const PL_GENITIVE_WORDS = ['brak', 'braku'];

// Polish numerals from two up that a plural follows, as skeletons (dwóch → dwch, pięciu → piciu).
// Not "pięć" (pi), which reads like "pić" (to drink), after which an accusative in -ę stands.
const PL_NUMERALS = [
  'dwa',
  'dwie',
  'dwch',
  'trzy',
  'trzech',
  'cztery',
  'czterech',
  'piciu',
  'sze',
  'szeciu',
  'siedem',
  'siedmiu',
  'osiem',
  'omiu',
  'dziewi',
  'dziewiciu',
  'dziesi',
  'dziesiciu',
  'kilka',
  'kilku',
  'wiele',
  'wielu',
];

// Very common Polish verbs of news that take a direct object in the accusative, and never an
// instrumental just after them (as "uznać winnym", "ogłosić zwycięzcą", "przyjąć owacją", "złożyć
// drogą elektroniczną", "zakończyć porażką", "rozpocząć minutą ciszy" do: those are left out). Their
// third persons, past, infinitive and first person singular, as written; the rule reads them as
// skeletons ("zapowiedziały" → "zapowiedziay").
const PL_ACCUSATIVE_VERBS = [
  ...['popiera', 'popierają', 'popierał', 'popierała', 'popierali', 'popierały', 'popierać', 'popieram'],
  ...['poprze', 'poprą', 'poparł', 'poparła', 'poparli', 'poparły', 'poprzeć', 'poprę'],
  ...['zapowie', 'zapowiedzą', 'zapowiedział', 'zapowiedziała', 'zapowiedzieli', 'zapowiedziały', 'zapowiedzieć'],
  ...['zapowiada', 'zapowiadają', 'zapowiadał', 'zapowiadała', 'zapowiadali', 'zapowiadały', 'zapowiadać'],
  ...['uchwali', 'uchwalą', 'uchwalił', 'uchwaliła', 'uchwalili', 'uchwaliły', 'uchwalić'],
  ...['uchwala', 'uchwalają', 'uchwalał', 'uchwalała', 'uchwalali', 'uchwalały', 'uchwalać'],
  ...['podejmie', 'podejmą', 'podjął', 'podjęła', 'podjęli', 'podjęły', 'podjąć', 'podejmę'],
  ...['podejmuje', 'podejmują', 'podejmował', 'podejmowała', 'podejmowali', 'podejmowały', 'podejmować'],
  ...['podpisze', 'podpiszą', 'podpisał', 'podpisała', 'podpisali', 'podpisały', 'podpisać', 'podpiszę'],
  ...['podpisuje', 'podpisują', 'podpisywał', 'podpisywała', 'podpisywali', 'podpisywały', 'podpisywać'],
  ...['przedstawi', 'przedstawią', 'przedstawił', 'przedstawiła', 'przedstawili', 'przedstawiły', 'przedstawić'],
  ...['przedstawia', 'przedstawiają', 'przedstawiał', 'przedstawiała', 'przedstawiali', 'przedstawiały'],
  ...['krytykuje', 'krytykują', 'krytykował', 'krytykowała', 'krytykowali', 'krytykowały', 'krytykować'],
  ...['skrytykuje', 'skrytykował', 'skrytykowała', 'skrytykowali', 'skrytykowały', 'skrytykować'],
  ...['odrzuci', 'odrzucą', 'odrzucił', 'odrzuciła', 'odrzucili', 'odrzuciły', 'odrzucić'],
  ...['odrzuca', 'odrzucają', 'odrzucał', 'odrzucała', 'odrzucali', 'odrzucały', 'odrzucać'],
  ...['zaproponuje', 'zaproponują', 'zaproponował', 'zaproponowała', 'zaproponowali', 'zaproponowały'],
  ...['proponuje', 'proponują', 'proponował', 'proponowała', 'proponowali', 'proponowały', 'proponować'],
  ...['zorganizuje', 'zorganizują', 'zorganizował', 'zorganizowała', 'zorganizowali', 'zorganizowały'],
  ...['organizuje', 'organizują', 'organizował', 'organizowała', 'organizowali', 'organizowały', 'organizować'],
].map(skeletonOf);
// Nouns whose instrumental stands after any verb as an adverb of time or means: "zapowiedział
// wiosną", "przedstawił drogą elektroniczną", "podpisała pocztą". As skeletons.
const PL_ADVERBIAL_INSTRUMENTALS = ['zim', 'wiosn', 'drog', 'poczt'];

// The future of "być" that makes a compound future with an infinitive or a past form in -ł
// ("będzie rosnąć", "będzie rósł"), as skeletons; "będę" and "będą" read "bd" like "bądź" (or),
// which may join two verbs in any form ("spadną bądź wzrosną"), so "bd" counts only through an
// adverb, which "bądź" does not take before a verb.
const PL_FUTURE_BYC = ['bdzie', 'bdziemy', 'bdziecie', 'bdziesz'];
const PL_FUTURE_BYC_OR_BADZ = ['bd'];
// Adverbs that stand between the future of "być" and its verb, as skeletons (już → ju, wciąż → wci).
// Not "też", which follows "bądź" as a conjunction ("bądź też").
const PL_FUTURE_ADVERBS = ['nadal', 'dalej', 'jeszcze', 'ju', 'zawsze', 'wci', 'stale', 'coraz'];

export const CONTEXT_ENDING_PREFERENCES: Record<string, readonly ContextEndingPreference[]> = {
  pl: [
    {
      after: PL_NOT_INSTRUMENTAL,
      through: ['ą', 'ej'],
      throughWords: PL_BARE_AGREEING_WORDS,
      prefer: ['ę', '', 'i'],
      over: ['ą'],
      example:
        '"w sobot" → sobotę, not sobotą; "o kradzie" → kradzież; "na nową szko" → szkołę, not szkołą; ' +
        '"w przyszoci" → przyszłości; "przez ca dob" → dobę; "w przyszej kadencji" → kadencji',
      why:
        'these prepositions govern the genitive, accusative or locative, never the instrumental in -ą; ' +
        'an adjective or pronoun between (-ą, or -ej of the genitive and locative) agrees with the noun, ' +
        'in the case the preposition governs',
    },
    {
      after: ['z', 'ze'],
      through: ['ą'],
      throughWords: PL_BARE_AGREEING_WORDS,
      prefer: ['ą'],
      over: ['ę'],
      example: '"z Hiszpani" → Hiszpanią, not Hiszpanię',
      why: 'z governs the genitive or the instrumental, never the accusative in -ę',
    },
    {
      after: PL_GENITIVE_WORDS,
      through: ['ej'],
      prefer: ['i', ''],
      over: ['ą', 'ę'],
      example:
        '"brak przejrzystoci" → przejrzystości, not przejrzystością; "brak opat" → opłat; ' +
        '"brak jasnej odpowiedzialnoci" → odpowiedzialności',
      why: 'a lack takes the genitive, which ends in neither -ą nor -ę, and so does an adjective in -ej between',
    },
    {
      after: PL_NUMERALS,
      prefer: [''],
      over: ['ą', 'ę'],
      example: '"trzech mczyzn" → mężczyzn, not mężczyznę or mężczyzną',
      why: 'a numeral from two up takes a plural, and no Polish plural ends in -ą or -ę',
    },
    {
      after: PL_ACCUSATIVE_VERBS,
      exceptWords: PL_ADVERBIAL_INSTRUMENTALS,
      prefer: ['ę'],
      over: ['ą'],
      example: '"popiera budow" → budowę, not budową; "Sejm uchwali nowelizacj" → nowelizację',
      why:
        'such a verb takes its object in the accusative (-ę), and no instrumental stands just after it; ' +
        'negated, its object is a genitive, which ends in neither. Not a noun of time or means, whose ' +
        'instrumental is an adverb anywhere ("zapowiedział wiosną")',
    },
    {
      after: PL_FUTURE_BYC,
      afterOnlyThrough: PL_FUTURE_BYC_OR_BADZ,
      throughWords: PL_FUTURE_ADVERBS,
      prefer: ['ć', 'ąć'],
      over: ['', 'ą', 'ę'],
      example: '"bd nadal rosn" → rosnąć, not rosną or rosnę; "bdzie robi" → robić (or robił), not robi',
      why:
        'the future of "być" makes a compound future with an infinitive or a past form in -ł, never with ' +
        'a present (rosną, rosnę, robi); the -ł form is left to the rest, since "będzie robił" is as good',
    },
  ],
};

/** When two candidates are one stem with `prefer` or with `over` at the end, the `prefer` one is the restoration. */
export interface EndingPreference {
  prefer: string;
  over: string;
  example: string;
  why: string;
}

// Spanish and Italian had "third person over first" rules here (preterite -ó over -é, future -á over
// -é, future -à over -ò); sentences written to attack them (ACCENT_PRECISION_CHECKS) showed them
// turning quotes' "Hablé", "Sarò" into "Habló", "Sarà". Both languages drop the subject pronoun, so
// nothing before the word tells a quote's first person from a report's third; the person is left to
// a subject pronoun (CONTEXT_PREFERENCES) or to the word frequency step.
export const ENDING_PREFERENCES: Record<string, readonly EndingPreference[]> = {
  it: [
    {
      // Every Italian future ends in -rà/-rò, so no future is touched: these are the -tà nouns
      // (città, società, mobilità) and the third person passato remoto of verbs in -tare.
      prefer: 'tà',
      over: 'tò',
      example: '"capacit" → capacità, not capacitò; "mobilit" → mobilità, not mobilitò',
      why: 'nouns in -tà far outnumber the passato remoto of verbs in -tare in news prose',
    },
  ],
};

/**
 * Two endings that make one verb's first and third persons from one stem (`stemEnds`: the tense's
 * stem ends so, as every future's does in "r"). The word frequency step never chooses between two
 * such forms: the lists count film and television dialogue, rich in first persons, where news
 * prose reports in the third ("spiegherò", listed, over "spiegherà", not: a wrong repair on a
 * sentence written blind), and quotes speak in the first. Only the words before settle the person.
 * Other pairs of those endings are no person pair, and frequency still decides them ("está" over
 * the subjunctive "esté"; "mamá" over the preterite "mamé").
 */
export interface PersonPair {
  first: string;
  third: string;
  stemEnds?: string;
  example: string;
}

export const PERSON_PAIRS: Record<string, readonly PersonPair[]> = {
  it: [{ first: 'ò', third: 'à', stemEnds: 'r', example: 'future "sarò"/"sarà", "spiegherò"/"spiegherà"' }],
  es: [
    { first: 'é', third: 'ó', example: 'preterite "hablé"/"habló"' },
    { first: 'é', third: 'á', stemEnds: 'r', example: 'future "hablaré"/"hablará"' },
  ],
};

/** When one candidate is another with `added` after it, the shorter is the restoration. */
export interface AddedEnding {
  added: string;
  example: string;
  why: string;
}

/** How a language's infinitive ends, and how many of its last letters its other forms do not share. */
export interface Infinitive {
  ending: string;
  pastStem: number;
  example: string;
  why: string;
}

export const INFINITIVES: Record<string, Infinitive> = {
  pl: {
    ending: 'ć',
    pastStem: 2,
    example: '"obniżyć": obniży, obniżył, obniżyła (obniż-); "wzrosnąć": wzrosną (wzrosn-)',
    why: 'a form the word list lacks beside its listed infinitive is another form of a common verb, not a rare word',
  },
};

/** Endings that make one noun's cases from one stem: two candidates that differ only by them are forms of one word. */
export interface CaseEndings {
  endings: readonly string[];
  example: string;
  why: string;
}

export const CASE_ENDINGS: Record<string, CaseEndings> = {
  pl: {
    endings: ['ą', 'ę', ''],
    example: '"budowę" (listed) and "budową" (not); "żywności" and "żywnością"',
    why: 'a case the word list lacks beside a listed case of one noun is another form of a common word, not a rare word',
  },
};

export const ADDED_ENDINGS: Record<string, readonly AddedEnding[]> = {
  pl: [
    {
      added: 'ś',
      example: '"pojechaa" → pojechała, not pojechałaś',
      why: 'the second person singular of the past; news prose reports in the third person',
    },
    {
      added: 'ż',
      example: '"bya" → była, not byłaż',
      why: 'the emphatic particle -że/-ż, archaic in written news',
    },
    {
      added: 'ź',
      example: '"Sd" → Sąd, not Sądź',
      why: 'the imperative of verbs in -dzić; news prose rarely addresses the reader',
    },
  ],
};
