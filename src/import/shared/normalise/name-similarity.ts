// How alike two names are, for suggesting matches to a person, never for
// matching on our own: Dice coefficient over letter pairs of the folded names.
import { fold } from '../../../lib/locale/fold';
import { compareNames } from '../../../lib/locale/names';

function pairs(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of text.split(' ')) {
    const w = ` ${word} `;
    for (let i = 0; i < w.length - 1; i++) {
      const p = w.slice(i, i + 2);
      out.set(p, (out.get(p) ?? 0) + 1);
    }
  }
  return out;
}

/** 0 (nothing alike) to 1 (same after normalising). */
export function nameSimilarity(a: string, b: string): number {
  const na = fold(a);
  const nb = fold(b);
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  const pa = pairs(na);
  const pb = pairs(nb);
  let shared = 0;
  let total = 0;
  for (const [p, n] of pa) {
    shared += Math.min(n, pb.get(p) ?? 0);
    total += n;
  }
  for (const n of pb.values()) total += n;
  return (2 * shared) / total;
}

/** The closest candidates, best first, above a floor that keeps nonsense out. */
export function closestNames<T>(name: string, candidates: T[], nameOf: (c: T) => string, limit = 3, floor = 0.25): T[] {
  return candidates
    .map((c) => ({ c, score: nameSimilarity(name, nameOf(c)) }))
    .filter((x) => x.score >= floor)
    .sort((a, b) => b.score - a.score || compareNames(nameOf(a.c), nameOf(b.c)))
    .slice(0, limit)
    .map((x) => x.c);
}
