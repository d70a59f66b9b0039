// Reads what a person types: words that name a service, area, language or
// inriktning become exact filters (terms); the rest are free words, matched
// with typos allowed against names only. A word is read as a value by the
// nearest reading that exists, never by a loose match, so "serbiska" can never
// mean "arabiska" nor "tyska" "ryska" (see the rule on readWord).
import { fold } from '../locale/fold';
import { oneTypoApart } from './approximate-match';

export const termGroups = ['services', 'areas', 'languages', 'profiles'] as const;
export type TermGroup = (typeof termGroups)[number];

/** A value a word can name. */
export interface VocabularyValue {
  group: TermGroup;
  /**
   * Which value: the service id for services; the folded name ("persiska-farsi")
   * for the others, so the same area or language in several services is one value.
   */
  key: string;
  /** As shown ("Persiska (farsi)"). */
  name: string;
  /** Folded words of the name. */
  words: readonly string[];
}

export interface Vocabulary {
  values: readonly VocabularyValue[];
  /** Folded word -> the values whose name has it. */
  byWord: ReadonlyMap<string, readonly VocabularyValue[]>;
}

/** One word of the query as typed, with its folded form. */
export interface QueryToken {
  text: string;
  word: string;
}

/** Words of the query read as one filter: the record must have one of `values`. */
export interface SearchTerm {
  /** Usually one; several when the words fit several equally well ("lss": every LSS service). */
  values: readonly VocabularyValue[];
  /** Positions in the reading's tokens. */
  tokens: number[];
  /** The folded words, for the name rule (a record whose name has them matches too). */
  words: string[];
}

export interface QueryReading {
  tokens: QueryToken[];
  terms: SearchTerm[];
  /** Folded words that name no value, without repeats; matched against names. */
  free: string[];
}

/** Longer input is cut: nobody types this much into a search field, and reading stays fast. */
export const MAX_QUERY_LENGTH = 500;
/** Words after these are ignored (as the search always did with more than eight free words). */
export const MAX_QUERY_TOKENS = 24;
export const MAX_FREE_WORDS = 8;
/** A word this long may be one word of a longer name ("lss"); a shorter one only a whole name ("Ör"). */
const MIN_WORD = 3;
/** A word this long may be the beginning of a value's word ("demens", "arabisk"). */
const MIN_PREFIX = 4;
/** Letters a Swedish ending may add to a stem ("finsk" -> "finska", "psykiatri" -> "psykiatrisk"). */
export const STEM_ENDING = 2;
/** A word this long may have one typo. */
const MIN_TYPO = 7;

/**
 * Small words that never name a value alone ("med" is in "Bostad med särskild
 * service") and are dropped from the free words when the query has others
 * ("Lugn och ro" finds "Lugn & Ro").
 */
const SMALL_WORDS = new Set([
  'i',
  'pa',
  'av',
  'en',
  'ett',
  'och',
  'med',
  'for',
  'vid',
  'som',
  'den',
  'det',
  'att',
  'till',
  'utan',
  'samt',
  'eller',
  'inom',
  'hos',
  'fran',
  'om',
  'de',
]);

export function createVocabulary(values: readonly VocabularyValue[]): Vocabulary {
  const byWord = new Map<string, VocabularyValue[]>();
  for (const v of values) for (const w of new Set(v.words)) byWord.set(w, [...(byWord.get(w) ?? []), v]);
  return { values, byWord };
}

/** The words of a query as typed, each with its folded form; punctuation separates words. */
export function tokenize(query: string): QueryToken[] {
  const out: QueryToken[] = [];
  for (const text of query.slice(0, MAX_QUERY_LENGTH).split(/[^\p{L}\p{N}\p{M}]+/u)) {
    const word = fold(text).replace(/ /g, '');
    if (word) out.push({ text, word });
    if (out.length === MAX_QUERY_TOKENS) break;
  }
  return out;
}

/**
 * The values one word names, by the nearest reading that exists:
 * 1. the whole name of a value ("finska", "norrstrand", at least 2 letters);
 * 2. one word of a longer name ("daglig", "hbtq"; at least 3 letters, no small word);
 * 3. a stem: the word plus at most two letters ("finsk" -> "finska", "arabisk" -> "arabiska");
 * 4. the beginning of a word of a name (at least 4 letters: "demens" -> "Demensinriktning");
 * 5. one typo in a word of at least 7 letters, only when one value fits: a letter
 *    missing, one too many or two swapped; outside languages also one letter wrong.
 *    Two languages often differ in one letter ("isländska", "irländska"), so there a wrong letter is no typo.
 * Several values at one level are all named (the word means any of them). Empty: a free word.
 */
