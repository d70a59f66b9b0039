// One cell read as its column says, the way people type in Excel: numbers as
// numbers or as text with a decimal comma, an organisationsnummer typed as a
// number, a year as a number, yes and no in Swedish, a drop-down value as its
// Swedish word or as the value in the file, trailing spaces and line breaks.
// Dates must be dates in Excel: text that looks like a date is refused, with a
// message saying how to fix it. The schemas check the values afterwards.
import { fold } from '../../../lib/locale/fold';
import { periodFromWritten } from '../../../lib/locale/periods';
import { normaliseText } from '../../../lib/safe-text/text';
import type { CellValue } from '../read/cell-value';
import { YES_NO, type ColumnDef } from '../sheets';

export type CellRead = { ok: true; value: unknown } | { ok: false; expected: string };

const ok = (value: unknown): CellRead => ({ ok: true, value });
const refuse = (expected: string): CellRead => ({ ok: false, expected });

/** Text through the gate, with Excel's and Windows' line breaks as plain line feeds. */
function cleanText(text: string): string {
  return normaliseText(text.replace(/\r\n?/g, '\n'));
}

/** A whole number as the digits a person typed; other numbers with a decimal point. */
const numberText = (n: number) => (Number.isInteger(n) ? n.toFixed(0) : String(n));

/** The cell as text, whatever Excel stored: numbers as their digits, dates as ÅÅÅÅ-MM-DD. */
function textOf(cell: Exclude<CellValue, null>, preferLink = false): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  if (cell instanceof Date) return calendarDate(cell) ?? '';
  if ('error' in cell) return '';
  const looksLikeLink = /^(https?:|mailto:)/i;
  if (preferLink && !looksLikeLink.test(cell.text.trim()) && looksLikeLink.test(cell.link)) return cell.link;
  return cell.text || cell.link.replace(/^mailto:/i, '');
}

/**
 * The calendar day of an Excel date. Excel dates have no time zone; exceljs
 * gives them as UTC, so the UTC day is the day written in the cell. Rounded to
 * the second first: a stored 23:59:59.9999 is the next day.
 */
export function calendarDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return new Date(Math.round(date.getTime() / 1000) * 1000).toISOString().slice(0, 10);
}

/** "87,5", "87.5", "1 234,5", "87,5 %", " 12 " -> a number. */
function numberFrom(text: string): number | undefined {
  const t = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(/^[\u2212\u2013]/, '-');
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

const YES_WORDS = ['ja', 'j', 'yes', 'y', 'true', 'sant', 'x', '1'];
const NO_WORDS = ['nej', 'n', 'no', 'false', 'falskt', '0'];

/** What the column expects, in the words of the error message. */
export function expectedFor(column: ColumnDef): string {
  switch (column.kind) {
    case 'date':
      return 'ett datum, t.ex. 2026-03-15, skrivet så att Excel visar det som datum';
    case 'integer':
      return 'ett heltal, t.ex. 12';
    case 'number':
      return 'ett tal, t.ex. 87,5';
    case 'yes-no':
      return 'ja eller nej';
    case 'choice':
      return `ett av värdena i listan: ${column.choices!.options.map((o) => o.label).join(', ')}`;
    case 'period':
      return 'ett år som 2025, ett halvår som 2025-H1 eller ett kvartal som 2025-Q3';
    case 'file':
      return 'ett filnamn som slutar på .csv, med bara bokstäver a-z, siffror, bindestreck och punkt, t.ex. egna-resultat.csv';
    case 'id-list':
      return 'id skilda med semikolon, t.ex. norrstrand; granbacka';
    case 'text-list':
      return 'värden skilda med semikolon, t.ex. arabiska; finska';
    case 'id':
      return 'ett id med små bokstäver a-z, siffror och bindestreck';
    case 'subject':
      return 'id för en enhet eller anordnare, en kommunkod (t.ex. 0182) eller riket';
    case 'org-number':
      return 'ett organisationsnummer skrivet NNNNNN-NNNN';
    case 'phone':
      return 'ett telefonnummer, t.ex. 08-123 456 00';
    case 'postal-code':
      return 'ett postnummer med fem siffror, t.ex. 131 40';
    case 'web':
      return 'en webbadress som börjar med https://';
    default:
      return 'en text';
  }
}

function readDate(column: ColumnDef, cell: Exclude<CellValue, null>): CellRead {
  if (cell instanceof Date) {
    const day = calendarDate(cell);
    return day ? ok(day) : refuse(expectedFor(column));
  }
  if (typeof cell === 'number')
    return refuse(`${expectedFor(column)}. Cellen innehåller talet ${numberText(cell)}: formatera cellen som datum (ÅÅÅÅ-MM-DD) och skriv datumet igen`);
  const text = typeof cell === 'object' && 'error' in cell ? '' : textOf(cell).trim();
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text))
    return refuse(
      `${expectedFor(column)}. Cellen innehåller texten ${JSON.stringify(text)}, inte ett datum: ta bort en eventuell apostrof först i cellen, formatera den som datum och skriv datumet igen`,
    );
  return refuse(`${expectedFor(column)}. Cellen innehåller text, inte ett datum`);
}

