// The record a provider or unit page ends with: latest figures against the
// averages, each indicator's last periods as chart geometry and table rows,
// quality reports per service and every follow-up.
import type { Catalog, FigureWithAverages } from '../catalog/catalog';
import { historyChart, type HistoryChart } from '../charts/history-chart';
import { chartInput, historyRows, type HistoryRow } from '../figures/figure-history';
import type { SubjectType } from '../../schemas/indicator-value';
import type { Indicator } from '../../schemas/indicator';
import type { QualityReport } from '../../schemas/quality-report';
import { followUpView, type FollowUpView } from './follow-up-view';

export interface HistoryBlock {
  indicator: Indicator;
  rows: HistoryRow[];
  /** None when no period has a value or an average to draw. */
  chart?: HistoryChart;
}

export interface FigureHistoryView {
  blocks: HistoryBlock[];
  /** Some average was computed here from units: the section explains how. */
  anyComputed: boolean;
}

export interface ServiceReportsView {
  serviceName: string;
  /** Newest first. */
  reports: QualityReport[];
  /** Reported per unit, on the units' pages. */
  perUnit?: boolean;
}

export interface SubjectRecordView {
  name: string;
  /** False for a provider whose results are shown per unit instead. */
  showResults: boolean;
  figures: FigureWithAverages[];
  freshnessMonths: number;
  history: FigureHistoryView;
  reports: ServiceReportsView[];
  followUps: FollowUpView[];
  /** When the subject's data last changed. */
  updated: string;
}

/** Per indicator of `items`, the subject's last periods with the kommun average of each. */
export function figureHistory(catalog: Catalog, type: SubjectType, id: string, items: readonly FigureWithAverages[]): FigureHistoryView {
  const blocks = items.map(({ indicator }): HistoryBlock => {
    const rows = historyRows(catalog.history(type, id, indicator.id), (period) => catalog.averages(indicator.id, period));
    const input = chartInput(rows);
    const drawable = input.some((i) => i.value !== undefined || i.kommun !== undefined);
    return drawable ? { indicator, rows, chart: historyChart(input, indicator.unit === 'percent') } : { indicator, rows };
  });
  return { blocks, anyComputed: blocks.some((b) => b.rows.some((r) => r.kommun?.kind === 'computed')) };
}

export interface SubjectRecordInput {
  type: 'provider' | 'unit';
  id: string;
  name: string;
  figures: FigureWithAverages[];
  showResults: boolean;
  reports: ServiceReportsView[];
  updated: string;
  /** The provider the follow-ups are of, and the unit when the subject is one. */
  followUpsOf: { providerId: string; unitId?: string };
}

export function subjectRecord(catalog: Catalog, input: SubjectRecordInput): SubjectRecordView {
  const { providerId, unitId } = input.followUpsOf;
  return {
    name: input.name,
    showResults: input.showResults,
    figures: input.figures,
    freshnessMonths: catalog.site.freshnessMonths,
    // Only drawn when results are shown; a provider shown per unit gets none.
    history: input.showResults ? figureHistory(catalog, input.type, input.id, input.figures) : { blocks: [], anyComputed: false },
    reports: input.reports,
    followUps: catalog.followUpsFor(providerId, unitId).map((f) => followUpView(catalog, f)),
    updated: input.updated,
  };
}
