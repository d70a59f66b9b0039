// Reads the workbook as it is: every sheet's header row (row 1) and its other
// rows with their Excel row numbers, each cell made plain. The file passes the
// same zip caps as the spreadsheet import before exceljs sees it.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { formatByteSize, formatNumber } from '../../../lib/locale/format';
import { ALL_PARTS, packStored, unpackXlsxParts, XlsxLimitError } from '../../shared/read/xlsx-guard';
import { SHEET_LIMITS, type SheetLimits } from '../../sheet/read/read-sheet';
import { WorkbookReadError } from '../report';
import { cellAsText, isBlankCell, plainCellValue, type CellValue } from './cell-value';

export interface WorkbookRow {
  /** As Excel numbers it. */
  row: number;
  /** Column number (1 = A) -> value; blank cells are left out. */
  cells: Map<number, CellValue>;
}

export interface WorkbookSheet {
  name: string;
  /** Column number -> header text, trimmed; columns without a header are left out. */
  header: Map<number, string>;
  rows: WorkbookRow[];
}

function checkedBytes(path: string, limits: SheetLimits): Buffer {
  if (extname(path).toLowerCase() !== '.xlsx')
    throw new WorkbookReadError(
      `filen ska vara en Excel-arbetsbok (.xlsx), som npm run export:workbook skriver (filen slutar på ${extname(path) || '(inget)'}).`,
    );
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new WorkbookReadError('det är en mapp, inte en fil.');
    if (stat.size > limits.maxFileBytes)
      throw new WorkbookReadError(
        `filen är ${formatByteSize(stat.size)}, större än gränsen ${formatByteSize(limits.maxFileBytes)}. Kontrollera att det är rätt fil.`,
      );
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError('filen går inte att läsa (saknas den, eller saknas behörighet att läsa den?).');
  }
  try {
    // Every part: exceljs reads notes, pictures and drawings a person may have added, and stops without them.
    return packStored(unpackXlsxParts(bytes, { maxBytes: limits.maxUnpackedBytes, maxEntries: limits.maxZipEntries }, ALL_PARTS));
  } catch (e) {
    if (e instanceof XlsxLimitError) throw new WorkbookReadError(e.message);
    throw e;
  }
}

/**
 * A number shown as a percentage ("68 %") is stored as 0.68; the person meant
 * 68, as every percent column in the workbook counts in percentage points.
 */
function asShown(value: CellValue, numFmt: string | undefined): CellValue {
  if (typeof value !== 'number' || !numFmt || !numFmt.replace(/"[^"]*"/g, '').includes('%')) return value;
  return Math.round(value * 100 * 1e9) / 1e9;
}

function readSheet(ws: ExcelJS.Worksheet, limits: SheetLimits): WorkbookSheet {
  if (ws.rowCount > limits.maxRows + 1)
    throw new WorkbookReadError(
      `bladet ${ws.name} har fler än ${formatNumber(limits.maxRows, 0)} rader, långt fler än någon kommun behöver. Kontrollera att det är rätt fil.`,
    );
  const header = new Map<number, string>();
  const rows: WorkbookRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, CellValue>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = asShown(plainCellValue(cell.value), cell.numFmt);
      if (!isBlankCell(value)) cells.set(column, value);
    });
    if (rowNumber === 1) for (const [column, value] of cells) header.set(column, cellAsText(value).replace(/\s+/g, ' ').trim());
    else if (cells.size > 0) rows.push({ row: rowNumber, cells });
  });
  return { name: ws.name, header, rows };
}

export async function readWorkbook(path: string, overrides: Partial<SheetLimits> = {}): Promise<WorkbookSheet[]> {
  const limits = { ...SHEET_LIMITS, ...overrides };
  const bytes = checkedBytes(path, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // exceljs's own message is English and technical; what the person can do is the same.
    throw new WorkbookReadError(
      'filen går inte att läsa som Excel-arbetsbok (.xlsx): den är skadad. Öppna den i Excel och spara om den som "Excel-arbetsbok (.xlsx)".',
    );
  }
  return workbook.worksheets.map((ws) => readSheet(ws, limits));
}
