// Whether a query word occurs in a word of the index with a few typing errors.
// It applies the same rule as fuse.js does (errors / word length at most the
// threshold), so the prefilter never drops a record fuse.js would accept.

/** fuse.js's threshold: a share of the query word's letters that may be wrong. */
export const TYPO_THRESHOLD = 0.3;
/** fuse.js searches at most 32 letters at a time (its bitap limit). */
export const MAX_WORD_LENGTH = 32;

/** How many typing errors (letter wrong, missing or extra) a word of this length may have. */
export function allowedErrors(length: number, threshold = TYPO_THRESHOLD): number {
  return Math.floor(threshold * length + 1e-9);
}

export interface CompiledWord {
  word: string;
  errors: number;
  /** For each letter, the positions in the word where it occurs, as bits. */
  masks: Map<number, number>;
}

export function compileWord(word: string, threshold = TYPO_THRESHOLD): CompiledWord {
  const w = word.slice(0, MAX_WORD_LENGTH);
  const masks = new Map<number, number>();
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    masks.set(c, (masks.get(c) ?? 0) | (1 << i));
  }
  return { word: w, errors: allowedErrors(w.length, threshold), masks };
}

/**
 * True when some part of `text` is within the word's allowed errors of the
 * word (edit distance: a letter changed, missing or added). Myers' bit-parallel
 * algorithm: one pass over the text, a few operations per letter.
 */
export function occursWithErrors(compiled: CompiledWord, text: string): boolean {
  return fewestErrors(compiled, text, true) >= 0;
}

/**
 * The fewest errors with which the word occurs in `text`, or -1 when it needs
 * more than allowed. With `firstFound`, stops at the first occurrence within the limit.
 */
export function fewestErrors(compiled: CompiledWord, text: string, firstFound = false): number {
  const m = compiled.word.length;
  if (m === 0) return 0;
  if (text.length < m - compiled.errors) return -1;
  if (text.includes(compiled.word)) return 0;
  if (compiled.errors === 0) return -1;
  const high = 1 << (m - 1);
  const all = m === 32 ? -1 : (1 << m) - 1;
  let pv = all;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const eq = compiled.masks.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    if (score < best) {
      best = score;
      if (firstFound && best <= compiled.errors) return best;
    }
    // The text may start anywhere, so nothing is shifted in from the top row.
    ph <<= 1;
    mh <<= 1;
    pv = (mh | ~(xv | ph)) & all;
    mv = ph & xv & all;
  }
  return best <= compiled.errors ? best : -1;
}

/**
 * True when `typed` is `known` with one typo: a letter missing, one too many,
 * two neighbours swapped, or (with `letterChanged`) one letter wrong. Equal words are not a typo.
 */
export function oneTypoApart(typed: string, known: string, letterChanged: boolean): boolean {
  if (typed === known || Math.abs(typed.length - known.length) > 1) return false;
  let i = 0;
  while (typed[i] === known[i]) i++;
  if (typed.length === known.length) {
    const swapped = typed[i] === known[i + 1] && typed[i + 1] === known[i] && typed.slice(i + 2) === known.slice(i + 2);
    return swapped || (letterChanged && typed.slice(i + 1) === known.slice(i + 1));
  }
  // One letter more in the longer word at the first difference.
  return typed.length > known.length ? typed.slice(i + 1) === known.slice(i) : typed.slice(i) === known.slice(i + 1);
}
