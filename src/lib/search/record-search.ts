// Free-text search over one service's search file: the prefilter finds the
// records that match every query word (typos allowed) and sorts them by match
// quality; fuse.js then ranks the best of them. Each word must match some
// field: an AND over the words of an OR over the keys.
import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import { TYPO_THRESHOLD } from './approximate-match';
import { buildPostings, candidates, createScratch, queryWords, type WordPostings } from './prefilter';
import type { SearchFile } from './search-data';

/** What fuse.js searches in, built from the file's numbered words (already folded). */
export interface SearchDocument {
  name: string;
  provider: string;
  areas: string[];
  languages: string[];
  profiles: string[];
}

/** A provider's own name counts most; a matching area, language or profile less. */
const KEYS = [
  { name: 'name', weight: 3 },
  { name: 'provider', weight: 1.5 },
  { name: 'areas', weight: 1 },
  { name: 'languages', weight: 1 },
  { name: 'profiles', weight: 1 },
];

const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: KEYS,
  threshold: TYPO_THRESHOLD,
  // Names and profiles are short; a word may match anywhere in them.
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
  return {
    name: text(r.w),
    provider: text(r.p),
    areas: (r.a ?? []).map((i) => text(file.areas[i].w)),
    languages: (r.l ?? []).map((i) => text(file.languages[i].w)),
    profiles: (r.f ?? []).map((i) => text(file.profiles[i].w)),
  };
}

/** The fuse.js query: every word must match some key. */
export function logicalQuery(words: readonly string[]): Expression {
  return { $and: words.map((w) => ({ $or: KEYS.map((k) => ({ [k.name]: w })) })) };
}

export interface RecordSearch {
  /** Positions of the matching records in the file, best first; undefined when the query has no words (show everything). */
  search(query: string): number[] | undefined;
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
    search(query) {
      const words = queryWords(query);
      if (words.length === 0) return undefined;
      const { records: found, cost } = candidates(file, postings, words, scratch);
      const head = Array.from(found.subarray(0, rankedByFuse));
      const fuse = new Fuse(head.map(doc), FUSE_OPTIONS);
      const fuseScore = new Map(fuse.search(logicalQuery(words)).map((r) => [r.refIndex, r.score ?? 1]));
      // fuse.js multiplies the scores of every field that matches, so a name
      // with one typo can lose to a record where short words happen to match
      // many fields. Match quality (fewest errors, whole words, the name) comes
      // first; fuse.js ranks records of equal quality.
      const ranked = head
        .map((index, k) => ({ index, k, cost: cost[k], score: fuseScore.get(k) ?? 1 }))
        .sort((a, b) => a.cost - b.cost || a.score - b.score || a.k - b.k)
        .map((h) => h.index);
      for (let k = head.length; k < found.length; k++) ranked.push(found[k]);
      return ranked;
    },
  };
}
