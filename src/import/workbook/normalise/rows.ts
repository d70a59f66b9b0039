// Every row of a sheet read cell by cell into what it says about its record:
// the value of each column there is (undefined for an empty cell), with the
// numbered columns gathered per number. A cell that cannot be read, or that
// holds a personnummer, is a problem with its row and column, and its field is
// left as it is in the file so that one slip is reported once.
import { findPersonalNumbers } from '../../../lib/safe-text/identity-numbers';
import { normaliseText } from '../../../lib/safe-text/text';
import { NO_PERSONAL_NUMBERS_EXPECTED } from '../../../data/personal-data';
import { cellAsText, type CellValue } from '../read/cell-value';
import type { WorkbookSheet } from '../read/read-workbook';
import type { WorkbookError } from '../report';
import { groupHeader, type ColumnDef, type GroupDef, type SheetDef } from '../sheets';
import { readCell } from './cells';
import type { SheetColumns } from './headers';

export interface FieldCell {
  column: ColumnDef;
  /** The header as written on the sheet. */
  header: string;
  /** undefined: the cell is empty. */
  value: unknown;
  /** The cell could not be read (its problem is reported): the field stays as it is in the file. */
  failed?: boolean;
}

export interface GroupCells {
  group: GroupDef;
  /** By number, lowest first; only numbers with at least one column on the sheet. */
  items: { n: number; cells: FieldCell[] }[];
}

export interface RowPatch {
  row: number;
  plain: FieldCell[];
  groups: GroupCells[];
}

/**
 * The personnummer in a cell, if there is one, as its digits with the last four
 * hidden (121212-XXXX), however it was spaced or dressed. A whole number counts as its digits.
 */
function personalNumberIn(value: CellValue): string | undefined {
  const text = typeof value === 'number' ? (Number.isSafeInteger(value) ? String(value) : '') : cellAsText(value);
  const found = findPersonalNumbers(normaliseText(text))[0];
  if (!found) return undefined;
  const digits = found.replace(/\D/g, '');
  return `${digits.slice(0, -4)}-XXXX`;
}

export function readRows(sheet: WorkbookSheet, def: SheetDef, columns: SheetColumns): { patches: RowPatch[]; errors: WorkbookError[] } {
  const errors: WorkbookError[] = [];
  const patches = sheet.rows.map(({ row, cells }) => {
    const refused = new Set<number>();
    for (const [index, value] of cells) {
      const masked = personalNumberIn(value);
      if (!masked) continue;
      refused.add(index);
      errors.push({
        sheet: def.name,
        row,
        column: columns.headerAt.get(index) ?? undefined,
        value: masked,
        hasValue: true,
        expected: NO_PERSONAL_NUMBERS_EXPECTED,
      });
    }
    const field = (column: ColumnDef, index: number, header: string): FieldCell => {
      if (refused.has(index)) return { column, header, value: undefined, failed: true };
      const cell = cells.get(index);
      if (cell === undefined || cell === null) return { column, header, value: undefined };
      const read = readCell(column, cell);
      if (read.ok) return { column, header, value: read.value };
      errors.push({
        sheet: def.name,
        row,
        column: header,
        value: cell instanceof Date || typeof cell !== 'object' ? cell : cellAsText(cell),
        hasValue: true,
        expected: read.expected,
      });
      return { column, header, value: undefined, failed: true };
    };
    const plain = [...columns.plain].map(([column, index]) => field(column, index, columns.headerAt.get(index) ?? column.header));
    const groups: GroupCells[] = [];
    for (const [group, byNumber] of columns.groups) {
      const items = [...byNumber]
        .sort(([a], [b]) => a - b)
        .map(([n, members]) => ({
          n,
          cells: [...members].map(([column, index]) => field(column, index, columns.headerAt.get(index) ?? groupHeader(column, n))),
        }));
      groups.push({ group, items });
    }
    return { row, plain, groups };
  });
  return { patches, errors };
}
