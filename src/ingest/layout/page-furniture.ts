/**
 * Page furniture: what a news site puts around a story and what comes along when the page is copied
 * as text: photo captions and credits, share and navigation lines, advertising markers, bylines and
 * agency lines, editors' notes. Recognised here, in the layout step, so that the body, the title and
 * attribution never read it as the story (a credit's name is no speaker, a byline no title).
 *
 * The rules are data: each has a name, the kind it marks, a pattern over the whole paragraph and an
 * invented example that the tests hold it to. Only clear furniture matches: every pattern is anchored
 * at both ends, and a paragraph that merely describes a photo or a video in a full sentence with a
 * speech verb ("Jordan Smith says he watched …") stays body text.
 */
import type { FurnitureKind } from '../schema';
import { isJsSpace } from '../text/ascii-words';
import { patternUnion } from '../text/pattern-union';
import { opensLikeStory, opensWithQuotationMark } from './story-opening';

export interface FurnitureRule {
  name: string;
  kind: FurnitureKind;
  /** Tested against the whole paragraph, so it must be anchored at both ends. */
  pattern: RegExp;
  /** Only for rules whose pattern captures a description in group 1: the description must read
   * like a caption (see `isCaptionLike`). */
  captionLike?: boolean;
  /** Only before the story's first paragraph (a section label above the headline; the same word
   * further down is a subheading). */
  leadingOnly?: boolean;
  /** A cheap test of the paragraph's last characters that the rule needs before its pattern is tried. */
  endHint?: RegExp;
  /** The longest paragraph the pattern can match, when it says so itself: longer ones skip it. */
  maxLength?: number;
  /** A cheap test that every paragraph the pattern matches passes (a necessary condition of the
   * pattern itself, not a heuristic): paragraphs that fail it skip the pattern. */
  needs?: (paragraph: string) => boolean;
  /** Only for rules whose pattern opens `${CAP}\s+${CAP}` (a name): the paragraph's second word must
   * be capitalised (see `secondWordCapitalised`), read once per paragraph for all such rules. */
  opensWithName?: boolean;
  /** Only for rules whose matches may open like story text (see story-opening.ts): the rules tried
   * on a paragraph that opens so. */
  mayOpenLikeStory?: boolean;
  /** An invented paragraph that the rule marks (the tests check it does). */
  example: string;
}

/** Longer paragraphs are never furniture: captions and credits are short. */
const MAX_LENGTH = 420;
/** But for a wire photo's caption, which runs to several sentences ("wire-photo-caption"). */
const MAX_WIRE_CAPTION = 1500;

// A capitalised word of a name or an organisation ("Marc-André", "O'Neil", "St.", "CBC").
const CAP = String.raw`[\p{Lu}][\p{L}\p{M}'’.&-]*`;
// Small words inside an organisation's or a person's name.
const SMALL = String.raw`(?:and|of|the|for|de|da|di|du|van|von|der|den|la|le|el|al|bin|on|in)`;
// A name or an organisation: capitalised words, with small words between them ("The Globe and Mail").
const NAMES = String.raw`${CAP}(?:\s+(?:${CAP}|${SMALL}))*`;
// Photo agencies and picture desks, as credits write them.
const AGENCY = String.raw`(?:Getty Images|GETTY IMAGES|The Associated Press|Associated Press|AP Photo|AP|Reuters|REUTERS|AFP|Agence France-Presse|The Canadian Press|THE CANADIAN PRESS|Canadian Press|PA(?: Media| Wire)?|EPA(?:-EFE)?|Bloomberg|Shutterstock|Alamy|Handout|File [Pp]hoto|Submitted|Supplied|Pool)`;
// What ends a caption: a credit in parentheses ("(Jane Dowd/CBC)", "(Photo courtesy of …)", "(Getty
// Images)"), or after the last full stop a bare "Name/Outlet", "Photo: …" or an agency.
const CREDIT_TAIL = String.raw`(?:\((?:[^()/]{2,60}\/\s?[\p{Lu}][^()]{1,60}|(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Vv]ideo|[Ff]ile|[Ss]ubmitted|[Ss]upplied|[Hh]andout|[Cc]ourtesy)\b[^()]{0,80}|[^()]{0,40}\b${AGENCY})\)|(?<=[.!?)]\s*)(?:${NAMES}\s?\/\s?${NAMES}|(?:[Pp]hoto(?:graph)?(?:y)?|[Ii]mage|[Pp]icture|[Ii]llustration|[Cc]omposite|[Cc]redit)s?\s*(?::|by)\s*[^.!?"“”]{2,80}|(?:${NAMES}\s+(?:for|via|\/)\s+)?${AGENCY}))`;

// Dates and times as sites print them beside a byline ("Mar 05, 2024 6:00 AM EST", "2 hours ago").
const DATE_WORD = String.raw`(?:\d{1,4}(?::\d{2})?(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|[ap]\.?m\.?|e[sd]?t|[cmp][sd]?t|gmt|utc|bst|cet|cest|at|on|ago|an?|hours?|minutes?|mins?|days?|weeks?|last|updated|modified|published|posted|read)`;
const DATE_RUN = String.raw`${DATE_WORD}(?:[\s,|·•:/-]+${DATE_WORD}){0,14}`;

// A credit in brackets that a syndicated page puts before the paragraph it captions:
// "(Lena Marsh/Harbour Courier - image credit) The ferry …".
const LEADING_CREDIT = String.raw`\((?:[^()/]{2,60}\/\s?[\p{Lu}][^()]{1,60}|[^()]{2,60}\bimage credit|[^()]{0,40}\b${AGENCY})\)`;
const LEADING_CREDIT_SPLIT = new RegExp(String.raw`^(${LEADING_CREDIT})\s+(?=\S)`, 'u');

// The sections a news site files a story under, as its breadcrumb prints them above the headline.
const SECTION = String.raw`(?:(?:all |breaking |local |world |national |us |u\.s\. |canada |business |sports? |top )?news|world|canada|u\.?s\.?|uk|europe|asia|africa|americas|middle east|australia|politics|business|sports?|opinion|analysis|commentary|editorial|health|science|tech(?:nology)?|entertainment|arts|culture|lifestyle|money|climate|environment|local|national|international|investigations?|features?|live|breaking|exclusive|perspectives|watch|video|podcasts?|markets|economy|education|crime|justice|weather|travel|food|books|music|film|tv|movies|obituaries|letters|columnists?|explainer|fact check|home|city|cities|metro|e-?paper|photos|videos|trending|latest)`;

