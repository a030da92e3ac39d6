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
  'Jane Doe',
  'Helen Marsh',
  'Victor Kane',
  'Paolo Ferri',
  'Marta Colli',
  'Enzo Rota',
  'Giulia Sarti',
  'Ruth Alder',
  'Tomas Vrba',
  'Lena Holt',
  'Marco Dellavalle',
  'Amir Sadeghi',
  'Claire Dunmore',
  'Samuel Price',
  'Noor Haddad',
];
const FIRST = [
  'Anna',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Elif',
  'Farid',
  'Greta',
  'Hugo',
  'Ilse',
  'Jonas',
  'Kemal',
  'Lucia',
  'Mads',
];
const LAST = [
  'Berger',
  'Costa',
  'Dahl',
  'Esposito',
  'Fischer',
  'Grant',
  'Horvat',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lindqvist',
];

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
      .replace(
        /pic\.twitter\.com\/(\w{4})\w+/g,
        (_, keep: string) => `pic.twitter.com/${keep}${n.toString(36).padStart(6, 'x')}`,
      );
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
    return {
      source: `${fixture.name.replace(/\.txt$/, '')}-${n}.txt`,
      bytes: encoder.encode(varyArticle(fixture.text, n)),
    };
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

// Long and news-length articles. Real long articles (live blogs, transcripts, court reports) name
// many distinct people and roles and come back to them later by surname, role or pronoun; an article
// that repeats the same five names would hide a cost that grows with the number of people.

/** Given names, female then male, so a pronoun has gender evidence to use. */
const GIVEN_NAMES = [
  'Alice',
  'Beatrice',
  'Carla',
  'Diana',
  'Elena',
  'Fiona',
  'Grace',
  'Hannah',
  'Irene',
  'Julia',
  'Karen',
  'Laura',
  'Maria',
  'Nadia',
  'Olivia',
  'Paula',
  'Rosa',
  'Sara',
  'Teresa',
  'Vera',
  'Wanda',
  'Yvonne',
  'Zoe',
  'Agnes',
  'Adam',
  'Bernard',
  'Carl',
  'Daniel',
  'Edward',
  'Frank',
  'George',
  'Henry',
  'Isaac',
  'James',
  'Kevin',
  'Louis',
  'Martin',
  'Nathan',
  'Oscar',
  'Peter',
  'Robert',
  'Simon',
  'Thomas',
  'Victor',
  'Walter',
  'Xavier',
  'Oliver',
  'Philip',
];
const SURNAME_HEADS = [
  'Al',
  'Bran',
  'Cor',
  'Dun',
  'Ester',
  'Fal',
  'Gor',
  'Hal',
  'Ing',
  'Jar',
  'Kell',
  'Lind',
  'Mar',
  'Nor',
  'Oster',
  'Pell',
  'Quar',
  'Rad',
  'Sand',
  'Tor',
  'Ul',
  'Vass',
  'Wend',
  'Yar',
  'Zell',
  'Brook',
  'Carr',
  'Dal',
  'Fern',
  'Hart',
];
const SURNAME_TAILS = [
  'berg',
  'court',
  'dale',
  'ford',
  'gren',
  'holm',
  'ley',
  'mont',
  'ness',
  'quist',
  'rick',
  'ton',
  'vik',
  'wood',
  'ani',
  'elli',
  'escu',
  'ova',
  'sen',
  'ski',
  'by',
  'ham',
  'stad',
  'well',
];
/** Role qualifiers and nouns: a role is "qualifier noun" ("deputy mayor", "county treasurer"). */
const ROLE_QUALIFIERS = [
  'deputy',
  'regional',
  'acting',
  'former',
  'interim',
  'assistant',
  'senior',
  'district',
  'county',
  'federal',
  'provincial',
  'chief',
];
const ROLE_NOUNS_FOR_BENCH = [
  'mayor',
  'minister',
  'director',
  'spokesperson',
  'coach',
  'secretary',
  'president',
  'judge',
  'prosecutor',
  'treasurer',
  'inspector',
  'commissioner',
  'engineer',
  'economist',
  'auditor',
  'surgeon',
  'councillor',
  'manager',
];
/** The role phrases the fixtures use, swapped like the names. */
const FIXTURE_ROLES = [
  'opposition leader',
  'team director',
  'race leader',
  "hospitals' director",
  'Its secretary',
  'head of civil protection',
  'regional president',
  'mayor Helen',
];

/** Person `n` of a long list of distinct names (17,280 of each gender before one repeats): given names cycle, surnames are built from parts. */
export function personName(n: number, female: boolean): { given: string; surname: string; female: boolean } {
  const half = GIVEN_NAMES.length / 2;
  const g = n % half;
  const surnames = SURNAME_HEADS.length * SURNAME_TAILS.length;
  // 367 is prime to the number of surnames: neighbours get unrelated surnames, and (given, surname) pairs stay distinct.
  const s = (Math.floor(n / half) * 367 + g * 7 + (female ? 0 : 311)) % surnames;
  const head = SURNAME_HEADS[Math.floor(s / SURNAME_TAILS.length)] ?? 'Al';
  const tail = SURNAME_TAILS[s % SURNAME_TAILS.length] ?? 'berg';
  return { given: GIVEN_NAMES[g + (female ? 0 : half)] ?? 'Alice', surname: head + tail, female };
}

