// The columns of an open-data file and how each kind of value is written, so
// the CSV and the JSON of a dataset always carry the same fields.
import { formatDataNumber } from '../locale/format';

/**
 * id/code: a fixed value from the content's vocabulary; text: free text;
 * list: several values; url: a web address; date: YYYY-MM-DD.
 */
export type FieldType = 'id' | 'code' | 'text' | 'number' | 'integer' | 'date' | 'boolean' | 'list' | 'url';

/** A column; K names the row field it is read from, so a column can never name a field its rows lack. */
export interface FieldDef<K extends string = string> {
  name: K;
  type: FieldType;
}

export type CellValue = string | number | boolean | readonly string[] | undefined;
export type Row = Record<string, CellValue>;

/** Between the values of a list field in CSV (JSON keeps them as an array). */
export const CSV_LIST_SEPARATOR = ', ';

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or tab or carriage
 * return) as a formula. Free text gets a leading apostrophe so it stays text
 * (OWASP "CSV injection"); JSON keeps the text as written.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One value as CSV text: decimal comma, ISO dates, ja/nej, lists joined. */
export function csvCell(type: FieldType, value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatDataNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (Array.isArray(value)) return neutraliseFormula(value.join(CSV_LIST_SEPARATOR));
  const text = value as string;
  return type === 'text' || type === 'list' ? neutraliseFormula(text) : text;
}

/** One value for JSON: numbers and booleans as such, lists as arrays, nothing as null. */
export function jsonCell(value: CellValue): string | number | boolean | string[] | null {
  if (value === undefined) return null;
  if (Array.isArray(value)) return [...value];
  return value as string | number | boolean;
}
