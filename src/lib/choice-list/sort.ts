// The one sort rule of the site for figures (names sort by locale/names):
// current values first, then old ones ("Äldre uppgift"), and values that are
// missing, suppressed or not measured always last, whichever direction is
// chosen (DESIGN: missing values always sort last; an old figure is not ranked
// among current ones).

export type SortDirection = 'highest-first' | 'lowest-first';

/** Compares two figures; a missing one (null or undefined) comes after any value. */
export function compareValuesMissingLast(a: number | null | undefined, b: number | null | undefined, direction: SortDirection): number {
  const aMissing = a === null || a === undefined || Number.isNaN(a);
  const bMissing = b === null || b === undefined || Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return direction === 'highest-first' ? b - a : a - b;
}

/** A new array sorted by a figure, missing last; equal values by `tie` (usually the name). */
export function sortByValue<T>(items: readonly T[], value: (item: T) => number | null | undefined, direction: SortDirection, tie: (a: T, b: T) => number): T[] {
  return [...items].sort((a, b) => compareValuesMissingLast(value(a), value(b), direction) || tie(a, b));
}

/** What a sort by a figure looks at: its value (none when nothing may be shown) and whether it is old. */
export interface SortableFigure {
  value?: number | null;
  /** Older than the site's freshness limit. */
  isOld?: boolean;
}

function hasNumber(v: number | null | undefined): v is number {
  return v !== null && v !== undefined && !Number.isNaN(v);
}

/** 0: a current value, 1: an old value, 2: no value. The rank comes before the value in every direction. */
export function figureRank(f: SortableFigure | undefined): 0 | 1 | 2 {
  if (!f || !hasNumber(f.value)) return 2;
  return f.isOld ? 1 : 0;
}

/** Current values first, then old values, then missing; within a rank by value in the chosen direction. */
export function compareFigures(a: SortableFigure | undefined, b: SortableFigure | undefined, direction: SortDirection): number {
  return figureRank(a) - figureRank(b) || compareValuesMissingLast(a?.value, b?.value, direction);
}

/** A new array sorted by a figure: current values, then old, then missing; equal values by `tie` (usually the name). */
export function sortByFigure<T>(
  items: readonly T[],
  figure: (item: T) => SortableFigure | undefined,
  direction: SortDirection,
  tie: (a: T, b: T) => number,
): T[] {
  return [...items].sort((a, b) => compareFigures(figure(a), figure(b), direction) || tie(a, b));
}

/** The direction that puts the better value first; highest first when the indicator has no better direction. */
export function betterFirst(better: 'higher' | 'lower' | 'none'): SortDirection {
  return better === 'lower' ? 'lowest-first' : 'highest-first';
}
