/**
 * A small fixed palette, assigned by speaker order. Every class is written out in full so that
 * Tailwind finds it; each pairing keeps AA contrast with the quote text in both themes.
 */
import type { QuoteKind, Speaker } from '../../ingest/schema';

export interface SpeakerColor {
  direct: string;
  unmarked: string;
  reported: string;
  avatar: string;
}

export const PALETTE: readonly SpeakerColor[] = [
  {
    direct: 'bg-sky-200 dark:bg-sky-900',
    unmarked: 'bg-sky-100 dark:bg-sky-950 decoration-sky-600 dark:decoration-sky-400',
    reported: 'decoration-sky-600 dark:decoration-sky-400',
    avatar: 'bg-sky-700 text-white dark:bg-sky-300 dark:text-gray-950',
  },
  {
    direct: 'bg-amber-200 dark:bg-amber-900',
    unmarked: 'bg-amber-100 dark:bg-amber-950 decoration-amber-600 dark:decoration-amber-400',
    reported: 'decoration-amber-600 dark:decoration-amber-400',
    avatar: 'bg-amber-700 text-white dark:bg-amber-300 dark:text-gray-950',
  },
  {
    direct: 'bg-emerald-200 dark:bg-emerald-900',
    unmarked: 'bg-emerald-100 dark:bg-emerald-950 decoration-emerald-600 dark:decoration-emerald-400',
    reported: 'decoration-emerald-600 dark:decoration-emerald-400',
    avatar: 'bg-emerald-700 text-white dark:bg-emerald-300 dark:text-gray-950',
  },
  {
    direct: 'bg-rose-200 dark:bg-rose-900',
    unmarked: 'bg-rose-100 dark:bg-rose-950 decoration-rose-600 dark:decoration-rose-400',
    reported: 'decoration-rose-600 dark:decoration-rose-400',
    avatar: 'bg-rose-700 text-white dark:bg-rose-300 dark:text-gray-950',
  },
  {
    direct: 'bg-violet-200 dark:bg-violet-900',
    unmarked: 'bg-violet-100 dark:bg-violet-950 decoration-violet-600 dark:decoration-violet-400',
    reported: 'decoration-violet-600 dark:decoration-violet-400',
    avatar: 'bg-violet-700 text-white dark:bg-violet-300 dark:text-gray-950',
  },
  {
    direct: 'bg-lime-200 dark:bg-lime-900',
    unmarked: 'bg-lime-100 dark:bg-lime-950 decoration-lime-700 dark:decoration-lime-400',
    reported: 'decoration-lime-700 dark:decoration-lime-400',
    avatar: 'bg-lime-800 text-white dark:bg-lime-300 dark:text-gray-950',
  },
];

/** For quotes nobody could be named for. */
export const UNKNOWN_COLOR: SpeakerColor = {
  direct: 'bg-gray-200 dark:bg-gray-700',
  unmarked: 'bg-gray-100 dark:bg-gray-800 decoration-gray-500',
  reported: 'decoration-gray-500',
  avatar: 'bg-gray-600 text-white dark:bg-gray-300 dark:text-gray-950',
};

/** Palette index per speaker id, in the order the speakers are listed; wraps after the palette ends. */
export function assignColors(speakers: readonly Pick<Speaker, 'id'>[]): Map<string, SpeakerColor> {
  return new Map(speakers.map((s, i) => [s.id, PALETTE[i % PALETTE.length]!]));
}

/** The highlight classes for a quote of `kind` in `color`. */
export function quoteClasses(kind: QuoteKind, color: SpeakerColor): string {
  switch (kind) {
    case 'direct':
    case 'tweet':
      return `quote-direct ${color.direct}`;
    case 'unmarked':
      return `quote-unmarked ${color.unmarked}`;
    case 'reported':
      return `quote-reported ${color.reported}`;
  }
}

/** How the tooltip and screen readers name each kind. */
export const KIND_LABEL: Record<QuoteKind, string> = {
  direct: 'direct quote',
  unmarked: 'speech (quotation marks lost)',
  reported: 'reported speech',
  tweet: 'tweet',
};
