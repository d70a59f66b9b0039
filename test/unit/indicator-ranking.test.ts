// The ranking on an indicator page: current values best first, old values
// after them, missing last, and withdrawn, ended or closed ones marked.
import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { inactiveReason, indicatorRanking, stripInputs } from '../../src/lib/figures/indicator-ranking';
import { stripPlot } from '../../src/lib/charts/strip-plot';
import { indicator, model, provider, service, unit, value } from './support/model-builder';
import { oldFiguresFixture } from './support/old-figures-fixture';

describe('indicatorRanking', () => {
  const { catalog } = oldFiguresFixture();
  const rows = indicatorRanking(catalog, catalog.indicatorById.get('nojdhet')!);

  it('puts current values first (best first), then old values, then those without a value', () => {
    expect(rows.map((r) => r.choice.id)).toEqual(['ny-hog', 'aterkallad', 'ny-lag', 'gammal-hog', 'slutat', 'gammal-lag', 'for-fa', 'saknas']);
  });

  it('marks withdrawn and ended providers, and only them', () => {
    expect(rows.filter((r) => r.inactive).map((r) => [r.choice.id, r.inactive])).toEqual([
      ['aterkallad', 'withdrawn'],
      ['slutat', 'ended'],
    ]);
  });

  it('orders by the better direction: lower first when lower is better, old after current', () => {
    const lower = indicatorRanking(catalog, catalog.indicatorById.get('kontinuitet')!);
    expect(lower.map((r) => r.choice.id)).toEqual(['ny-hog', 'gammal-lag']);
  });

  it('gives the strip plot every value with its age and status, and the plot keeps them', () => {
    const inputs = stripInputs(rows);
    expect(inputs.map((i) => [i.id, i.value, i.isOld, i.inactive])).toEqual([
      ['provider:ny-hog', 90, false, false],
      ['provider:aterkallad', 75, false, true],
      ['provider:ny-lag', 60, false, false],
      ['provider:gammal-hog', 99, true, false],
      ['provider:slutat', 70, true, true],
      ['provider:gammal-lag', 40, true, false],
    ]);
    const dots = stripPlot(inputs, 80, true).dots;
    expect(
      dots
        .filter((d) => d.isOld)
        .map((d) => d.id)
        .sort(),
    ).toEqual(['provider:gammal-hog', 'provider:gammal-lag', 'provider:slutat']);
    expect(
      dots
        .filter((d) => d.inactive)
        .map((d) => d.id)
        .sort(),
    ).toEqual(['provider:aterkallad', 'provider:slutat']);
  });
});

describe('inactiveReason', () => {
  it('says closed for a closed unit of an active provider, and nothing for one that can be chosen', () => {
    const m = model({
      services: [service({ id: 'boende', choiceLevel: 'unit' })],
      providers: [provider({ services: ['boende'] })],
      units: [unit({ id: 'oppen', name: 'Öppen' }), unit({ id: 'stangd', name: 'Stängd', closedOn: '2026-01-31' })],
      indicators: [indicator({ services: ['boende'] })],
      indicatorValues: [value({ subjectType: 'unit', subject: 'stangd', value: 70 }), value({ subjectType: 'unit', subject: 'oppen', value: 90 })],
    });
    const catalog = createCatalog(m);
    const choices = catalog.choicesForService('boende');
    expect(choices.map((c) => [c.id, inactiveReason(c)])).toEqual([
      ['stangd', 'closed'],
      ['oppen', undefined],
    ]);
    expect(indicatorRanking(catalog, m.indicators[0]).map((r) => [r.choice.id, r.inactive])).toEqual([
      ['oppen', undefined],
      ['stangd', 'closed'],
    ]);
  });
});
