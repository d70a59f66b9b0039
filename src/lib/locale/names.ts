// The one order names sort in, on every page, in every open-data file and in
// the search islands: Swedish (Å, Ä, Ö after Z) and numeric, so "Enhet 2"
// comes before "Enhet 10". The HTML list and the search file must agree, or
// the list jumps when the island starts.

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });

/** Swedish alphabetical order with numbers by value: "Aby" < "Åby" < "Öby", "Enhet 2" < "Enhet 10". */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** compareNames on the `name` of two records. */
export function byName(a: { name: string }, b: { name: string }): number {
  return compareNames(a.name, b.name);
}

/**
 * Ids and codes in code-point order, the same on every machine (localeCompare
 * without a locale follows the machine's): ties after the name or date order.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A new array in name order. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNames(name(a), name(b)));
}
