import { describe, expect, it } from 'vitest';
import {
  classifyParagraphs,
  FURNITURE_RULES,
  furnitureKind,
  isCaptionLike,
  matchFurniture,
  secondWordCapitalised,
  splitLeadingCredit,
} from './page-furniture';

describe('the furniture rules', () => {
  it('have unique names', () => {
    const names = FURNITURE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(FURNITURE_RULES.map((r) => [r.name, r]))(
    '%s marks its own example, and no earlier rule takes it',
    (_name, rule) => {
      expect(rule.pattern.test(rule.example)).toBe(true);
      expect(matchFurniture(rule.example, true)?.name).toBe(rule.name);
    },
  );

  it('are anchored at both ends, so that furniture words inside a sentence never match', () => {
    for (const rule of FURNITURE_RULES) {
      expect(rule.pattern.source.startsWith('^'), rule.name).toBe(true);
      expect(rule.pattern.source.endsWith('$'), rule.name).toBe(true);
      expect(
        matchFurniture(`The council heard that ${rule.example.toLowerCase()} and then voted.`, true)?.name ?? null,
        rule.name,
      ).not.toBe(rule.name);
    }
  });
});

describe('furnitureKind', () => {
  it.each([
    ['navigation', 'Social Sharing'],
    ['navigation', 'Share via Email'],
    ['navigation', 'Share this item on Facebook'],
    ['navigation', 'Send this page to someone via email'],
    ['navigation', 'whatsapp'],
    ['navigation', 'Article Continued Below'],
    ['navigation', 'Article continues after advertisement'],
    ['navigation', 'ADVERTISEMENT'],
    ['navigation', 'SKIP ADVERTISEMENT'],
    ['navigation', 'Continue reading the main story'],
    ['navigation', 'WATCH | Ferry passengers describe the crossing:'],
    ['navigation', 'Duration 1:58'],
    ['navigation', 'Listen to this article'],
    ['navigation', '3 min read'],
    ['navigation', 'Read more: Harbour tolls to double by 2026'],
    ['navigation', 'Sign up for our free weekly Climate newsletter.'],
    ['navigation', 'Get the day’s top stories delivered to your inbox.'],
    ['navigation', 'Open this photo in gallery:'],
    ['navigation', 'Hide Ad'],
    ['navigation', 'Connect with us'],
    ['navigation', 'CONTACT US'],
    ['navigation', 'Send your stories to news@harbourcourier.example'],
    ['navigation', 'Your web browser is no longer supported. To improve your experience update it here'],
    ['note', '© HCN 2024'],
    ['navigation', 'Published'],
    ['navigation', 'on'],
    ['caption', 'The minister said the harbour would reopen in May Credit: Tom Ashe / PA Archive'],
    [
      'caption',
      'FILE – In this May 4, 2021, file photo, volunteers stack sandbags along the river wall in Easton as the water rises. The river crested two days later, a metre above the flood defences built after the last great flood, and the town council has since voted to raise them by another half metre before next winter. Residents who lost their homes then have campaigned for the work ever since, and many of them attended the vote. (AP Photo/Tom Ashe, File)',
    ],
    ['caption', 'Photo caption: A ferry waits at the pier in Easton'],
    ['credit', 'Image source, Getty Images'],
    ['credit', 'Photograph: Tom Ashe/Reuters'],
    ['credit', 'Getty Images'],
    ['credit', 'TOM ASHE/THE HARBOUR COURIER'],
    ['credit', '(Tom Ashe/CBC)'],
    ['credit', 'Tom Ashe / The Canadian Press'],
    ['caption', 'Crews work along the dike near Easton on Tuesday. (Tom Ashe/CBC)'],
    ['caption', 'The mayor speaks to reporters after the vote on Wednesday. Tom Ashe/The Harbour Courier'],
    ['caption', 'Nell Ashe pours tea in the parish hall in 1998. (Photo courtesy of the Ashe family)'],
    ['caption', 'Firefighters stand beside the burned barn on Monday. Photograph: Tom Ashe/Reuters'],
    ['caption', 'A man walks past the closed plant in Easton. AFP via Getty Images'],
    ['byline', 'By Lena Marsh'],
    ['byline', 'BY LENA MARSH AND TOM ASHE'],
    ['byline', 'By Lena Marsh, Staff Reporter'],
    ['byline', 'By Lena Marsh, Local Journalism Initiative Reporter'],
    ['byline', 'By Lena Marsh The Canadian Press'],
    ['byline', 'Lena Marsh, staff writer'],
    ['byline', 'CBC News'],
    ['byline', 'Reuters'],
    ['byline', 'With files from Tom Ashe and The Associated Press'],
    ['byline', '(Reporting by Lena Marsh; Additional reporting by Tom Ashe; Editing by Ada Roe)'],
    ['byline', 'Follow Lena Marsh on X @lenamarsh'],
    ['byline', 'Published March 5, 2024 at 6:00 a.m. ET'],
    ['byline', 'Updated 2 hours ago'],
    ['byline', 'Lena Marsh is a freelance writer based in Easton.'],
    ['note', 'This conversation has been condensed and lightly edited.'],
    ['navigation', 'Share this article in your social network'],
    ['navigation', 'This advertisement has not loaded yet, but your article continues below.'],
    ['navigation', 'Estimated 4 minutes'],
    ['navigation', 'Read the story: Ferry fares to rise again'],
    ['navigation', 'Harbourcourier.example Top Stories'],
    ['navigation', 'Latest Regional Stories'],
    ['navigation', '3 of 12'],
    ['navigation', 'Skip to main content'],
    ['navigation', 'You can save this article by registering for free here.'],
    ['navigation', 'Tag Archives: ferries'],
    ['navigation', 'Home > News & Views > Harbour > Ferry fares to rise in May'],
    ['navigation', 'Home >  News >  Briefings >  May 2013 >  Friday, May 17 (AM)'],
    ['navigation', '* * *'],
    ['navigation', '______________________________'],
    ['navigation', 'You are here'],
    ['navigation', 'archive'],
    ['navigation', 'عربي Español Русский Français 简体中文'],
    ['navigation', 'Posts tagged with “Harbour News”'],
    ['navigation', 'Category Archives: Local'],
    ['navigation', 'Story highlights'],
    ['navigation', 'For Immediate Release'],
    ['navigation', 'Exhibit 99.1'],
    ['credit', 'Photography by Tom Ashe/The Harbour Courier'],
    ['caption', 'Crews work along the dike near Easton.Tom Ashe/The Harbour Courier'],
    ['byline', 'Lena Marsh · HCR News · Posted: Mar 05, 2024 6:00 AM EST | Last Updated: March 5'],
    ['byline', 'Lena Marsh, Ottawa Bureau Chief'],
    ['byline', 'Lena Marsh is a reporter with HCR Easton. You can reach her at lmarsh@hcr.example.'],
    ['note', 'Copyright 2024 Harbour Courier Media'],
    ['byline', 'by The Harbour Courier - Story: 10564'],
    ['byline', 'Tuesday, March 5, 2024 at 6:00 a.m.'],
    ['byline', 'Lena Marsh The Canadian Press'],
    ['byline', 'Lena Marsh · HCR News'],
  ])('marks %s: %j', (kind, paragraph) => {
    expect(furnitureKind(paragraph)).toBe(kind);
  });

  it.each([
    [
      'a video described in a full sentence with a speech verb',
      'Jordan Smith says he filmed from his balcony while police stopped a van outside the bakery.',
    ],
    [
      'a caption-like paragraph that reports speech, ending in a credit',
      'A ferry at the Easton pier in May. The company says bookings rose 12 per cent. Tom Ashe/The Harbour Courier',
    ],
    ['a quotation ending in a credit', '“We were lucky,” the skipper said as the boat came in. (Tom Ashe/CBC)'],
    ['a body paragraph that starts with "By"', 'By Tuesday the crews had cleared the road.'],
    ['a body paragraph that starts with "By" and a name', 'By Friday, Ashe had filed the appeal in Easton.'],
    ['a day and month', 'By March Ashe was gone.'],
    ['a sentence about advertising', 'Advertisement revenue fell 4 per cent in the quarter.'],
    ['a sentence about sharing', 'Share prices rose after the announcement.'],
    ['a sentence that starts with "Tagged"', 'Tagged as unsafe in 2019, the pier was closed for repairs.'],
    ['a sentence about highlights', 'Highlights of the show will be broadcast on Sunday.'],
    ['a sentence with one "greater than"', 'Turnout was > 40 per cent in the harbour ward this year.'],
    ['a headline in title case that starts like an archive', 'Posts Tagged With Hate Are Rising, Study Finds'],
    ['a headline "You Are Here"', 'You Are Here'],
    ['a sentence about an archive', 'The archive reopened on Monday after a flood.'],
    ['a sentence naming languages', 'Signs are in English, Español and Français.'],
    ['a sentence about a press release', 'Press release after press release promised a new ferry.'],
    ['a sentence about a newsletter', 'The union’s newsletter called the offer an insult.'],
    ['a sentence that starts with "Updated"', 'Updated guidelines may come in 2025, the ministry said.'],
    ['a sentence that starts with "Published"', 'Published in 1998, the report found that the dike was too low.'],
    ['a live-blog time', '17:05'],
    ['a live-blog time with its day', 'Tuesday 17:05'],
    ['a slash inside a sentence', 'Councillors voted 7/2 to approve the budget on Tuesday.'],
    ['an either/or in brackets', 'Residents can apply online (and/or by mail) until Friday.'],
    ['a headline', 'Ferries halted as dock workers strike'],
    ['a headline that names a broadcaster', 'Union Strikes Deal With HCR News'],
    ['a headline about a reporter', 'Police Arrest Reporter'],
    ['a headline about a columnist', 'City Hires New Columnist'],
    ['a short quote', '“Not good,” he said.'],
    ['a sentence about a reporter', 'Lena Marsh is a reporter who covered the trial for years.'],
    ['a tweet embed', 'Ferries halted again (Tom Ashe/CBC) — Tom Ashe (@tomashe) March 5, 2024'],
    ['a long paragraph', `${'The dike held through the night and the water began to fall. '.repeat(8)}(Tom Ashe/CBC)`],
  ])('leaves %s as story text', (_name, paragraph) => {
    expect(matchFurniture(paragraph)).toBeNull();
  });
});

describe('isCaptionLike', () => {
  it('accepts a short present-tense description', () => {
    expect(isCaptionLike('Police tape surrounds the lot on Tuesday.')).toBe(true);
  });
  it.each([
    ['quotation marks', 'The skipper calls it “the worst night”.'],
    ['a speech verb', 'The skipper says the crossing was rough.'],
    ['too many sentences', 'One. Two went. Three came. Four left.'],
    ['too few words', 'Ashe'],
  ])('refuses %s', (_name, text) => {
    expect(isCaptionLike(text)).toBe(false);
  });
});

describe('splitLeadingCredit', () => {
  it('splits a bracketed credit off the paragraph it opens', () => {
    expect(splitLeadingCredit('(Tom Ashe/HCR - image credit) Ferries resumed on Friday.')).toEqual([
      '(Tom Ashe/HCR - image credit)',
      'Ferries resumed on Friday.',
    ]);
    expect(splitLeadingCredit('(Getty Images) Ferries resumed on Friday.')).toEqual([
      '(Getty Images)',
      'Ferries resumed on Friday.',
    ]);
  });
  it('splits a reposting site’s note off the story’s first line', () => {
    expect(
      splitLeadingCredit('This story was first published on another website Harbour Ferries shares rose on Friday.'),
    ).toEqual(['This story was first published on another website', 'Harbour Ferries shares rose on Friday.']);
    expect(splitLeadingCredit('This post was the best of the year.')).toEqual(['This post was the best of the year.']);
  });
  it.each([
    ['a paragraph without brackets', 'Ferries resumed on Friday.'],
    ['an aside in brackets', '(Ferries resumed on Friday.) Nobody came.'],
    ['a bracketed credit alone', '(Tom Ashe/HCR)'],
  ])('leaves %s whole', (_name, paragraph) => {
    expect(splitLeadingCredit(paragraph)).toEqual([paragraph]);
  });
});

describe('classifyParagraphs', () => {
  const CAPTION = 'Easton, May 4: Volunteers stack sandbags along the river wall as the water rises.';
  it('takes a caption-like paragraph after a photo marker or before a credit as a caption', () => {
    expect(classifyParagraphs(['Open this photo in gallery:', CAPTION])).toEqual(['navigation', 'caption']);
    expect(classifyParagraphs([CAPTION, 'Photography by Tom Ashe/The Harbour Courier'])).toEqual(['caption', 'credit']);
  });
  it('keeps story text next to a photo marker when it reports speech or quotes', () => {
    const said = 'A ferry at the Easton pier in May. The company says bookings rose 12 per cent.';
    expect(classifyParagraphs(['Open this photo in gallery:', said])).toEqual(['navigation', null]);
    expect(classifyParagraphs(['“We were lucky,” the skipper said.', 'Getty Images'])).toEqual([null, 'credit']);
  });
  it('never takes a headline line before a credit as a caption', () => {
    expect(classifyParagraphs(['Volunteers race the rising river in Easton', '(Tom Ashe/HCR - image credit)'])).toEqual(
      [null, 'credit'],
    );
  });
  it('takes a section label above the headline as navigation, never the same word as a subheading further down', () => {
    expect(
      classifyParagraphs([
        'Politics',
        'Ferries halted as dock workers strike',
        'The ferries stopped.',
        'Analysis',
        'The strike may last.',
      ]),
    ).toEqual(['navigation', null, null, null, null]);
    // A menu copied as text: one section per line, joined into one paragraph.
    expect(
      classifyParagraphs(['City\nEpaper', 'Ferries halted as dock workers strike', 'The ferries stopped.']),
    ).toEqual(['navigation', null, null]);
  });
  it('takes a menu button, "All news" and a wire version note for furniture, not the headline after them', () => {
    expect(
      classifyParagraphs([
        'Left Menu',
        'All news',
        'UPDATES WITH REMARKS OF THE PORT AUTHORITY',
        'Menu prices rise as the harbour cafe reopens',
        'Updates with the port authority were slow, the union said.',
      ]),
    ).toEqual(['navigation', 'navigation', 'note', null, null]);
  });
  it('takes a photo’s words printed twice as its caption, but never the headline’s', () => {
    const alt = 'Volunteers stack sandbags along the river wall';
    expect(classifyParagraphs(['Floods reach Easton', alt + alt, alt, 'The water rose.'])).toEqual([
      null,
      'caption',
      'caption',
      null,
    ]);
    expect(classifyParagraphs(['Floods reach Easton', alt, alt, 'The water rose.'])).toEqual([
      null,
      'caption',
      'caption',
      null,
    ]);
    expect(classifyParagraphs(['Floods reach Easton', 'Floods reach Easton', 'The water rose.'])).toEqual([
      null,
      null,
      null,
    ]);
  });
  it('keeps story text that a credit label does not end, and a long paragraph without a wire photo’s credit', () => {
    expect(furnitureKind('The minister gave credit to the volunteers who stacked sandbags all night.')).toBeNull();
    expect(
      furnitureKind(`In this town, photo after photo shows the water rising. ${'The river rose again. '.repeat(25)}`),
    ).toBeNull();
  });
  it('leaves story text alone away from photos', () => {
    expect(classifyParagraphs([CAPTION, 'The water fell overnight.'])).toEqual([null, null]);
  });
});

describe('the rules’ cheap guards', () => {
  // Each guard is a necessary condition of its pattern: whatever the pattern matches passes it.
  const texts = [
    ...FURNITURE_RULES.map((r) => r.example),
    'Published: Mar 05, 2024 6:00 AM EST',
    'Lena Marsh · Posted: Mar 05, 2024',
    'World | Europe • Updated 2 hours ago',
    'First published on March 5, 2024 at 6:30 pm',
    'Mar 5, 2024 / 6:30 pm',
    'March 5, 2024',
    `${'Mar 5, 2024 6:30 pm '.repeat(4)}`,
    // Section labels, in every separator and case (ſ and the Kelvin sign fold to s and k).
    'U.S. News › Politics',
    'WORLD / Europe / Middle East',
    'Sports | Local  ,  Weather',
    'Fact check » Health',
    'Breaking news · Crime • Justice',
    'Science > Technology',
    'ſports',
    'Brea\u212aing News',
    // Bylines that open with a name, and captions that end with an agency after a link's slash.
    'Lena Marsh, Senior Transport Reporter',
    'Lena Marsh · The Canadian Press',
    'Tom Ashe is a freelance writer based in Easton.',
    'Ferry queue, from harbourcourier.example/f2 on Friday. Agence France-Presse.',
    'Ferry queue, from harbourcourier.example/f2 on Friday. (Tom Ashe/Courier).',
    // Captions whose credit follows a slash, with a link's slash before it or none.
    'Ferry queue at dawn, see harbourcourier.example/ferries for times. (Lena Marsh/Harbour Courier)',
    'Ferry queue at dawn, as pictured at harbourcourier.example/ferries on Friday. Lena Marsh/Harbour Courier',
    'Ferry queue at dawn, from harbourcourier.example/ferries2 on Friday. Photo: Lena Marsh for the Courier',
    'Ferry queue at dawn, from harbourcourier.example/ferries2 on Friday. Tom Ashe / Getty Images.',
    'Ferry queue, from harbourcourier.example/f2 on Friday. Tom Ashe via Getty Images',
  ];
  it('never turn away a paragraph that the pattern matches', () => {
    for (const rule of FURNITURE_RULES) {
      for (const text of texts) {
        if (!rule.pattern.test(text)) continue;
        if (rule.maxLength !== undefined)
          expect(text.length, `${rule.name}: ${text}`).toBeLessThanOrEqual(rule.maxLength);
        if (rule.needs) expect(rule.needs(text), `${rule.name}: ${text}`).toBe(true);
        if (rule.opensWithName) expect(secondWordCapitalised(text), `${rule.name}: ${text}`).toBe(true);
      }
    }
  });
});

describe('a slash that ends no credit', () => {
  it('turns a tweet embed with a long handle away from the caption pattern', () => {
    const rule = FURNITURE_RULES.find((r) => r.name === 'caption-with-credit')!;
    const embed =
      'Queue at the ferry since six. pic.twitter.com/Qm7Rb2xLpa – Lena Marsh (@LenaMarshHarbourCourier) March 11, 2024';
    expect(rule.needs?.(embed)).toBe(false);
    expect(furnitureKind(embed)).toBeNull();
  });
  it('still reads a caption whose credit follows a link', () => {
    expect(
      furnitureKind(
        'Ferry queue at dawn, as pictured at harbourcourier.example/ferries on Friday. Lena Marsh/Harbour Courier',
      ),
    ).toBe('caption');
  });
});
