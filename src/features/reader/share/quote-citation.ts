/**
 * A quote written out the way people share it: plain text with its attribution, Markdown, and the
 * article cited in APA, MLA and Chicago style, each with the quote's link. Pure.
 */
import { monthName } from '../../../ingest/text/calendar-date';

export interface CitableQuote {
  text: string;
  speaker: string | null;
  role: string | null;
  articleTitle: string;
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  author: string | null;
  url: string;
}

export type ShareFormat = 'text' | 'markdown' | 'apa' | 'mla' | 'chicago';

export const SHARE_FORMATS: Array<[ShareFormat, string]> = [
  ['text', 'Text with attribution'],
  ['markdown', 'Markdown'],
  ['apa', 'APA citation'],
  ['mla', 'MLA citation'],
  ['chicago', 'Chicago citation'],
];

const SITE = 'Verbatim';

function dateParts(iso: string | null) {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  return { year: m[1]!, month: monthName(Number(m[2]) - 1), day: String(Number(m[3])) };
}

/** "Ines Caldwell" → surname first, as the styles want; one word stays as it is. */
function invertName(name: string): { last: string; first: string } {
  const words = name.trim().split(/\s+/);
  const last = words.pop() ?? '';
  return { last, first: words.join(' ') };
}

const who = (q: CitableQuote) => [q.speaker ?? 'Unattributed', q.role].filter(Boolean).join(', ');
const usDate = (iso: string | null) => {
  const d = dateParts(iso);
  return d ? `${d.month} ${d.day}, ${d.year}` : null;
};
/** Titles end with their own punctuation in citations: no doubled full stop. */
const withStop = (text: string) => (/[.?!…]$/.test(text) ? text : `${text}.`);

export function formatQuote(q: CitableQuote, format: ShareFormat): string {
  const d = dateParts(q.date);
  const date = usDate(q.date);
  switch (format) {
    case 'text':
      return `“${q.text}” — ${who(q)}, in ${q.articleTitle}${date ? ` (${date})` : ''} <${q.url}>`;
    case 'markdown': {
      const quoted = q.text
        .split(/\n+/)
        .map((line) => `> ${line}`)
        .join('\n>\n');
      return `${quoted}\n>\n> — **${q.speaker ?? 'Unattributed'}**${q.role ? `, ${q.role}` : ''}, in [${q.articleTitle}](${q.url})${date ? ` (${date})` : ''}`;
    }
    case 'apa': {
      const author = q.author ? invertName(q.author) : null;
      const initials = author?.first
        ? ` ${author.first
            .split(/\s+/)
            .map((w) => `${w[0]}.`)
            .join(' ')}`
        : '';
      const when = d ? `(${d.year}, ${d.month} ${d.day})` : '(n.d.)';
      const head = author
        ? `${author.last},${initials} ${when}. ${withStop(q.articleTitle)}`
        : `${withStop(q.articleTitle)} ${when}.`;
      return `${head} ${SITE}. ${q.url}`;
    }
    case 'mla': {
      const author = q.author ? invertName(q.author) : null;
      const lead = author ? `${author.first ? `${author.last}, ${author.first}` : author.last}. ` : '';
      return `${lead}“${withStop(q.articleTitle)}” ${SITE}${d ? `, ${d.day} ${d.month.slice(0, 3)}${d.month.length > 3 ? '.' : ''} ${d.year}` : ''}, ${q.url}.`;
    }
    case 'chicago': {
      const author = q.author ? invertName(q.author) : null;
      const lead = author ? `${author.first ? `${author.last}, ${author.first}` : author.last}. ` : '';
      return `${lead}“${withStop(q.articleTitle)}” ${SITE}${date ? `, ${date}` : ''}. ${q.url}.`;
    }
  }
}
