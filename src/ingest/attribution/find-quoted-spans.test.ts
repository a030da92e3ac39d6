import { describe, expect, it } from 'vitest';
import {
  findDashDialogue,
  findQuotedSpans,
  findSingleQuotedSpans,
  type QuotedSpan,
  type TextBlock,
} from './find-quoted-spans';

const blocksOf = (...texts: string[]): TextBlock[] => texts.map((text, block) => ({ block, text }));

/** The words each span's parts point at, sliced from the paragraphs. */
function wordsOf(blocks: TextBlock[], spans: QuotedSpan[]): string[][] {
  const textOf = new Map(blocks.map((b) => [b.block, b.text]));
  return spans.map((q) => q.parts.map((p) => (textOf.get(p.block) ?? '').slice(p.start, p.end)));
}

const doubles = (...texts: string[]) => {
  const blocks = blocksOf(...texts);
  const spans = findQuotedSpans(blocks);
  return { blocks, spans, words: wordsOf(blocks, spans) };
};

describe('findQuotedSpans', () => {
  it('finds curly and straight double quotes, and the parts slice to the words without marks', () => {
    const { spans, words } = doubles('“The bridge will open in May,” the engineer said. "It is safe," she added.');
    expect(words).toEqual([['The bridge will open in May'], ['It is safe']]);
    expect(spans.map((q) => q.single)).toEqual([false, false]);
    // The opening and closing marks are where the article put them.
    expect(spans[0]?.open).toEqual({ block: 0, at: 0 });
    expect(spans[0]?.close).toEqual({ block: 0, at: 29 });
  });

  it('finds «guillemets» and „German“ quotes', () => {
    expect(doubles('The sacristan warned: «Nobody leaves before the bells ring.» Then he locked up.').words).toEqual([
      ['Nobody leaves before the bells ring.'],
    ]);
    expect(doubles('Die Bäckerin sagte: „Wir backen weiter.“ Dann ging sie.').words).toEqual([['Wir backen weiter.']]);
  });

  it('finds a quote written with two opening marks the wrong way round (“ text “)', () => {
    const { spans, words } = doubles('The goalkeeper said “ we defended like amateurs “ and walked off.');
    expect(words).toEqual([['we defended like amateurs']]);
    expect(spans[0]?.close).not.toBeNull();
  });

  it('closes a quote with no closing mark softly, before ", the mayor said"', () => {
    const { spans, words } = doubles(
      '“The lido stays shut until the pumps are replaced, the mayor said, to groans from swimmers.',
    );
    expect(words).toEqual([['The lido stays shut until the pumps are replaced']]);
    expect(spans[0]?.close).toBeNull();
  });

  it('joins a quote over two paragraphs (opening mark repeated) into one span with two parts', () => {
    const { spans, words } = doubles(
      '“The first thing to say is that the orchard was never for sale.',
      '“The second is that we will replant every tree.” She sat down.',
    );
    expect(spans).toHaveLength(1);
    expect(words).toEqual([
      [
        'The first thing to say is that the orchard was never for sale.',
        'The second is that we will replant every tree.',
      ],
    ]);
    expect(spans[0]?.parts.map((p) => p.block)).toEqual([0, 1]);
    expect(spans[0]?.open).toEqual({ block: 0, at: 0 });
    expect(spans[0]?.close?.block).toBe(1);
  });

  it('does not take apostrophes (don’t, Putin’s) for quotation marks', () => {
    const blocks = blocksOf('“I don’t think Putin’s offer changes anything,” she said. The players’ union agreed.');
    const d = findQuotedSpans(blocks);
    expect(wordsOf(blocks, d)).toEqual([['I don’t think Putin’s offer changes anything']]);
    expect(findSingleQuotedSpans(blocks, d)).toEqual([]);
    expect(findSingleQuotedSpans(blocksOf('It’s the grocer’s fault, we don’t doubt it.'), [])).toEqual([]);
    // Inside a single-quoted title, an apostrophe does not close it.
    const sign = blocksOf('The sign read ‘Don’t feed Oskar’s gulls’ in three languages.');
    expect(wordsOf(sign, findSingleQuotedSpans(sign, []))).toEqual([['Don’t feed Oskar’s gulls']]);
  });

  it(
    'returns on a 2 MB paragraph full of unclosed “ and ‘ marks, with spans inside the text',
    { timeout: 60_000 },
    () => {
      let text = '';
      for (let i = 0; text.length < 2_000_000; i++) text += `Item ${i} of the ledger “ was never ‘reconciled and `;
      const spans = findQuotedSpans([{ block: 0, text }]);
      expect(Array.isArray(findSingleQuotedSpans([{ block: 0, text }], spans))).toBe(true);
      expect(spans.length).toBeGreaterThan(1000);
      for (const q of spans) {
        for (const p of q.parts) {
          expect(p.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(p.start, p.end)).not.toMatch(/[“”]/);
        }
      }
    },
  );
});