// A news agency or a broadcaster's news desk as a byline names it ("The Canadian Press", "CBC News").
const NEWS_AGENCY = String.raw`(?:(?:The |THE )?(?:Associated Press|Canadian Press|Press Association|ASSOCIATED PRESS|CANADIAN PRESS)|Reuters|REUTERS|AFP|Agence France-Presse|Bloomberg(?: News)?|PA Media|dpa|ANSA|Xinhua|UPI|(?:[A-Z]{2,6}|Global|Sky|Fox|Yahoo|Postmedia) News)`;

// The desks and ranks a byline puts before the job ("Senior Transport Reporter").
const DESK = String.raw`(?:[Ss]taff|[Ss]enior|[Ss]pecial|[Cc]ontributing|[Ff]reelance|[Dd]eputy|[Aa]ssociate|[Aa]ssistant|[Mm]anaging|[Cc]hief|[Ss]ports?|[Bb]usiness|[Pp]olitical|[Pp]olitics|[Hh]ealth|[Ll]ocal|[Cc]ity|[Mm]unicipal|[Rr]etail|[Tt]ransport(?:ation)?|[Ee]ducation|[Cc]rime|[Cc]ourts?|[Jj]ustice|[Ll]egislature|[Pp]arliamentary|[Ii]nvestigative|[Aa]rts|[Cc]ulture|[Ee]ntertainment|[Tt]ech(?:nology)?|[Ss]cience|[Cc]limate|[Ee]nvironment(?:al)?|[Ee]nergy|[Hh]ousing|[Rr]eal [Ee]state|[Ff]ood|[Tt]ravel|[Mm]usic|[Ff]ilm|[Tt]heatre|[Bb]ooks|[Ff]eatures?|[Dd]igital|[Dd]ata|[Nn]ational|[Ii]nternational|[Ff]oreign|[Gg]lobal|[Ee]conomics|[Ee]conomy|[Ff]inanc(?:e|ial)|[Mm]arkets|[Ll]abour|[Ll]abor|[Oo]pinion|[Ee]ditorial|[Gg]eneral [Aa]ssignment|[Bb]ureau|[Aa]griculture|[Ww]eather|[Mm]edia)`;
const DESK_ROLE = String.raw`(?:[Rr]eporters?|[Cc]orrespondents?|[Ww]riters?|[Ee]ditors?|[Cc]olumnists?|[Jj]ournalists?|[Cc]ontributors?|[Cc]ritic|[Pp]roducer|[Pp]hotographer|[Bb]ureau [Cc]hief)`;

const ROLE = String.raw`(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|critic|photographer)s?`;

// The agencies an agency credit names ("AFP via Getty Images").
const CREDIT_AGENCY = String.raw`(?:Getty Images|GETTY IMAGES|AP Photo|Shutterstock|Alamy|Handout(?: [Pp]hoto)?|File [Pp]hoto|Pool [Pp]hoto)`;

// The guards of the rules that open with a capitalised name: each is a part every match of the rule
// holds (a word it must contain, or its end), searched for alone. A capitalised name opens most
// story paragraphs too, and the patterns cost a few times more than their guards to turn them away.
const HAS_CREDIT_AGENCY = new RegExp(CREDIT_AGENCY);
const HAS_NEWS_AGENCY = new RegExp(NEWS_AGENCY);
const HAS_ROLE = new RegExp(ROLE);
const ENDS_WITH_DESK_ROLE = new RegExp(`${DESK_ROLE}$`);
/** The longest desk role ("Correspondents") fits in this many last characters. */
const DESK_ROLE_TAIL = 20;
const UPPER = /\p{Lu}/u;

/**
 * Whether the word after the paragraph's first space is capitalised, as in every paragraph that
 * opens `${CAP}\s+${CAP}` ("Lena Marsh, …"); story paragraphs mostly go on in lower case ("The
 * council …").
 */
export function secondWordCapitalised(p: string): boolean {
  let i = 0;
  while (i < p.length && !isJsSpace(p.charCodeAt(i))) i++;
  while (i < p.length && isJsSpace(p.charCodeAt(i))) i++;
  const c = p.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 0x80 && UPPER.test(String.fromCodePoint(p.codePointAt(i)!)));
}

/**
 * Whether every character of a paragraph could stand in a section label (see SECTION): ASCII
 * letters (and the two others that fold to one case-insensitively, ſ and the Kelvin sign), white
 * space, the full stop of "u.s." and the separators between sections. Story text fails on its
 * first digit, dash, apostrophe or quotation mark, without trying the label pattern.
 */
function onlySectionLabelCharacters(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    const letter = ((c | 32) >= 97 && (c | 32) <= 122) || c === 0x17f || c === 0x212a;
    if (!letter && !isJsSpace(c) && !SECTION_PUNCTUATION.includes(p[i]!)) return false;
  }
  return true;
}
const SECTION_PUNCTUATION = './|·•>›»,';

