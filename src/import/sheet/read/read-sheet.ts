// Reads a kommun's spreadsheet as it is: CSV with semicolon, comma or tab, in
// UTF-8 (with or without BOM) or Windows-1252 as Excel saves it, or an .xlsx
// workbook (first sheet). Returns the header and the rows with their row numbers.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { readSheet } from 'read-excel-file/node';
import type { Cell } from '../normalise/cells';

import { formatByteSize, formatNumber } from '../../../lib/locale/format';
import { packStored, unpackXlsxParts, XlsxLimitError } from '../../shared/read/xlsx-guard';

/** Caps far above any kommun's sheet (a survey of 1,000 units x 30 indicators is 30,000 rows), so a wrong or hostile file stops early. */
export interface SheetLimits {
  /** Size of the file as it lies on disk. */
  maxFileBytes: number;
  /** Rows below the header. */
  maxRows: number;
  /** An .xlsx's parts unpacked, together. */
  maxUnpackedBytes: number;
  /** Parts in an .xlsx. */
  maxZipEntries: number;
}

export const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export const SHEET_LIMITS: SheetLimits = {
  maxFileBytes: MAX_SHEET_BYTES,
  maxRows: 100_000,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxZipEntries: 2_000,
};

const tooManyRows = (limits: SheetLimits) =>
  new SheetReadError(
    `filen har fler än ${formatNumber(limits.maxRows, 0)} rader, långt fler än något kalkylblad med enkätresultat eller uppföljningar. Kontrollera att det är rätt fil, eller dela upp den.`,
  );

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

/** csv-parse's problems in words (its own messages are English and quote the cell). */
const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'ett citattecken öppnas men stängs aldrig',
  CSV_INVALID_CLOSING_QUOTE: 'ett citattecken mitt i en cell',
  CSV_INVALID_OPENING_QUOTE: 'ett citattecken mitt i en cell',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'tecken efter ett avslutande citattecken',
  CSV_MAX_RECORD_SIZE: 'en cell eller rad är för lång',
};

function readCsv(bytes: Buffer, limits: SheetLimits): SheetTable {
  const { text, encoding } = decodeText(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Header + the cap + one more: enough to know the cap is passed, without reading on.
    records = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      bom: true,
      to: limits.maxRows + 2,
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as { lines?: number; code?: string };
    const what = CSV_PROBLEMS[err.code ?? ''] ?? 'raden går inte att dela upp i celler';
    throw new SheetReadError(`raden ${err.lines ?? '?'} går inte att läsa som CSV med ${DELIMITER_NAMES[delimiter]} (${what}). Kontrollera citattecken.`);
  }
  if (records.length === 0) throw new SheetReadError('filen är tom: den behöver en rubrikrad och minst en rad.');
  if (records.length > limits.maxRows + 1) throw tooManyRows(limits);
  const [head, ...rest] = records;
  return {
    format: 'csv',
    description: `CSV, ${encoding}, ${DELIMITER_NAMES[delimiter]} mellan kolumnerna`,
    header: head.record.map((h) => h.trim()),
    rows: rest.filter((r) => r.record.some((c) => c.trim() !== '')).map((r) => ({ row: r.info.lines, cells: r.record })),
  };
}

function cellOf(v: unknown): Cell {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

async function readXlsx(bytes: Buffer, limits: SheetLimits): Promise<SheetTable> {
  let checked: Buffer;
  try {
    checked = packStored(unpackXlsxParts(bytes, { maxBytes: limits.maxUnpackedBytes, maxEntries: limits.maxZipEntries }));
  } catch (e) {
    if (e instanceof XlsxLimitError) throw new SheetReadError(e.message);
    throw e;
  }
  let data: unknown[][];
  try {
    data = (await readSheet(checked)) as unknown[][];
  } catch {
    // The library's own message is English and technical; what the person can do is the same.
    throw new SheetReadError(
      'filen går inte att läsa som Excel-arbetsbok (.xlsx): arbetsboken är skadad eller har inget blad med celler. Öppna den i Excel och spara om den som "Excel-arbetsbok (.xlsx)".',
    );
  }
  if (data.length > limits.maxRows + 1) throw tooManyRows(limits);
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

export async function readSheetFile(path: string, overrides: Partial<SheetLimits> = {}): Promise<SheetTable> {
  const limits = { ...SHEET_LIMITS, ...overrides };
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new SheetReadError('det är en mapp eller en enhet, inte en fil. Ange ett kalkylblad (.csv eller .xlsx).');
    if (stat.size > limits.maxFileBytes)
      throw new SheetReadError(
        `filen är ${formatByteSize(stat.size)}, större än gränsen ${formatByteSize(limits.maxFileBytes)}. Kontrollera att det är rätt fil, eller dela upp den.`,
      );
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof SheetReadError) throw e;
    throw new SheetReadError('filen går inte att läsa (saknas den, eller saknas behörighet att läsa den?).');
  }
  // The file can have grown between the size check and the read.
  if (bytes.length > limits.maxFileBytes)
    throw new SheetReadError(`filen är större än gränsen ${formatByteSize(limits.maxFileBytes)}. Kontrollera att det är rätt fil, eller dela upp den.`);
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsx(bytes, limits);
  if (ext === '.csv' || ext === '.txt') return readCsv(bytes, limits);
  if (ext === '.xls') throw new SheetReadError('gamla Excel-filer (.xls) kan inte läsas. Spara om filen som .xlsx eller CSV.');
  throw new SheetReadError(`filer som slutar på ${ext || '(inget)'} kan inte läsas. Använd .csv eller .xlsx.`);
}
