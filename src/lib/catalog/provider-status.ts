// Where a provider stands in the scheme on a given day, from its status
// history. Dates take effect on their day (DESIGN): an entry dated after the
// day is announced, not in force, so a planned end never makes a provider
// unchoosable before it comes.
import type { Provider, ProviderStatus } from '../../schemas/provider';

export interface StatusOnDate {
  status: ProviderStatus;
  since: string;
  note?: string;
}

/** The status in force on `date`: the last entry dated on or before it (the first entry if all are later). */
export function statusAt(p: Provider, date: string): StatusOnDate {
  let current = p.statusHistory[0];
  for (const h of p.statusHistory) if (h.date <= date) current = h;
  return { status: current.status, since: current.date, ...(current.note ? { note: current.note } : {}) };
}

/** The first announced end after `date`: a withdrawal or end dated later than it, if the history has one. */
export function plannedEndAfter(p: Provider, date: string): (StatusOnDate & { status: 'withdrawn' | 'ended' }) | undefined {
  const next = p.statusHistory.find((h) => h.date > date && (h.status === 'withdrawn' || h.status === 'ended'));
  if (!next) return undefined;
  return { status: next.status as 'withdrawn' | 'ended', since: next.date, ...(next.note ? { note: next.note } : {}) };
}

/** Withdrawn and ended providers cannot be chosen, but their pages stay for öppenhet. */
export function canBeChosenOn(p: Provider, date: string): boolean {
  const { status } = statusAt(p, date);
  return status === 'active' || status === 'warned';
}
