// Build-time charts: shapes, not only colour, tell the series and states apart.
import { describe, expect, it } from 'vitest';
import ChartLegend from '../../src/components/ChartLegend.astro';
import FigureHistory from '../../src/components/FigureHistory.astro';
import HistoryChart from '../../src/components/HistoryChart.astro';
import StripPlot from '../../src/components/StripPlot.astro';
import { historyChart } from '../../src/lib/charts/history-chart';
import { stripPlot } from '../../src/lib/charts/strip-plot';
import { htmlProblems, render, textOf } from './support/render';
import { figure, indicator, withheldFigure } from './support/props';

describe('StripPlot', () => {
  it('draws a current figure as a dot, an old one as a ring and an inactive one as a cross, with the average', async () => {
    const plot = stripPlot(
      [
        { id: 'a', value: 90 },
        { id: 'b', value: 70, isOld: true },
        { id: 'c', value: 80, inactive: true },
      ],
      85,
      true,
    );
    const html = await render(StripPlot, { plot, isPercent: true });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html.match(/<circle/g)).toHaveLength(2);
    expect(html).toMatch(/<circle class="old"[^>]*data-id="b"/);
    expect(html).toMatch(/<path class="inactive"[^>]*data-id="c"/);
    expect(html).toContain('aria-hidden="true"');
    expect(textOf(html)).toContain('85 %');
  });
  it('draws no average line without an average', async () => {
    const html = await render(StripPlot, { plot: stripPlot([{ id: 'a', value: 3 }], undefined, false), isPercent: false });
    expect(html).not.toContain('class="average"');
  });
});

describe('HistoryChart', () => {
  it('draws the subject as circles and the kommun as squares, skipping a period without a value', async () => {
    const chart = historyChart(
      [
        { period: '2023', value: 80, kommun: 82 },
        { period: '2024', kommun: 83 },
        { period: '2025', value: 88, kommun: 84 },
      ],
      true,
    );
    const html = await render(HistoryChart, { chart, isPercent: true });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html.match(/<circle/g)).toHaveLength(2);
    expect(html.match(/<rect/g)).toHaveLength(3);
  });
});

describe('ChartLegend', () => {
  it('names both series in words', async () => {
    const html = await render(ChartLegend, { name: 'Solgården' });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html.match(/<li/g)).toHaveLength(2);
    expect(textOf(html)).toContain('Solgården');
  });
});

describe('FigureHistory', () => {
  const ind = indicator();
  it('gives each indicator a chart and a table; a withheld period shows its reason, not a number', async () => {
    const rows = [
      { figure: figure({ period: '2024', value: 80 }), kommun: { value: 82, kind: 'computed' as const } },
      { figure: withheldFigure({ period: '2025' }) },
    ];
    const chart = historyChart([{ period: '2024', value: 80, kommun: 82 }, { period: '2025' }], true);
    const html = await render(FigureHistory, { name: 'Solgården', history: { blocks: [{ indicator: ind, rows, chart }], anyComputed: true } });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).toContain('<svg class="history-chart"');
    // The table first; the chart folded under it, behind a summary that says what opens.
    const details = html.indexOf('<details');
    expect(html.indexOf('<table')).toBeLessThan(details);
    expect(html.indexOf('<svg class="history-chart"')).toBeGreaterThan(details);
    expect(textOf(html.slice(details))).toContain(`Visa diagram: ${ind.name}`);
    const withheldRow = html.slice(html.indexOf('data-period="2025"'));
    expect(textOf(withheldRow.slice(0, withheldRow.indexOf('</tr>')))).not.toMatch(/\d+ %/);
    expect(textOf(html)).toContain('Beräknat snitt');
  });
  it('says so instead of drawing when there is nothing to draw, and renders nothing without blocks', async () => {
    const html = await render(FigureHistory, {
      name: 'X',
      history: { blocks: [{ indicator: ind, rows: [{ figure: withheldFigure() }] }], anyComputed: false },
    });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).not.toContain('<svg class="history-chart"');
    expect(textOf(await render(FigureHistory, { name: 'X', history: { blocks: [], anyComputed: false } }))).toBe('');
  });
});
