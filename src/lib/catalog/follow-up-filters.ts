// The filters of the follow-ups list (service, kind, sanction), each value a
// static page of its own, so filtering works without JavaScript.
import { compareIds } from '../locale/names';
import type { FollowUp } from '../../schemas/follow-up';
import { followUpKindValues, sanctionValues } from '../../schemas/follow-up';
import type { Service } from '../../schemas/service';

export type FollowUpFacet = 'tjanst' | 'typ' | 'atgard';

/** Swedish address words for the codes, because people read and share the addresses. */
export const kindSlugs: Record<FollowUp['kind'], string> = {
  planned: 'planerad',
  'unannounced-visit': 'oanmalt-besok',
  'in-depth-review': 'fordjupad-granskning',
  'complaint-investigation': 'klagomal',
  'dialogue-meeting': 'dialogmote',
};
export const sanctionSlugs: Record<FollowUp['sanction'], string> = {
  none: 'ingen-atgard',
  remark: 'anmarkning',
  warning: 'varning',
  withdrawal: 'aterkallat-godkannande',
};

export interface FollowUpFilter {
  facet: FollowUpFacet;
  /** The code in content: a service id, a kind or a sanction. */
  value: string;
  slug: string;
  count: number;
}

/** Follow-ups newest first, as every list and open-data file shows them; one day's by id. */
export function newestFollowUpFirst(a: Pick<FollowUp, 'date' | 'id'>, b: Pick<FollowUp, 'date' | 'id'>): number {
  return compareIds(b.date, a.date) || compareIds(a.id, b.id);
}

export function matchesFilter(f: FollowUp, filter: Pick<FollowUpFilter, 'facet' | 'value'>): boolean {
  if (filter.facet === 'tjanst') return f.serviceId === filter.value;
  if (filter.facet === 'typ') return f.kind === filter.value;
  return f.sanction === filter.value;
}

/** Every filter value that has at least one follow-up, in a fixed order: services as listed, kinds and sanctions as in the schema. */
export function followUpFilters(followUps: readonly FollowUp[], services: readonly Service[]): FollowUpFilter[] {
  const options: Omit<FollowUpFilter, 'count'>[] = [
    ...services.map((s) => ({ facet: 'tjanst' as const, value: s.id, slug: s.id })),
    ...followUpKindValues.map((k) => ({ facet: 'typ' as const, value: k, slug: kindSlugs[k] })),
    ...sanctionValues.map((s) => ({ facet: 'atgard' as const, value: s, slug: sanctionSlugs[s] })),
  ];
  return options.map((o) => ({ ...o, count: followUps.filter((f) => matchesFilter(f, o)).length })).filter((o) => o.count > 0);
}

export function filterFollowUps(followUps: readonly FollowUp[], filter?: Pick<FollowUpFilter, 'facet' | 'value'>): FollowUp[] {
  return followUps.filter((f) => !filter || matchesFilter(f, filter)).sort(newestFollowUpFirst);
}
