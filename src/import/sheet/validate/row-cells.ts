// What reading any sheet row starts with: every cell through the text gate (a
// personnummer anywhere refuses the row), cells fetched by field, refusals that
// name row, column and value, and things found by id or name, with the closest
// names suggested when neither matches (never picked on our behalf).
import { fold } from '../../../lib/locale/fold';
import { closestNames } from '../../shared/normalise/name-similarity';
import { cellText, columnLetter, gateCell, PERSONAL_NUMBER_IN_CELL, personalNumberCell, type Cell } from '../normalise/cells';

export interface SheetRefusal {
  row: number;
  column?: string;
  value?: string;
  reason: string;
}

/** The gate for one row: every cell normalised, and a row with a personnummer anywhere refused, naming the cell and field. */
export function gateRow<F extends string>(
  rawCells: Cell[],
  row: number,
  header: string[],
  columns: Partial<Record<F, number>>,
): { cells: Cell[] } | { refusal: SheetRefusal } {
  const cells = rawCells.map(gateCell);
  const hit = personalNumberCell(cells);
  if (!hit) return { cells };
  const field = (Object.entries(columns) as [F, number][]).find(([, i]) => i === hit.index)?.[0];
  const where = `cellen ${columnLetter(hit.index)}${row}${field ? ` (fältet ${field})` : ''}`;
  return { refusal: { row, column: header[hit.index] || columnLetter(hit.index), value: hit.masked, reason: `${where} har ${PERSONAL_NUMBER_IN_CELL}` } };
}

export interface RowCells<F extends string> {
  get: (f: F) => Cell;
  /** The refusal for a field: its column's header (or the field's name) and the cell's text. */
  refusal: (f: F | undefined, reason: string) => SheetRefusal;
}

/** A gated row's cells by field, or the gate's refusal. */
export function openRow<F extends string>(
  rawCells: Cell[],
  row: number,
  header: string[],
  columns: Partial<Record<F, number>>,
): RowCells<F> | { refusal: SheetRefusal } {
  const gated = gateRow(rawCells, row, header, columns);
  if ('refusal' in gated) return gated;
  const get = (f: F): Cell => (columns[f] === undefined ? undefined : gated.cells[columns[f]!]);
  return {
    get,
    refusal: (f, reason) => ({ row, column: f && columns[f] !== undefined ? header[columns[f]!] : f, value: f ? cellText(get(f)) : undefined, reason }),
  };
}

export function findByIdOrName<T extends { id: string; name: string }>(text: string, list: T[]): T | undefined {
  return list.find((x) => x.id === text) ?? list.find((x) => fold(x.name) === fold(text));
}

/** " Menade du "Solgården" (solgarden)?" for the closest names, or nothing. */
export function suggestNames<T extends { id: string; name: string }>(text: string, list: T[]): string {
  const near = closestNames(text, list, (x) => x.name);
  return near.length ? ` Menade du ${near.map((x) => `"${x.name}" (${x.id})`).join(' eller ')}?` : '';
}
