// Swedish organisationsnummer and personnummer. A sole trader's
// organisationsnummer is the owner's personnummer, so it must never be published.
import { isRealIsoDate } from '../locale/dates';

/** Luhn (mod 10) sum, doubling every second digit from the end, starting with the last one or the one before it. */
function luhnSum(digits: string, doubleLast: boolean): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === (doubleLast ? 0 : 1)) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/** Luhn (mod 10) check over a string of digits, as used by both number kinds. */
export function luhnValid(digits: string): boolean {
  return /^\d+$/.test(digits) && luhnSum(digits, false) % 10 === 0;
}

/** The digit that makes `digits` followed by it pass luhnValid: "556036079" -> 3. */
export function luhnCheckDigit(digits: string): number {
  return (10 - (luhnSum(digits, true) % 10)) % 10;
}

export type OrgNumberCheck = { ok: true; normalised: string } | { ok: false; reason: 'format' | 'check-digit' | 'personal-number' };

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

/**
 * What may stand between the digits of one number as people write it, once the
 * text has passed the gate (lib/safe-text/text.ts): spaces and line breaks, dashes, plus,
 * dots, colons, brackets, stars and underscores, at most three in a row
 * ("12 12 12 - 1212"). Not a slash: it joins a year to a case number
 * (IVO's "1.1.1-11080/2024"), and would make such references look like one.
 */
const SEPARATOR = '[\\s\\-+.:()_*·]';
const DIGIT_RUN = new RegExp(`\\d+(?:${SEPARATOR}{1,3}\\d+)*`, 'g');
const COMBINING_MARKS = /\p{M}/gu;

interface Group {
  digits: string;
  start: number;
  end: number;
}

/** "YYMMDDNNNN": a real date (day + 60 for samordningsnummer) and a valid Luhn digit. */
function isPersonalNumberDigits(tenDigits: string, century?: string): boolean {
  const [yy, mm, dd] = [tenDigits.slice(0, 2), tenDigits.slice(2, 4), tenDigits.slice(4, 6)];
  let day = Number(dd);
  if (day > 60) day -= 60;
  const dayText = String(day).padStart(2, '0');
  // A two-digit year could be 19xx or 20xx; 29 February decides between them.
  const realDate = century
    ? isRealIsoDate(`${century}${yy}-${mm}-${dayText}`)
    : isRealIsoDate(`19${yy}-${mm}-${dayText}`) || isRealIsoDate(`20${yy}-${mm}-${dayText}`);
  return realDate && luhnValid(tenDigits);
}

function isPersonalNumberWindow(digits: string): boolean {
  if (digits.length === 10) return isPersonalNumberDigits(digits);
  // Twelve digits: the century is written out, and only 18, 19 or 20 are a person's.
  return digits.length === 12 && /^(18|19|20)/.test(digits) && isPersonalNumberDigits(digits.slice(2), digits.slice(0, 2));
}

/** Years 1800-2199: the dates people write in texts about care. */
const PLAUSIBLE_YEAR = /^(18|19|20|21)\d\d$/;

/** " HH:MM" right after a date: a space, then hours and minutes joined by a colon. */
const isTimeOfDay = (afterDate: string) => /^\s([01]\d|2[0-3]):[0-5]\d$/.test(afterDate);

/**
 * Groups that form an ISO date (YYYY-MM-DD) a person cannot have meant as part
 * of a personnummer: one followed in its run by more or fewer than four digits,
 * as in a date range "2024-01-01 - 2024-12-31". "1912-12-12-1212" and
 * "1912-12-12-12 12" stay candidates.
 */
function isoDateGroups(run: string, groups: Group[]): Set<number> {
  const barred = new Set<number>();
  for (let i = 0; i + 2 < groups.length; i++) {
    const [y, m, d] = groups.slice(i, i + 3);
    const dashes = run.slice(y.end, m.start) === '-' && run.slice(m.end, d.start) === '-';
    if (!dashes || y.digits.length !== 4 || m.digits.length !== 2 || d.digits.length !== 2) continue;
    // Only a year someone writes in a date range; "9123-10-07" inside a longer run is digits, not a date.
    if (!PLAUSIBLE_YEAR.test(y.digits) || !isRealIsoDate(`${y.digits}-${m.digits}-${d.digits}`)) continue;
    // Four more digits, however grouped, could be a personnummer's last four,
    // unless they are a time of day ("2026-12-01 08:15"): nobody writes a colon there.
    const rest = groups.slice(i + 3);
    const restDigits = rest.reduce((sum, g) => sum + g.digits.length, 0);
    if (restDigits !== 4 || isTimeOfDay(run.slice(d.end))) for (const g of [i, i + 1, i + 2]) barred.add(g);
  }
  return barred;
}

/**
 * Finds personnummer-shaped numbers (YYMMDD-NNNN or YYYYMMDD-NNNN with a real
 * date and a valid Luhn digit; samordningsnummer, day + 60, too) in text that
 * has passed the gate. Digits count however they are grouped: any run of digit
 * groups joined by separators whose groups hold 10 or 12 digits together is
 * checked, so "12 12 12-1212" or "1212 12-12 12" cannot hide one. Sweden's
 * country code after "+" is never part of one, so a phone number written with
 * +46 is not taken for a personnummer. Returns each number as written (combining
 * marks left out).
 */
export function findPersonalNumbers(text: string): string[] {
  const found: string[] = [];
  const plain = text.replace(COMBINING_MARKS, '');
  for (const m of plain.matchAll(DIGIT_RUN)) {
    const run = m[0];
    const groups: Group[] = [...run.matchAll(/\d+/g)].map((g) => ({ digits: g[0], start: g.index, end: g.index + g[0].length }));
    if (plain[m.index - 1] === '+' && run.startsWith('46')) {
      // Sweden's country code belongs to no personnummer.
      const first = groups[0];
      if (first.digits.length === 2) groups.shift();
      else groups[0] = { digits: first.digits.slice(2), start: first.start + 2, end: first.end };
    }
    const barred = isoDateGroups(run, groups);
    let i = 0;
    while (i < groups.length) {
      let digits = '';
      let hit = -1;
      for (let j = i; j < groups.length && !barred.has(j) && digits.length < 12; j++) {
        digits += groups[j].digits;
        if (isPersonalNumberWindow(digits)) hit = j;
      }
      if (hit >= 0) {
        found.push(run.slice(groups[i].start, groups[hit].end));
        i = hit + 1;
      } else i++;
    }
  }
  return found;
}

/** The number with its last four digits hidden ("121212-XXXX"): enough for staff to find it, not enough to publish it again. */
export function maskPersonalNumber(found: string): string {
  let hide = 4;
  const chars = [...found];
  for (let k = chars.length - 1; k >= 0 && hide > 0; k--)
    if (/\d/.test(chars[k])) {
      chars[k] = 'X';
      hide--;
    }
  return chars.join('');
}

/** The text with every personnummer in it masked; other text is unchanged. */
export function maskPersonalNumbers(text: string): string {
  const found = findPersonalNumbers(text);
  if (found.length === 0) return text;
  // Found in the text without combining marks, so mask that text.
  let out = text.replace(COMBINING_MARKS, '');
  for (const number of found) out = out.replace(number, maskPersonalNumber(number));
  return out;
}
