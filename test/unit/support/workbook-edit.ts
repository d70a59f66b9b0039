// Edits a workbook the way a person does in Excel, through exceljs: find a row
// by its id, change a cell under a header, add or remove a row, move rows.
// Then the workbook is saved again, as Excel would, for the import to read.
import ExcelJS from 'exceljs';

export interface SheetEditor {
  headers: () => string[];
  /** The row number of the row whose first column holds `id`. */
  rowOf: (id: string) => number;
  get: (id: string, header: string) => ExcelJS.CellValue;
  set: (id: string, header: string, value: ExcelJS.CellValue) => void;
  setAt: (row: number, header: string, value: ExcelJS.CellValue) => void;
  /** Adds a row below the last one; returns its row number. */
  addRow: (values: Record<string, ExcelJS.CellValue>) => number;
  /** Adds a copy of a row (with changes) below the last one; returns its row number. */
  copyRow: (id: string, changes: Record<string, ExcelJS.CellValue>) => number;
  removeRow: (id: string) => void;
  /** Reverses the order of the data rows (the header stays). */
  reverseRows: () => void;
  addColumn: (header: string) => void;
  lastRow: () => number;
  raw: ExcelJS.Worksheet;
}

export interface WorkbookEditor {
  sheet: (name: string) => SheetEditor;
  book: ExcelJS.Workbook;
}

function sheetEditor(ws: ExcelJS.Worksheet): SheetEditor {
  const headers = () => {
    const out: string[] = [];
    ws.getRow(1).eachCell((cell, col) => (out[col - 1] = String(cell.value)));
    return out;
  };
  const columnOf = (header: string) => {
    const i = headers().indexOf(header);
    if (i < 0) throw new Error(`${ws.name}: ingen kolumn ${header} (${headers().join(', ')})`);
    return i + 1;
  };
  const lastRow = () => {
    let last = 1;
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (row.values && (row.values as unknown[]).some((v) => v !== undefined && v !== null && v !== '')) last = n;
    });
    return last;
  };
  const rowOf = (id: string) => {
    for (let r = 2; r <= lastRow(); r++) if (ws.getCell(r, 1).value === id) return r;
    throw new Error(`${ws.name}: ingen rad med id ${id}`);
  };
  const setAt = (row: number, header: string, value: ExcelJS.CellValue) => {
    ws.getCell(row, columnOf(header)).value = value;
  };
  return {
    headers,
    rowOf,
    get: (id, header) => ws.getCell(rowOf(id), columnOf(header)).value,
    set: (id, header, value) => setAt(rowOf(id), header, value),
    setAt,
    addRow(values) {
      const row = lastRow() + 1;
      for (const [header, value] of Object.entries(values)) setAt(row, header, value);
      return row;
    },
    copyRow(id, changes) {
      const from = rowOf(id);
      const row = lastRow() + 1;
      for (let i = 0; i < headers().length; i++) ws.getCell(row, i + 1).value = ws.getCell(from, i + 1).value;
      for (const [header, value] of Object.entries(changes)) setAt(row, header, value);
      return row;
    },
    removeRow: (id) => ws.spliceRows(rowOf(id), 1),
    reverseRows() {
      const last = lastRow();
      const values = Array.from({ length: last - 1 }, (_, i) => headers().map((_h, c) => ws.getCell(i + 2, c + 1).value));
      for (const [i, row] of values.reverse().entries()) for (const [c, v] of row.entries()) ws.getCell(i + 2, c + 1).value = v;
    },
    addColumn(header) {
      ws.getCell(1, headers().length + 1).value = header;
    },
    lastRow,
    raw: ws,
  };
}

/** Opens the workbook, lets `edit` change it, and saves it in place. */
export async function editWorkbook(path: string, edit: (book: WorkbookEditor) => void | Promise<void>): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  await edit({
    book,
    sheet: (name) => {
      const ws = book.getWorksheet(name);
      if (!ws) throw new Error(`inget blad ${name}`);
      return sheetEditor(ws);
    },
  });
  await book.xlsx.writeFile(path);
}

/** A date as Excel holds it: that calendar day, no time zone. */
export const excelDay = (iso: string) => new Date(`${iso}T00:00:00Z`);
