/**
 * Ingest time grows linearly with the size of an article: 1, 2, 4 and 8 MB of news-like paragraphs
 * (quotes, cues, names coming back by surname, pronoun and role, a tweet embed now and then). CPU
 * time, not wall time, one pass per size after a warm-up, and a bound far from both noise and the
 * quadratic case: 8 MB may cost at most 2.5 times as much per MB as 1 MB (quadratic would be 8).
 * The figures are in the failure message; `npm run bench` measures speed itself.
 */
import { expect, it } from 'vitest';
import { ingestText } from './ingest-article';

const MB = 1_000_000;
const PEOPLE = ['Anna Berg', 'Paul Okafor', 'Lena Holt', 'Marco Dellavalle', 'Noor Haddad', 'Ruth Alder', 'Tomas Vrba'];
const ROLES = ['mayor', 'harbour master', 'union leader', 'chief engineer', 'spokeswoman', 'minister', 'judge'];

function paragraph(n: number): string {
  const name = PEOPLE[n % PEOPLE.length]!;
  const surname = name.split(' ')[1]!;
  const other = PEOPLE[(n * 3 + 1) % PEOPLE.length]!;
  const role = ROLES[n % ROLES.length]!;
  const narration =
    'The ferries kept to the timetable, the cafés along the quay stayed open late, and the fishing boats went ' +
    'out before dawn as they do every week of the year, whatever the weather and whoever runs the port.';
  if (n % 4 === 1) return `${name}, the ${role}, said the talks on pier ${n} had stalled. ${narration}`;
  if (n % 4 === 2)
    return `“We have waited ${n % 50} days,” ${surname} told reporters. The ${role} would ask ${other} again.`;
  if (n % 40 === 3) return `Still waiting. pic.twitter.com/Nt${n % 97}B – ${other} (@user${n % 89}) May 5, 2023`;
  return narration;
}

function article(bytes: number): string {
  const parts = [' date 2024-03-01 from Desk Editor', '', 'A long day at the harbour', ''];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const p = paragraph(n);
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n');
}

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

it('ingests 1, 2, 4 and 8 MB in CPU time that grows linearly', { timeout: 180_000 }, () => {
  ingestText('warm-up.txt', article(MB / 4));
  const seconds = new Map<number, number>();
  for (const size of [1, 2, 4, 8]) {
    const text = article(size * MB);
    seconds.set(
      size,
      cpuSeconds(() => expect(ingestText('long.txt', text).ok).toBe(true)),
    );
  }
  const figures = [...seconds].map(([size, s]) => `${size} MB: ${s.toFixed(2)} s`).join(', ');
  expect(seconds.get(8)! / 8 / seconds.get(1)!, figures).toBeLessThan(2.5);
});
