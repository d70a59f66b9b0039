// Organisationsnummer and personnummer: the checks that keep personal data off the site.
// The personnummer used here are Skatteverket-style test numbers (12 December 1912), not real people.
import { describe, expect, it } from 'vitest';
import { checkOrgNumber, findPersonalNumbers, luhnValid } from '../../src/lib/identity-numbers';

describe('luhnValid', () => {
  it.each([
    ['2120000142', true],
    ['2120000144', false],
    ['5566771233', true],
    ['5566771234', false],
    ['1212121212', true],
    ['0', true],
    ['18', true],
    ['19', false],
  ])('%s -> %s', (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });

  it.each([[''], ['212000-0142'], ['21200O0142'], [' 2120000142'], ['１２']])('refuses non-digits: %j', (text) => {
    expect(luhnValid(text)).toBe(false);
  });
});

describe('checkOrgNumber', () => {
  it.each([
    ['212000-0142', '212000-0142'],
    ['2120000142', '212000-0142'],
    [' 556677-1233 ', '556677-1233'],
    ['802400-1235', '802400-1235'],
  ])('accepts %j as %s', (value, normalised) => {
    expect(checkOrgNumber(value)).toEqual({ ok: true, normalised });
  });

  it.each([
    ['212000-0144', 'check-digit'],
    ['556677-1234', 'check-digit'],
    // Month 01-12 in digits 3-4: a sole trader's number is the owner's personnummer.
    ['121212-1212', 'personal-number'],
    ['8001011231', 'personal-number'],
    ['21200-00142', 'format'],
    ['212000-014', 'format'],
    ['212000 0142', 'format'],
    ['19121212-1212', 'format'],
    ['', 'format'],
    ['abcdef-ghij', 'format'],
  ])('refuses %j (%s)', (value, reason) => {
    expect(checkOrgNumber(value)).toEqual({ ok: false, reason });
  });
});

describe('findPersonalNumbers', () => {
  it.each([
    ['121212-1212', ['121212-1212']],
    ['19121212-1212', ['19121212-1212']],
    ['1212121212', ['1212121212']],
    ['191212121212', ['191212121212']],
    ['121212+1212', ['121212+1212']],
    ['Kontaktperson: Tolvan, pnr 19121212-1212, ring efter 10.', ['19121212-1212']],
    ['Två: 121212-1212 och 20121212-1212.', ['121212-1212', '20121212-1212']],
    // 29 February exists in 2000, so a two-digit 00 year is a real date.
    ['000229-0005', ['000229-0005']],
    // Samordningsnummer: day + 60.
    ['121272-1219', ['121272-1219']],
  ])('finds the personnummer in %j', (text, found) => {
    expect(findPersonalNumbers(text)).toEqual(found);
  });

  it.each([
    ['a phone number', 'Ring 08-123 456 78 eller 070-123 45 67.'],
    ['an organisationsnummer', 'Organisationsnummer 212000-0142 och 556677-1233.'],
    ['a wrong check digit', '121212-1213'],
    ['a date that does not exist', '250230-1234'],
    ['month 13', '121312-1212'],
    ['an ISO date', 'Beslut 2025-03-15, diarienummer 2025-123.'],
    ['a longer digit run', 'Referens 121212121212121'],
    ['digits glued to a dash-number', '9-121212-1212'],
    ['an empty text', ''],
  ])('finds nothing in %s', (_what, text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
  });
});
