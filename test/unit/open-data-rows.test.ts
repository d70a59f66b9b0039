// Each dataset's rows have their own type, so a column or a coverage date that
// names a field the rows lack is a type error, not a cast that hides it.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { dataset, f, fieldsFor, type RowOf } from '../../src/lib/open-data/dataset-definition';
import { followUps, indicatorValues, providers, qualityReports, units } from '../../src/lib/open-data/datasets';
import { model, provider, service, unit } from './support/model-builder';

describe('typed dataset rows', () => {
  it('knows the type of each field of a row', () => {
    expectTypeOf<RowOf<typeof providers>['authorisedSince']>().toEqualTypeOf<string>();
    expectTypeOf<RowOf<typeof providers>['nightCoverage']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<RowOf<typeof units>['openedOn']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RowOf<typeof indicatorValues>['period']>().toEqualTypeOf<string>();
    expectTypeOf<RowOf<typeof followUps>['date']>().toEqualTypeOf<string>();
    expectTypeOf<RowOf<typeof qualityReports>['accessibility']>().toEqualTypeOf<string | undefined>();
  });
  it('refuses a column its rows do not have', () => {
    const rows = () => [{ id: 'a', date: '2026-01-01' }];
    const ok = dataset({ id: 'x', fields: [f('id', 'id'), f('date', 'date')], rows, coverage: (row) => [row.date] });
    expect(ok.coverage?.(rows()[0])).toEqual(['2026-01-01']);
    // @ts-expect-error "missing" is no field of the rows
    dataset({ id: 'x', fields: [f('missing', 'text')], rows });
  });
  it('makes a field per key with the keys kept', () => {
    const facts = fieldsFor(['petsAllowed', 'ownKitchen'] as const, (k) => k.length);
    expect(facts).toEqual({ petsAllowed: 11, ownKitchen: 10 });
    expectTypeOf(facts).toEqualTypeOf<Record<'petsAllowed' | 'ownKitchen', number>>();
  });
});

describe('who can be chosen, in open data', () => {
  const ctx = (m: ReturnType<typeof model>) => ({
    model: m,
    pageUrl: (p: string) => `https://example.se/${p}`,
    changes: [],
    describeChange: () => '',
    nationName: 'Riket',
  });
  it('tells the status on the publication date: an end announced for later leaves the provider choosable until then', () => {
    const m = model({
      providers: [
        provider({
          statusHistory: [
            { status: 'active', date: '2020-01-01' },
            { status: 'ended', date: '2027-01-31' },
          ],
        }),
      ],
    });
    expect(providers.rows(ctx(m))[0]).toMatchObject({ status: 'active', statusSince: '2020-01-01', canBeChosen: true });
  });
  it('keeps a unit that closes after the publication date choosable, and not one that has closed', () => {
    const m = model({
      services: [service({ id: 'boende', choiceLevel: 'unit' })],
      providers: [provider({ services: ['boende'] })],
      units: [unit({ serviceId: 'boende', closedOn: '2027-01-31' }), unit({ id: 'u2', serviceId: 'boende', closedOn: '2026-01-31' })],
    });
    expect(units.rows(ctx(m)).map((r) => [r.id, r.canBeChosen])).toEqual([
      ['u1', true],
      ['u2', false],
    ]);
  });
});
