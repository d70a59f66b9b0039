// The workbook the export writes: Förklaringar first (with the values of the
// drop-down lists beside the explanations), then one sheet per content kind
// with a frozen header row, columns as wide as their values, dates as dates,
// text columns formatted as text (so 0182 keeps its zero), and drop-down lists
// for every fixed value and every id.
import ExcelJS from 'exceljs';
import { columnLetter } from '../normalise/headers';
import { groupHeader, isGroup, SHEETS, type ColumnDef, type SheetDef, type WorkbookKind } from '../sheets';
import { cellFor, valueAt } from './cell-output';
import { addDropDownLists, SPARE_ROWS, type NamedId } from './drop-downs';
import { addExplanationSheet, EXPLANATION_COLUMNS } from './explanation-sheet';

export interface ExportRecord {
  /** The record as written in its file (for Resultat: as the schema reads the row). */
  data: unknown;
  /** For Resultat: the file in indicator-values/ the row is in. */
  file?: string;
}

export interface WorkbookInput {
  records: Record<WorkbookKind, ExportRecord[]>;
  indicators: NamedId[];
  profiles: NamedId[];
}

interface OutColumn {
  column: ColumnDef;
  header: string;
  value: (record: ExportRecord) => unknown;
}

/** How many numbered groups a list gets: the longest list plus room for new items. */
function groupCount(records: ExportRecord[], path: readonly string[], spare: number, atLeast: number): number {
  const longest = Math.max(0, ...records.map((r) => (Array.isArray(valueAt(r.data, path)) ? (valueAt(r.data, path) as unknown[]).length : 0)));
  return Math.max(atLeast, longest + spare);
}

function outColumns(def: SheetDef, records: ExportRecord[]): OutColumn[] {
  return def.columns.flatMap((c): OutColumn[] => {
    if (!isGroup(c)) return [{ column: c, header: c.header, value: (r) => (c.kind === 'file' ? r.file : valueAt(r.data, c.path)) }];
    const { path, columns, spare, atLeast } = c.group;
    const count = groupCount(records, path, spare, atLeast);
    return Array.from({ length: count }, (_, i) =>
      columns.map((g) => ({ column: g, header: groupHeader(g, i + 1), value: (r: ExportRecord) => valueAt(r.data, [...path, String(i), ...g.path]) })),
    ).flat();
  });
}

const TEXT_KINDS = new Set(['id', 'text', 'long-text', 'org-number', 'phone', 'web', 'postal-code', 'id-list', 'text-list', 'period', 'subject', 'file']);

/** Width that fits the header and the longest line of any value, within reason. */
function widthOf(header: string, column: ColumnDef, texts: string[]): number {
  if (column.kind === 'long-text') return 60;
  if (column.kind === 'date') return Math.max(12, header.length + 2);
  const longest = Math.max(header.length, ...texts.flatMap((t) => t.split('\n').map((line) => line.length)));
  return Math.min(50, Math.max(8, longest + 2));
}

function addDataSheet(workbook: ExcelJS.Workbook, def: SheetDef, records: ExportRecord[]): OutColumn[] {
  const sheet = workbook.addWorksheet(def.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const columns = outColumns(def, records);
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    const cells = records.map((r) => cellFor(c.column, c.value(r)));
    column.width = widthOf(
      c.header,
      c.column,
      cells.map((v) => (v === null || v instanceof Date ? '' : String(v))),
    );
    column.alignment = { vertical: 'top', wrapText: c.column.kind === 'long-text' || c.column.kind === 'text-list' };
    if (c.column.kind === 'date') column.numFmt = 'yyyy-mm-dd';
    else if (TEXT_KINDS.has(c.column.kind)) column.numFmt = '@';
    sheet.getCell(1, i + 1).value = c.header;
    cells.forEach((v, r) => {
      if (v !== null) sheet.getCell(r + 2, i + 1).value = v;
    });
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return columns;
}

/** exceljs has per-sheet data validations over a range, but its type declarations leave them out. */
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void } }).dataValidations;

export function buildWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kundvalsguiden';
  const explanations = addExplanationSheet(workbook);
  const sheets = SHEETS.map((def) => ({ def, columns: addDataSheet(workbook, def, input.records[def.kind]) }));
  // One empty column between the explanations and the lists.
  const dropDowns = addDropDownLists(explanations, EXPLANATION_COLUMNS + 2, input, (kind) => input.records[kind].length);
  for (const { def, columns } of sheets) {
    const sheet = workbook.getWorksheet(def.name)!;
    const lastRow = input.records[def.kind].length + 1 + SPARE_ROWS;
    columns.forEach((c, i) => {
      const validation = dropDowns.forColumn(c.column);
      const letter = columnLetter(i + 1);
      if (validation) validationsOf(sheet).add(`${letter}2:${letter}${lastRow}`, validation);
    });
  }
  return workbook;
}
