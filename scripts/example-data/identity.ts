// Invented identifiers: organisationsnummer with a correct Luhn digit, phone numbers
// from the ranges PTS keeps for fiction and e-mail domains.
import { checkOrgNumber, findPersonalNumbers, luhnCheckDigit } from '../../src/lib/safe-text/identity-numbers';
import { slug } from '../../src/lib/locale/fold';
import { rng } from './random';

/** First digits per kind of organisation; digits 3-4 are always 20 or more. */
export const ORG_PREFIX = {
  ab: ['556', '559'],
  kommun: ['212000'],
  forening: ['802'],
  stiftelse: ['802'],
  ekforening: ['769'],
} as const;
export type OrgKind = keyof typeof ORG_PREFIX;

const usedOrgNumbers = new Set<string>();

/** A valid, unique organisationsnummer for an invented organisation. */
export function orgNumber(kind: OrgKind, key: string): string {
  const r = rng('org-number', key);
  for (let attempt = 0; attempt < 100; attempt++) {
    const prefix = r.pick(ORG_PREFIX[kind]);
    let digits = prefix;
    while (digits.length < 9) digits += String(r.int(0, 9));
    // Kommun numbers: keep clear of the real ones, which are low (212000-0xxx to -2xxx).
    if (kind === 'kommun') digits = '2120009' + digits.slice(7);
    const value = `${digits.slice(0, 6)}-${digits.slice(6)}${luhnCheckDigit(digits)}`;
    if (usedOrgNumbers.has(value) && kind !== 'kommun') continue;
    const check = checkOrgNumber(value);
    if (!check.ok) throw new Error(`generated an invalid organisationsnummer ${value}: ${check.reason}`);
    usedOrgNumbers.add(value);
    return value;
  }
  throw new Error(`no free organisationsnummer for ${key}`);
}

/**
 * PTS keeps 08-465 004 00 to 08-465 004 99 and 070-174 06 05 to 070-174 06 99 for
 * fiction, so no real subscriber is rung by someone trying the example data.
 */
/** 08-465 004 00 is the kommun's switchboard; the rest go to providers. */
export const KOMMUN_SWITCHBOARD = '08-465 004 00';
const landline = Array.from({ length: 99 }, (_, i) => `08-465 004 ${String(i + 1).padStart(2, '0')}`);
// A mobile number can have a personnummer's shape (070-174 06 xx reads as a
// samordningsnummer for 1907-01-14); those are written with +46, as content/README.md asks.
const mobile = Array.from({ length: 95 }, (_, i) => {
  const national = `070-174 06 ${String(i + 5).padStart(2, '0')}`;
  return findPersonalNumbers(national).length ? `+46 70-174 06 ${String(i + 5).padStart(2, '0')}` : national;
});
let nextLandline = 0;
let nextMobile = 0;

export function landlineNumber(): string {
  if (nextLandline >= landline.length) throw new Error('out of fictional landline numbers');
  return landline[nextLandline++];
}

export function mobileNumber(): string {
  if (nextMobile >= mobile.length) throw new Error('out of fictional mobile numbers');
  return mobile[nextMobile++];
}

/** Resets the number pools, so two runs in one process give the same numbers. */
export function resetIdentifiers(): void {
  usedOrgNumbers.clear();
  nextLandline = 0;
  nextMobile = 0;
}

/** Every invented web and e-mail domain ends in -exempel.se, so none points at a real company. */
export function domainFor(name: string): string {
  const core = slug(name)
    .replace(/-(ab|ek-for|ekonomisk-forening|ideell-forening)$/g, '')
    .replace(/-i-exempelkommun/g, '')
    .replace(/-/g, '');
  return `${core.slice(0, 28)}-exempel.se`;
}

/** Stops the run if any generated text would be read as a personnummer. */
export function assertNoPersonalNumbers(where: string, text: string): void {
  const hits = findPersonalNumbers(text);
  if (hits.length > 0) throw new Error(`${where}: personnummer-shaped text ${hits.join(', ')}`);
}
