// What the spreadsheet import tells whoever started it: every row's outcome, the
// report the summary is written from, and the error that says it could not start.
import { ImportSetupError } from '../shared/pipeline';
import type { SheetRefusal } from './validate/survey-rows';

export type SheetKind = 'survey' | 'followups';
export type RowOutcome = 'written' | 'updated' | 'unchanged' | 'refused';

/** Content is invalid, so the sheet cannot be compared with it. */
export class SheetSetupError extends ImportSetupError {}

export interface SheetRowReport {
  row: number;
  outcome: RowOutcome;
  /** The value's key or the follow-up's id. */
  key?: string;
  refusal?: SheetRefusal;
}

export interface UnknownAnswersRow {
  row: number;
  indicator: string;
  subject: string;
  period: string;
}

export interface SheetImportReport {
  file: string;
  kind: SheetKind;
  dryRun: boolean;
  description: string;
  rows: SheetRowReport[];
  counts: Record<RowOutcome, number>;
  unusedColumns: string[];
  /** Values that became "för få svar" (survey). */
  suppressed: number;
  /** Survey rows with a value but no number of answers, for an indicator whose source does not suppress: stored without the value, not shown. */
  unknownAnswers: UnknownAnswersRow[];
  /** The sheet has no column for the number of answers (survey). */
  lacksAnswersColumn: boolean;
  /** Files changed, or that would change; empty when anything was refused. */
  changedFiles: string[];
  written: boolean;
  seconds: number;
}
