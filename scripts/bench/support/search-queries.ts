// Realistic queries for the search bench, taken from the synthetic records so
// they exist at every size: typos, missing å/ä/ö, two words across fields and
// providers named with one letter wrong.
import { fold } from '../../../src/lib/locale/fold';
import type { SearchFile } from '../../../src/lib/search/search-data';
import { seededRandom } from '../../lib/seeded-random';

export interface BenchQuery {
  text: string;
  kind: 'stavfel' | 'utan å/ä/ö' | 'två ord' | 'ett ord' | 'namn med stavfel' | 'namn';
  /** For named-provider queries: the record that must come first. */
  expectFirst?: number;
}

/** One letter of the longest word replaced by its neighbour in the alphabet: "solgården" -> "solgarfen". */
function misspell(name: string, rnd: () => number): string {
  const words = fold(name).split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = 1 + Math.floor(rnd() * (longest.length - 2));
  const wrong = longest[at] === 'z' ? 'y' : String.fromCharCode(longest.charCodeAt(at) + 1);
  return words.map((w) => (w === longest ? w.slice(0, at) + wrong + w.slice(at + 1) : w)).join(' ');
}

export function benchQueries(file: SearchFile, seed = 11): BenchQuery[] {
  const rnd = seededRandom(seed);
  const byFolded = new Map<string, number[]>();
  file.records.forEach((r, i) => {
    const key = fold(r.n);
    byFolded.set(key, [...(byFolded.get(key) ?? []), i]);
  });
  // Providers whose name is theirs alone and has a word long enough to misspell.
  const unique = file.records
    .map((r, i) => i)
    .filter((i) => {
      const key = fold(file.records[i].n);
      return byFolded.get(key)!.length === 1 && key.split(' ').some((w) => w.length >= 6);
    });
  const pickUnique = () => unique[Math.floor(rnd() * unique.length)];
  const area = file.areas[Math.floor(file.areas.length / 3)].name;
  const named: BenchQuery[] = Array.from({ length: 8 }, () => {
    const i = pickUnique();
    return { text: misspell(file.records[i].n, rnd), kind: 'namn med stavfel' as const, expectFirst: i };
  });
  const exact = pickUnique();
  return [
    { text: 'hemtjanst', kind: 'utan å/ä/ö' },
    { text: 'demens', kind: 'ett ord' },
    { text: 'arabiska', kind: 'ett ord' },
    { text: 'arabiska demens', kind: 'två ord' },
    { text: 'finska demens', kind: 'två ord' },
    { text: 'persiska halalmat', kind: 'två ord' },
    { text: 'somalsika', kind: 'stavfel' },
    { text: 'demnesinriktning', kind: 'stavfel' },
    { text: 'teckensprak', kind: 'utan å/ä/ö' },
    { text: 'palliativ', kind: 'ett ord' },
    { text: fold(area), kind: 'utan å/ä/ö' },
    { text: `${fold(area)} arabiska`, kind: 'två ord' },
    { text: 'kurdiska hbtq', kind: 'två ord' },
    { text: 'omsorg', kind: 'ett ord' },
    { text: 'vard och omsorg', kind: 'utan å/ä/ö' },
    ...named,
    { text: file.records[exact].n, kind: 'namn', expectFirst: exact },
  ];
}
