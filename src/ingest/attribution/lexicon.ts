/**
 * Words of English news that signal speech, roles and pronouns. These are facts about the language
 * (and the trade), never about any one article.
 */
import { clauseVerbForms, quoteCueForms } from './reporting-verbs';

/**
 * Verbs that introduce or close quoted speech, in the forms news uses around quotes. They come from
 * the table of reporting verbs (`reporting-verbs.ts`), which also says what each verb takes.
 */
export const SPEECH_VERBS = quoteCueForms();

export const SPEECH_VERB_SET = new Set(SPEECH_VERBS);

/** The speech verbs as a regex alternation, longest first, for the patterns that need them in place. */
export const SPEECH_VERB_PATTERN = `(?:${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|')})`;

/** Every form of the verbs after which a clause is what someone said (reported speech). */
export const REPORTING_VERB_SET = new Set(clauseVerbForms());

/** Nouns that introduce speech: "in a statement", "her answer:". */
export const SPEECH_NOUNS = new Set([
  'statement', 'statements', 'announcement', 'declaration', 'words', 'remarks', 'comment', 'comments', 'answer', 'reply',
  'response', 'message', 'letter', 'post', 'tweet', 'interview', 'speech', 'claim', 'promise', 'warning', 'appeal', 'verdict',
]);

/** Head nouns of roles that stand for a person: "the minister said". */
export const ROLE_WORDS = new Set([
  'president', 'minister', 'mayor', 'councillor', 'councilor', 'chancellor', 'senator', 'governor', 'spokesman',
  'spokeswoman', 'spokesperson', 'director', 'chief', 'executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'leader',
  'secretary', 'coach', 'manager', 'judge', 'prosecutor', 'lawyer', 'attorney', 'analyst', 'doctor', 'professor',
  'researcher', 'author', 'critic', 'actor', 'actress', 'producer', 'captain', 'player', 'striker', 'goalkeeper',
  'champion', 'rider', 'officer', 'commissioner', 'ambassador', 'envoy', 'head', 'founder', 'owner', 'economist',
  'expert', 'scientist', 'nurse', 'teacher', 'commander', 'general', 'deputy', 'mp', 'mep', 'official',
  'representative', 'candidate', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'priest', 'editor',
  'journalist', 'writer', 'singer', 'musician', 'artist', 'architect', 'engineer', 'activist', 'organiser',
  'organizer', 'campaigner', 'resident', 'delegate', 'negotiator', 'adviser', 'advisor', 'counsel', 'mediator',
  'sheriff', 'inspector', 'superintendent', 'premier', 'boss', 'trainer', 'sindaco', 'sindaca', 'dr', 'prof', 'mr',
  'mrs', 'ms', 'presiding', 'winner', 'veteran', 'defender', 'midfielder', 'forward', 'rapporteur', 'treasurer',
  'auditor', 'surgeon', 'physician', 'pilot', 'farmer', 'student', 'mother', 'father', 'widow', 'survivor', 'witness',
  'victim', 'fan', 'historian', 'biologist', 'physicist', 'chemist', 'microbiologist', 'epidemiologist', 'lead',
  'co-author', 'partner', 'cyclist', 'assistant', 'aide', 'colleague', 'teammate', 'contractor', 'consultant',
  'worker', 'employee', 'directeur', 'sportif', 'master', 'steward', 'chef', 'guide', 'vicar', 'rabbi', 'imam',
  // Family: "the victim's daughter, Ana Roy" is described by her relation.
  'daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'grandson',
  'granddaughter', 'grandmother', 'grandfather', 'pastor', 'reverend', 'detective', 'sergeant', 'constable', 'defenceman', 'defenseman',
  // Compounds that name a role of their own (the vice-chancellor is not the chancellor).
  'vice-chancellor', 'vice-president', 'vice-premier', 'vice-mayor', 'vice-chair', 'vice-chairman', 'vice-chairwoman',
  'vice-captain', 'co-founder', 'co-chair', 'deputy-mayor', 'undersecretary', 'under-secretary',
]);

/** Titles written before a name that are not part of it. */
export const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lady', 'lord', 'madam', 'madame', 'mademoiselle', 'monsieur', 'signor', 'signora', 'señor', 'señora', 'senor', 'senora', 'herr', 'frau', 'st', 'rev', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt',
  // Police, military and civic ranks as news abbreviates them ("Insp. Ann Roy", "Ch Supt", "Cllr", "Coun.")
  // and their full forms, which are written before a name the same way.
  'insp', 'supt', 'ch', 'det', 'const', 'cst', 'cpl', 'pc', 'pte', 'maj', 'brig', 'adm', 'cmdr', 'cdr', 'lieut', 'cllr', 'coun',
  'ald', 'hon', 'atty', 'msgr', 'sergeant', 'constable', 'corporal', 'detective', 'lieutenant', 'colonel', 'brigadier',
  'admiral', 'justice', 'baroness', 'viscount', 'countess', 'duke', 'duchess']);

