import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../src/lib/catalog/catalog';
import { buildPostings, candidates, createScratch, matchingWords } from '../../src/lib/search/prefilter';
import { createVocabulary, readQuery } from '../../src/lib/search/query-terms';
import { createRecordSearch } from '../../src/lib/search/record-search';
import { buildSearchFile } from '../../src/lib/search/search-data';
import { searchVocabulary } from '../../src/lib/search/search-vocabulary';
import { model, provider, service, unit } from './support/model-builder';
import { searchFixture, serviceSearch } from './support/search-fixture';

const { file } = searchFixture();
const names = (positions: number[] | undefined) => positions?.map((i) => file.records[i].id);

describe('prefilter: free words against names only', () => {
  const postings = buildPostings(file);
  it('finds index words with typos and as part of a longer word, cheapest cost for exact', () => {
    const found = matchingWords(file.words, 'demens').map((m) => [file.words[m.word], m.cost]);
    expect(found).toEqual([['demensinriktning', 0.25]]);
    expect(matchingWords(file.words, 'arabika').map((m) => file.words[m.word])).toEqual(['arabiska']);
  });
  it('keeps only records whose name has every word', () => {
    expect(names(Array.from(candidates(file, postings, ['hemtjanst']).records))).toEqual(['ekbacken', 'lindas']);
    expect(names(Array.from(candidates(file, postings, ['lindas', 'hemtjanst']).records))).toEqual(['lindas']);
  });
  it('never looks in areas, languages or inriktningar', () => {
    // Solgården speaks arabiska and has Demensinriktning; neither is in a name.
    expect(candidates(file, postings, ['arabiska']).records.length).toBe(0);
    expect(candidates(file, postings, ['demens']).records.length).toBe(0);
  });
  it('returns nothing when a word matches nothing', () => {
    expect(candidates(file, postings, ['lindas', 'xyzzy']).records.length).toBe(0);
  });
});

describe('search on a service page (the fixture is Hemtjänst)', () => {
  const search = serviceSearch(file, 'Hemtjänst');
  it.each([
    // The service's own name holds for every record: "demens hemtjänst" loses no one.
    ['hemtjanst', ['ekbacken', 'lindas', 'solgarden', 'aros']],
    ['Hemtjänst', ['ekbacken', 'lindas', 'solgarden', 'aros']],
    ['demens hemtjänst', ['lindas', 'solgarden', 'aros']],
    ['demens', ['lindas', 'solgarden', 'aros']],
    ['arabiska demens', ['solgarden']],
    ['demens arabiska', ['solgarden']],
    ['arabisk', ['ekbacken', 'solgarden']],
    ['finsk', ['lindas']],
    ['finska sodra', ['lindas']],
    ['Solgårdns', ['solgarden']],
    ['lindsa hemtjanst', ['lindas']],
    ['lindqvist', []],
    ['linds hemtjanst', ['lindas']],
    ['farsi', ['aros']],
    ['persiska', ['aros']],
    ['Persiska (farsi)', ['aros']],
    ['arosvagens', ['aros']],
    ['hbtq demens norra', ['aros']],
    // Not a language here, and no name has it: nobody, never a near language.
    ['serbiska', []],
    ['tyska', []],
  ])('%j finds %j', (query, expected) => {
    expect(new Set(names(search(query)))).toEqual(new Set(expected));
  });
  it('ranks the named provider first when its name has a typo', () => {
    expect(names(search('ekbakens'))?.[0]).toBe('ekbacken');
    expect(names(search('lindaz hemtjanst'))?.[0]).toBe('lindas');
  });
  it('says "no query" for an empty search so everything is shown', () => {
    expect(search('  ')).toBeUndefined();
    expect(search('-- !')).toBeUndefined();
  });
  it('gives terms alone in name order', () => {
    expect(names(search('demens'))).toEqual(['lindas', 'solgarden', 'aros']);
  });
  it('ranks the same whether or not fuse.js sees every candidate', () => {
    const few = serviceSearch(file, 'Hemtjänst', 1);
    expect(few('lindas hemtjanst')!.sort()).toEqual(search('lindas hemtjanst')!.sort());
  });
});

