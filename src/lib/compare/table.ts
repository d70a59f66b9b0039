// Rules of the comparison table: which indicators it has rows for, in which
// order the columns stand, and whether a row differs between columns (said in
// words on the row, never by colour alone).
import type { CompareEntry, CompareFigure, CompareIndicator } from './entry';
import type { SortChoice } from '../choice-list/list-state';
import { sortByFigure } from '../choice-list/sort';
import { compareNames, sortByName } from '../locale/names';

/** Every indicator any column has a figure for, in the order the entries list them (the service's key indicators first). */
export function comparedIndicators(entries: readonly CompareEntry[]): CompareIndicator[] {
  const seen = new Map<string, CompareIndicator>();
  for (const e of entries) for (const i of e.indicators) if (!seen.has(i.id)) seen.set(i.id, i);
  return [...seen.values()];
}

export function figureOf(entry: CompareEntry, indicatorId: string): CompareFigure | undefined {
  return entry.figures.find((f) => f.indicator === indicatorId);
}

/**
 * Column order. Without a chosen sort: the order the case worker or customer
 * picked them (neutral, not by score). Sorting by a figure puts old values
 * after current ones and missing and suppressed values last, like every list on the site.
 */
export function orderColumns(entries: readonly CompareEntry[], sort: SortChoice | undefined): CompareEntry[] {
  if (!sort || sort.by === 'relevance') return [...entries];
  if (sort.by === 'name') return sortByName(entries, (e) => e.name);
  return sortByFigure(
    entries,
    (e) => figureOf(e, sort.id),
    sort.direction,
    (a, b) => compareNames(a.name, b.name),
  );
}

/** True when the cells of a row are not all the same. Values are compared as data, not as text with dates. */
export function rowDiffers(values: readonly unknown[]): boolean {
  if (values.length < 2) return false;
  const first = JSON.stringify(values[0] ?? null);
  return values.some((v) => JSON.stringify(v ?? null) !== first);
}

/** What a figure row compares: the value or the state, not its period or source. */
export function figureKey(f: CompareFigure | undefined): unknown {
  return f ? (f.state === 'value' ? f.value : f.state) : 'missing';
}
