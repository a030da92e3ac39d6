/**
 * One article's search documents (its title, then each quote with its speaker and cue) and the
 * terms each is found by. Shared by the build, which numbers them into the split index
 * (src/build/library-data.ts), and the browser, which searches the reader's own articles with the
 * same words (src/features/search/search-local.ts), so both find the same quotes for a query.
 */
import type { QuoteKind } from '../schema';
import type { ArticleSummary, SearchDoc } from './library-schema';
import { searchTerms, speakerTerm } from './search-terms';

/** Longest quote text kept in a search document or a speaker page; the article has the rest. */
export const MAX_QUOTE_TEXT = 400;

export const clipQuoteText = (text: string) =>
  text.length > MAX_QUOTE_TEXT ? `${text.slice(0, MAX_QUOTE_TEXT - 1).trimEnd()}…` : text;

/** What the documents are made from: the build's digest has exactly this shape. */
export interface SearchableArticle {
  summary: Pick<ArticleSummary, 'slug' | 'title' | 'date'>;
  speakers: readonly { id: string; name: string; aliases: readonly string[] }[];
  quotes: readonly { id: string; speakerId: string | null; kind: QuoteKind; text: string; cue: string | null }[];
}

export interface IndexedDoc {
  doc: SearchDoc;
  /** The words (and the speaker's `speaker:<id>` term) that find this document. */
  terms: ReadonlySet<string>;
}

/** The article's title document first, then one per quote in the article's order. */
export function articleSearchDocs({ summary, speakers, quotes }: SearchableArticle): IndexedDoc[] {
  const { slug, title, date } = summary;
  const titleTerms = searchTerms(title);
  const out: IndexedDoc[] = [
    {
      doc: { slug, title, date, quoteId: null, speakerId: null, speakerName: null, kind: null, text: '', cue: null },
      terms: new Set(titleTerms),
    },
  ];
  const names = new Map(speakers.map((s) => [s.id, s]));
  for (const q of quotes) {
    const speaker = q.speakerId === null ? undefined : names.get(q.speakerId);
    const terms = new Set([...titleTerms, ...searchTerms(q.text)]);
    if (speaker) {
      for (const name of [speaker.name, ...speaker.aliases]) for (const t of searchTerms(name)) terms.add(t);
      terms.add(speakerTerm(speaker.id));
    }
    out.push({
      doc: {
        slug,
        title,
        date,
        quoteId: q.id,
        speakerId: speaker?.id ?? null,
        speakerName: speaker?.name ?? null,
        kind: q.kind,
        text: clipQuoteText(q.text),
        cue: q.cue,
      },
      terms,
    });
  }
  return out;
}