describe('findSingleQuotedSpans', () => {
  it("finds ‘single’ and 'straight single' titles, but leaves single quotes inside double ones alone", () => {
    const blocks = blocksOf("The novel ‘Winter Orchards’ won the prize, while the film 'Dry Wells' did not.");
    const spans = findSingleQuotedSpans(blocks, findQuotedSpans(blocks));
    expect(wordsOf(blocks, spans)).toEqual([['Winter Orchards'], ['Dry Wells']]);
    expect(spans.every((q) => q.single)).toBe(true);

    const nested = blocksOf('“They called it ‘the long winter’ for a reason,” Okafor said.');
    const d = findQuotedSpans(nested);
    expect(wordsOf(nested, d)).toEqual([['They called it ‘the long winter’ for a reason']]);
    expect(findSingleQuotedSpans(nested, d)).toEqual([]);
  });
});

describe('findSingleQuotedSpans in British style', () => {
  const singles = (...texts: string[]) => {
    const blocks = blocksOf(...texts);
    const spans = findSingleQuotedSpans(blocks, findQuotedSpans(blocks));
    return { spans, words: wordsOf(blocks, spans) };
  };

  it('runs past a plural possessive to the real closing mark, the one punctuation or a cue follows', () => {
    expect(singles('‘We had less than three hours’ notice,’ she said.').words).toEqual([
      ['We had less than three hours’ notice'],
    ]);
    expect(singles('‘The growers’ union agreed to every word of it,’ he said.').words).toEqual([
      ['The growers’ union agreed to every word of it'],
    ]);
    // A possible close is kept when the next mark opens a new quote: two scare quotes in one sentence.
    expect(singles('Critics call them the ‘haves’ and the ‘have-nots’ of the valley.').words).toEqual([
      ['haves'],
      ['have-nots'],
    ]);
    // …and when the only later close is a possessive before a comma in another sentence.
    expect(
      singles('He called the plan ‘unworkable’ and left. Later the teachers’, parents’ and pupils’ views were heard.')
        .words,
    ).toEqual([['unworkable']]);
    // British punctuation outside the mark still closes past a possessive in the same sentence.
    expect(singles('‘We had three hours’ notice’, she said.').words).toEqual([['We had three hours’ notice']]);
    // …and when nothing follows it in the paragraph.
    expect(singles('She had been ‘blindsided’ by the decision of the board.').words).toEqual([['blindsided']]);
  });

  it('does not take elisions for marks: rock ’n’ roll, ’em, the ’90s', () => {
    expect(singles('‘It was rock ’n’ roll all night,’ the drummer said.').words).toEqual([
      ['It was rock ’n’ roll all night'],
    ]);
    expect(singles('‘We gave ’em everything we had,’ the skipper said.').words).toEqual([
      ['We gave ’em everything we had'],
    ]);
    expect(singles('The club last won the cup in the ‘90s, long before the new stand.').words).toEqual([]);
  });

  it('reads single marks like double ones when the article quotes speech in them', () => {
    // Two spans with the speech punctuation inside their marks, and no double quotes: British style.
    const { spans, words } = singles(
      '‘Sweet peas,’ she says.',
      '‘Late, like everything else this spring.’',
      'The shed, her ‘office’, is locked.',
    );
    expect(words).toEqual([['Sweet peas'], ['Late, like everything else this spring.'], ['office']]);
    expect(spans.every((q) => !q.single)).toBe(true);
    // One title in single marks in an article that quotes in double marks stays single.
    const american = singles('“We will replant,” she said. “Every tree.” The novel ‘Winter Orchards’ sold out.');
    expect(american.spans.map((q) => q.single)).toEqual([true]);
  });

  it('closes an unclosed single quote softly, before the cue, where single marks are the quotation marks', () => {
    const { words } = singles(
      '‘We stay,’ she said. ‘They go.’',
      '‘Nobody told us the ferry was cancelled, the skipper said, shaking his head.',
    );
    expect(words).toEqual([['We stay'], ['They go.'], ['Nobody told us the ferry was cancelled']]);
  });
});

