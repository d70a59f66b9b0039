import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../src/lib/catalog/changes';
import { followUpFilterLabel } from '../../src/i18n/follow-up-filter-label';
import { followUpsPage } from '../../src/lib/pages/follow-ups-page';
import { homePage } from '../../src/lib/pages/home-page';
import { indicatorsPage } from '../../src/lib/pages/indicators-page';
import { searchPage } from '../../src/lib/pages/search-page';
import { fixtureCatalog, roundTrip } from './support/fixture-catalog';

describe('followUpsPage', () => {
  it('groups the filters by facet and marks none current on the whole list', () => {
    const view = followUpsPage(fixtureCatalog());
    expect(view.total).toBe(1);
    expect(view.groups.map((g) => g.facet)).toEqual(['tjanst', 'typ', 'atgard']);
    expect(view.groups[0].options).toEqual([{ facet: 'tjanst', value: 'hemtjanst', slug: 'hemtjanst', count: 1, serviceName: 'Hemtjänst', current: false }]);
    expect(view.current).toBeUndefined();
    expect(view.rows).toEqual([
      {
        id: 'lindas-hemtjanst-2025-03',
        date: '2025-03-10',
        kind: 'planned',
        sanction: 'remark',
        status: 'open',
        subjectName: 'Lindas hemtjänst',
        path: 'anordnare/lindas-hemtjanst/#uppfoljning-lindas-hemtjanst-2025-03',
        serviceName: 'Hemtjänst',
      },
    ]);
    expect(roundTrip(view)).toEqual(view);
  });
  it('narrows to one filter and names it', () => {
    const view = followUpsPage(fixtureCatalog(), { facet: 'atgard', value: 'warning' });
    expect(view.rows).toEqual([]);
    expect(view.total).toBe(1);
    const remark = followUpsPage(fixtureCatalog(), { facet: 'atgard', value: 'remark' });
    expect(remark.current?.slug).toBe('anmarkning');
    expect(followUpFilterLabel(remark.current!)).toBe('Anmärkning');
    expect(followUpFilterLabel(followUpsPage(fixtureCatalog(), { facet: 'tjanst', value: 'hemtjanst' }).current!)).toBe('Hemtjänst');
  });
});

describe('homePage', () => {
  const change = (kind: ChangeEvent['kind'], id: string) => ({ kind, id }) as ChangeEvent;
  it('counts the selectable choices per service and leaves confirmed capacity out of the latest changes', () => {
    const events = [change('capacity', 'c1'), ...Array.from({ length: 7 }, (_, i) => change('provider-new', `n${i}`))];
    const view = homePage(fixtureCatalog(), events);
    expect(view.services.map((s) => [s.id, s.path])).toEqual([
      ['hemtjanst', 'tjanster/hemtjanst/'],
      ['sarskilt-boende', 'tjanster/sarskilt-boende/'],
    ]);
    expect(view.services[0].selectableCount).toBe(
      fixtureCatalog()
        .choicesForService('hemtjanst')
        .filter((c) => c.selectable).length,
    );
    expect(view.latestChanges.map((e) => e.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
  });
});

describe('searchPage', () => {
  it('lists every selectable choice per service with its areas by name', () => {
    const { groups } = searchPage(fixtureCatalog());
    const boende = groups.find((g) => g.service.id === 'sarskilt-boende')!;
    expect(boende.choices.find((c) => c.id === 'tallbacken')).toMatchObject({
      kind: 'unit',
      providerName: 'Testkommunens egen regi',
      areaNames: ['Centrum'],
      path: 'enheter/tallbacken/',
    });
  });
});

describe('indicatorsPage', () => {
  it('groups the indicators by service, by name in Swedish order', () => {
    const { groups } = indicatorsPage(fixtureCatalog());
    expect(groups.map((g) => [g.serviceName, g.indicators.map((i) => i.path)])).toEqual([
      ['Hemtjänst', ['indikatorer/nojdhet-helhet/']],
      ['Särskilt boende', expect.arrayContaining(['indikatorer/nojdhet-helhet/', 'indikatorer/personalkontinuitet/'])],
    ]);
  });
});
