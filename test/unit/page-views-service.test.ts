import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { choiceCard } from '../../src/lib/pages/choice-card';
import { layoutProps } from '../../src/lib/pages/layout';
import { servicePage } from '../../src/lib/pages/service-page';
import { tablePage } from '../../src/lib/pages/table-page';
import { fixtureCatalog, roundTrip } from './support/fixture-catalog';
import { model, provider, service } from './support/model-builder';

describe('layoutProps', () => {
  it('carries the site facts every page frame shows', () => {
    const layout = layoutProps(fixtureCatalog());
    expect(layout).toMatchObject({ language: 'sv', dataPublishedOn: fixtureCatalog().site.dataPublishedOn });
    expect(layout.siteName).toBe(fixtureCatalog().site.name);
    expect(roundTrip(layout)).toEqual(layout);
  });
});

describe('choiceCard', () => {
  it('names a unit’s provider, address, area and profiles, with the service’s first key figure', () => {
    const catalog = fixtureCatalog();
    const choice = catalog.choicesForService('sarskilt-boende').find((c) => c.id === 'tallbacken')!;
    const card = choiceCard(catalog, choice);
    expect(card).toMatchObject({
      kind: 'unit',
      path: 'enheter/tallbacken/',
      providerName: 'Testkommunens egen regi',
      address: { street: 'Tallvägen 3', city: 'Testköping' },
      areaNames: ['Centrum'],
      profileNames: ['Demensinriktning'],
      places: 40,
    });
    // Solgården's answers are too few, so Tallbacken's own figure would give Solgården's away (secondary suppression).
    expect(card.keyFigure?.indicator.id).toBe('nojdhet-helhet');
    expect(card.keyFigure?.figure).toMatchObject({ state: 'suppressed', withheld: 'protects-others' });
    expect(card.keyFigure?.figure.value).toBeUndefined();
    expect(roundTrip(card)).toEqual(card);
  });
});

describe('servicePage', () => {
  it('gives cards for the selectable and names the provider for those who do not choose', () => {
    const view = servicePage(fixtureCatalog(), 'hemtjanst');
    expect(view.cards.map((c) => c.id)).toEqual(
      fixtureCatalog()
        .choicesForService('hemtjanst')
        .filter((c) => c.selectable)
        .map((c) => c.id),
    );
    expect(view.noChoiceProvider).toEqual({ name: 'Testkommunens egen regi', path: 'anordnare/egen-regi/' });
    expect(view.notSelectable).toEqual([]);
  });
  it('lists a withdrawn provider apart, with its status', () => {
    const catalog = createCatalog(
      model({
        providers: [
          provider({ id: 'a', name: 'Aktiv' }),
          provider({
            id: 'w',
            name: 'Återkallad',
            statusHistory: [
              { status: 'active', date: '2020-01-01' },
              { status: 'withdrawn', date: '2025-01-01' },
            ],
          }),
        ],
      }),
    );
    const view = servicePage(catalog, 'hemtjanst');
    expect(view.cards.map((c) => c.id)).toEqual(['a']);
    expect(view.notSelectable).toEqual([
      {
        id: 'w',
        name: 'Återkallad',
        path: 'anordnare/w/',
        statusNotes: [{ kind: 'withdrawn', date: '2025-01-01', explainedAt: 'anordnare/w/#status', explainedBy: 'status' }],
      },
    ]);
  });
  it('keeps a provider whose end is announced for a later day among the cards, with the planned end', () => {
    const catalog = createCatalog(
      model({
        providers: [
          provider({
            id: 'p',
            name: 'Slutar',
            statusHistory: [
              { status: 'active', date: '2020-01-01' },
              { status: 'ended', date: '2027-01-31' },
            ],
          }),
        ],
      }),
    );
    const view = servicePage(catalog, 'hemtjanst');
    expect(view.notSelectable).toEqual([]);
    expect(view.cards[0].statusNotes).toEqual([
      { kind: 'planned-end', date: '2027-01-31', ending: 'ended', explainedAt: 'anordnare/p/#status', explainedBy: 'status' },
    ]);
  });
  it('counts as taking new customers now only a "yes" confirmed within the limit', () => {
    const capacity = (confirmedOn: string, acceptsNewCustomers: 'yes' | 'no' = 'yes') => ({ capacity: { acceptsNewCustomers, confirmedOn } });
    const catalog = createCatalog(
      model({
        providers: [
          provider({ id: 'fresh', ...capacity('2026-10-01') }),
          provider({ id: 'at-limit', ...capacity('2026-08-15') }),
          provider({ id: 'day-over', ...capacity('2026-08-14') }),
          provider({ id: 'stale', ...capacity('2025-06-17') }),
          provider({ id: 'no', ...capacity('2026-10-01', 'no') }),
          provider({ id: 'unknown' }),
        ],
      }),
    );
    const view = servicePage(catalog, 'hemtjanst');
    expect(view.acceptsNewNow).toEqual({ count: 2, total: 6, maxAgeMonths: 3 });
    expect(view.cards.find((c) => c.id === 'stale')?.capacity?.age).toEqual({ state: 'old', months: 16 });
  });
  it('gives the count of customers its age', () => {
    const catalog = createCatalog(model({ services: [service({ customers: { count: 1538, asOf: 'per 2020-07-31' } })] }));
    expect(servicePage(catalog, 'hemtjanst').customers).toEqual({ count: 1538, asOf: 'per 2020-07-31', age: { state: 'old', months: 75 } });
  });
});

describe('tablePage', () => {
  it('builds one row per selectable choice with a cell per indicator, key indicators first', () => {
    const view = tablePage(fixtureCatalog(), 'sarskilt-boende');
    expect(view.indicators.map((i) => i.id)).toEqual(['nojdhet-helhet', 'personalkontinuitet']);
    const tallbacken = view.rows.find((r) => r.id === 'tallbacken')!;
    expect(tallbacken.figures.map((f) => f.figure?.state)).toEqual(['suppressed', 'not-applicable']);
    const solgarden = view.rows.find((r) => r.id === 'solgarden')!;
    // Too few answers: the cell has the state, never the value or n.
    expect(solgarden.figures[0].figure).toMatchObject({ state: 'suppressed', withheld: 'too-few-answers' });
    expect(solgarden.figures[0].figure?.n).toBeUndefined();
    expect(view.anyOld).toBe(view.rows.some((r) => r.figures.some((f) => f.figure?.isOld && f.figure.value !== undefined)));
    expect(roundTrip(view)).toEqual(view);
  });
  it('gives the latest follow-up of a provider', () => {
    const view = tablePage(fixtureCatalog(), 'hemtjanst');
    expect(view.rows.find((r) => r.id === 'lindas-hemtjanst')?.latestFollowUp).toEqual({ date: '2025-03-10', sanction: 'remark' });
    expect(view.rows.find((r) => r.id === 'egen-regi')?.latestFollowUp).toBeUndefined();
  });
});
