import { describe, expect, it } from 'vitest';
import { followUpView } from '../../src/lib/pages/follow-up-view';
import { indicatorPage } from '../../src/lib/pages/indicator-page';
import { providerPage } from '../../src/lib/pages/provider-page';
import { figureHistory } from '../../src/lib/pages/subject-record';
import { unitPage } from '../../src/lib/pages/unit-page';
import { fixtureCatalog, roundTrip } from './support/fixture-catalog';

describe('providerPage', () => {
  it('resolves services, areas and follow-ups, and shows results per unit when the provider has none of its own', () => {
    const view = providerPage(fixtureCatalog(), 'lindas-hemtjanst');
    expect(view.services).toEqual([{ id: 'hemtjanst', name: 'Hemtjänst', path: 'tjanster/hemtjanst/' }]);
    expect(view.record.followUps.map((f) => f.id)).toEqual(['lindas-hemtjanst-2025-03']);
    expect(view.record.showResults).toBe(true);
    expect(view.structuredData).toMatchObject({ name: 'Lindas hemtjänst' });
    expect(roundTrip(view)).toEqual(view);
  });
  it('leaves the results to the units of a provider with units and no figures of its own', () => {
    const catalog = fixtureCatalog();
    const view = providerPage(catalog, 'solgarden-omsorg');
    expect(view.units.map((u) => u.path)).toEqual(catalog.unitsOfProvider('solgarden-omsorg').map((u) => `enheter/${u.id}/`));
    expect(view.record.showResults).toBe(view.record.figures.length > 0 || view.units.length === 0);
    if (!view.record.showResults) expect(view.record.history.blocks).toEqual([]);
  });
});

describe('unitPage', () => {
  it('merges the provider’s contact with the unit’s own and takes the unit’s own quality report', () => {
    const catalog = fixtureCatalog();
    const view = unitPage(catalog, 'solgarden');
    const provider = catalog.providerById.get('solgarden-omsorg')!;
    const unit = catalog.unitById.get('solgarden')!;
    expect(view.contact).toEqual({ ...provider.contact, ...unit.contact });
    expect(view.record.reports).toEqual([{ serviceName: 'Särskilt boende', reports: [expect.objectContaining({ id: 'solgarden-2025' })] }]);
    expect(view.record.showResults).toBe(true);
    expect(view.areaName).toBe(catalog.serviceById.get('sarskilt-boende')!.areas.find((a) => a.id === unit.area)?.name ?? unit.area);
    expect(roundTrip(view)).toEqual(view);
  });
});

describe('figureHistory', () => {
  it('gives a block per indicator with the kommun average, and says when an average was computed here', () => {
    const catalog = fixtureCatalog();
    const items = catalog.latestFigures('unit', 'tallbacken', catalog.serviceById.get('sarskilt-boende'));
    const history = figureHistory(catalog, 'unit', 'tallbacken', items);
    const byId = new Map(history.blocks.map((b) => [b.indicator.id, b]));
    // Nöjdhet: Tallbacken's own value is withheld, but the kommun average is there to draw.
    expect(byId.get('nojdhet-helhet')?.rows[0].kommun?.value).toBe(85);
    expect(byId.get('nojdhet-helhet')?.chart).toBeDefined();
    // Personalkontinuitet: no kommun figure in the source, so the average is computed from the units.
    expect(byId.get('personalkontinuitet')?.rows[0].kommun?.kind).toBe('computed');
    expect(history.anyComputed).toBe(true);
  });
});

describe('followUpView', () => {
  it('names the provider and each condition, keeping the comment', () => {
    const catalog = fixtureCatalog();
    const view = followUpView(catalog, catalog.model.followUps[0]);
    expect(view.provider).toEqual({ name: 'Lindas hemtjänst', path: 'anordnare/lindas-hemtjanst/' });
    expect(view.unit).toBeUndefined();
    expect(view.conditions[1]).toEqual({ text: catalog.conditionById.get('utbildad-personal')!.text, result: 'partly', comment: '65 procent av personalen har utbildning.' });
  });
});

describe('indicatorPage', () => {
  it('ranks with the one sort rule: values first, withheld and missing last, and draws only values', () => {
    const view = indicatorPage(fixtureCatalog(), 'personalkontinuitet');
    expect(view.rows.map((r) => [r.key, r.figure.state])).toEqual([
      ['unit:solgarden', 'value'],
      ['unit:tallbacken', 'not-applicable'],
    ]);
    expect(view.drawnCount).toBe(1);
    expect(view.plot?.dots.map((d) => d.id)).toEqual(['unit:solgarden']);
    expect(view.services).toEqual([{ name: 'Särskilt boende', path: 'tjanster/sarskilt-boende/' }]);
    expect(roundTrip(view)).toEqual(view);
  });
  it('gives the latest period’s kommun and national averages', () => {
    const view = indicatorPage(fixtureCatalog(), 'nojdhet-helhet');
    expect(view.latestPeriod).toBe('2024');
    expect(view.averages.kommun).toMatchObject({ value: 85, kind: 'source' });
    expect(view.averages.nation?.value).toBe(84);
  });
});
