// Which providers or units are compared, and how the comparison is shown: all
// in the address of the comparison page, so it can be shared, printed and
// opened again: jamfor/?tjanst=hemtjanst&val=a,b,c&visning=mote&dolj=resultat.
import { parseSort, sortParam, type SortChoice } from '../choice-list/list-state';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

// Ids from the address: the shape and length content ids have (schemas/common.ts).
const ID = /^(?=.{1,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CompareView {
  serviceId?: string;
  /** In the order chosen; at most MAX_COMPARE, no repeats. */
  ids: string[];
  /** Presentation view for a meeting: large type, no navigation. */
  meeting: boolean;
  hideResults: boolean;
  /** Absent: the order chosen (neutral). */
  sort?: SortChoice;
}

export function parseCompareView(search: string): CompareView {
  const p = new URLSearchParams(search);
  const service = p.get('tjanst') ?? '';
  const ids = [
    ...new Set(
      (p.get('val') ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter((v) => ID.test(v)),
    ),
  ].slice(0, MAX_COMPARE);
  const sort = parseSort(p.get('ordning'));
  return {
    serviceId: ID.test(service) ? service : undefined,
    ids,
    meeting: p.get('visning') === 'mote',
    hideResults: p.get('dolj') === 'resultat',
    sort: sort?.by === 'relevance' ? undefined : sort,
  };
}

export function compareViewToSearch(view: CompareView): string {
  const parts: string[] = [];
  if (view.serviceId) parts.push(`tjanst=${view.serviceId}`);
  if (view.ids.length) parts.push(`val=${view.ids.join(',')}`);
  if (view.meeting) parts.push('visning=mote');
  if (view.hideResults) parts.push('dolj=resultat');
  if (view.sort) parts.push(`ordning=${sortParam(view.sort)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export type ToggleResult = { ids: string[]; refused?: 'full' };

/** Adds or removes a choice; refuses a fifth. */
export function toggleCompare(ids: readonly string[], id: string, max = MAX_COMPARE): ToggleResult {
  if (ids.includes(id)) return { ids: ids.filter((x) => x !== id) };
  if (ids.length >= max) return { ids: [...ids], refused: 'full' };
  return { ids: [...ids, id] };
}
