// What a list page shows, written in its address so a link or the back button
// brings it back: search words, filters, sort order and the choices picked to
// compare. Parameter names and values are Swedish words people can read.
import { noFilters, type Filters } from './filters';

export type SortChoice = { by: 'relevance' } | { by: 'name' } | { by: 'indicator'; id: string; direction: 'highest-first' | 'lowest-first' };

export interface ListState {
  query: string;
  filters: Filters;
  /** Absent: best match first when searching, otherwise by name. */
  sort?: SortChoice;
  /** Ids picked for comparison, in the order picked. */
  compare: string[];
}

export const emptyListState: ListState = { query: '', filters: noFilters, compare: [] };

// Maps, not object literals: a word from the address such as "constructor" or
// "__proto__" must find nothing, not a property every object inherits.
const OWNERSHIP_WORDS = new Map([
  ['private', 'privat'],
  ['municipal', 'kommunal'],
  ['nonprofit', 'ideburen'],
]);
const OWNERSHIP_BY_WORD = new Map([...OWNERSHIP_WORDS].map(([k, v]) => [v, k]));
const DIRECTION_WORDS = { 'highest-first': 'hogst', 'lowest-first': 'lagst' } as const;

// Ids from the address: the shape and length content ids have (schemas/common.ts).
const ID = /^(?=.{1,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUERY_LENGTH = 200;

/** A comma-separated list of ids; anything that is not an id is dropped. */
function idList(value: string | null): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter((v) => ID.test(v)),
    ),
  ];
}

export function parseSort(value: string | null): SortChoice | undefined {
  if (value === 'namn') return { by: 'name' };
  if (value === 'traff') return { by: 'relevance' };
  const m = /^(hogst|lagst):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(value ?? '');
  if (m) return { by: 'indicator', id: m[2], direction: m[1] === 'hogst' ? 'highest-first' : 'lowest-first' };
  return undefined;
}

export function sortParam(sort: SortChoice): string {
  if (sort.by === 'name') return 'namn';
  if (sort.by === 'relevance') return 'traff';
  return `${DIRECTION_WORDS[sort.direction]}:${sort.id}`;
}

/** Reads the state from a query string such as "?q=demens&sprak=arabiska,finska". */
export function parseListState(search: string): ListState {
  const p = new URLSearchParams(search);
  return {
    query: (p.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters: {
      areas: idList(p.get('omrade')),
      languages: idList(p.get('sprak')),
      profiles: idList(p.get('profil')),
      ownership: idList(p.get('drift')).flatMap((w) => OWNERSHIP_BY_WORD.get(w) ?? []),
      acceptsNew: p.get('nya') === 'ja',
    },
    sort: parseSort(p.get('sortera')),
    compare: idList(p.get('jamfor')),
  };
}

/** Keeps commas and colons readable in the address; everything else is encoded. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** The query string for a state, "" when there is nothing to say; parameters in a fixed order. */
export function listStateToSearch(state: ListState): string {
  const parts: [string, string][] = [];
  const { filters: f } = state;
  if (state.query.trim()) parts.push(['q', state.query.trim()]);
  if (f.areas.length) parts.push(['omrade', f.areas.join(',')]);
  if (f.languages.length) parts.push(['sprak', f.languages.join(',')]);
  if (f.profiles.length) parts.push(['profil', f.profiles.join(',')]);
  if (f.ownership.length) parts.push(['drift', f.ownership.map((o) => OWNERSHIP_WORDS.get(o) ?? o).join(',')]);
  if (f.acceptsNew) parts.push(['nya', 'ja']);
  if (state.sort) parts.push(['sortera', sortParam(state.sort)]);
  if (state.compare.length) parts.push(['jamfor', state.compare.join(',')]);
  return parts.length ? `?${parts.map(([k, v]) => `${k}=${encode(v)}`).join('&')}` : '';
}
