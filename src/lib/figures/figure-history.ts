// One subject's last periods of an indicator with the kommun average for each
// period: what the "results over time" chart and its table show.
import type { Average } from './averages';
import type { Figure } from './figures';
import { hasValue } from './figures';
import type { HistoryInput } from '../charts/history-chart';
import { HISTORY_PERIODS } from '../charts/history-chart';

export interface HistoryRow {
  figure: Figure;
  kommun?: Average;
}

export function historyRows(history: Figure[], averages: (period: string) => { kommun?: Average }, count = HISTORY_PERIODS): HistoryRow[] {
  return history.slice(-count).map((figure) => ({ figure, kommun: averages(figure.period).kommun }));
}

export function chartInput(rows: HistoryRow[]): HistoryInput[] {
  return rows.map((r) => ({ period: r.figure.period, value: hasValue(r.figure) ? r.figure.value : undefined, kommun: r.kommun?.value }));
}
