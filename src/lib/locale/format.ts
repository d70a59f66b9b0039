// The one place numbers, dates and plurals are formatted: Swedish locale
// (decimal comma, space as thousands separator).
import { isPercent } from '../figures/units';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(decimals: number, minimumDecimals: number): Intl.NumberFormat {
  const key = `${decimals}/${minimumDecimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: minimumDecimals, maximumFractionDigits: decimals });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * 1234.5 -> "1 234,5"; with minimumDecimals 1, 50 -> "50,0". The minus sign
 * is a plain hyphen-minus so screen readers say "minus".
 */
export function formatNumber(value: number, decimals = 1, minimumDecimals = 0): string {
  return numberFormat(decimals, minimumDecimals)
    .format(value)
    .replace(/\u2212/g, '-')
    .replace(/\u00a0/g, ' ');
}

export function formatPercent(value: number, decimals = 0): string {
  return `${formatNumber(value, decimals)} %`;
}

/** Decimals a figure is shown with: whole percentages, at most one decimal otherwise. */
export function valueDecimals(unit: string): number {
  return isPercent(unit) ? 0 : 1;
}

/** A figure of an indicator with the unit "percent", "days"...: "88 %", "4,5". Every page, chart axis and island shows figures this way. */
export function formatValue(value: number, unit: string): string {
  return isPercent(unit) ? formatPercent(value, valueDecimals(unit)) : formatNumber(value, valueDecimals(unit));
}

/**
 * The number a reader sees: formatValue read back, so comparisons made on it
 * use exactly the page's rounding (80.6 is 81, 83.5 is 84).
 */
export function roundAsShown(value: number, unit: string): number {
  const shown = Number(formatNumber(value, valueDecimals(unit)).replace(/\s/g, '').replace(',', '.'));
  return shown === 0 ? 0 : shown;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2025-03-07" -> "7 mars 2025". Done by hand so the output never depends on ICU data. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const pluralRules = new Intl.PluralRules('sv-SE');

/** The word for a count, without the number: pluralWord(1, 'rad', 'rader') -> "rad". */
export function pluralWord(count: number, one: string, other: string): string {
  return pluralRules.select(count) === 'one' ? one : other;
}

/** plural(1, 'svar', 'svar') -> "1 svar"; plural(3, 'anordnare', 'anordnare'). */
export function plural(count: number, one: string, other: string): string {
  return `${formatNumber(count, 0)} ${pluralWord(count, one, other)}`;
}

/** A size for messages: "900 byte", "820 kB", "64 MB", "1,5 MB". */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes, 0)} byte`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${formatNumber(Math.max(1, Math.round(kb)), 0)} kB`;
  const mb = kb / 1024;
  return `${formatNumber(mb, mb >= 10 ? 0 : 1)} MB`;
}

/** What an indicator's n counts, in words: "svar", "kunder", "anställda". */
export interface CountWords {
  one: string;
  other: string;
  /** Said when n is not known: "okänt antal svar". */
  unknown: string;
}

/**
 * n in the indicator's own word, with the response rate where known:
 * "34 svar (svarsfrekvens 62 %)", "12 anställda", "okänt antal kunder".
 */
export function formatCount(n: number | undefined, words: CountWords, responseRate?: number, rateText?: (rate: string) => string): string {
  const count = n === undefined ? words.unknown : plural(n, words.one, words.other);
  return responseRate !== undefined && rateText ? `${count} (${rateText(formatPercent(responseRate))})` : count;
}

const dataNumberFormat = new Intl.NumberFormat('sv-SE', { useGrouping: false, maximumFractionDigits: 20 });

/**
 * A number for open-data files that Swedish Excel reads as a number: decimal
 * comma, no thousands separator, no rounding. 87.5 -> "87,5"; -3 -> "-3".
 */
export function formatDataNumber(value: number): string {
  return dataNumberFormat.format(value).replace(/\u2212/g, '-');
}