describe('the name rule: a word that names a value also finds names that have it', () => {
  const m = model({
    site: { ...model().site, profiles: [{ id: 'demens', name: 'Demensinriktning' }] },
    providers: [
      provider({ id: 'arabiska-omsorg', name: 'Arabiska Omsorg AB', languages: ['finska'] }),
      provider({ id: 'ankaret', name: 'Ankaret', languages: ['arabiska'] }),
      provider({ id: 'serbiska-hemmet', name: 'Serbiska hemmet', languages: ['serbiska'] }),
      provider({ id: 'vardagen', name: 'Vardagen', languages: ['engelska'] }),
    ],
  });
  const f = buildSearchFile(createCatalog(m), 'hemtjanst');
  const search = serviceSearch(f, 'Hemtjänst');
  const ids = (q: string) => search(q)?.map((i) => f.records[i].id);
  it('"arabiska": the provider named so first, then those who speak it; never the one that speaks serbiska', () => {
    expect(ids('arabiska')).toEqual(['arabiska-omsorg', 'ankaret']);
  });
  it('a name with the word and more words finds the named provider alone', () => {
    expect(ids('arabiska omsorg')).toEqual(['arabiska-omsorg']);
  });
  it('counts whole words with a Swedish ending, not the beginning of another word', () => {
    expect(ids('arabisk')).toEqual(['arabiska-omsorg', 'ankaret']);
    // "engelsk" is a stem of engelska; "Vardagen" does not make "vard" a name match.
    expect(ids('engelsk')).toEqual(['vardagen']);
  });
});

describe('search across services (the search page)', () => {
  const m = model({
    site: { ...model().site, profiles: [{ id: 'demens', name: 'Demensinriktning' }] },
    services: [
      service({
        id: 'hemtjanst',
        name: 'Hemtjänst',
        areas: [
          { id: 'norra-centrum', name: 'Norra centrum' },
          { id: 'centrum', name: 'Centrum' },
        ],
      }),
      service({ id: 'boende', name: 'Särskilt boende för äldre', choiceLevel: 'unit', areas: [{ id: 'centrum', name: 'Centrum' }] }),
    ],
    providers: [
      provider({ id: 'ro', name: 'Ro Omsorg', profiles: ['demens'], areas: ['norra-centrum'] }),
      provider({ id: 'hemtjanst-ab', name: 'Hemtjänst AB', profiles: [], areas: ['centrum'] }),
      provider({ id: 'vard', name: 'Vård AB', services: ['boende'], profiles: [], areas: [] }),
    ],
    units: [unit({ id: 'tallen', name: 'Tallen', providerId: 'vard', serviceId: 'boende', area: 'centrum', profiles: ['demens'] })],
  });
  const catalog = createCatalog(m);
  const files = m.services.map((s) => ({ file: buildSearchFile(catalog, s.id), name: s.name }));
  const vocabulary = createVocabulary(searchVocabulary(files));
  const searches = files.map(({ file: f }) => ({ f, search: createRecordSearch(f) }));
  const found = (q: string) => {
    const reading = readQuery(q, vocabulary);
    return searches.flatMap(({ f, search }) => (search.search(reading) ?? []).map((i) => `${f.service}/${f.records[i].id}`));
  };
  it('a service word narrows to that service; the other words apply within it, whatever the names', () => {
    expect(found('demens hemtjänst')).toEqual(['hemtjanst/ro']);
    expect(found('hemtjänst')).toEqual(['hemtjanst/hemtjanst-ab', 'hemtjanst/ro']);
    expect(found('demens')).toEqual(['hemtjanst/ro', 'boende/tallen']);
  });
  it('two service words mean either service', () => {
    expect(found('demens hemtjänst särskilt boende')).toEqual(['hemtjanst/ro', 'boende/tallen']);
  });
  it('an area of several words is one filter; its last word alone is the area of that name', () => {
    expect(found('norra centrum')).toEqual(['hemtjanst/ro']);
    expect(found('centrum')).toEqual(['hemtjanst/hemtjanst-ab', 'boende/tallen']);
  });
});

describe('prefilter scratch memory', () => {
  it('gives the same answers when reused across queries, including ones that match nothing', () => {
    const postings = buildPostings(file);
    const scratch = createScratch(file.records.length);
    const fresh = (words: string[]) => Array.from(candidates(file, postings, words).records);
    for (const words of [['lindas', 'hemtjanst'], ['xyzzy'], ['hemtjanst', 'xyzzy'], ['hemtjanst'], ['lindas', 'hemtjanst'], ['vard']])
      expect(Array.from(candidates(file, postings, words, scratch).records), words.join(' ')).toEqual(fresh(words));
  });
});
