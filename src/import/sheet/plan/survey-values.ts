// What a survey sheet changes: its values go to content/indicator-values/kalkylblad-<år>.csv,
// one file per year of the period, merged by key and never dropping a row. A value
// that a hand-written file already holds differently is refused, not overwritten.
import { join } from 'node:path';
import type { ContentModel } from '../../../lib/catalog/model';
import type { IndicatorValue } from '../../../schemas/indicator-value';
import type { FileChange } from '../../shared/write/atomic-write';
import { describePlace, planValues, valueKey, type PlacedValue } from '../../shared/plan/value-outcomes';
import { INDICATOR_VALUES_DIR, readPlacedValues, serializeIndicatorValues } from '../../shared/write/indicator-value-file';
import type { SheetTable } from '../read/read-sheet';
import type { SheetRowReport, UnknownAnswersRow } from '../report';
import { acceptRows } from '../validate/accepted-rows';
import { surveyRowToValue, type SurveyField, type SurveyRowResult } from '../validate/survey-rows';

export interface SheetPlan {
  rows: SheetRowReport[];
  changes: FileChange[];
  suppressed: number;
  unknownAnswers: UnknownAnswersRow[];
}

type Accepted = Extract<SurveyRowResult, { ok: true }>;

export function planSurveyValues(
  table: SheetTable,
  columns: Partial<Record<SurveyField, number>>,
  model: ContentModel,
  at: { contentDir: string; projectDir: string; today: string },
): SheetPlan {
  const context = { kommun: model.site.municipalityCode, indicators: model.indicators, units: model.units, providers: model.providers, today: at.today };
  const { refused, accepted } = acceptRows<Accepted>(
    table,
    (cells, row) => {
      const r = surveyRowToValue(cells, row, table.header, columns, context);
      return r.ok ? { ok: true, key: valueKey(r.value), entry: r } : r;
    },
    (r, row, first) => ({ row, column: table.header[columns.period!], value: r.value.period, reason: `samma indikator, enhet och period som rad ${first}` }),
  );
  const rows = [...refused];
  let suppressed = 0;
  const unknownAnswers: UnknownAnswersRow[] = [];
  for (const { row, entry: r } of accepted) {
    if (r.withheld === 'unknown-answers') unknownAnswers.push({ row, indicator: r.value.indicator, subject: r.value.subject, period: r.value.period });
    else if (r.value.state === 'suppressed') suppressed++;
  }

  const placed = readPlacedValues(at.contentDir, at.projectDir);
  const changes: FileChange[] = [];
  const byFile = new Map<string, { row: number; value: IndicatorValue }[]>();
  for (const { row, entry } of accepted) {
    const path = join(at.contentDir, INDICATOR_VALUES_DIR, `kalkylblad-${entry.value.period.slice(0, 4)}.csv`);
    byFile.set(path, [...(byFile.get(path) ?? []), { row, value: entry.value }]);
  }
  for (const [path, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const others: PlacedValue[] = [...placed].filter(([p]) => p !== path).flatMap(([, l]) => l);
    const plan = planValues(
      list.map((x) => x.value),
      placed.get(path) ?? [],
      others,
      false,
    );
    plan.entries.forEach((e, i) => {
      const { row } = list[i];
      if (e.outcome === 'conflict')
        rows.push({
          row,
          outcome: 'refused',
          key: e.key,
          refusal: {
            row,
            reason: `samma indikator, enhet och period finns redan i ${describePlace(e.existing!)} med ett annat värde. Ändra där, eller ta bort raden där om kalkylbladet ska gälla`,
          },
        });
      else rows.push({ row, outcome: e.outcome, key: e.key });
    });
    changes.push({ path, content: serializeIndicatorValues(plan.rows) });
  }
  return { rows, changes, suppressed, unknownAnswers };
}
