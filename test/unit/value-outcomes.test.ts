// What an import does with each value: written, updated, unchanged (keeping the
// first publication date), or a conflict with a hand-edited file, never overwritten.
import { describe, expect, it } from 'vitest';
import { planValues, type PlacedValue } from '../../src/import/shared/plan/value-outcomes';
import { value } from './support/model-builder';

const placed = (over: Parameters<typeof value>[0], file = 'content/indicator-values/kolada.csv', line = 2): PlacedValue => ({ value: value(over), file, line });

describe('planValues', () => {
  it.each([
    ['new key', [], [], 'written'],
    ['same figure, other date', [placed({ publishedOn: '2020-01-01' })], [], 'unchanged'],
    ['other value', [placed({ value: 70 })], [], 'updated'],
    ['other n', [placed({ n: 99 })], [], 'updated'],
    ['other state', [placed({ state: 'missing', value: undefined })], [], 'updated'],
    ['hand-edited, other figure', [], [placed({ value: 70 }, 'content/indicator-values/values.csv')], 'conflict'],
    ['hand-edited, same figure from another source', [], [placed({ source: 'Kommunen' }, 'content/indicator-values/values.csv')], 'unchanged'],
  ] as const)('%s -> %s', (_, own, others, outcome) => {
    const plan = planValues([value({ publishedOn: '2026-11-30' })], [...own], [...others], true);
    expect(plan.entries.map((e) => e.outcome)).toEqual([outcome]);
  });

  it('keeps the first publication date of an unchanged value, so a re-run writes the same file', () => {
    const plan = planValues([value({ publishedOn: '2026-11-30' })], [placed({ publishedOn: '2025-01-01' })], [], true);
    expect(plan.rows[0].publishedOn).toBe('2025-01-01');
  });

  it('never writes a conflicting value into its own file', () => {
    const plan = planValues([value({ value: 90 })], [placed({ value: 80 })], [placed({ value: 70 }, 'content/indicator-values/values.csv')], true);
    expect(plan.rows).toEqual([]);
    expect(plan.removed).toHaveLength(1);
  });

  it('replaceAll drops rows no longer imported; merging keeps them', () => {
    const own = [placed({ subject: 'gone' })];
    expect(planValues([value()], own, [], true).removed.map((v) => v.subject)).toEqual(['gone']);
    const merged = planValues([value()], own, [], false);
    expect(merged.removed).toEqual([]);
    expect(merged.rows.map((v) => v.subject)).toEqual(['gone', 'p1']);
  });

  it('sorts rows: indicator, nation, kommun, providers, units, period', () => {
    const rows = planValues(
      [
        value({ subjectType: 'unit', subject: 'a' }),
        value({ subjectType: 'nation', subject: 'riket' }),
        value({ subjectType: 'municipality', subject: '0182', period: '2024' }),
        value({ subjectType: 'municipality', subject: '0182', period: '2023' }),
      ],
      [],
      [],
      true,
    ).rows;
    expect(rows.map((v) => `${v.subjectType}:${v.period}`)).toEqual(['nation:2025', 'municipality:2023', 'municipality:2024', 'unit:2025']);
  });
});