function readChoice(column: ColumnDef, text: string): CellRead {
  const wanted = fold(text);
  for (const option of column.choices!.options) if (fold(option.label) === wanted || fold(String(option.value)) === wanted) return ok(option.value);
  return refuse(expectedFor(column));
}

/**
 * "a; b; c", or one item a line (the export writes that when an item holds a
 * semicolon). Ids never hold a comma, so a comma separates them too.
 */
function readList(column: ColumnDef, text: string): CellRead {
  const parts = text.includes('\n') ? text.split('\n').map((line) => line.trim().replace(/[;,]$/, '')) : text.split(column.kind === 'id-list' ? /[;,]/ : ';');
  return ok(parts.map((part) => cleanText(part)).filter((part) => part !== ''));
}

/** One non-empty cell as the column's value, or what was expected instead. */
export function readCell(column: ColumnDef, cell: Exclude<CellValue, null>): CellRead {
  if (typeof cell === 'object' && !(cell instanceof Date) && 'error' in cell)
    return refuse(`${expectedFor(column)}. Cellen visar ${cell.error.startsWith('#') ? `ett fel (${cell.error})` : cell.error}`);
  if (column.kind === 'date') return readDate(column, cell);
  const text = cleanText(textOf(cell, column.kind === 'web'));
  switch (column.kind) {
    case 'integer':
    case 'number': {
      const n = typeof cell === 'number' ? cell : numberFrom(text);
      if (n === undefined || !Number.isFinite(n)) return refuse(expectedFor(column));
      // Excel stores 12 typed as a number as 12; 12.000000001 from a calculation is not a whole number.
      return ok(n);
    }
    case 'yes-no': {
      if (typeof cell === 'boolean') return ok(cell);
      const word = fold(text);
      if (YES_WORDS.includes(word)) return ok(YES_NO.options[0].value);
      if (NO_WORDS.includes(word)) return ok(YES_NO.options[1].value);
      return refuse(expectedFor(column));
    }
    case 'choice':
      return readChoice(column, text);
    case 'id-list':
    case 'text-list':
      return readList(column, text);
    case 'period': {
      const period = periodFromWritten(text.replace(/^(\d{4})\.0+$/, '$1'));
      return period ? ok(period) : refuse(expectedFor(column));
    }
    case 'org-number': {
      // Typed as a number, or without the hyphen: written NNNNNN-NNNN as in the files.
      const m = /^(\d{6})[- ]?(\d{4})$/.exec(text);
      return ok(m ? `${m[1]}-${m[2]}` : text);
    }
    case 'file':
      return /^[a-z0-9][a-z0-9._-]*\.csv$/i.test(text) ? ok(text) : refuse(expectedFor(column));
    case 'id':
    case 'subject':
    case 'phone':
    case 'postal-code':
    case 'web':
      // One line: a line break in an id or a number is a slip, not meant.
      return ok(text.replace(/\s*\n\s*/g, ' '));
    default:
      return ok(text);
  }
}
