// The one sort rule of the site: by name in Swedish order, or by a figure with
// values that are missing, suppressed or not measured always last, whichever
// direction is chosen (DESIGN: missing values always sort last).

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });

/** Swedish alphabetical order: Å, Ä, Ö after Z. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

export type SortDirection = 'highest-first' | 'lowest-first';

/** Compares two figures; a missing one (null or undefined) comes after any value. */
export function compareValuesMissingLast(a: number | null | undefined, b: number | null | undefined, direction: SortDirection): number {
  const aMissing = a === null || a === undefined || Number.isNaN(a);
  const bMissing = b === null || b === undefined || Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return direction === 'highest-first' ? b - a : a - b;
}

/** A new array sorted by a figure, missing last; equal values by `tie` (usually the name). */
export function sortByValue<T>(
  items: readonly T[],
  value: (item: T) => number | null | undefined,
  direction: SortDirection,
  tie: (a: T, b: T) => number,
): T[] {
  return [...items].sort((a, b) => compareValuesMissingLast(value(a), value(b), direction) || tie(a, b));
}

export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNames(name(a), name(b)));
}

/** The direction that puts the better value first; highest first when the indicator has no better direction. */
export function betterFirst(better: 'higher' | 'lower' | 'none'): SortDirection {
  return better === 'lower' ? 'lowest-first' : 'highest-first';
}
