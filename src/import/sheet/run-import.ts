// The spreadsheet import, stage by stage. The folders beside this file are the stages:
//   read/       the file as it is (CSV in any of Excel's encodings, or a guarded .xlsx)
//   normalise/  cells as people write them, and columns whatever their header says
//   validate/   the header row, then every row: a value or follow-up, or a refusal
//               with row, column and reason
//   plan/       what changes in content/: values merged by key, follow-ups by id
// Writing, the lock and the all-or-nothing switch are shared with the Kolada import
// (../shared/pipeline.ts): one refused row and no file is touched.
import { loadContentToCompare, runImport, secondsSince, writePlanned, type ImportRunOptions } from '../shared/pipeline';
import { matchHeaders, type FieldVariants } from './normalise/headers';
import { planFollowUpSheet } from './plan/follow-up-files';
import { planSurveyValues, type SheetPlan } from './plan/survey-values';
import { readSheetFile, type SheetLimits } from './read/read-sheet';
import { SheetSetupError, type RowOutcome, type SheetImportReport, type SheetKind } from './report';
import { followUpFields } from './validate/follow-up-rows';
import { headerProblem } from './validate/header-row';
import { surveyFields } from './validate/survey-rows';

export { SheetSetupError, type RowOutcome, type SheetImportReport, type SheetKind, type SheetRowReport, type UnknownAnswersRow } from './report';

export interface SheetImportOptions extends ImportRunOptions {
  file: string;
  kind: SheetKind;
  today: string;
  /** Caps on the file; the defaults are far above any kommun's sheet. */
  limits?: Partial<SheetLimits>;
}

export function runSheetImport(options: SheetImportOptions): Promise<SheetImportReport> {
  return runImport(options, 'npm run import:sheet', async (run) => {
    const model = loadContentToCompare(run, SheetSetupError);

    // Read and normalise: the file as it is, and which column is which.
    run.say(`Läser ${options.file}...`);
    const table = await readSheetFile(options.file, options.limits);
    run.say(`  ${table.description}: ${table.rows.length} rader.`);
    const variants: FieldVariants<string> = options.kind === 'survey' ? surveyFields : followUpFields;
    const match = matchHeaders(table.header, variants);

    // Validate and plan: every row, against what content already holds.
    const problem = headerProblem(table, match, options.kind, variants);
    const at = { contentDir: run.contentDir, projectDir: run.projectDir, today: options.today };
    let planned: SheetPlan;
    if (problem)
      planned = {
        rows: table.rows.map(({ row }) => ({ row, outcome: 'refused', refusal: { row: 1, reason: problem } })),
        changes: [],
        suppressed: 0,
        unknownAnswers: [],
      };
    else if (options.kind === 'survey') planned = planSurveyValues(table, match.columns, model, at);
    else planned = planFollowUpSheet(table, match.columns, model, at);
    const rows = planned.rows.sort((a, b) => a.row - b.row);
    const counts: Record<RowOutcome, number> = { written: 0, updated: 0, unchanged: 0, refused: 0 };
    for (const r of rows) counts[r.outcome]++;

    // Write: all or nothing.
    const { changedFiles, written } = writePlanned(run, { refused: counts.refused, dryRun: options.dryRun, changes: () => planned.changes });
    return {
      file: options.file,
      kind: options.kind,
      dryRun: options.dryRun,
      description: table.description,
      rows,
      counts,
      unusedColumns: match.unused,
      suppressed: planned.suppressed,
      unknownAnswers: planned.unknownAnswers,
      lacksAnswersColumn: options.kind === 'survey' && match.columns.n === undefined,
      changedFiles,
      written,
      seconds: secondsSince(run),
    };
  });
}
