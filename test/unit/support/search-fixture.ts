// A small service with providers that differ in one thing each, for the
// search, filter and list tests.
import { createCatalog } from '../../../src/lib/catalog/catalog';
import { createVocabulary, readQuery } from '../../../src/lib/search/query-terms';
import { createRecordSearch } from '../../../src/lib/search/record-search';
import { buildSearchFile, type SearchFile } from '../../../src/lib/search/search-data';
import { searchVocabulary } from '../../../src/lib/search/search-vocabulary';
import { indicator, model, provider, service, value } from './model-builder';

export function searchFixture() {
  const m = model({
    site: {
      ...model().site,
      profiles: [
        { id: 'demens', name: 'Demensinriktning' },
        { id: 'hbtq', name: 'HBTQ-certifierad' },
      ],
    },
    services: [
      service({
        areas: [
          { id: 'norr', name: 'Norra området' },
          { id: 'soder', name: 'Södra området' },
        ],
        keyIndicators: ['nojdhet'],
      }),
    ],
    providers: [
      provider({
        id: 'solgarden',
        name: 'Solgårdens omsorg',
        languages: ['svenska', 'arabiska'],
        profiles: ['demens'],
        areas: ['norr'],
        capacity: { acceptsNewCustomers: 'yes', confirmedOn: '2026-10-01' },
      }),
      provider({ id: 'ekbacken', name: 'Ekbackens hemtjänst', languages: ['svenska', 'arabiska'], profiles: [], areas: ['soder'], ownership: 'municipal' }),
      provider({
        id: 'lindas',
        name: 'Lindas hemtjänst',
        languages: ['svenska', 'finska'],
        profiles: ['demens'],
        areas: ['soder', 'norr'],
        capacity: { acceptsNewCustomers: 'waiting-list', confirmedOn: '2026-10-01' },
      }),
      provider({
        id: 'aros',
        name: 'Årosvägens vård',
        languages: ['Persiska (farsi)'],
        profiles: ['hbtq', 'demens'],
        areas: ['norr'],
        ownership: 'nonprofit',
        capacity: { acceptsNewCustomers: 'yes', confirmedOn: '2026-10-01' },
      }),
      provider({
        id: 'avslutad',
        name: 'Avslutad omsorg',
        languages: ['arabiska'],
        profiles: ['demens'],
        statusHistory: [{ status: 'ended', date: '2025-01-01' }],
      }),
    ],
    indicators: [
      indicator({ id: 'nojdhet', minAnswers: 7 }),
      indicator({ id: 'kontinuitet', name: 'Personalkontinuitet', unit: 'number', betterDirection: 'lower' }),
    ],
    indicatorValues: [
      value({ subject: 'solgarden', value: 81, n: 30 }),
      value({ subject: 'ekbacken', value: 95, n: 4 }), // fewer answers than 7: suppressed
      value({ subject: 'lindas', state: 'missing', value: undefined, n: undefined }),
      value({ subject: 'aros', value: 70, n: 12 }),
      value({ indicator: 'kontinuitet', subject: 'lindas', value: 9, n: 20 }),
    ],
  });
  const catalog = createCatalog(m);
  return { model: m, catalog, file: buildSearchFile(catalog, 'hemtjanst') };
}

/** A service page's search, as ChoiceFinder runs it: the query read with the file's values and the service's own name, then searched. */
export function serviceSearch(file: SearchFile, serviceName: string, rankedByFuse?: number): (query: string) => number[] | undefined {
  const vocabulary = createVocabulary(searchVocabulary([{ file, name: serviceName }]));
  const search = createRecordSearch(file, rankedByFuse);
  return (query) => search.search(readQuery(query, vocabulary));
}
