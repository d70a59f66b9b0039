// Cells of a kommun's spreadsheet read as people write them: decimal comma,
// spaces as thousands separators, "87,5 %", years as numbers, dates from Excel
// or as text, and Swedish words for states. Each reader returns a value or a
// Swedish description of what was expected.
import type { ValueState } from '../../../schemas/indicator-value';
import { isRealIsoDate } from '../../../lib/locale/dates';
import { findPersonalNumbers, maskPersonalNumber } from '../../../lib/safe-text/identity-numbers';
import { fold } from '../../../lib/locale/fold';
import { periodFromWritten } from '../../../lib/locale/periods';
import { normaliseText } from '../../../lib/safe-text/text';

export type Cell = string | number | boolean | null | undefined;
export type Read<T> = { ok: true; value: T } | { ok: false; expected: string };

export const cellText = (c: Cell): string => (c === null || c === undefined ? '' : String(c).trim());
export const isBlank = (c: Cell) => cellText(c) === '';

/** A cell through the text gate (lib/safe-text/text.ts): text normalised, numbers and booleans as they are. */
export const gateCell = (c: Cell): Cell => (typeof c === 'string' ? normaliseText(c) : c);

/** "A", "B", ... "Z", "AA": the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** What a refused personnummer cell must become, and the way out for phone numbers. */
export const PERSONAL_NUMBER_IN_CELL =
  'ett personnummer. Kalkylbladet får bara innehålla uppgifter om organisationer: ta bort numret och kör igen. Är det ett telefonnummer? Skriv det med +46, t.ex. +46 70-123 45 67';

/**
 * The first cell of a row (already through the gate) that holds a personnummer,
 * with the number masked. Every cell counts, used or not: the row is refused.
 * A whole number (Excel keeps 1212121212 as a number) counts as its digits.
 */
export function personalNumberCell(cells: Cell[]): { index: number; masked: string } | undefined {
  for (let index = 0; index < cells.length; index++) {
    const c = cells[index];
    const text = typeof c === 'number' ? (Number.isSafeInteger(c) ? String(c) : '') : typeof c === 'string' ? c : '';
    const found = findPersonalNumbers(text)[0];
    if (found) return { index, masked: maskPersonalNumber(found) };
  }
  return undefined;
}

/** "87,5", "87.5", "1 234,5", "87,5 %", 87.5 -> 87.5. */
export function readNumber(cell: Cell): Read<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, expected: 'ett tal' };
  const text = cellText(cell)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(/^\u2212/, '-');
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return { ok: false, expected: 'ett tal, t.ex. 87,5 (decimalkomma går bra)' };
  return { ok: true, value: Number(text.replace(',', '.')) };
}

export function readWholeNumber(cell: Cell): Read<number> {
  const n = readNumber(cell);
  if (!n.ok || !Number.isInteger(n.value) || n.value < 0) return { ok: false, expected: 'ett heltal, 0 eller mer' };
  return n;
}

/** 2024, "2024", "2024-H1", "2024 H1", "2024 kv 3", "2024-Q3". */
export function readPeriod(cell: Cell): Read<string> {
  // Excel may store the year 2024 as the number 2024.0.
  const period = periodFromWritten(cellText(cell).replace(/^(\d{4})\.0+$/, '$1'));
  if (period) return { ok: true, value: period };
  return { ok: false, expected: 'ett år som 2024, ett halvår som 2024-H1 eller ett kvartal som 2024-Q3' };
}

/** An ISO date as text, "2025-03-10 00:00", or a date Excel stored (read as an ISO string by the reader). */
export function readDate(cell: Cell): Read<string> {
  const text = cellText(cell);
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00(?:\.000)?)?Z?)?$/.exec(text);
  if (m && isRealIsoDate(m[1])) return { ok: true, value: m[1] };
  return { ok: false, expected: 'ett datum som finns, skrivet ÅÅÅÅ-MM-DD, t.ex. 2025-03-10' };
}

const STATE_WORDS: [ValueState, string[]][] = [
  ['value', ['value', 'varde', 'ok', 'redovisas']],
  ['suppressed', ['suppressed', 'for fa svar', 'for fa svar for att redovisa', 'sekretess', 'sekretessmarkerad', 'skyddad']],
  ['missing', ['missing', 'uppgift saknas', 'saknas', 'bortfall', 'ingen uppgift', '..', '-']],
  ['not-applicable', ['not applicable', 'ej tillampligt', 'ej tillamplig', 'inte tillampligt', 'galler inte']],
  ['not-measured', ['not measured', 'ny verksamhet', 'inte matt', 'ej matt', 'ny verksamhet inte matt annu', 'inte matt annu']],
];

/** A state from a status cell in Swedish or as the CSV's own words; blank gives undefined. */
export function readState(cell: Cell): Read<ValueState | undefined> {
  const raw = cellText(cell);
  if (!raw) return { ok: true, value: undefined };
  if (raw === '..' || raw === '-') return { ok: true, value: 'missing' };
  const text = fold(raw);
  for (const [state, words] of STATE_WORDS) if (words.includes(text)) return { ok: true, value: state };
  return { ok: false, expected: 'tomt, eller "för få svar", "uppgift saknas", "ej tillämpligt" eller "ny verksamhet"' };
}
