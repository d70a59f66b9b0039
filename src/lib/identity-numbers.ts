// Swedish organisationsnummer and personnummer. A sole trader's
// organisationsnummer is the owner's personnummer, so it must never be published.
import { isRealIsoDate } from './dates';

/** Luhn (mod 10) check over a string of digits, as used by both number kinds. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export type OrgNumberCheck =
  | { ok: true; normalised: string }
  | { ok: false; reason: 'format' | 'check-digit' | 'personal-number' };

/**
 * Checks an organisationsnummer (NNNNNN-NNNN). Digits 3-4 of a legal person's
 * number are 20 or more; 01-12 means it is a personnummer (enskild firma).
 */
export function checkOrgNumber(value: string): OrgNumberCheck {
  const m = /^(\d{6})-?(\d{4})$/.exec(value.trim());
  if (!m) return { ok: false, reason: 'format' };
  const digits = m[1] + m[2];
  if (!luhnValid(digits)) return { ok: false, reason: 'check-digit' };
  if (Number(digits.slice(2, 4)) < 20) return { ok: false, reason: 'personal-number' };
  return { ok: true, normalised: `${m[1]}-${m[2]}` };
}

const PERSONAL_NUMBER = /(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})(?![\d-]?\d)/g;

/**
 * Finds personnummer-shaped strings (YYMMDD-NNNN or YYYYMMDD-NNNN with a real
 * date and a valid Luhn digit) in free text. Samordningsnummer (day + 60) count too.
 */
export function findPersonalNumbers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PERSONAL_NUMBER)) {
    const [whole, century, yy, mm, dd, tail] = m;
    let day = Number(dd);
    if (day > 60) day -= 60;
    const year = century ? `${century}${yy}` : `19${yy}`;
    const date = `${year}-${mm}-${String(day).padStart(2, '0')}`;
    // A two-digit year could be 19xx or 20xx; 29 February decides between them.
    const realDate = isRealIsoDate(date) || (!century && isRealIsoDate(`20${yy}-${mm}-${String(day).padStart(2, '0')}`));
    if (realDate && luhnValid(`${yy}${mm}${dd}${tail}`)) found.push(whole);
  }
  return found;
}