describe('findQuotedSpans in translated text', () => {
  it('reads spaced marks of the same glyph on both sides', () => {
    expect(doubles('“ The bills arrive in January, not when the party is ready “, the minister said.').words).toEqual([
      ['The bills arrive in January, not when the party is ready'],
    ]);
    expect(doubles('The union leader promised a strike « until the withdrawal of the text ».').words).toEqual([
      ['until the withdrawal of the text'],
    ]);
  });

  it('reads »reversed guillemets« as German and Nordic print sets them', () => {
    expect(doubles('»Wir bleiben hier«, sagte die Bäckerin, »bis zum Ende.«').words).toEqual([
      ['Wir bleiben hier'],
      ['bis zum Ende.'],
    ]);
  });

  it('finds a quote whose opening mark was lost when its closing mark is followed by a cue', () => {
    const { spans, words } = doubles('The harvest will be late this year, and smaller,” the grower said on Monday.');
    expect(words).toEqual([['The harvest will be late this year, and smaller']]);
    expect(spans[0]?.close).not.toBeNull();
    // After a colon that introduces it, the quote starts after the colon.
    expect(doubles('The grower was blunt: The harvest will be late,” she said.').words).toEqual([
      ['The harvest will be late'],
    ]);
    // A closing mark with no cue after it, or inches after a digit, is left alone.
    expect(doubles('The harvest will be late this year,” and smaller.').words).toEqual([]);
    expect(doubles('The new keeper is 6\'4" said the coach, and he is only seventeen.').words).toEqual([]);
  });
});

describe('findDashDialogue', () => {
  const dashes = (...texts: string[]) => {
    const blocks = blocksOf(...texts);
    const spans = findDashDialogue(blocks);
    return { spans, words: wordsOf(blocks, spans) };
  };

  it('reads a paragraph opening with a dash as speech: the words before ", said" and the sentence after the next dash', () => {
    const { spans, words } = dashes('– We stay here, said Ivo Marek, the steward. – They broke every promise.');
    expect(words).toEqual([['We stay here'], ['They broke every promise.']]);
    // The first span closes at the cue; the second runs to the paragraph's end with no close.
    expect(spans[0]?.close).not.toBeNull();
    expect(spans[1]?.close).toBeNull();
    expect(spans.every((q) => !q.single)).toBe(true);
  });

  it('finds dialogue only in the paragraphs that open with a dash, and points at the right paragraph', () => {
    const { spans, words } = dashes(
      'The steward locked the hall at nine.',
      '– Nobody sleeps here tonight, said Ivo Marek.',
    );
    expect(words).toEqual([['Nobody sleeps here tonight']]);
    expect(spans[0]?.parts[0]?.block).toBe(1);
  });

  it('finds nothing in a paragraph with a dash only in the middle, or after a dateline', () => {
    expect(dashes('The steward stayed – nobody asked him to leave – and the hall stayed open.').spans).toEqual([]);
    expect(dashes('OSLO – The fjord ferry will stop running in May, the operator said.').spans).toEqual([]);
  });
});
