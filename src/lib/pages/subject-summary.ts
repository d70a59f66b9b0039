// What a provider's or unit's page opens with, before the detail: its status
// on the publication date, the kommun's latest follow-up and its outcome, the
// capacity with its age, and the two or three key results of the service.
import type { Catalog, FigureWithAverages } from '../catalog/catalog';
import type { FollowUp } from '../../schemas/follow-up';
import type { Provider, ProviderStatus } from '../../schemas/provider';
import type { Service } from '../../schemas/service';
import type { Unit } from '../../schemas/unit';
import type { CapacityView } from '../status/capacity';
import type { StatusLine } from '../status/status-line';
import { anchors } from './paths';

/** Key results the summary shows at most; the rest are in the results section. */
export const SUMMARY_KEY_RESULTS = 3;

export interface SubjectSummaryView {
  statusLine: StatusLine;
  /** The provider's status on the publication date, with the kommun's note, told when the status line has nothing to say. */
  status: { status: ProviderStatus; since: string; note?: string };
  latestFollowUp?: Pick<FollowUp, 'date' | 'kind' | 'sanction' | 'status'> & { anchor: string };
  capacity?: CapacityView;
  /** Latest figures of the services' key indicators, in the services' order. */
  keyResults: FigureWithAverages[];
}

export interface SubjectSummaryInput {
  provider: Provider;
  unit?: Unit;
  /** The services whose key indicators count: a unit's one, a provider's all. */
  services: readonly Service[];
  /** The page's latest figures (key indicators first). */
  figures: readonly FigureWithAverages[];
  /** The page's follow-ups, newest first. */
  followUps: readonly FollowUp[];
}

export function subjectSummary(catalog: Catalog, input: SubjectSummaryInput): SubjectSummaryView {
  const { provider, unit } = input;
  const keyIds = new Set(input.services.flatMap((s) => s.keyIndicators));
  const latest = input.followUps[0];
  const capacity = catalog.capacityOf(unit ? unit.capacity : provider.capacity);
  return {
    statusLine: catalog.statusLineOf(provider, unit),
    status: catalog.statusOf(provider),
    ...(latest
      ? { latestFollowUp: { date: latest.date, kind: latest.kind, sanction: latest.sanction, status: latest.status, anchor: anchors.followUp(latest.id) } }
      : {}),
    ...(capacity ? { capacity } : {}),
    keyResults: input.figures.filter((f) => keyIds.has(f.indicator.id)).slice(0, SUMMARY_KEY_RESULTS),
  };
}
