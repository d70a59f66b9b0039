// The filters of the follow-ups list (service, kind, sanction), each value a
// static page of its own, so filtering works without JavaScript.
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

export function newestFirst(a: FollowUp, b: FollowUp): number {
  return a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? 1 : -1;
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
  return options
    .map((o) => ({ ...o, count: followUps.filter((f) => matchesFilter(f, o)).length }))
    .filter((o) => o.count > 0);
}

export function filterFollowUps(followUps: readonly FollowUp[], filter?: Pick<FollowUpFilter, 'facet' | 'value'>): FollowUp[] {
  return followUps.filter((f) => !filter || matchesFilter(f, filter)).sort(newestFirst);
}
