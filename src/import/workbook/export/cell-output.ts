// A record's fields as the cells the export writes: dates as Excel dates,
// yes/no and drop-down values as their Swedish words, lists as "a; b; c".
// The inverse of normalise/cells.ts: a cell written here reads back as the same value.
import type { CellValue } from 'exceljs';
import type { ColumnDef } from '../sheets';

export function valueAt(record: unknown, path: readonly string[]): unknown {
  let cur: unknown = record;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** An ISO date as the Excel date of that calendar day (UTC midnight: Excel dates have no time zone). */
export function excelDate(iso: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
}

/** A list in one cell: "a; b; c", or one item a line when an item holds a semicolon itself. */
export function listCell(items: unknown[]): string {
  const texts = items.map(String);
  return texts.join(texts.some((t) => t.includes(';')) ? '\n' : '; ');
}

export function cellFor(column: ColumnDef, value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  switch (column.kind) {
    case 'date':
      return typeof value === 'string' ? excelDate(value) : String(value);
    case 'yes-no':
    case 'choice': {
      const option = column.choices?.options.find((o) => o.value === value);
      return option ? option.label : String(value);
    }
    case 'id-list':
    case 'text-list':
      return Array.isArray(value) ? (value.length ? listCell(value) : null) : String(value);
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value : String(value);
    default:
      return typeof value === 'string' ? value : String(value);
  }
}
