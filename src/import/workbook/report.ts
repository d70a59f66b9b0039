// What the workbook import tells whoever started it: each problem with its
// sheet, row, column, value and what was expected, and per sheet how many rows
// are new, changed, unchanged and removed.
import { formatContentError } from '../../data/content-error';
import { maskedForOutput } from '../../data/personal-data';
import { formatDataNumber } from '../../lib/locale/format';
import { ImportSetupError } from '../shared/pipeline';

/** Content is invalid, or the workbook cannot be read at all. */
export class WorkbookSetupError extends ImportSetupError {}

/** The file is not a workbook that can be read (damaged, too big, not .xlsx). */
export class WorkbookReadError extends Error {}

/** A problem in the workbook, or one a change in it causes in a file the workbook does not hold. */
export interface WorkbookError {
  sheet?: string;
  /** The row as Excel numbers it; the header is row 1. */
  row?: number;
  column?: string;
  /** The cell's value; undefined with `hasValue` for an empty cell. */
  value?: unknown;
  /** Whether the message shows a value at all (not for a missing sheet or column). */
  hasValue: boolean;
  expected: string;
  /** Set instead of sheet for a content file outside the workbook (an indicator, site.yaml). */
  file?: string;
  line?: number;
  field?: string;
}

export interface SheetCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** Removed from content (only with --allow-remove). */
  removed: number;
  /** Missing from the sheet but kept, because --allow-remove was not given. */
  kept: number;
}

export interface SheetReport {
  name: string;
  counts: SheetCounts;
  /** What was removed, or would be without the kept ones: "hemtjanst-ankaret (providers/hemtjanst-ankaret.yaml)". */
  removed: string[];
  kept: string[];
  /** Columns of the sheet's definition that the sheet lacks: their fields are kept from the files. */
  missingColumns: string[];
}

export interface WorkbookImportReport {
  file: string;
  dryRun: boolean;
  allowRemove: boolean;
  sheets: SheetReport[];
  /** Sheets the import does not read (besides Förklaringar). */
  otherSheets: string[];
  errors: WorkbookError[];
  /** For the shared command runner: any error means nothing was written. */
  counts: { refused: number };
  changedFiles: string[];
  written: boolean;
  seconds: number;
}

/** A value as the person saw it in the cell; personnummer masked. */
export function shownValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'tomt';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'ett ogiltigt datum' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return formatDataNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  // A list the numbered columns left empty, or a list cell.
  if (Array.isArray(value)) return value.length === 0 ? 'tomt' : shownValue(value.join('; '));
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const quoted = `"${maskedForOutput(text)}"`;
  return quoted.length > 120 ? `${quoted.slice(0, 116)}..."` : quoted;
}

/** One line per problem, in the form kommun staff read it. */
export function formatWorkbookError(e: WorkbookError): string {
  const end = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
  if (!e.sheet && e.file)
    return `${end(formatContentError({ file: e.file, line: e.line, field: e.field, value: e.value, expected: e.expected }))} (Filen finns inte i arbetsboken; felet kommer av en ändring i arbetsboken.)`;
  const where = [`Blad ${e.sheet}`, e.row !== undefined ? `rad ${e.row}` : undefined, e.column !== undefined ? `kolumn ${e.column}` : undefined]
    .filter(Boolean)
    .join(', ');
  const value = e.hasValue ? `: värdet är ${shownValue(e.value)}` : '';
  return `${where}${value}. Förväntat: ${end(maskedForOutput(e.expected))}`;
}

/** Errors in the order of the workbook: sheet by sheet, row by row; within a row as found (cells left to right first). */
export function sortWorkbookErrors(errors: WorkbookError[], sheetOrder: string[]): WorkbookError[] {
  const sheetIndex = (e: WorkbookError) => (e.sheet ? sheetOrder.indexOf(e.sheet) : sheetOrder.length);
  return [...errors].sort(
    (a, b) => sheetIndex(a) - sheetIndex(b) || (a.file ?? '').localeCompare(b.file ?? '') || (a.row ?? 0) - (b.row ?? 0) || (a.line ?? 0) - (b.line ?? 0),
  );
}
