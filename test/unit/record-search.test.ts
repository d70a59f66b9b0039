import { describe, expect, it } from 'vitest';
import { buildPostings, candidates, createScratch, matchingWords, queryWords } from '../../src/lib/search/prefilter';
import { createRecordSearch } from '../../src/lib/search/record-search';
import { searchFixture } from './support/search-fixture';

const { file } = searchFixture();
const names = (positions: number[] | undefined) => positions?.map((i) => file.records[i].id);

describe('queryWords', () => {
  it.each([
    ['Arabiska  DEMENS', ['arabiska', 'demens']],
    ['hemtjänst hemtjanst', ['hemtjanst']],
    ['   ', []],
    ['a b c d e f g h i j', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']],
  ])('%j -> %j', (q, words) => expect(queryWords(q)).toEqual(words));
});

describe('prefilter', () => {
  const postings = buildPostings(file);
  it('finds index words with typos and as part of a longer word, cheapest cost for exact', () => {
    const found = matchingWords(file.words, 'demens').map((m) => [file.words[m.word], m.cost]);
    expect(found).toEqual([['demensinriktning', 0.25]]);
    expect(matchingWords(file.words, 'arabika').map((m) => file.words[m.word])).toEqual(['arabiska']);
  });
  it('keeps only records where every word matches a field, cheapest first', () => {
    const c = candidates(file, postings, ['arabiska', 'demens']);
    expect(names(Array.from(c.records))).toEqual(['solgarden']);
    expect(Array.from(candidates(file, postings, ['hemtjanst']).records).map((i) => file.records[i].id)).toEqual(['ekbacken', 'lindas']);
  });
  it('puts a match in the name before a match elsewhere', () => {
    // "omsorg" only in Solgårdens name; "norra" only in areas.
    const c = candidates(file, postings, ['sol']);
    expect(names(Array.from(c.records))).toEqual(['solgarden']);
  });
  it('returns nothing when a word matches nothing', () => {
    expect(candidates(file, postings, ['arabiska', 'xyzzy']).records.length).toBe(0);
  });
});

describe('createRecordSearch', () => {
  const search = createRecordSearch(file);
  it.each([
    ['hemtjanst', ['ekbacken', 'lindas']],
    ['Hemtjänst', ['ekbacken', 'lindas']],
    ['demens', ['lindas', 'solgarden', 'aros']],
    ['arabiska demens', ['solgarden']],
    ['demens arabiska', ['solgarden']],
    ['finska sodra', ['lindas']],
    ['Solgårdns', ['solgarden']],
    ['lindsa hemtjanst', ['lindas']],
    ['lindqvist', []],
    ['linds hemtjanst', ['lindas']],
    ['farsi', ['aros']],
    ['arosvagens', ['aros']],
    ['hbtq demens norra', ['aros']],
  ])('%j finds %j', (query, expected) => {
    expect(new Set(names(search.search(query)))).toEqual(new Set(expected));
  });
  it('ranks the named provider first when its name has a typo', () => {
    expect(names(search.search('ekbakens'))?.[0]).toBe('ekbacken');
    expect(names(search.search('lindaz hemtjanst'))?.[0]).toBe('lindas');
  });
  it('says "no query" for an empty search so everything is shown', () => {
    expect(search.search('  ')).toBeUndefined();
  });
  it('ranks the same whether or not fuse.js sees every candidate', () => {
    const few = createRecordSearch(file, 1);
    expect(few.search('demens')!.sort()).toEqual(search.search('demens')!.sort());
  });
});

describe('prefilter scratch memory', () => {
  it('gives the same answers when reused across queries, including ones that match nothing', () => {
    const postings = buildPostings(file);
    const scratch = createScratch(file.records.length);
    const fresh = (words: string[]) => Array.from(candidates(file, postings, words).records);
    for (const words of [['arabiska', 'demens'], ['xyzzy'], ['demens', 'xyzzy'], ['hemtjanst'], ['arabiska', 'demens'], ['demens']])
      expect(Array.from(candidates(file, postings, words, scratch).records), words.join(' ')).toEqual(fresh(words));
  });
});
