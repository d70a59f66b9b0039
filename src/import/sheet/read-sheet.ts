// Reads a kommun's spreadsheet as it is: CSV with semicolon, comma or tab, in
// UTF-8 (with or without BOM) or Windows-1252 as Excel saves it, or an .xlsx
// workbook (first sheet). Returns the header and the rows with their row numbers.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import type { Cell } from '../../lib/sheet-cells';

export const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export interface SheetTable {
  format: 'csv' | 'xlsx';
  /** How the file was read, for the summary: "UTF-8 med BOM, semikolon". */
  description: string;
  header: string[];
  rows: { row: number; cells: Cell[] }[];
}

export class SheetReadError extends Error {}

export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 med BOM' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new SheetReadError('filen är sparad som UTF-16. Spara om den som "CSV UTF-8" i Excel.');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: Excel's "CSV (semikolonavgränsad)" on Swedish Windows writes Windows-1252.
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'Windows-1252' };
  }
}

/** The delimiter that splits the header line into the most columns. */
export function detectDelimiter(headerLine: string): ';' | ',' | '\t' {
  const count = (d: string) => headerLine.split(d).length;
  const candidates: (';' | ',' | '\t')[] = [';', '\t', ','];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ';');
}

const DELIMITER_NAMES = { ';': 'semikolon', ',': 'komma', '\t': 'tabb' } as const;

function readCsv(bytes: Buffer): SheetTable {
  const { text, encoding } = decodeText(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true, bom: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new SheetReadError(`raden ${err.lines ?? '?'} går inte att läsa som CSV med ${DELIMITER_NAMES[delimiter]} (${err.message.split('\n')[0]}). Kontrollera citattecken.`);
  }
  if (records.length === 0) throw new SheetReadError('filen är tom: den behöver en rubrikrad och minst en rad.');
  const [head, ...rest] = records;
  return {
    format: 'csv',
    description: `CSV, ${encoding}, ${DELIMITER_NAMES[delimiter]} mellan kolumnerna`,
    header: head.record.map((h) => h.trim()),
    rows: rest
      .filter((r) => r.record.some((c) => c.trim() !== ''))
      .map((r) => ({ row: r.info.lines, cells: r.record })),
  };
}

function cellOf(v: unknown): Cell {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

async function readXlsx(bytes: Buffer): Promise<SheetTable> {
  let data: unknown[][];
  try {
    data = (await readSheet(bytes)) as unknown[][];
  } catch (e) {
    throw new SheetReadError(`filen går inte att läsa som Excel-arbetsbok (.xlsx): ${(e as Error).message}. Spara om den i Excel som "Excel-arbetsbok".`);
  }
  const rows = data.map((r, i) => ({ row: i + 1, cells: r.map(cellOf) }));
  const headIndex = rows.findIndex((r) => r.cells.some((c) => c !== null && String(c).trim() !== ''));
  if (headIndex < 0) throw new SheetReadError('arbetsbokens första blad är tomt.');
  return {
    format: 'xlsx',
    description: 'Excel-arbetsbok (.xlsx), första bladet',
    header: rows[headIndex].cells.map((c) => (c === null ? '' : String(c).trim())),
    rows: rows.slice(headIndex + 1).filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== '')),
  };
}

export async function readSheetFile(path: string): Promise<SheetTable> {
  const size = statSync(path).size;
  if (size > MAX_SHEET_BYTES) throw new SheetReadError(`filen är större än ${MAX_SHEET_BYTES / 1024 / 1024} MB. Kontrollera att det är rätt fil.`);
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsx(bytes);
  if (ext === '.csv' || ext === '.txt') return readCsv(bytes);
  if (ext === '.xls') throw new SheetReadError('gamla Excel-filer (.xls) kan inte läsas. Spara om filen som .xlsx eller CSV.');
  throw new SheetReadError(`filer som slutar på ${ext || '(inget)'} kan inte läsas. Använd .csv eller .xlsx.`);
}
