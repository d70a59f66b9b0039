// Narrows the records before fuse.js ranks them. The search file already
// numbers every folded word (search-data.ts); here each word gets the list of
// records whose name contains it. A free query word (one that names no area,
// language, inriktning or service: query-terms.ts) is checked against the
// distinct words once, not against every record. A record is a candidate when
// every free word matches a word of its name (or, for a unit, its provider's
// name), by the same typo rule as fuse.js, so the candidates are exactly the
// records fuse.js would accept. Each gets a rough score (errors, whole or part
// of a word) so that fuse.js needs to rank only the best of a long list.
import { compileWord, fewestErrors } from './approximate-match';
import type { SearchFile } from './search-data';

/** Word number -> the records (positions in `records`) with the word in their own name or, for units, the provider's name; ascending. */
export interface WordPostings {
  name: Int32Array[];
}

export function buildPostings(file: SearchFile): WordPostings {
  const name: number[][] = file.words.map(() => []);
  file.records.forEach((row, r) => {
    for (const w of new Set([...row.w, ...(row.p ?? [])])) name[w].push(r);
  });
  return { name: name.map((l) => Int32Array.from(l)) };
}

export interface WordMatch {
  word: number;
  /** Typing errors plus a quarter for a prefix, a half for a match inside a word. */
  cost: number;
}

/** The index words a query word matches, with typing errors allowed, and how well. */
export function matchingWords(words: readonly string[], queryWord: string): WordMatch[] {
  const compiled = compileWord(queryWord);
  const out: WordMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const errors = fewestErrors(compiled, words[i]);
    if (errors < 0) continue;
    const w = words[i];
    out.push({ word: i, cost: errors + (w === compiled.word ? 0 : w.startsWith(compiled.word) ? 0.25 : 0.5) });
  }
  return out;
}

/** Costs are counted in quarters, so candidates sort into buckets without a comparison sort. */
const STEPS = 4;

export interface Candidates {
  /** Matching records, cheapest first; equal cost in file order (by name). */
  records: Int32Array;
  /** Cost per record in `records`, in quarter steps. */
  cost: Int32Array;
}

/** Per-record working memory, kept between queries so a search allocates little (no pauses to collect it). */
export interface Scratch {
  /** How many query words each record has matched so far. */
  alive: Uint8Array;
  /** Summed cost per record. */
  total: Int32Array;
  /** Best cost for the current word, -1 when not yet matched. */
  best: Int32Array;
}

export function createScratch(count: number): Scratch {
  return { alive: new Uint8Array(count), total: new Int32Array(count), best: new Int32Array(count).fill(-1) };
}

/** Records that match every query word, with their rough cost. Empty query: none. */
export function candidates(file: SearchFile, postings: WordPostings, qWords: readonly string[], scratch = createScratch(file.records.length)): Candidates {
  const none = { records: new Int32Array(0), cost: new Int32Array(0) };
  if (qWords.length === 0) return none;
  const { alive, total, best } = scratch;
  // Every record touched is put back to zero before returning, so the scratch can be used again.
  const dirty: number[] = [];
  const reset = () => {
    for (const r of dirty) {
      alive[r] = 0;
      total[r] = 0;
      best[r] = -1;
    }
  };
  let touched: number[] = [];
  for (let q = 0; q < qWords.length; q++) {
    const next: number[] = [];
    const visit = (list: Int32Array, cost: number) => {
      for (let k = 0; k < list.length; k++) {
        const r = list[k];
        if (alive[r] !== q) continue;
        if (best[r] < 0) {
          next.push(r);
          if (q === 0) dirty.push(r);
        }
        if (best[r] < 0 || cost < best[r]) best[r] = cost;
      }
    };
    for (const m of matchingWords(file.words, qWords[q])) {
      visit(postings.name[m.word], Math.round(m.cost * STEPS));
    }
    if (next.length === 0) {
      reset();
      return none;
    }
    for (const r of next) {
      alive[r] = q + 1;
      total[r] += best[r];
      best[r] = -1;
    }
    touched = next;
  }
  // Bucket by cost; within a bucket, file order.
  touched.sort((a, b) => a - b);
  let maxCost = 0;
  for (const r of touched) if (total[r] > maxCost) maxCost = total[r];
  const starts = new Int32Array(maxCost + 2);
  for (const r of touched) starts[total[r] + 1]++;
  for (let c = 1; c < starts.length; c++) starts[c] += starts[c - 1];
  const records = new Int32Array(touched.length);
  const cost = new Int32Array(touched.length);
  for (const r of touched) {
    const at = starts[total[r]]++;
    records[at] = r;
    cost[at] = total[r];
  }
  reset();
  return { records, cost };
}
