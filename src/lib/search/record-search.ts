// Search over one service's search file, for a query already read into terms
// and free words (query-terms.ts). Terms are exact filters: a record meets a
// term when it has one of the term's values, or when its name has the term's
// words ("Arabiska Omsorg AB" is found by "arabiska" whatever it speaks, as a
// name search should; names that meet terms rank first). Free words must each
// match the name with typos allowed: the prefilter finds those records and
// sorts them by match quality, fuse.js ranks the best of them. All terms and
// all free words must hold.
import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import { TYPO_THRESHOLD } from './approximate-match';
import { buildPostings, candidates, createScratch, type WordPostings } from './prefilter';
import { STEM_ENDING, type QueryReading, type SearchTerm } from './query-terms';
import type { SearchFile } from './search-data';
import { facetGroups, facetKey, type FacetGroup } from './search-vocabulary';

/** What fuse.js searches in, built from the file's numbered words (already folded). */
export interface SearchDocument {
  name: string;
  provider: string;
}

/** A provider's or unit's own name counts most; a unit's provider's name less. */
const KEYS = [
  { name: 'name', weight: 3 },
  { name: 'provider', weight: 1.5 },
];

const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: KEYS,
  threshold: TYPO_THRESHOLD,
  // Names are short; a word may match anywhere in them.
  ignoreLocation: true,
  includeScore: true,
  shouldSort: true,
};

/**
 * How many of the best candidates fuse.js ranks. The rest follow in the
 * prefilter's order: a query that matches thousands is read from the top.
 */
export const RANKED_BY_FUSE = 100;

export function searchDocument(file: SearchFile, index: number): SearchDocument {
  const r = file.records[index];
  const text = (ids: number[] | undefined) => (ids ?? []).map((i) => file.words[i]).join(' ');
  return { name: text(r.w), provider: text(r.p) };
}

/** The fuse.js query: every word must match some key. */
export function logicalQuery(words: readonly string[]): Expression {
  return { $and: words.map((w) => ({ $or: KEYS.map((k) => ({ [k.name]: w })) })) };
}

/** Numbers of the words in the file's sorted list that are `word` or `word` with a Swedish ending ("arabisk" -> "arabiska"). */
function wordsWithStem(words: readonly string[], word: string): Set<number> {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<number>();
  for (let i = lo; i < words.length && words[i].startsWith(word); i++) if (words[i].length - word.length <= STEM_ENDING) out.add(i);
  return out;
}

/** How a record (by position) meets a term: by one of its values, or by its name. */
interface TermTest {
  value(record: number): boolean;
  name(record: number): boolean;
}

/**
 * A record has one of the terms' values, or its name has every word of one of
 * them. Services are the exception: a service word chooses the service, so a
 * provider called "... Hemtjänst AB" is not found in another service by it.
 */
function termTest(file: SearchFile, terms: readonly SearchTerm[]): TermTest {
  const values = terms.flatMap((t) => t.values);
  if (values.some((v) => v.group === 'services' && v.key === file.service)) return { value: () => true, name: () => false };
  const wanted = new Map<FacetGroup, Set<number>>();
  for (const group of facetGroups) {
    const keys = new Set(values.filter((v) => v.group === group).map((v) => v.key));
    if (keys.size) wanted.set(group, new Set(file[group].flatMap((facet, i) => (keys.has(facetKey(file, facet)) ? [i] : []))));
  }
  const has = (list: number[] | undefined, group: FacetGroup) => {
    const set = wanted.get(group);
    return set !== undefined && list !== undefined && list.some((i) => set.has(i));
  };
  const names = terms.filter((t) => t.values.some((v) => v.group !== 'services')).map((t) => t.words.map((w) => wordsWithStem(file.words, w)));
  return {
    value(r) {
      const row = file.records[r];
      return has(row.a, 'areas') || has(row.l, 'languages') || has(row.f, 'profiles');
    },
    name(r) {
      const row = file.records[r];
      const own = row.p ? [...row.w, ...row.p] : row.w;
      return names.some((words) => words.every((ids) => own.some((id) => ids.has(id))));
    },
  };
}

/**
 * One test per term, all of which must hold; except that terms naming only
 * services are alternatives (a record is in one service, so "hemtjänst
 * särskilt boende" means either).
 */
function termTests(file: SearchFile, terms: readonly SearchTerm[]): TermTest[] {
  const onlyServices = (t: SearchTerm) => t.values.every((v) => v.group === 'services');
  const services = terms.filter(onlyServices);
  const tests = terms.filter((t) => !onlyServices(t)).map((t) => termTest(file, [t]));
  if (services.length) tests.push(termTest(file, services));
  return tests;
}

/** -1 when the record fails a term; otherwise how many terms its name meets. */
function namesMet(tests: readonly TermTest[], r: number): number {
  let n = 0;
  for (const test of tests) {
    const name = test.name(r);
    if (!name && !test.value(r)) return -1;
    if (name) n++;
  }
  return n;
}

export interface RecordSearch {
  /** Positions of the matching records in the file, best first; undefined when the query has no words (show everything). */
  search(reading: Pick<QueryReading, 'terms' | 'free'>): number[] | undefined;
}

interface Hit {
  index: number;
  /** Position among the hits before ranking: the prefilter's order, or the file's. */
  k: number;
  cost: number;
  names: number;
}

export function createRecordSearch(file: SearchFile, rankedByFuse = RANKED_BY_FUSE): RecordSearch {
  const postings: WordPostings = buildPostings(file);
  const scratch = createScratch(file.records.length);
  const docs = new Map<number, SearchDocument>();
  const doc = (i: number) => {
    let d = docs.get(i);
    if (!d) docs.set(i, (d = searchDocument(file, i)));
    return d;
  };
  return {
    search({ terms, free }) {
      if (terms.length === 0 && free.length === 0) return undefined;
      const tests = termTests(file, terms);
      const hits: Hit[] = [];
      if (free.length === 0) {
        for (let r = 0; r < file.records.length; r++) {
          const names = namesMet(tests, r);
          if (names >= 0) hits.push({ index: r, k: r, cost: 0, names });
        }
        // Names that meet the terms first ("Sjövikens hemtjänst"), the rest in name order (the file's).
        return hits.sort((a, b) => b.names - a.names || a.k - b.k).map((h) => h.index);
      }
      const found = candidates(file, postings, free, scratch);
      for (let k = 0; k < found.records.length; k++) {
        const names = namesMet(tests, found.records[k]);
        if (names >= 0) hits.push({ index: found.records[k], k: hits.length, cost: found.cost[k], names });
      }
      const head = hits.slice(0, rankedByFuse);
      const fuse = new Fuse(
        head.map((h) => doc(h.index)),
        FUSE_OPTIONS,
      );
      const fuseScore = new Map(fuse.search(logicalQuery(free)).map((r) => [r.refIndex, r.score ?? 1]));
      // fuse.js multiplies the scores of every field that matches, so a name
      // with one typo can lose to one where short words happen to match both
      // names. Match quality (fewest errors, whole words) comes first, then
      // names that meet the terms; fuse.js ranks records of equal quality.
      const ranked = head
        .map((h) => ({ ...h, score: fuseScore.get(h.k) ?? 1 }))
        .sort((a, b) => a.cost - b.cost || b.names - a.names || a.score - b.score || a.k - b.k)
        .map((h) => h.index);
      for (let k = head.length; k < hits.length; k++) ranked.push(hits[k].index);
      return ranked;
    },
  };
}
