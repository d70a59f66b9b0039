// Geometry of the build-time charts: percent axes from 0 to 100, gaps where a
// period has no value (never drawn as 0), and strip-plot dots that do not overlap.
import { describe, expect, it } from 'vitest';
import { niceStep, valueScale } from '../../src/lib/charts/chart-scale';
import { chartInput, historyRows } from '../../src/lib/figures/figure-history';
import { historyChart } from '../../src/lib/charts/history-chart';
import { stripPlot } from '../../src/lib/charts/strip-plot';
import { closestNames, nameSimilarity } from '../../src/import/shared/normalise/name-similarity';
import type { Figure } from '../../src/lib/figures/figures';

describe('valueScale', () => {
  it('uses 0-100 for percentages whatever the values', () => expect(valueScale([81, 88], true)).toEqual({ min: 0, max: 100, ticks: [0, 25, 50, 75, 100] }));
  it.each([
    [[9, 11], { min: 0, max: 15 }],
    [[180], { min: 0, max: 200 }],
    [[], { min: 0, max: 1 }],
  ])('%j', (values, expected) => expect(valueScale(values, false)).toMatchObject(expected));
  it.each([
    [10, 2.5],
    [100, 25],
    [0.3, 0.1],
    [0, 1],
  ])('niceStep(%d) = %d', (range, step) => expect(niceStep(range)).toBe(step));
});

describe('historyChart', () => {
  const chart = historyChart(
    [
      { period: '2019', value: 70 },
      { period: '2020', value: 80, kommun: 75 },
      { period: '2021', kommun: 76 },
      { period: '2022', value: 90, kommun: 77 },
      { period: '2023', value: 85, kommun: 78 },
      { period: '2024', value: 100, kommun: 79 },
    ],
    true,
  );
  it('draws the last five periods', () => expect(chart.xTicks.map((t) => t.period)).toEqual(['2020', '2021', '2022', '2023', '2024']));
  it('breaks the line at a period without a value instead of drawing 0', () => {
    expect(chart.subject.points.map((p) => p.period)).toEqual(['2020', '2022', '2023', '2024']);
    expect(chart.subject.paths).toHaveLength(1);
    expect(chart.subject.paths[0].startsWith(`M${chart.xTicks[2].x} `)).toBe(true);
    expect(chart.kommun.paths).toHaveLength(1);
  });
  it('places 100 % at the top and 0 % at the bottom', () => {
    expect(chart.subject.points.at(-1)!.y).toBe(chart.plot.top);
    expect(chart.yTicks[0]).toEqual({ y: chart.plot.bottom, value: 0 });
  });
});

describe('figure history rows', () => {
  const fig = (period: string, value?: number, state: Figure['state'] = 'value'): Figure => ({
    indicatorId: 'i',
    state,
    value,
    period,
    source: 'Socialstyrelsen via Kolada',
    kpi: 'U1',
    publishedOn: `${period}-12-01`,
    isOld: false,
  });
  const rows = historyRows([fig('2018', 1), fig('2019', 2), fig('2020', undefined, 'suppressed'), fig('2021', 4), fig('2022', 5), fig('2023', 6)], (p) =>
    p === '2021' ? {} : { kommun: { value: 3, kind: 'source' } },
  );
  it('keeps the last five with their kommun averages', () => {
    expect(rows.map((r) => r.figure.period)).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect(chartInput(rows)).toEqual([
      { period: '2019', value: 2, kommun: 3 },
      { period: '2020', value: undefined, kommun: 3 },
      { period: '2021', value: 4, kommun: undefined },
      { period: '2022', value: 5, kommun: 3 },
      { period: '2023', value: 6, kommun: 3 },
    ]);
  });
});

describe('stripPlot', () => {
  it('stacks dots that would overlap and keeps apart ones in one lane', () => {
    const plot = stripPlot(
      [
        { id: 'a', value: 80 },
        { id: 'b', value: 80.5 },
        { id: 'c', value: 20 },
      ],
      75,
      true,
    );
    const y = Object.fromEntries(plot.dots.map((d) => [d.id, d.y]));
    expect(y.a).not.toBe(y.b);
    expect(y.c).toBe(y.a);
    expect(plot.average).toEqual({ x: 440, value: 75 });
    expect(plot.xTicks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
  });
  it('sorts the same way every build', () => {
    const a = stripPlot(
      [
        { id: 'x', value: 50 },
        { id: 'y', value: 50 },
      ],
      undefined,
      true,
    );
    const b = stripPlot(
      [
        { id: 'y', value: 50 },
        { id: 'x', value: 50 },
      ],
      undefined,
      true,
    );
    expect(a).toEqual(b);
  });
});

describe('name suggestions', () => {
  it.each([
    ['Solgårdens vård- och omsorgsboende, Nacka', 'Solgårdens boende', 0.4],
    ['Exempelgårdens äldreboende', 'Tallbackens äldreboende', 0.3],
  ])('%s ~ %s', (a, b, atLeast) => expect(nameSimilarity(a, b)).toBeGreaterThan(atLeast));
  it('suggests nothing for unrelated names', () => expect(closestNames('Hemtjänst Norr', ['Solgårdens boende'], (x) => x)).toEqual([]));
});
