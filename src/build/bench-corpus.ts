/**
 * Synthetic articles for the benchmark, made from our own fixtures in `bench-fixtures/` (never
 * from the shared corpus). Each variant swaps the people's names and shifts the numbers, so the
 * ingester cannot benefit from thousands of byte-identical inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES_DIR = fileURLToPath(new URL('./bench-fixtures/', import.meta.url));

/** Every person named in the fixtures, as "First Last"; surnames are swapped along with them. */
const FIXTURE_PEOPLE = [
  'Jane Doe', 'Helen Marsh', 'Victor Kane', 'Paolo Ferri', 'Marta Colli', 'Enzo Rota', 'Giulia Sarti', 'Ruth Alder',
  'Tomas Vrba', 'Lena Holt', 'Marco Dellavalle', 'Amir Sadeghi', 'Claire Dunmore', 'Samuel Price', 'Noor Haddad',
];
const FIRST = ['Anna', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ilse', 'Jonas', 'Kemal', 'Lucia', 'Mads'];
const LAST = ['Berger', 'Costa', 'Dahl', 'Esposito', 'Fischer', 'Grant', 'Horvat', 'Ivanova', 'Jansen', 'Kowalski', 'Lindqvist'];

export interface BenchArticle {
  source: string;
  bytes: Uint8Array;
}

export function readFixtures(): { name: string; text: string }[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(FIXTURES_DIR, name), 'utf8') }));
}

/** Variant `n` of a fixture: other names, other numbers; header and tweet dates stay valid. */
export function varyArticle(text: string, n: number): string {
  let out = text;
  FIXTURE_PEOPLE.forEach((person, i) => {
    const [first = '', last = ''] = person.split(' ');
    const newFirst = FIRST[(n + i) % FIRST.length] ?? first;
    const newLast = LAST[(n * 7 + i) % LAST.length] ?? last;
    out = out.replaceAll(`${first} ${last}`, `${newFirst} ${newLast}`).replaceAll(last, newLast);
  });
  const [header = '', ...rest] = out.split('\n');
  const body = rest.map((line) => {
    // Leave the tweet's closing "– Name (@handle) Month D, YYYY" alone so its date stays real.
    const tail = / – [^–]*\(@\w+\) \w+ \d{1,2}, \d{4}$/.exec(line);
    const head = tail ? line.slice(0, tail.index) : line;
    const shifted = head
      .replace(/(?<![\w,.-])\d+(?![\w-])/g, (digits) => String(Number(digits) + (n % 9) + 1))
      .replace(/pic\.twitter\.com\/(\w{4})\w+/g, (_, keep: string) => `pic.twitter.com/${keep}${n.toString(36).padStart(6, 'x')}`);
    return head === line ? shifted : shifted + line.slice(head.length);
  });
  return [header, ...body].join('\n');
}

/** `count` articles cycling through the fixtures, each one a distinct variant. */
export function makeBenchCorpus(count: number): BenchArticle[] {
  const fixtures = readFixtures();
  const encoder = new TextEncoder();
  return Array.from({ length: count }, (_, i) => {
    const fixture = fixtures[i % fixtures.length];
    if (!fixture) throw new Error('no bench fixtures found in src/build/bench-fixtures');
    const n = Math.floor(i / fixtures.length);
    return { source: `${fixture.name.replace(/\.txt$/, '')}-${n}.txt`, bytes: encoder.encode(varyArticle(fixture.text, n)) };
  });
}

/**
 * One paragraph of about `targetBytes` with no line break, like `bad/make_huge.sh` makes, from our
 * own sentences: balanced quotes, a quote never closed, and an inline tweet-like tail in every repetition.
 */
export function makeHugeArticle(targetBytes: number): Uint8Array {
  const unit =
    'The night bus from the station left twenty minutes late once more, and the people at the stop had time to talk about it. ' +
    'Still waiting. pic.twitter.com/NtB0s5 – Nadia Ferro (@NadiaFerro) May 5, 2023 ' +
    '“The timetable is a rumour,” said Nadia Ferro, who rides it home every night after her shift. ' +
    'Her neighbour, a retired postman called Ugo Balestra, was calmer: we waited ten years for a shelter, we can wait twenty minutes. ' +
    '“ The new buses will fix it, the transport office said in a statement that nobody at the stop believed. ' +
    'Ferro added that she would complain again, “for the sixth time since June.” ';
  const unitBytes = new TextEncoder().encode(unit).length;
  const text = ` date 2023-07-14 from Bench Desk\n\n${unit.repeat(Math.ceil(targetBytes / unitBytes))}\n`;
  return new TextEncoder().encode(text);
}
