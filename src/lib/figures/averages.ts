// Averages that mean something: the source's own kommun figure when it has
// one; otherwise the mean of unit values weighted by answers, leaving out
// suppressed and missing values.
import type { Figure } from './figures';
import { hasValue } from './figures';

export interface Average {
  value: number;
  /** source: the kommun-level figure from the source; computed: weighted here from units. */
  kind: 'source' | 'computed';
  /** How many unit values went into a computed average. */
  count?: number;
  /** Total answers behind a computed average. */
  n?: number;
}

/**
 * Weighted mean of the figures that have a value and a known n. Figures without
 * n would have to be weighted by guess, so they are left out too.
 */
export function weightedAverage(figures: Figure[]): Average | undefined {
  let sum = 0;
  let weight = 0;
  let count = 0;
  for (const f of figures) {
    if (!hasValue(f) || f.n === undefined || f.n <= 0) continue;
    sum += f.value * f.n;
    weight += f.n;
    count++;
  }
  if (weight === 0) return undefined;
  return { value: sum / weight, kind: 'computed', count, n: weight };
}

export function chooseAverage(sourceFigure: Figure | undefined, unitFigures: Figure[]): Average | undefined {
  if (hasValue(sourceFigure)) return { value: sourceFigure.value, kind: 'source', n: sourceFigure.n };
  return weightedAverage(unitFigures);
}