export function readWord(vocabulary: Vocabulary, word: string): VocabularyValue[] {
  if (word.length < 2 || SMALL_WORDS.has(word)) return [];
  const withWord = vocabulary.byWord.get(word) ?? [];
  const whole = withWord.filter((v) => v.words.length === 1);
  if (whole.length) return whole;
  if (word.length < MIN_WORD) return [];
  if (withWord.length) return [...withWord];
  if (word.length < MIN_PREFIX) return [];
  const beginning = vocabulary.values.filter((v) => v.words.some((w) => w.startsWith(word)));
  const stem = beginning.filter((v) => v.words.some((w) => w.startsWith(word) && w.length - word.length <= STEM_ENDING));
  if (stem.length) return stem;
  if (beginning.length) return beginning;
  if (word.length < MIN_TYPO) return [];
  const typo = vocabulary.values.filter((v) => v.words.some((w) => oneTypoApart(word, w, v.group !== 'languages')));
  return typo.length === 1 ? typo : [];
}

/**
 * The longest run (two words or more) of the tokens from `start` that are all
 * words of one value's name, in any order ("norra centrum", "daglig verksamhet");
 * a value whose whole name the run is comes before longer names ("Norra
 * centrum", not "Norra centrum väst"). A run of small words only names nothing.
 */
function readRun(vocabulary: Vocabulary, tokens: readonly QueryToken[], start: number): { values: VocabularyValue[]; length: number } {
  const runs: { value: VocabularyValue; length: number }[] = [];
  for (const value of vocabulary.byWord.get(tokens[start].word) ?? []) {
    let end = start + 1;
    while (end < tokens.length && value.words.includes(tokens[end].word)) end++;
    if (end - start >= 2 && !tokens.slice(start, end).every((t) => SMALL_WORDS.has(t.word))) runs.push({ value, length: end - start });
  }
  const length = Math.max(0, ...runs.map((r) => r.length));
  const longest = runs.filter((r) => r.length === length).map((r) => r.value);
  const whole = longest.filter((v) => v.words.length === length);
  return { values: whole.length ? whole : longest, length };
}

const sameValue = (a: VocabularyValue, b: VocabularyValue) => a.group === b.group && a.key === b.key;

/** Terms naming the same values become one; a term of several values that another term names by itself becomes that one ("verksamhet daglig"). */
function mergeTerms(terms: SearchTerm[]): SearchTerm[] {
  const out: SearchTerm[] = [];
  const single = (t: SearchTerm) => (t.values.length === 1 ? t.values[0] : undefined);
  const ordered = [...terms].sort((a, b) => a.values.length - b.values.length);
  for (const t of ordered) {
    const into = out.find(
      (o) =>
        (o.values.length === t.values.length && o.values.every((v) => t.values.some((w) => sameValue(v, w)))) ||
        (single(o) !== undefined && t.values.some((w) => sameValue(single(o)!, w))),
    );
    if (into) {
      into.tokens.push(...t.tokens);
      into.words.push(...t.words.filter((w) => !into.words.includes(w)));
    } else out.push({ values: t.values, tokens: [...t.tokens], words: [...t.words] });
  }
  for (const t of out) t.tokens.sort((a, b) => a - b);
  return out.sort((a, b) => a.tokens[0] - b.tokens[0]);
}

/** Splits a query into terms (filters) and free words (matched against names). */
export function readQuery(query: string, vocabulary: Vocabulary): QueryReading {
  const tokens = tokenize(query);
  const terms: SearchTerm[] = [];
  const freeAt: number[] = [];
  for (let i = 0; i < tokens.length; ) {
    const run = readRun(vocabulary, tokens, i);
    if (run.length >= 2) {
      const at = Array.from({ length: run.length }, (_, k) => i + k);
      terms.push({ values: run.values, tokens: at, words: [...new Set(at.map((k) => tokens[k].word))] });
      i += run.length;
      continue;
    }
    const values = readWord(vocabulary, tokens[i].word);
    if (values.length) terms.push({ values, tokens: [i], words: [tokens[i].word] });
    else freeAt.push(i);
    i++;
  }
  const freeWords = [...new Set(freeAt.map((i) => tokens[i].word))];
  const meaningful = freeWords.filter((w) => !SMALL_WORDS.has(w));
  const free = (terms.length > 0 || meaningful.length > 0 ? meaningful : freeWords).slice(0, MAX_FREE_WORDS);
  return { tokens, terms: mergeTerms(terms), free };
}

/** The query without the words of some terms: what the search field shows after those filters are removed. */
export function withoutTerms(reading: QueryReading, terms: readonly SearchTerm[]): string {
  const drop = new Set(terms.flatMap((t) => t.tokens));
  return reading.tokens
    .filter((_, i) => !drop.has(i))
    .map((t) => t.text)
    .join(' ');
}
