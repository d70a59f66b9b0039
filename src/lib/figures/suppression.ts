// Secondary suppression: a figure left out for too few answers must not be
// recoverable from what is shown. Anyone holding the kommun figure (value and n)
// and every shown unit's value and n can compute the rest: (kommun value × kommun n
// − Σ shown value × n) / (kommun n − Σ shown n). That "rest" must be a group of at
// least two left-out figures with at least the minimum number of answers together,
// and lie more than one percentage point from each of them; otherwise more figures
// are left out, smallest n first, or the kommun figure is withheld.
import type { Indicator } from '../../schemas/indicator';
import { hasValue, withholdFigure, type Figure } from './figures';
import { isPercent } from './units';

/** One unit's or provider's figure in the group the kommun figure sums up. */
export interface GroupPart {
  /** Stable id, the tie-breaker when two parts have the same n. */
  key: string;
  /** After the small-numbers rule (lib/figures/figures.ts). */
  figure: Figure;
  /** The value and n as the source gave them, which the check protects; a suppressed figure no longer carries them. */
  sourceValue?: number;
  sourceN?: number;
}

export interface ProtectedGroup {
  total: Figure | undefined;
  /** In the order of the parts given. */
  parts: Figure[];
}

type Rule = Pick<Indicator, 'minAnswers' | 'unit'>;

/** How close a worked-out value may come to a hidden one: one percentage point, or one per cent of other numbers. */
export function tooClose(a: number, b: number, unit: Indicator['unit']): boolean {
  const tolerance = isPercent(unit) ? 1 : Math.max(Math.abs(a), Math.abs(b)) * 0.01;
  // The margin absorbs floating-point noise: a gap of exactly one point is too close.
  return Math.abs(a - b) <= tolerance + 1e-9;
}

/**
 * What can be worked out about the hidden parts from the shown ones and the kommun
 * figure: their total n (as far as known) and the values an adversary can compute.
 */
function exposure(total: Figure & { value: number }, shown: GroupPart[], hidden: GroupPart[]) {
  const knownHiddenN = hidden.reduce((sum, p) => sum + (p.sourceN ?? 0), 0);
  const anyHiddenNUnknown = hidden.some((p) => p.sourceN === undefined);
  const shownNKnown = shown.every((p) => p.figure.n !== undefined);
  const shownN = shown.reduce((sum, p) => sum + (p.figure.n ?? 0), 0);
  const shownSum = shown.reduce((sum, p) => sum + (p.figure.value ?? 0) * (p.figure.n ?? 0), 0);
  const recomputed: number[] = [];
  let answers = knownHiddenN;
  // An unpublished kommun n can still be known elsewhere (Kolada, last year's
  // report): it is the sum of all parts' n. The recomputation then uses the
  // published, rounded kommun value, exactly as someone working it out would.
  const totalN = total.n ?? (anyHiddenNUnknown ? undefined : shownN + knownHiddenN);
  if (totalN !== undefined && shownNKnown) {
    const restN = totalN - shownN;
    if (restN > 0) recomputed.push((total.value * totalN - shownSum) / restN);
    // Parts without a known n: the kommun n tells how many answers the hidden group has.
    if (anyHiddenNUnknown) answers = Math.max(answers, restN);
  }
  // The kommun n may be unknown here but known elsewhere: assume it is the sum of all parts.
  const weighed = hidden.filter((p) => p.sourceValue !== undefined && p.sourceN !== undefined && p.sourceN > 0);
  if (weighed.length === hidden.length && knownHiddenN > 0) recomputed.push(weighed.reduce((sum, p) => sum + p.sourceValue! * p.sourceN!, 0) / knownHiddenN);
  return { answers, recomputed };
}

function isSafe(total: Figure & { value: number }, shown: GroupPart[], hidden: GroupPart[], rule: Rule): boolean {
  if (hidden.length < 2) return false;
  const { answers, recomputed } = exposure(total, shown, hidden);
  if (answers < rule.minAnswers) return false;
  return hidden.every((p) => p.sourceValue === undefined || recomputed.every((r) => !tooClose(p.sourceValue!, r, rule.unit)));
}

const bySmallestN = (a: GroupPart, b: GroupPart) => (a.figure.n ?? Infinity) - (b.figure.n ?? Infinity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * For one indicator and period: the kommun figure and the unit and provider
 * figures after secondary suppression. Leaves everything as it is when no part
 * is suppressed or the kommun figure is not shown (a computed average only ever
 * uses shown figures, so it gives nothing away). Suppresses further parts,
 * smallest n first, until the hidden group is safe; when no choice of parts
 * makes it safe, withholds the kommun figure instead and leaves the parts shown.
 */
export function protectSuppressed(total: Figure | undefined, parts: GroupPart[], rule: Rule): ProtectedGroup {
  const unchanged = { total, parts: parts.map((p) => p.figure) };
  if (!hasValue(total)) return unchanged;
  const hidden = parts.filter((p) => p.figure.state === 'suppressed');
  if (hidden.length === 0) return unchanged;
  const candidates = parts.filter((p) => hasValue(p.figure)).sort(bySmallestN);
  const extra = new Set<GroupPart>();
  for (;;) {
    const shown = candidates.filter((p) => !extra.has(p));
    if (isSafe(total, shown, [...hidden, ...extra], rule))
      return { total, parts: parts.map((p) => (extra.has(p) ? withholdFigure(p.figure, 'protects-others') : p.figure)) };
    const next = shown[0];
    if (!next) return { total: withholdFigure(total, 'protects-others'), parts: parts.map((p) => p.figure) };
    extra.add(next);
  }
}
