// An indicator-value CSV file as text the import can change a row at a time:
// each record keeps its own bytes (line ending, quotes, decimal point or comma)
// unless that row changed, so the git diff shows exactly the rows that did.
// New and changed rows are written in the file's own style: its delimiter, its
// column order and its decimal mark.
import { formatDataNumber } from '../../../lib/locale/format';
import type { IndicatorValue } from '../../../schemas/indicator-value';
import { indicatorValueColumns } from '../../../schemas/indicator-value';

export interface CsvSegment {
  /** The record's text with its line ending (the last record may have none). */
  text: string;
  /** Line where it starts; the header is line 1. */
  line: number;
}

export interface CsvText {
  delimiter: ';' | ',';
  /** Column names in the file's order. */
  columns: string[];
  decimalComma: boolean;
  lineEnding: '\n' | '\r\n';
  header: CsvSegment;
  /** The records after the header, blank lines left out (they stay where they are). */
  records: CsvSegment[];
  /** Every segment in file order, blank ones included, so the file can be put back together. */
  all: CsvSegment[];
}

/** Splits CSV text into records, keeping each record's exact text; line breaks inside quotes stay in their record. */
export function splitCsvRecords(text: string): CsvSegment[] {
  const out: CsvSegment[] = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n') {
      line++;
      if (!inQuotes) {
        out.push({ text: text.slice(start, i + 1), line: startLine });
        start = i + 1;
        startLine = line;
      }
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), line: startLine });
  return out;
}

const isBlank = (s: CsvSegment) => s.text.trim() === '' || s.text.replace(/^\uFEFF/, '').trim() === '';

/** The file's layout; `cells` are its records as the loader reads them (same order as `records`). */
export function readCsvText(text: string, cells: Record<string, string>[]): CsvText {
  const all = splitCsvRecords(text);
  const headerIndex = all.findIndex((s) => !isBlank(s));
  const header = all[headerIndex] ?? { text: '', line: 1 };
  const firstLine = header.text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  // The same choice as the loader (src/data/read-files.ts).
  const delimiter = firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',';
  const columns = firstLine.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
  const records = all.slice(headerIndex + 1).filter((s) => !isBlank(s));
  const numbers = cells.flatMap((r) => [r.value, r.n, r.responseRate]).filter((v) => v);
  // A comma-separated file cannot use a decimal comma (the loader's rule); otherwise the file's own habit, or the importers'.
  const decimalComma = delimiter === ';' && (numbers.some((v) => v.includes(',')) || !numbers.some((v) => v.includes('.')));
  return { delimiter, columns, decimalComma, lineEnding: header.text.endsWith('\r\n') ? '\r\n' : '\n', header, records, all };
}

/** A new file's layout: the importers' style (semicolon, decimal comma, the schema's column order). */
export function newCsvText(): CsvText {
  const header = { text: `${indicatorValueColumns.join(';')}\n`, line: 1 };
  return { delimiter: ';', columns: [...indicatorValueColumns], decimalComma: true, lineEnding: '\n', header, records: [], all: [header] };
}

function csvCell(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One figure as a record of the file, with its line ending: a valid figure as
 * the schema reads it, or an invalid one as it was typed (so validation can say
 * what is wrong with it).
 */
export function csvRecord(value: IndicatorValue | Record<string, unknown>, file: CsvText): string {
  const cell = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'number' ? (file.decimalComma ? formatDataNumber(v) : String(v)) : String(v));
  const fields = value as Record<string, unknown>;
  return `${file.columns.map((c) => csvCell(cell(fields[c]), file.delimiter)).join(file.delimiter)}${file.lineEnding}`;
}
