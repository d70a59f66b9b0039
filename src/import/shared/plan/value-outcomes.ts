// Decides what an import does with each incoming indicator value, against the
// importer's own file and every other (hand-edited) file: written, updated,
// unchanged, or a conflict that is reported and never overwritten.
import type { IndicatorValue, SubjectType } from '../../../schemas/indicator-value';

export type ValueOutcome = 'written' | 'updated' | 'unchanged' | 'conflict';

/** A value already in content, with where it is. */
export interface PlacedValue {
  value: IndicatorValue;
  file: string;
  line?: number;
}

export interface OutcomeEntry {
  key: string;
  outcome: ValueOutcome;
  incoming: IndicatorValue;
  /** The value it replaces or collides with. */
  existing?: PlacedValue;
}

export interface ValuePlan {
  /** The importer's own file as it should be, sorted. */
  rows: IndicatorValue[];
  entries: OutcomeEntry[];
  /** Rows of the own file that the import no longer produces (only when replacing the whole file). */
  removed: IndicatorValue[];
}

/** Where a value stands, for messages: "content/indicator-values/egna.csv rad 4". */
export function describePlace(p: PlacedValue): string {
  return `${p.file}${p.line ? ` rad ${p.line}` : ''}`;
}

export const valueKey = (v: Pick<IndicatorValue, 'indicator' | 'subjectType' | 'subject' | 'period'>) =>
  `${v.indicator}|${v.subjectType}|${v.subject}|${v.period}`;

/** Same figure: the date it was published here is not part of the figure. */
export function sameFigure(a: IndicatorValue, b: IndicatorValue, compareSource = true): boolean {
  return (
    a.state === b.state &&
    a.value === b.value &&
    a.n === b.n &&
    a.responseRate === b.responseRate &&
    (!compareSource || (a.source === b.source && a.kpi === b.kpi))
  );
}

const SUBJECT_ORDER: Record<SubjectType, number> = { nation: 0, municipality: 1, provider: 2, unit: 3 };

export function compareValues(a: IndicatorValue, b: IndicatorValue): number {
  return (
    a.indicator.localeCompare(b.indicator) ||
    SUBJECT_ORDER[a.subjectType] - SUBJECT_ORDER[b.subjectType] ||
    a.subject.localeCompare(b.subject) ||
    a.period.localeCompare(b.period)
  );
}

/**
 * replaceAll: the own file holds exactly this import (Kolada, one kommun and year);
 * otherwise rows are merged into it and none is dropped (spreadsheets).
 */
export function planValues(incoming: IndicatorValue[], own: PlacedValue[], others: PlacedValue[], replaceAll: boolean): ValuePlan {
  const ownByKey = new Map(own.map((p) => [valueKey(p.value), p]));
  const otherByKey = new Map(others.map((p) => [valueKey(p.value), p]));
  const result = new Map<string, IndicatorValue>(replaceAll ? [] : own.map((p) => [valueKey(p.value), p.value]));
  const entries: OutcomeEntry[] = [];
  for (const value of incoming) {
    const key = valueKey(value);
    const other = otherByKey.get(key);
    if (other) {
      // Someone wrote this figure by hand: keep theirs. Same figure is not a conflict.
      entries.push({ key, outcome: sameFigure(other.value, value, false) ? 'unchanged' : 'conflict', incoming: value, existing: other });
      continue;
    }
    const mine = ownByKey.get(key);
    if (!mine) {
      entries.push({ key, outcome: 'written', incoming: value });
      result.set(key, value);
    } else if (sameFigure(mine.value, value)) {
      // Keep the first publication date so a re-run changes nothing.
      entries.push({ key, outcome: 'unchanged', incoming: value, existing: mine });
      result.set(key, mine.value);
    } else {
      entries.push({ key, outcome: 'updated', incoming: value, existing: mine });
      result.set(key, value);
    }
  }
  const removed = replaceAll ? own.filter((p) => !result.has(valueKey(p.value))).map((p) => p.value) : [];
  return { rows: [...result.values()].sort(compareValues), entries, removed };
}

export function countOutcomes(entries: { outcome: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.outcome] = (counts[e.outcome] ?? 0) + 1;
  return counts;
}
