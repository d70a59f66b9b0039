// Every row of a sheet read into an entry or refused, and a second row for the
// same entry (same value key or follow-up id) refused with the row it repeats.
import type { SheetRowReport } from '../report';
import type { SheetTable } from '../read/read-sheet';
import type { Cell } from '../normalise/cells';
import type { SheetRefusal } from './survey-rows';

export type RowRead<T> = { ok: true; key: string; entry: T } | { ok: false; refusal: SheetRefusal };

export interface AcceptedRows<T> {
  /** The refused rows so far. */
  refused: SheetRowReport[];
  accepted: { row: number; entry: T }[];
}

export function acceptRows<T>(
  table: SheetTable,
  read: (cells: Cell[], row: number) => RowRead<T>,
  repeated: (entry: T, row: number, firstRow: number) => SheetRefusal,
): AcceptedRows<T> {
  const refused: SheetRowReport[] = [];
  const accepted: { row: number; entry: T }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const r = read(cells, row);
    if (!r.ok) {
      refused.push({ row, outcome: 'refused', refusal: r.refusal });
      continue;
    }
    const first = firstRowOf.get(r.key);
    if (first !== undefined) {
      refused.push({ row, outcome: 'refused', key: r.key, refusal: repeated(r.entry, row, first) });
      continue;
    }
    firstRowOf.set(r.key, row);
    accepted.push({ row, entry: r.entry });
  }
  return { refused, accepted };
}
