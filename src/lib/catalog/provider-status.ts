// Where a provider stands in the scheme, from its status history.
import type { Provider, ProviderStatus } from '../../schemas/provider';

export function currentStatus(p: Provider): { status: ProviderStatus; since: string; note?: string } {
  const last = p.statusHistory[p.statusHistory.length - 1];
  return { status: last.status, since: last.date, note: last.note };
}

/** Withdrawn and ended providers cannot be chosen, but their pages stay for öppenhet. */
export function canBeChosen(p: Provider): boolean {
  const { status } = currentStatus(p);
  return status === 'active' || status === 'warned';
}