/** Role `n`: qualifier and noun cycle at different rates, so a role repeats only after 216. */
export function roleName(n: number): string {
  return `${ROLE_QUALIFIERS[n % ROLE_QUALIFIERS.length]} ${ROLE_NOUNS_FOR_BENCH[Math.floor(n / ROLE_QUALIFIERS.length) % ROLE_NOUNS_FOR_BENCH.length]}`;
}

type Person = ReturnType<typeof personName>;
/** The fixtures' people who are women: their stand-ins are too, so the fixtures' pronouns stay right. */
const FIXTURE_WOMEN = new Set([
  'Jane Doe',
  'Helen Marsh',
  'Marta Colli',
  'Giulia Sarti',
  'Ruth Alder',
  'Lena Holt',
  'Claire Dunmore',
  'Noor Haddad',
]);

/** A fixture's body (no header) with its people and roles swapped for the next ones from the counters. */
function segment(
  text: string,
  next: { person: number; role: number },
  dayShift: number,
  people: Person[],
  roles: string[],
): string {
  let out = text.slice(text.indexOf('\n\n') + 2);
  for (const role of FIXTURE_ROLES) {
    if (!out.includes(role)) continue;
    const replacement = roleName(next.role++);
    roles.push(replacement);
    out = out.replaceAll(
      role,
      role === 'Its secretary' ? `Its ${replacement}` : role === 'mayor Helen' ? `${replacement} Helen` : replacement,
    );
  }
  for (const person of FIXTURE_PEOPLE) {
    const [first = '', last = ''] = person.split(' ');
    if (!out.includes(last)) continue;
    const p = personName(next.person++, FIXTURE_WOMEN.has(person));
    people.push(p);
    out = out.replaceAll(`${first} ${last}`, `${p.given} ${p.surname}`).replaceAll(last, p.surname);
  }
  // Numbers shift, except in a tweet's closing "– Name (@handle) Month D, YYYY", so its date stays real.
  return out
    .split('\n')
    .map((line) =>
      /\(@\w+\) \w+ \d{1,2}, \d{4}$/.test(line)
        ? line
        : line.replace(/(?<![\w,.@-])\d+(?![\w-])/g, (digits) => String(Number(digits) + dayShift)),
    )
    .join('\n');
}

/**
 * A paragraph that comes back to people named earlier in the article, as live blogs do: by surname
 * ("Varnelberg said that …"), by role ("…, the deputy mayor said.") and by pronoun.
 */
function callback(n: number, people: Person[], roles: string[]): string {
  const earlier = people[(n * 17) % people.length]!;
  const other = people[(n * 29 + 3) % people.length]!;
  const role = roles[(n * 13) % roles.length]!;
  const pronoun = earlier.female ? 'she' : 'he';
  return (
    `${earlier.surname} said that the figures from the morning had been checked again, and that nothing in them had changed. ` +
    `“We will come back to this after the break,” ${pronoun} said. ` +
    `“The timetable has not moved since yesterday,” the ${role} said, before ${other.given} ${other.surname} asked for the floor.`
  );
}

/**
 * One article of about `targetBytes`: segments from the fixtures, each with people and roles not seen
 * before, and every third segment a paragraph that refers back to someone named earlier.
 */
export function makeLongArticle(targetBytes: number, seed = 0): string {
  const fixtures = readFixtures();
  if (!fixtures.length) throw new Error('no bench fixtures found in src/build/bench-fixtures');
  const parts = [` date 2023-05-0${1 + (seed % 9)} from Bench Desk`, ''];
  const next = { person: seed * 7_919, role: seed * 31 };
  const people: Person[] = [];
  const roles: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const text = segment(fixtures[(i + seed) % fixtures.length]!.text, next, (i + seed) % 7, people, roles).trimEnd();
    parts.push(text, '');
    bytes += text.length;
    if (i % 3 === 2) {
      const back = callback(i, people, roles);
      parts.push(back, '');
      bytes += back.length;
    }
  }
  return parts.join('\n');
}

/** `count` news-length articles (about 1.5–7.5 KB, several fixtures each) whose people are all distinct. */
export function makeNewsCorpus(count: number): BenchArticle[] {
  const encoder = new TextEncoder();
  return Array.from({ length: count }, (_, i) => ({
    source: `news-${i}.txt`,
    bytes: encoder.encode(makeLongArticle(1_500 + ((i * 977) % 6_000), i + 1)),
  }));
}

/** Long articles of about `bytesEach`, as many as make about `totalBytes`. */
export function makeLongCorpus(bytesEach: number, totalBytes: number): BenchArticle[] {
  const encoder = new TextEncoder();
  const count = Math.max(1, Math.round(totalBytes / bytesEach));
  return Array.from({ length: count }, (_, i) => ({
    source: `long-${bytesEach}-${i}.txt`,
    bytes: encoder.encode(makeLongArticle(bytesEach, i + 1)),
  }));
}
