// Figures in tables and sentences: a withheld figure never shows a number.
import { describe, expect, it } from 'vitest';
import FigureCells from '../../src/components/FigureCells.astro';
import FigureStateText from '../../src/components/FigureStateText.astro';
import FigureSummary from '../../src/components/FigureSummary.astro';
import FigureTable from '../../src/components/FigureTable.astro';
import { htmlProblems, inRow, render, textOf } from './support/render';
import { figure, figureWithAverages, indicator, withheldFigure } from './support/props';

describe('FigureCells', () => {
  it('shows the value, both averages and the difference in words', async () => {
    const html = await render(FigureCells, { item: figureWithAverages({ figure: figure({ value: 95 }) }) });
    expect(await htmlProblems(html, inRow)).toEqual([]);
    expect(html.match(/<td/g)).toHaveLength(7);
    expect(textOf(html)).toContain('95 %');
    expect(textOf(html)).toContain('Högre än kommunens snitt');
  });
  it('shows a withheld figure’s reason and no number, and no comparison', async () => {
    const html = await render(FigureCells, { item: figureWithAverages({ figure: withheldFigure() }) });
    expect(await htmlProblems(html, inRow)).toEqual([]);
    const [valueCell] = html.split('</td>');
    expect(textOf(valueCell)).toBe('För få svar för att redovisa');
    expect(textOf(html)).not.toContain('Högre');
    expect(textOf(html)).toContain('färre än 7 svar');
  });
});

describe('FigureStateText', () => {
  it.each([
    [withheldFigure({ withheld: 'protects-others' }), 'Visas inte, så att resultat med för få svar inte kan räknas fram'],
    [figure({ state: 'not-measured', value: undefined }), 'Ny verksamhet, inte mätt ännu'],
  ])('says why a figure has no value (%#)', async (f, words) => {
    expect(textOf(await render(FigureStateText, { figure: f }))).toBe(words);
  });
});

describe('FigureSummary', () => {
  it('puts the figure, the average and n in one sentence', async () => {
    const html = await render(FigureSummary, { item: figureWithAverages() });
    expect(await htmlProblems(html)).toEqual([]);
    expect(textOf(html)).toMatch(/Nöjdhet: 88 %\. I nivå med kommunens snitt \(86 %\)\. 2025, 34 svar/);
  });
  it('says too few answered without n or value, and tags an old figure', async () => {
    const html = await render(FigureSummary, { item: figureWithAverages({ figure: withheldFigure({ isOld: true }) }) });
    expect(await htmlProblems(html)).toEqual([]);
    expect(textOf(html)).toContain('färre än 7 svar');
    expect(textOf(html)).not.toMatch(/\d+ %/);
    expect(textOf(html)).toContain('Äldre uppgift');
  });
});

describe('FigureTable', () => {
  it('has a row per figure linking to the indicator, the compare rule and the old-figure note', async () => {
    const html = await render(FigureTable, {
      items: [figureWithAverages({ figure: figure({ isOld: true }) })],
      caption: 'Resultat: Test',
      freshnessMonths: 24,
    });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).toContain('href="/indikatorer/nojdhet/"');
    expect(textOf(html)).toContain('mer än 24 månader');
  });
  it('says so when there are no figures, with no table', async () => {
    const html = await render(FigureTable, { items: [], caption: 'Resultat: Test', freshnessMonths: 24 });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).not.toContain('<table');
    expect(textOf(html)).toBe('Inga resultat från brukarundersökningar ännu.');
  });
  it('names the count column for what it holds when indicators count different things', async () => {
    const items = [figureWithAverages(), figureWithAverages({ indicator: indicator({ id: 'k', countsWhat: 'staff' }) })];
    const html = await render(FigureTable, { items, caption: 'Resultat', freshnessMonths: 24 });
    expect(textOf(html)).toContain('Underlag');
  });
});