/** Whether a paragraph holds an ASCII digit. */
function hasDigit(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether a paragraph holds a comma or an ASCII digit. (The comma by `includes`, a fraction of
 * the cost of reading characters one by one up to it.) */
function hasCommaOrDigit(p: string): boolean {
  return p.includes(',') || hasDigit(p);
}

const u = (source: string, flags = '') => new RegExp(source, `u${flags}`);

// The ends a caption's credit can have after a slash (see CREDIT_TAIL): a credit in brackets, the
// rest of a "Name/Outlet" credit, a label's words ("Photo: …/…") or an agency.
const NAME_AFTER_SLASH = /^\/[\s\p{L}\p{M}'’.&-]*$/u;
const CREDIT_LABEL_WORD = /[Pp]hoto|[Ii]mage|[Pp]icture|[Ii]llustration|[Cc]omposite|[Cc]redit/;
const ENDS_WITH_AGENCY = new RegExp(String.raw`${AGENCY}\.?$`);
/** The longest agency ("Agence France-Presse") and a full stop fit in this many last characters. */
const AGENCY_TAIL = 21;

/**
 * Whether a credit can end a paragraph that holds a slash: the slash of a link ("pic.twitter.com/…")
 * followed by more text leaves none of CREDIT_TAIL's forms, and the caption pattern would try its
 * credit at every character of the paragraph to find that out.
 */
function mayEndWithCredit(p: string): boolean {
  // (includes first: lastIndexOf is several times slower, and most paragraphs hold no slash.)
  if (!p.includes('/')) return true;
  const slash = p.lastIndexOf('/');
  const last = p.length - (p.endsWith('.') ? 2 : 1);
  // Cheapest first: the last characters, the rest after the slash, the end, then the whole text.
  return (
    p.charCodeAt(last) === 41 /* ) */ ||
    NAME_AFTER_SLASH.test(p.slice(slash)) ||
    ENDS_WITH_AGENCY.test(p.slice(-AGENCY_TAIL)) ||
    CREDIT_LABEL_WORD.test(p)
  );
}

// What stands between two crumbs of a breadcrumb.
const CRUMB_SEPARATOR = / [>›»] /;

/**
 * Whether a paragraph holds a crumb separator (CRUMB_SEPARATOR). Its three marks are looked for
 * first, each by `includes`: most paragraphs hold none, and three searches for one character cost
 * about half of the pattern's scan.
 */
function mayHoldCrumbSeparator(p: string): boolean {
  return (p.includes('>') || p.includes('›') || p.includes('»')) && CRUMB_SEPARATOR.test(p);
}

// A timestamp without a separator opens with one of these words; their first letters are checked
// before the pattern, which most paragraphs ("The …") would only fail.
const TIMESTAMP_OPENING = /^(?:published|posted|updated|last updated|first published|modified)/i;
const TIMESTAMP_INITIALS = 'pPuUlLfFmM';

const DASH_CREDIT_HINT = /\s[–—-]\s(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Ff]ootage|[Vv]ideo)/;

const DATE_ALONE = u(
  String.raw`^(?=[^]{1,80}$)(?=[^]*?(?:\b\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))${DATE_RUN}\.?$`,
  'i',
);

/** Whether a line is a date or a time alone, as a page prints one over a story ("Sunday, May 26"). */
export function isDateLine(line: string): boolean {
  return line.length <= 80 && hasDigit(line) && DATE_ALONE.test(line);
}

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  // Navigation, sharing and advertising: hidden from the reading flow.
  { name: 'social-sharing', kind: 'navigation', pattern: /^social sharing$/i, example: 'Social Sharing' },
  {
    name: 'share-line',
    kind: 'navigation',
    pattern:
      /^(?:share|share this (?:article|story|page|item|post)(?: (?:in|on|with) your social networks?)?|share(?: this (?:article|story|page|item|post))? (?:on|via|to|by|with) (?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|bluesky|threads|messenger|pinterest|flipboard)(?: \(opens in (?:a )?new (?:window|tab)\))?|send this (?:page|article|story) to someone via e-?mail|copy (?:article |story )?link|facebook|twitter|linkedin|e-?mail|whatsapp|reddit|flipboard|pinterest|bluesky|tweet this|e-?mail this(?: article| story)?|print(?: this (?:article|page|story))?|copy link|link copied|save(?: (?:this )?(?:article|story))?|gift (?:this )?article|comments?(?: \(\d+\))?|\d+ comments?|bookmark)[.!:]?$/i,
    example: 'Share on Facebook',
  },
  {
    name: 'continued-below',
    kind: 'navigation',
    pattern:
      /^(?:(?:the )?(?:article|story|content) continue[sd]? (?:below|after (?:the |this )?(?:advertisement|ad))(?: (?:this )?(?:advertisement|ad))?|this advertisement has not loaded yet,? but your article continues below)\.?$/i,
    example: 'Story continues below advertisement',
  },
  {
    name: 'advertisement',
    kind: 'navigation',
    pattern:
      /^(?:[×✕] ?)?(?:(?:advertisement|advertising|skip advertisement|sponsored(?: content)?|paid (?:content|post)|partner content|supported by|\(?ad\)?|(?:hide|close) ad)(?: \d{1,2})? ?){1,4}$/i,
    example: 'Advertisement 2',
  },
  {
    name: 'continue-reading',
    kind: 'navigation',
    pattern:
      /^(?:article content|continue reading(?: below| the (?:main )?story)?|story continues|skip to (?:main )?content|back to top|loading…?\.*)$/i,
    example: 'Article content',
  },
  {
    // A site's menu button, copied as its label: "Left Menu", "Toggle navigation".
    name: 'menu-label',
    mayOpenLikeStory: true,
    // ("toggle navigation": a story paragraph, which may open like one, is longer and skips the pattern.)
    maxLength: 17,
    kind: 'navigation',
    pattern: /^(?:(?:main|left|right|top|site|open|close|toggle|show|hide) )?(?:menu|navigation|nav)$/i,
    example: 'Left Menu',
  },
  {
    // A label whose date or name the page set on a line of its own: "Published", "on".
    name: 'label-alone',
    kind: 'navigation',
    pattern: /^(?:published|posted|updated|on|by|archives?)[:.]?$/i,
    example: 'Published',
  },
  {
    // A rule drawn in characters between parts of the page: "______", "* * *", "-----".
    name: 'rule-line',
    kind: 'navigation',
    pattern: /^(?:[_=*~#-]\s?){3,}$/,
    maxLength: 200,
    example: '______________',
  },
  {
    // Where the breadcrumb starts, on a line of its own (in title case, "You Are Here" is a headline).
    name: 'you-are-here',
    kind: 'navigation',
    pattern: /^[Yy]ou are here:?$/,
    example: 'You are here',
  },
  {
    // A blog's or a site's list page, whose header comes along when one story is copied from it.
    name: 'archive-header',
    maxLength: 130,
    mayOpenLikeStory: true,
    kind: 'navigation',
    pattern:
      /^(?:(?:Tag|Category|Author|Topic|Monthly|Yearly|Daily|tag|category|author) [Aa]rchives?:|Archives? for|[Pp]osts? (?:tagged|filed under|in (?:the )?category)(?: with| as)?:?|(?:All )?(?:[Ss]tories|[Aa]rticles|[Pp]osts) (?:tagged|about):?|Tagged(?: with| as)?:)\s*["“']?[^"“”.!?,]{1,40}["”']?$/,
    // (Case as menus print it: a headline in title case, "Posts Tagged With Hate Are Rising, Study
    // Finds", is a story's.)
    example: 'Tag Archives: ferries',
  },
  {
    // Where the page sits in the site, as its breadcrumb prints it: "Home > News > Culture > …".
    name: 'breadcrumb',
    maxLength: 560,
    mayOpenLikeStory: true,
    kind: 'navigation',
    // (Each crumb capitalised, as menus print them; a crumb before the last one is short: a section,
    // or a page's name, "Press Conference by the Chief Cabinet Secretary".)
    pattern:
      /^(?:[Yy]ou are here:?\s*)?\p{Lu}[^>›»\n]{0,29}(?:\s[>›»]\s+\p{Lu}[^>›»\n]{0,59}){1,}\s[>›»]\s+\p{Lu}[^>›»\n]{0,100}$/u,
    // (One pattern, not three searches for " > ", " › " and " » ": a search for a string that
    // opens with a space stops at every space of the paragraph, and cost a fifth of this step.)
    needs: mayHoldCrumbSeparator,
    // (A crumb may stand after two spaces, as some sites print it: "Home >  News".)
    example: 'Home > News > Harbour > Ferry fares to rise',
  },
  {
    // A site's language menu: three or more languages, each in its own name.
    name: 'language-menu',
    maxLength: 160,
    kind: 'navigation',
    pattern:
      /^(?:(?:English|Español|Français|Deutsch|Italiano|Português|Nederlands|Polski|Türkçe|Русский|Українська|العربية|عربي|فارسی|中文|简体中文|繁體中文|日本語|한국어)\s*[|·/]?\s*){3,}$/u,
    example: 'English Español Français Русский',
  },
  {
    // The label of a box of summary points above a story ("Story highlights"), or of a press release.
    name: 'box-label',
    maxLength: 40,
    mayOpenLikeStory: true,
    kind: 'navigation',
    pattern:
      /^(?:story highlights|highlights|key points|at a glance|in brief|for immediate release|(?:press|news|media) release|exhibit \d{1,3}(?:\.\d{1,3})?)[:.]?$/i,
    example: 'Story highlights',
  },
  {
    name: 'media-label',
    kind: 'navigation',
    pattern: u(
      String.raw`^(?:(?:WATCH|LISTEN|VIDEO|PHOTOS?|GALLERY|AUDIO|PODCAST)\s*[|:]|(?:Watch|Listen|Video|Photos?|Gallery|Audio|Podcast)\s*\|)\s*\S.{0,200}$`,
    ),
    example: 'WATCH | Crews clear the flooded underpass on Route 9:',
  },
  {
    name: 'video-duration',
    kind: 'navigation',
    pattern: /^(?:video )?duration:? \d{1,2}:\d{2}(?::\d{2})?$/i,
    example: 'Duration 2:41',
  },
  {
    name: 'listen-or-read-time',
    kind: 'navigation',
    pattern:
      /^(?:(?:listen to (?:this|the) (?:article|story)|\d{1,2} min(?:ute)?s? (?:read|listen)|reading time:? \d{1,2} min(?:ute)?s?|estimated \d{1,2} min(?:ute)?s?)(?:[\s:·|,.-]+[\w:. ]{0,30})?|the audio version of this (?:article|story) is (?:generated|produced) by\b[^"“”]{0,160})$/i,
    example: 'Listen to this article 4 min',
  },
  {
    name: 'related-links',
    kind: 'navigation',
    pattern: u(
      String.raw`^(?:related(?: stories| articles| coverage| content| links)?|read more|read the (?:full )?story|more coverage|see also|also read|read also|recommended(?: stories| reading)?|more from [\p{L}\p{M}' ]{1,30}|(?:[\p{L}.]+ )?(?:most (?:read|popular|viewed)|trending(?: now)?|top stories)|latest (?:[\p{L}]+ )?(?:news|stories|posts?|articles|updates)|editor['’]?s picks?|you (?:may|might) (?:also )?like)(?:\s*[:|–—-]\s*\S.{0,200})?[:.]?$`,
      'i',
    ),
    example: 'Related: Island ferry fares to rise by a fifth in spring',
  },
  {
    // A site's settings link, copied as its label.
    name: 'settings-link',
    mayOpenLikeStory: true,
    kind: 'navigation',
    pattern: /^(?:notification settings|manage (?:notifications|preferences)|cookie settings)$/i,
    maxLength: 24,
    example: 'Notification Settings',
  },
  {
    // A link to a section's other stories: "More Politics News", "More local stories".
    name: 'more-in-section',
    mayOpenLikeStory: true,
    kind: 'navigation',
    pattern: /^more (?:[\p{L}]+ ){0,2}(?:news|stories|headlines|coverage)$/iu,
    maxLength: 40,
    example: 'More Harbour News',
  },
  {
    // An advertisement or a promotion copied with the page: an imperative to buy, listen or watch
    // that ends urging ("!", "now", "today").
    name: 'promotion',
    mayOpenLikeStory: true,
    kind: 'navigation',
    pattern:
      /^(?:save|shop|buy|book|get|download|listen|hear|watch|stream|try|subscribe|don['’]t miss)\b[^"“”.!?]{3,100}(?:!|\bnow|\btoday)[.!]?$/i,
    maxLength: 120,
    example: 'Save up to 30% on island ferry tickets with Harbour Saver fares!',
  },
  {
    name: 'newsletter',
    kind: 'navigation',
    pattern: /^(?:sign up|subscribe|get|register)\b[^"“”]{0,120}\b(?:newsletters?|inbox)\b[^"“”]{0,120}$/i,
    example: 'Sign up for the Harbour Briefing newsletter, delivered every weekday morning.',
  },
  {
    name: 'photo-gallery',
    kind: 'navigation',
    pattern:
      /^(?:open this photo in gallery|view (?:the )?(?:photo )?gallery|enlarge this image|expand image|click (?:here )?to (?:enlarge|expand)|tap to (?:enlarge|expand|unmute)|view \d+ (?:photos|images)|\d+ (?:photos|images)|\d{1,3} of \d{1,3})[:.]?$/i,
    example: 'Open this photo in gallery:',
  },
  {
    name: 'section-label',
    mayOpenLikeStory: true,
    kind: 'navigation',
    // (Or one section per line, as a menu copied as text prints them, which may come joined by a space.)
    pattern: u(String.raw`^${SECTION}(?:\s*[/|·•>›»,]\s*${SECTION}|\s+${SECTION}){0,2}$`, 'i'),
    leadingOnly: true,
    needs: onlySectionLabelCharacters,
    example: 'World · Europe',
  },
  {
    name: 'site-links',
    kind: 'navigation',
    pattern:
      /^(?:connect with us|contact us|send (?:us )?your (?:stories|news|tips|photos) to\b[^"“”]{1,80}|your (?:web )?browser is (?:no longer supported|not supported|out of date)\b[^"“”]{0,120}|follow us(?: on\b[^"“”]{1,80})?:?|social media(?: profiles| links| accounts)?:|report (?:a typo|an? (?:editorial |technical )?(?:error|issue)|a correction)(?: or (?:an )?error)?|editorial standards|about the authors?|you can save this article\b[^"“”]{0,120}|(?:sign in|log in|register|create an account)(?: (?:here|now))?|already have an account\?[^"“”]{0,40}|thanks for signing up!?|a welcome email is on its way\b[^"“”]{0,120}|by clicking on the sign up button\b[^"“”]{0,200}|corrections? (?:&|and) clarifications|(?:leave|add|post) a comment|join the conversation|click here (?:to|for)\b[^"“”]{1,80})$/i,
    example: 'Report a typo or error',
  },

  // Captions and credits: shown quietly, as captions.
  {
    name: 'caption-label',
    kind: 'caption',
    pattern: /^(?:image|photo|video|media) caption\s*[,:]?\s+\S.{0,300}$/i,
    example: 'Image caption, Volunteers stack sandbags along the river wall',
  },
  {
    // A bare label that names the picture, not the story: "Caption: …", "Pictured: …", "Above: …".
    name: 'picture-label',
    kind: 'caption',
    pattern: /^(?:caption|pictured|above|below|main (?:image|picture|photo)|top picture)\s*[:–—-]\s*\S.{0,300}$/i,
    example: 'Pictured: Volunteers stack sandbags along the river wall',
  },
  {
    name: 'credit-label',
    kind: 'credit',
    pattern:
      /^(?:(?:image|photo|video|media) (?:source|credit)s?\s*[:,|]|(?:photo(?:graph)?s?|images?|pictures?|illustration|file(?: photo)?|photo illustration|composite|credits?)\s*[:|]|(?:photo(?:graph)?(?:y|s)?|pictures?|images?|illustrations?|video) by)\s*[^.!?"“”]{2,100}$/i,
    example: 'Photo: Lena Marsh / The Harbour Courier',
  },
  {
    name: 'slash-credit',
    mayOpenLikeStory: true,
    kind: 'credit',
    pattern: u(String.raw`^\(?(?:photo:?\s*)?${NAMES}\s?\/\s?${NAMES}\)?$`),
    needs: (p) => p.includes('/'),
    example: 'Lena Marsh/The Harbour Courier',
  },
  {
    name: 'agency-credit',
    mayOpenLikeStory: true,
    kind: 'credit',
    pattern: u(String.raw`^\(?(?:${NAMES}\s*(?:\/|for|via)\s*)?${CREDIT_AGENCY}(?:\s*(?:\/|via)\s*${NAMES})?\)?\.?$`),
    // (Names, agencies, slashes, "for" and "via" hold no comma and no digit; most story text has one early.)
    needs: (p) => !hasCommaOrDigit(p) && HAS_CREDIT_AGENCY.test(p),
    example: 'AFP via Getty Images',
  },
  {
    // A caption whose credit follows a dash: "The pier at dawn – photo supplied by Harbour Police".
    name: 'dash-credit',
    mayOpenLikeStory: true,
    kind: 'caption',
    pattern:
      /^[^"“”]{8,300}\s[–—-]\s(?:photo|picture|image|footage|video)s?(?: supplied| provided)?(?: by| courtesy of| from|:)\s[^"“”.!?]{2,60}$/i,
    // (The credit ends the caption: only a paragraph with a dash and a credit's word near its end is read.)
    needs: (p) => DASH_CREDIT_HINT.test(p.slice(-100)),
    example: 'The pier at dawn – photo supplied by Harbour Police',
  },
  {
    name: 'bracketed-credit',
    kind: 'credit',
    pattern: u(String.raw`^${LEADING_CREDIT}$`),
    example: '(Lena Marsh/Harbour Courier - image credit)',
  },
  {
    name: 'courtesy-credit',
    kind: 'credit',
    pattern:
      /^\(?(?:(?:photo|image|picture)s?\s+)?(?:courtesy(?: of)?|submitted by|supplied by|handout (?:from|by))\s+[^.!?"“”]{1,80}\)?\.?$/i,
    example: '(Photo courtesy of the Lindqvist family)',
  },
  {
    // "Dame Ana Roy at the count Credit: Lena Marsh / PA": a credit label ends a caption even
    // without a full stop before it, and even when the caption says what someone said.
    name: 'credit-labelled-caption',
    mayOpenLikeStory: true,
    kind: 'caption',
    pattern: /^\S.{6,360}?\s+Credit:\s*\S[^"“”:]{1,80}$/,
    // ("Credit:" first: a search for a string that opens with a space stops at every space.)
    needs: (p) => p.includes('Credit:') && p.includes(' Credit:'),
    example: 'Volunteers stack sandbags along the river wall Credit: Lena Marsh / PA',
  },
  {
    // A wire photo's caption, long as the agencies write them: "FILE – In this March 3, 2021, file
    // photo, … (AP Photo/Lena Marsh, File)".
    name: 'wire-photo-caption',
    mayOpenLikeStory: true,
    kind: 'caption',
    pattern:
      /^(?:FILE\s*[-–—]\s*)?In this (?:[\w.,' ]{0,40}\s)?(?:file )?(?:photo|image)\b[^"“”]{10,1400}\((?:AP|AFP|CP)? ?Photo\/[^()]{2,80}\)\.?$/,
    maxLength: MAX_WIRE_CAPTION,
    needs: (p) => p.endsWith(')') || p.endsWith(').'),
    example:
      'FILE – In this March 3, 2021, file photo, volunteers stack sandbags in Easton. (AP Photo/Lena Marsh, File)',
  },
  {
    name: 'caption-with-credit',
    mayOpenLikeStory: true,
    kind: 'caption',
    pattern: u(String.raw`^(.{8,360}?)\s*${CREDIT_TAIL}\.?$`),
    captionLike: true,
    // (The forms of CREDIT_TAIL, one by one: a necessary condition that turns tweet embeds away.)
    needs: mayEndWithCredit,
    endHint:
      /\)\.?$|\/|Images|IMAGES|Press|PRESS|Reuters|REUTERS|AFP|AP|EPA|PA|Bloomberg|Shutterstock|Alamy|Handout|[Pp]hoto|Submitted|Supplied|Pool|[Ii]llustration|[Cc]omposite|[Cc]redit|[Pp]icture|[Ii]mage/,
    example: 'Volunteers stack sandbags along the river wall in Easton on Friday. (Lena Marsh/The Harbour Courier)',
  },

  // Bylines, agency lines and publication times: shown quietly.
  {
    name: 'by-line',
    kind: 'byline',
    pattern: u(
      String.raw`^(?:By|BY|by)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Noon|Midnight|Far|Contrast|Comparison|Law|Design|Nightfall|Dawn|Morning|Evening)\b)${CAP}(?:[\s,&|·–—-]+(?:${CAP}|${SMALL}|staff|senior|special|contributing|freelance|reporter|writer|correspondent|editor|contributor|journalist|columnist|in|at)){0,14}(?:\s*[|·–—-]\s*[\p{L} ]{1,20}:\s*[\w-]{1,20})?\.?$`,
    ),
    example: 'By Lena Marsh, The Harbour Courier',
  },
  {
    name: 'author-label',
    kind: 'byline',
    pattern:
      /^(?:author of the article|written by|words by|story by|posted by|authors?|byline)\s*:?\s+[^.!?"“”]{2,80}$/i,
    example: 'Author of the article: Lena Marsh',
  },
  {
    name: 'name-and-desk',
    kind: 'byline',
    // The desk word (or a comma) is what tells "Lena Marsh Transport Reporter" from the headline
    // "Police Arrest Reporter".
    pattern: u(
      String.raw`^${CAP}(?:\s+${CAP}){1,2}(?:\s*[,|·–—-]\s*(?:(?:${CAP}|${DESK})\s+){0,3}|\s+(?:${DESK}\s+){1,3})${DESK_ROLE}$`,
    ),
    opensWithName: true,
    needs: (p) => ENDS_WITH_DESK_ROLE.test(p.slice(-DESK_ROLE_TAIL)),
    example: 'Lena Marsh Transport Reporter',
  },
  {
    name: 'with-files-from',
    kind: 'byline',
    pattern:
      /^[–—-]?\s*\(?(?:with (?:files|reporting|additional reporting|contributions) (?:from|by)|additional reporting by|(?:reporting|writing|editing|compiled|produced|research) by)\s[^"“”]{1,300}$/i,
    example: 'Reporting by Lena Marsh in Easton; Editing by Tom Ashe',
  },
  {
    name: 'name-bar-outlet',
    kind: 'byline',
    // A bar between a name and an outlet is how a byline is printed, never how a sentence reads.
    pattern: u(String.raw`^${CAP}(?:\s+${CAP}){1,3}\s*\|\s*(?:The\s+)?${CAP}(?:\s+${CAP}){0,4}$`),
    needs: (p) => p.includes('|'),
    example: 'Lena Marsh | Harbour Courier',
  },
  {
    name: 'agency-line',
    kind: 'byline',
    pattern: u(String.raw`^${NEWS_AGENCY}\.?$`),
    example: 'The Canadian Press',
  },
  {
    name: 'name-and-agency',
    kind: 'byline',
    // Without a comma or a bar between them, only a wire service follows the name: "Union Strikes Deal
    // With HCR News" is a headline.
    pattern: u(
      String.raw`^${CAP}(?:\s+${CAP}){1,3}(?:\s*[,|·•–—-]\s*${NEWS_AGENCY}|\s+(?:The |THE )?(?:Canadian Press|Associated Press|CANADIAN PRESS|ASSOCIATED PRESS|Reuters|REUTERS|AFP))(?:\s*[·|•]\s*[^"“”]{0,80})?$`,
    ),
    // (Each agency of the second form is one of NEWS_AGENCY's.)
    opensWithName: true,
    needs: (p) => HAS_NEWS_AGENCY.test(p),
    example: 'Lena Marsh, The Canadian Press',
  },
  {
    name: 'author-bio',
    kind: 'byline',
    pattern: u(
      String.raw`^${CAP}(?:\s+${CAP}){1,3} (?:is|was) (?:a|an|the) (?:(?:[^.!?"“”]{0,40}\s)?${CAP}['’]s (?:[^.!?"“”]{0,40}\s)?${ROLE}|(?:freelance|staff|contributing|senior|regular )?(?:[\p{L}-]+ ){0,3}${ROLE} (?:for|with|at|based in) [^.!?"“”]{1,60})\.?(?:\s+(?:You can reach|Reach|Contact|Follow|E-?mail|(?:She|He|They) can be reached)\b[^"“”]{0,160})?$`,
    ),
    opensWithName: true,
    needs: (p) => HAS_ROLE.test(p),
    example: "Lena Marsh is the Courier's transport correspondent.",
  },
  {
    name: 'contact-line',
    kind: 'byline',
    pattern:
      /^(?:(?:e-?mail|contact|twitter|x|instagram|bluesky|threads)\s*:?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{1,15})$|^follow (?:[\p{L}'’.-]+ ){1,3}on (?:twitter|x|instagram|facebook|bluesky|threads|linkedin|tiktok)\b[^"“”]{0,40}$/iu,
    example: 'lmarsh@harbourcourier.example',
  },
  {
    name: 'timestamp',
    mayOpenLikeStory: true,
    kind: 'byline',
    pattern: u(
      String.raw`^(?:[^.!?"“”·|•]{1,40}\s*[·|•]\s*){0,3}(?:published|posted|updated|last updated|first published|modified)(?: on)?:?\s+${DATE_RUN}\.?$`,
      'i',
    ),
    // Without a separator the opening group repeats no time, so the keyword opens the paragraph.
    needs: (p) =>
      p.includes('|') ||
      p.includes('·') ||
      p.includes('•') ||
      (TIMESTAMP_INITIALS.includes(p.charAt(0)) && TIMESTAMP_OPENING.test(p)),
    example: 'Posted: Mar 05, 2024 6:00 AM EST | Last Updated: March 5',
  },

  {
    name: 'date-line',
    mayOpenLikeStory: true,
    kind: 'byline',
    pattern: DATE_ALONE,
    maxLength: 80,
    // (Both of the pattern's look-aheads need a digit: a year, or a month and a day.)
    needs: hasDigit,
    example: 'Mar 5, 2024 / 6:30 pm',
  },

  // Editors' notes about the piece itself, and the rights line.
  {
    name: 'editors-note',
    kind: 'note',
    pattern:
      /^(?:this (?:interview|conversation|transcript|q&a|article|story) (?:has been|was) (?:lightly )?(?:edited|condensed)\b[^"“”]{0,100}|this (?:article|story) (?:has been|was) (?:updated|corrected|amended)\b[^"“”]{0,200}|editor['’]?s note\s*:[^"“”]{1,300})$/i,
    example: 'This interview has been edited for length and clarity.',
  },
  {
    // A wire service's note on what a new version of the story adds, in capitals: "UPDATES WITH
    // REMARKS OF THE MINISTER", "ADDS DETAILS IN PARAGRAPHS 4-6".
    name: 'wire-version-note',
    kind: 'note',
    pattern: /^(?:UPDATES|ADDS|RECASTS|REFILES|CORRECTS|REPEATS)\b[^a-z"“”]{2,200}$/,
    example: 'UPDATES WITH REMARKS OF THE PORT AUTHORITY',
  },
  {
    name: 'provided-by',
    kind: 'credit',
    pattern: /^©\s*provided by\s+[^"“”.!?]{2,80}$/i,
    example: '© Provided by The Harbour Courier',
  },
  {
    name: 'originally-published',
    kind: 'note',
    pattern:
      /^this (?:article|story|piece|column|post) (?:was|is) (?:originally |first )?(?:published|posted|republished|reprinted|distributed)\b[^"“”]{0,200}$/i,
    example: 'This article was originally published in the Harbour Courier.',
  },
  {
    name: 'copyright',
    kind: 'note',
    // "© 2024 Harbour Courier Media", or the owner first: "© AAP 2024".
    pattern: /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\b[^"“”]{0,160}|[\p{Lu}][\p{L}&.' -]{0,40}\s\d{4}\.?)$/iu,
    example: '© 2024 Harbour Courier Media, all rights reserved.',
  },
];

// Quotation marks that open speech; an apostrophe inside a word is not one.
const QUOTE_MARK = /["“”«»„]|(?:^|\s)‘/u;
// Speech in a full sentence: the text tells what someone said, so it is the story, not a caption.
const SPEECH_WORD =
  /\b(?:says?|said|saying|tells?|told|telling|asks?|asked|explains?|explained|adds?|added|according to|recalls?|recalled|describes?|described|writes?|wrote)\b/i;
const MAX_CAPTION_WORDS = 60;

/**
 * A caption reads like one: a short description with no quotation marks and no speech verb, in at
 * most three sentences. A body paragraph that happens to end with a credit is not one.
 */
export function isCaptionLike(description: string): boolean {
  if (QUOTE_MARK.test(description) || SPEECH_WORD.test(description)) return false;
  const words = description.split(/\s+/).filter(Boolean).length;
  if (words < 3 || words > MAX_CAPTION_WORDS) return false;
  const sentences = description.split(/[.!?]\s+(?=[\p{Lu}"“])/u).length;
  return sentences <= 3;
}

// The rules tried on every paragraph (no gate, no caption test), as one test: most paragraphs are
// story text, which none of them matches, and one call per rule cost more than the matching.
const isGated = (rule: FurnitureRule) =>
  rule.maxLength !== undefined ||
  rule.opensWithName === true ||
  rule.leadingOnly === true ||
  rule.needs !== undefined ||
  rule.endHint !== undefined ||
  rule.captionLike === true;
const UNGATED_MATCH = patternUnion(FURNITURE_RULES.filter((r) => !isGated(r)).map((r) => r.pattern));

/**
 * A rule with every gate present, a neutral value where the rule has none. The rules are written
 * with only the fields they use, in a dozen object shapes; the loop below, run for every paragraph,
 * reads these instead, all of one shape.
 */
interface GatedRule {
  rule: FurnitureRule;
  pattern: RegExp;
  maxLength: number;
  leadingOnly: boolean;
  opensWithName: boolean;
  needs: ((paragraph: string) => boolean) | null;
  endHint: RegExp | null;
  captionLike: boolean;
}

const gated = (rule: FurnitureRule): GatedRule => ({
  rule,
  pattern: rule.pattern,
  maxLength: rule.maxLength ?? Infinity,
  leadingOnly: rule.leadingOnly === true,
  opensWithName: rule.opensWithName === true,
  needs: rule.needs ?? null,
  endHint: rule.endHint ?? null,
  captionLike: rule.captionLike === true,
});
const ALL_RULES = FURNITURE_RULES.map(gated);
const GATED_RULES = ALL_RULES.filter((r) => isGated(r.rule));
const STORY_OPENING_RULES = ALL_RULES.filter((r) => r.rule.mayOpenLikeStory);

/** The rule that marks `paragraph` as furniture, or null when it is story text. */
export function matchFurniture(paragraph: string, leading = false): FurnitureRule | null {
  if (paragraph.length > MAX_LENGTH) return matchLongFurniture(paragraph);
  // A tweet embed ends "— Name (@handle) Date": the tweet reader takes it, whatever it says.
  // (The pattern needs "(@": most paragraphs have none and skip it.)
  if (paragraph.includes('(@') && /\(@\w{1,15}\)/.test(paragraph)) return null;
  let end: string | undefined;
  let nameFirst: boolean | undefined;
  // A paragraph that opens like story text, or with a quotation mark, can only match the few rules
  // that may open so; else, when no ungated rule matches, only the gated ones can (in the same order,
  // so the same one wins).
  const rules =
    opensLikeStory(paragraph) || opensWithQuotationMark(paragraph)
      ? STORY_OPENING_RULES
      : UNGATED_MATCH(paragraph)
        ? ALL_RULES
        : GATED_RULES;
  for (const r of rules) {
    if (
      paragraph.length > r.maxLength ||
      (r.leadingOnly && !leading) ||
      (r.opensWithName && !(nameFirst ??= secondWordCapitalised(paragraph))) ||
      (r.needs !== null && !r.needs(paragraph)) ||
      (r.endHint !== null && !r.endHint.test((end ??= paragraph.slice(-90))))
    )
      continue;
    const m = r.pattern.exec(paragraph);
    if (!m) continue;
    if (r.captionLike && !isCaptionLike(m[1] ?? '')) continue;
    return r.rule;
  }
  return null;
}

const LONG_RULES = ALL_RULES.filter((r) => r.maxLength !== Infinity && r.maxLength > MAX_LENGTH);

/** The rule for a paragraph longer than most furniture: only the rules that say they take one. */
function matchLongFurniture(paragraph: string): FurnitureRule | null {
  for (const r of LONG_RULES)
    if (paragraph.length <= r.maxLength && (r.needs === null || r.needs(paragraph)) && r.pattern.test(paragraph))
      return r.rule;
  return null;
}

// After these rules, a caption-like paragraph is the photo's caption.
const BEFORE_CAPTION = new Set(['photo-gallery', 'caption-label']);

/**
 * The furniture kind of each paragraph, in order (null for story text). Beyond each paragraph's own
 * rule, a caption-like sentence is a caption when a photo marker ("Open this photo in gallery:")
 * stands right before it or a credit line right after it.
 */
export function classifyParagraphs(paragraphs: readonly string[]): (FurnitureKind | null)[] {
  let leading = true;
  const rules = paragraphs.map((p) => {
    const rule = matchFurniture(p, leading);
    if (!rule) leading = false;
    return rule;
  });
  return paragraphs.map((p, i) => {
    const rule = rules[i];
    if (rule) return rule.kind;
    const before = rules[i - 1];
    const after = rules[i + 1];
    // A photo's words printed twice (its alt text, then its caption) are no story: story paragraphs
    // are never repeated.
    if (printedTwice(paragraphs, i) && isCaptionLike(p)) return 'caption';
    const nearPhoto = (before && BEFORE_CAPTION.has(before.name)) || after?.kind === 'credit';
    // A caption is written as a sentence; a headline line (no full stop) is not one.
    return nearPhoto && p.length <= MAX_LENGTH && /[.!?]$/.test(p) && isCaptionLike(p) ? 'caption' : null;
  });
}

/** The longest paragraph read as a photo's words printed twice. */
const MAX_PRINTED_TWICE = 300;

/**
 * Whether paragraph `i` is the same words as the paragraph before or after it (or that paragraph
 * holds them twice), or holds the same words twice over ("Crowds at the pierCrowds at the pier", an
 * alt text run into its caption).
 */
function printedTwice(paragraphs: readonly string[], i: number): boolean {
  const p = paragraphs[i]!;
  if (p.length > MAX_PRINTED_TWICE) return false;
  // (Not the first paragraph's words: a headline printed twice is the headline, see derive-title.ts.)
  if (i >= 1 && (isCopy(paragraphs[i - 1], p, i - 1) || isCopy(paragraphs[i + 1], p, i + 1))) return true;
  return holdsItsWordsTwice(p);
}

/** Whether `p` is one text written twice over ("Crowds at the pierCrowds at the pier"). Its two
 * halves are compared in place: most paragraphs fail on the first character of the second half,
 * and cutting the first half out of every paragraph cost more than that. */
function holdsItsWordsTwice(p: string): boolean {
  const half = p.length / 2;
  return half > 0 && Number.isInteger(half) && p.charCodeAt(half) === p.charCodeAt(0) && p.startsWith(p.slice(half));
}

/** Whether `q` (paragraph `j`, not the first) is `p`, or `p` twice over. Lengths and ends are
 * compared before any text is joined or cut: most paragraphs differ in length. */
function isCopy(q: string | undefined, p: string, j: number): boolean {
  if (q === undefined || j < 1 || p.length === 0) return false;
  if (q.length === p.length) return q === p;
  return q.length === 2 * p.length && q.charCodeAt(p.length) === p.charCodeAt(0) && q.startsWith(p) && q.endsWith(p);
}

/**
 * A paragraph that opens with a bracketed photo credit ("(Lena Marsh/Harbour Courier) The ferry …"),
 * as syndicated pages print them, or with a reposting site's note, split into the credit or the note
 * and the rest; any other paragraph alone.
 */
export function splitLeadingCredit(paragraph: string): string[] {
  // (The credit opens with a bracket, the note with "This": other paragraphs skip the patterns.)
  const pattern = paragraph.startsWith('(')
    ? LEADING_CREDIT_SPLIT
    : paragraph.startsWith('This ')
      ? LEADING_REPOST_NOTE
      : null;
  const m = pattern?.exec(paragraph);
  return m?.[1] ? [m[1], paragraph.slice(m[0].length)] : [paragraph];
}

// A reposting site's note ("This story was first published on another website"), run into the story's first line.
const LEADING_REPOST_NOTE =
  /^(This (?:post|article|story) was (?:originally|first) published on (?:this|another|the original) (?:site|website))\s+(?=\S)/;

/** What kind of page furniture `paragraph` is, or null when it is story text. */
export function furnitureKind(paragraph: string): FurnitureKind | null {
  return matchFurniture(paragraph)?.kind ?? null;
}
