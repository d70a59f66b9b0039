import { describe, expect, it } from 'vitest';
import { noFilters } from '../../src/lib/choice-list/filters';
import { emptyListState, listStateToSearch, parseListState, type ListState } from '../../src/lib/choice-list/list-state';
import { compareViewToSearch, parseCompareView, toggleCompare } from '../../src/lib/compare/selection';
import { localIsoDate } from '../../src/lib/locale/dates';
import { fill, fillAround } from '../../src/i18n/fill';
import { echoedText, MAX_ECHO_LENGTH } from '../../src/lib/safe-text/echo';

describe('list state in the address', () => {
  const full: ListState = {
    query: 'arabiska demens',
    filters: { areas: ['norr', 'soder'], languages: ['persiska-farsi'], profiles: ['demens'], ownership: ['private', 'nonprofit'], acceptsNew: true },
    sort: { by: 'indicator', id: 'nojdhet', direction: 'lowest-first' },
    compare: ['a', 'b'],
  };
  it('writes readable Swedish parameters in a fixed order', () => {
    expect(listStateToSearch(full)).toBe(
      '?q=arabiska%20demens&omrade=norr,soder&sprak=persiska-farsi&profil=demens&drift=privat,ideburen&nya=ja&sortera=lagst:nojdhet&jamfor=a,b',
    );
    expect(listStateToSearch(emptyListState)).toBe('');
  });
  it.each([
    full,
    emptyListState,
    { ...emptyListState, query: 'Solgården & co', sort: { by: 'name' } },
    { ...emptyListState, sort: { by: 'relevance' } },
  ] as ListState[])('reads back what it wrote: %j', (state) => {
    expect(parseListState(listStateToSearch(state))).toEqual({ ...state, sort: state.sort });
  });
  it('drops values that are not ids and unknown words', () => {
    const s = parseListState('?omrade=norr,<script>,,norr&drift=privat,okand&nya=kanske&sortera=bast&jamfor=x,../y');
    expect(s.filters).toEqual({ ...noFilters, areas: ['norr'], ownership: ['private'] });
    expect(s.sort).toBeUndefined();
    expect(s.compare).toEqual(['x']);
  });
  it('reads what URLSearchParams would write', () => {
    expect(parseListState('?q=hemtj%C3%A4nst&sprak=arabiska%2Cfinska').filters.languages).toEqual(['arabiska', 'finska']);
    expect(parseListState('?q=hemtj%C3%A4nst').query).toBe('hemtjänst');
  });
});

describe('comparison address', () => {
  it('reads service, chosen ids in order, meeting view and sort', () => {
    expect(parseCompareView('?tjanst=hemtjanst&val=c,a,b&visning=mote&dolj=resultat&ordning=hogst:nojdhet')).toEqual({
      serviceId: 'hemtjanst',
      ids: ['c', 'a', 'b'],
      meeting: true,
      hideResults: true,
      sort: { by: 'indicator', id: 'nojdhet', direction: 'highest-first' },
    });
  });
  it('keeps at most four, no repeats, no junk', () => {
    expect(parseCompareView('?tjanst=../x&val=a,a,b,c,d,e,F').ids).toEqual(['a', 'b', 'c', 'd']);
    expect(parseCompareView('?tjanst=../x').serviceId).toBeUndefined();
  });
  it('writes back what it read', () => {
    const search = '?tjanst=hemtjanst&val=c,a&visning=mote&ordning=namn';
    expect(compareViewToSearch(parseCompareView(search))).toBe(search);
  });
  it.each([
    [[], 'a', ['a'], undefined],
    [['a', 'b'], 'a', ['b'], undefined],
    [['a', 'b', 'c', 'd'], 'e', ['a', 'b', 'c', 'd'], 'full'],
    [['a', 'b', 'c', 'd'], 'd', ['a', 'b', 'c'], undefined],
  ])('toggle %j with %s -> %j', (ids, id, expected, refused) => {
    expect(toggleCompare(ids, id)).toEqual(refused ? { ids: expected, refused } : { ids: expected });
  });
});

describe('words from the address that name object properties', () => {
  const WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', 'isPrototypeOf'];
  it.each(WORDS)('"%s" is no ownership, and ids stay plain strings', (word) => {
    const state = parseListState(`?drift=${word}&sprak=${word}&omrade=${word}&profil=${word}&jamfor=${word}&sortera=hogst:${word}`);
    expect(state.filters.ownership).toEqual([]);
    for (const ids of [state.filters.areas, state.filters.languages, state.filters.profiles, state.compare])
      expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(() => listStateToSearch(state)).not.toThrow();
    expect(listStateToSearch(state)).not.toMatch(/function|\[object/i);
  });
  it.each(WORDS)('"%s" in a comparison address gives plain ids', (word) => {
    const view = parseCompareView(`?tjanst=${word}&val=${word},a&ordning=lagst:${word}`);
    expect([view.serviceId, ...view.ids].every((v) => v === undefined || typeof v === 'string')).toBe(true);
  });
  it('reads no id longer than a content id may be (80 characters)', () => {
    const long = 'a'.repeat(81);
    expect(parseListState(`?jamfor=${long},${'b'.repeat(80)}`).compare).toEqual(['b'.repeat(80)]);
    expect(parseCompareView(`?tjanst=hemtjanst&val=${long},x`).ids).toEqual(['x']);
  });
});

describe('text from the address repeated on a page', () => {
  it.each([
    ['demens', 'demens'],
    ['  två   ord\n', 'två ord'],
    ['\u202Eevil\u200B\u0007', 'evil'],
    ['x'.repeat(MAX_ECHO_LENGTH), 'x'.repeat(MAX_ECHO_LENGTH)],
    ['x'.repeat(MAX_ECHO_LENGTH + 1), `${'x'.repeat(MAX_ECHO_LENGTH)}…`],
    ['😀'.repeat(50), `${'😀'.repeat(MAX_ECHO_LENGTH)}…`],
  ])('echoedText(%j) -> %j', (text, expected) => expect(echoedText(text)).toBe(expected));
  it('caps any text, whatever its length', () => {
    expect(Array.from(echoedText('ab '.repeat(10_000))).length).toBeLessThanOrEqual(MAX_ECHO_LENGTH + 1);
  });
});

describe('fill and the printed date', () => {
  it.each([
    ['Visar {shown} av {total}', { shown: 3, total: '1 234' }, 'Visar 3 av 1 234'],
    ['{a}{a} {b}', { a: 'x' }, 'xx {b}'],
    ['{constructor} {toString}', {}, '{constructor} {toString}'],
  ])('fill(%j)', (template, values, expected) => expect(fill(template, values)).toBe(expected));
  it.each([
    ['Ingen träff på "{query}".', 'query', ['Ingen träff på "', '".']],
    ['{query} först', 'query', ['', ' först']],
    ['Utan platshållare', 'query', ['Utan platshållare', '']],
  ])('fillAround(%j, %j)', (template, key, expected) => expect(fillAround(template, key)).toEqual(expected));
  it('takes the calendar day where the moment happens', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
