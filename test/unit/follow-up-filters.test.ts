// The follow-ups list narrows by service, kind and sanction, one static page per value.
import { describe, expect, it } from 'vitest';
import { filterFollowUps, followUpFilters } from '../../src/lib/catalog/follow-up-filters';
import type { FollowUp } from '../../src/schemas/follow-up';
import { service } from './support/model-builder';

const f = (id: string, date: string, over: Partial<FollowUp> = {}): FollowUp => ({
  id,
  providerId: 'p1',
  serviceId: 'hemtjanst',
  date,
  kind: 'planned',
  conditions: [],
  findings: 'x',
  actions: [],
  sanction: 'none',
  status: 'closed',
  ...over,
});
const followUps = [
  f('a', '2025-01-01'),
  f('b', '2025-03-01', { sanction: 'warning', kind: 'unannounced-visit' }),
  f('c', '2025-03-01', { serviceId: 'boende', sanction: 'warning' }),
];
const services = [service(), service({ id: 'boende', name: 'Boende' }), service({ id: 'tom', name: 'Tom' })];

describe('followUpFilters', () => {
  it('offers every value that has follow-ups, with counts and Swedish address words', () => {
    expect(followUpFilters(followUps, services).map((x) => `${x.facet}/${x.slug}:${x.count}`)).toEqual([
      'tjanst/hemtjanst:2',
      'tjanst/boende:1',
      'typ/planerad:2',
      'typ/oanmalt-besok:1',
      'atgard/ingen-atgard:1',
      'atgard/varning:2',
    ]);
  });
});

describe('filterFollowUps', () => {
  it.each([
    [undefined, ['b', 'c', 'a']],
    [{ facet: 'tjanst' as const, value: 'boende' }, ['c']],
    [{ facet: 'typ' as const, value: 'planned' }, ['c', 'a']],
    [{ facet: 'atgard' as const, value: 'warning' }, ['b', 'c']],
  ])('%j gives %j, newest first', (filter, ids) => {
    expect(filterFollowUps(followUps, filter).map((x) => x.id)).toEqual(ids);
  });
});
