/**
 * Slugs for the reader's own articles that hide nothing: the library page knows only the first 50
 * of the library's slugs, so a slug the ingest gave is also checked against the server, and a file
 * whose slug is taken there is ingested again with that slug taken (the core's renaming, `-2`,
 * with its "duplicate-slug" warning). Pure: the ingest and the check are passed in.
 */
import type { LocalFile, LocalOutcome } from './ingest-local-files';

export type IngestFiles = (files: LocalFile[], takenSlugs: string[]) => Promise<LocalOutcome[]>;

/** Renaming goes `-2`, `-3`…: each round frees one more; a library with more clashes than this is not real. */
const MAX_ROUNDS = 8;

/**
 * Ingests `files` with slugs clear of `taken` and of every slug `takenElsewhere` says exists (the
 * server's articles). A check that fails (offline) counts as free: the article is still added.
 */
export async function ingestWithFreeSlugs(
  files: readonly LocalFile[],
  taken: readonly string[],
  ingest: IngestFiles,
  takenElsewhere: (slug: string) => Promise<boolean>,
): Promise<LocalOutcome[]> {
  const checked = new Map<string, Promise<boolean>>();
  const isTaken = (slug: string) => {
    let answer = checked.get(slug);
    if (!answer) checked.set(slug, (answer = takenElsewhere(slug).catch(() => false)));
    return answer;
  };
  const outcomes = await ingest([...files], [...taken]);
  const elsewhere: string[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const clashes = await Promise.all(outcomes.map((o) => (o.ok ? isTaken(o.article.slug) : false)));
    const redo = clashes.flatMap((clash, i) => (clash ? [i] : []));
    if (redo.length === 0) break;
    for (const i of redo) {
      const outcome = outcomes[i]!;
      if (outcome.ok) elsewhere.push(outcome.article.slug);
    }
    const kept = outcomes.flatMap((o, i) => (o.ok && !clashes[i] ? [o.article.slug] : []));
    const again = await ingest(
      redo.map((i) => files[i]!),
      [...taken, ...elsewhere, ...kept],
    );
    redo.forEach((i, k) => (outcomes[i] = again[k]!));
  }
  return outcomes;
}