/**
 * A legislator's party and district written beside the name: "Rep. Ann Ford (D)", "Sen. Roy (R-Texas)",
 * "Rep. Lou Park, D-4,", "Ms Roy (Lab)". They say nothing about who speaks and keep a cue from reading.
 */
export const PARTY_TAG = /\s*\((?:[DRI](?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?|Lab|Con|LD|Lib Dem|SNP|DUP|Green|Ind)\)|,\s*[DRI]-[A-Z0-9][\w.]*(?=,|\s|$)/g;

/** Particles inside a surname ("Maarten de Wolff", "Ursula von der Brandt", "Ahmad bin Said"). */
export const NAME_PARTICLES = ['de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'ter', 'bin', 'al', 'el', 'y'];

/** Portfolios a minister holds, written with a capital before the holder's name ("minister of Economy Ana Roy"). */
export const PORTFOLIO_WORDS = new Set(['economy', 'finance', 'finances', 'culture', 'health', 'defence', 'defense', 'justice', 'education', 'transport', 'transports', 'interior', 'agriculture', 'labour', 'labor', 'environment', 'energy', 'foreign', 'trade', 'industry', 'tourism', 'sport', 'sports', 'housing', 'infrastructure', 'employment', 'welfare', 'research', 'science', 'development', 'family', 'youth', 'equality', 'climate', 'digital', 'treasury']);

/** Abbreviations written with a full stop that does not end a sentence ("the Rev. Ana Roy", "Mr. Lutz"). */
export const ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Rev', 'Sen', 'Rep', 'Gov', 'Lt', 'Gen', 'Col', 'Capt', 'Sgt', 'Insp', 'Det', 'Const', 'Supt', 'Prof', 'St', 'Jr', 'Sr', 'Fr', 'Hon', 'Cllr', 'Cpl', 'Pte', 'Maj', 'Adm', 'Cmdr', 'Atty', 'Msgr', 'Mt', 'Ald', 'Gov.-Gen', 'Lt.-Gov'];
/** A regex fragment: a full stop that follows an abbreviation or an initial ("Peter J. Maroney"). */
export const ABBREVIATION_DOT = `(?<=\\b(?:${ABBREVIATIONS.map((a) => a.replace('.', '\\.')).join('|')}|[A-Z]))\\.`;

/**
 * The role a title before a name gives its bearer, so that "the inspector" or "the judge" later in
 * the text finds "Insp. Dana Cole" or "Mr Justice Hale". Keys are lower case, without the full stop.
 */
export const TITLE_ROLES = new Map([
  ['justice', 'judge'], ['judge', 'judge'], ['insp', 'inspector'], ['inspector', 'inspector'], ['det', 'detective'],
  ['detective', 'detective'], ['sgt', 'sergeant'], ['const', 'constable'], ['supt', 'superintendent'],
  ['rev', 'reverend'], ['fr', 'priest'], ['father', 'priest'], ['sen', 'senator'], ['rep', 'representative'],
  ['gov', 'governor'], ['cllr', 'councillor'], ['councillor', 'councillor'], ['councilor', 'councillor'],
  ['lt', 'lieutenant'], ['capt', 'captain'], ['col', 'colonel'], ['gen', 'general'], ['maj', 'major'],
  ['adm', 'admiral'], ['prof', 'professor'], ['dr', 'doctor'], ['coach', 'coach'], ['mayor', 'mayor'],
  ['chief', 'chief'], ['president', 'president'], ['premier', 'premier'], ['chancellor', 'chancellor'],
  ['minister', 'minister'], ['senator', 'senator'], ['governor', 'governor'], ['sheriff', 'sheriff'],
]);

/** Head nouns of bodies that speak as one: "the club said in a statement". */
export const ORGANISATION_WORDS = new Set([
  'club', 'company', 'firm', 'motors', 'airlines', 'airways', 'energy', 'systems', 'technologies', 'pharma',
  'pharmaceuticals', 'industries', 'capital', 'partners', 'media', 'telecom', 'foods', 'brewery', 'railways', 'brokerage', 'bank', 'insurer', 'publisher', 'broadcaster', 'retailer', 'startup', 'lab',
  'laboratory', 'group', 'ministry', 'department', 'government', 'council', 'committee', 'association', 'union',
  'hospital', 'police', 'court', 'institute', 'university', 'federation', 'party', 'team', 'agency', 'authority',
  'commission', 'board', 'office', 'organisation', 'organization', 'foundation', 'league', 'embassy', 'army', 'navy',
  'parliament', 'senate', 'administration', 'airline', 'museum', 'school', 'festival', 'campaign', 'coalition',
  'alliance', 'network', 'channel', 'newspaper', 'studio', 'label', 'prosecutors', 'service', 'centre', 'center',
  'corporation', 'inc', 'ltd', 'logistics', 'freight', 'holdings', 'bureau', 'trust', 'society', 'movement', 'front',
  'station', 'tribunal', 'cabinet', 'presidency', 'municipality', 'region', 'province', 'state', 'city', 'town',
  'village', 'district', 'county', 'borough', 'parish', 'regulator', 'watchdog', 'tribunal', 'prosecution', 'defence',
  'defense',
]);

/** Capitalised words that open sentences or name things but never start a person's name. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'nor', 'in', 'on', 'at', 'to', 'of', 'by', 'with', 'from', 'after',
  'before', 'during', 'since', 'until', 'while', 'when', 'where', 'why', 'how', 'what', 'who', 'which', 'that', 'this', 'these',
  'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your',
  'if', 'as', 'not', 'no', 'yes', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'also', 'even', 'only', 'just', 'still',
  'all', 'some', 'many', 'most', 'more', 'few', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'according', 'asked', 'despite', 'although',
  'though', 'because', 'about', 'over', 'under', 'between', 'against', 'among', 'without', 'within', 'through', 'across',
  'every', 'each', 'both', 'either', 'neither', 'such', 'other', 'another', 'once', 'again', 'however', 'meanwhile',
  'thanks', 'thank', 'please', 'let', 'let’s', "let's", 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'have', 'has',
  'had', 'will', 'would', 'can', 'could', 'should', 'must', 'might', 'we’re', 'it’s', 'i’m', 'don’t', 'mr.', 'ms.', 'dr.',
  'twitter', 'instagram', 'facebook', 'tiktok', 'youtube', 'covid', 'god', 'ok', 'okay', 'wow', 'oh', 'well', 'good', 'great',
  'new', 'first', 'last', 'next', 'never', 'always', 'sometimes', 'perhaps', 'maybe', 'nobody', 'everyone', 'everybody',
  'someone', 'nothing', 'everything', 'together', 'later', 'afterwards', 'earlier', 'instead', 'indeed', 'finally',
  'eventually', 'overall', 'sadly', 'luckily', 'unfortunately', 'fortunately', 'separately', 'elsewhere', 'nonetheless',
  'nevertheless', 'moreover', 'furthermore', 'recently', 'currently', 'previously', 'initially', 'ultimately', 'anyway', 'day', 'night',
  // Prepositions, conjunctions and sentence adverbs that open a sentence before a name ("Besides Nora").
  'besides', 'unlike', 'like', 'beyond', 'following', 'including', 'except', 'upon', 'toward', 'towards', 'behind',
  'inside', 'outside', 'above', 'below', 'beneath', 'alongside', 'amid', 'amidst', 'around', 'along', 'via', 'into',
  'onto', 'throughout', 'unless', 'whether', 'whereas', 'whilst', 'thus', 'hence', 'therefore', 'otherwise', 'rather',
  'already', 'soon', 'often', 'clearly', 'certainly', 'obviously', 'notably', 'similarly', 'likewise', 'additionally',
  'consequently', 'accordingly', 'apparently', 'reportedly', 'allegedly', 'hopefully', 'thankfully', 'surprisingly',
  'ironically', 'tonight', 'whose', 'whom',
]);

export const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|ll|d)|me|my|mine|myself|we|we['’](?:re|ve|ll|d)|us|our|ours|ourselves|let['’]s)\b|\b(?:je|j['’?]|nous|nos|notre|moi|mon|ma|mes|io|noi|nostro|nostra|nostri|abbiamo|siamo|ich|wir|unser|unsere|mein|yo|nosotros|nuestro|nuestra)\b/i;
export const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves)\b/i;

/** Gender a word gives its referent, for pronoun resolution. */
export const FEMALE_CUES = new Set(['ms', 'mrs', 'miss', 'madam', 'madame', 'mademoiselle', 'signora', 'señora', 'senora', 'frau', 'lady', 'dame', 'spokeswoman', 'chairwoman', 'actress', 'queen', 'princess', 'mother', 'wife', 'daughter', 'sister', 'widow', 'businesswoman', 'congresswoman', 'sindaca', 'her', 'she', 'herself']);
export const MALE_CUES = new Set(['mr', 'sir', 'signor', 'señor', 'senor', 'herr', 'monsieur', 'lord', 'spokesman', 'chairman', 'actor', 'king', 'prince', 'father', 'husband', 'son', 'brother', 'businessman', 'congressman', 'sindaco', 'his', 'he', 'him', 'himself']);
