// A service where figures differ in age and status: current values, values
// older than the freshness limit (higher and lower than all current ones),
// a suppressed and a missing one, and providers that were withdrawn or ended,
// for the "Äldre uppgift" and status-marker rules.
import { createCatalog } from '../../../src/lib/catalog/catalog';
import { buildSearchFile } from '../../../src/lib/search/search-data';
import { indicator, model, provider, service, value } from './model-builder';

export function oldFiguresFixture() {
  // dataPublishedOn is 2026-11-15 and freshnessMonths 24: 2025 is current, 2023 is old.
  const m = model({
    services: [service({ keyIndicators: ['nojdhet'] })],
    providers: [
      provider({ id: 'ny-hog', name: 'Ny hög' }),
      provider({ id: 'ny-lag', name: 'Ny låg' }),
      provider({ id: 'gammal-hog', name: 'Gammal hög' }),
      provider({ id: 'gammal-lag', name: 'Gammal låg' }),
      provider({ id: 'for-fa', name: 'För få' }),
      provider({ id: 'saknas', name: 'Saknas' }),
      provider({
        id: 'aterkallad',
        name: 'Återkallad',
        statusHistory: [
          { status: 'active', date: '2020-01-01' },
          { status: 'withdrawn', date: '2026-03-01' },
        ],
      }),
      provider({
        id: 'slutat',
        name: 'Slutat',
        statusHistory: [
          { status: 'active', date: '2020-01-01' },
          { status: 'ended', date: '2026-06-30' },
        ],
      }),
    ],
    indicators: [
      indicator({ id: 'nojdhet', minAnswers: 7 }),
      indicator({ id: 'kontinuitet', name: 'Personalkontinuitet', unit: 'number', betterDirection: 'lower', countsWhat: 'customers' }),
    ],
    indicatorValues: [
      value({ subject: 'ny-hog', value: 90, n: 30 }),
      value({ subject: 'ny-lag', value: 60, n: 30 }),
      value({ subject: 'gammal-hog', period: '2023', value: 99, n: 30 }),
      value({ subject: 'gammal-lag', period: '2023', value: 40, n: 30 }),
      value({ subject: 'for-fa', value: 97, n: 3 }),
      value({ subject: 'saknas', state: 'missing', value: undefined, n: undefined }),
      value({ subject: 'aterkallad', value: 75, n: 20 }),
      value({ subject: 'slutat', period: '2023', value: 70, n: 20 }),
      value({ indicator: 'kontinuitet', subject: 'ny-hog', value: 11, n: 25 }),
      value({ indicator: 'kontinuitet', subject: 'gammal-lag', period: '2023', value: 3, n: 25 }),
    ],
  });
  const catalog = createCatalog(m);
  return { model: m, catalog, file: buildSearchFile(catalog, 'hemtjanst') };
}
