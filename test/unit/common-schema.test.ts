// Shared building blocks: dates as YAML gives them, and text limits.
import { describe, expect, it } from 'vitest';
import { emailSchema, idSchema, isoDateSchema, percentSchema, textSchema, webUrlSchema } from '../../src/schemas/common';

describe('isoDateSchema', () => {
  it.each([
    ['2025-03-01', '2025-03-01'],
    ['2024-02-29', '2024-02-29'],
    // A YAML parser with timestamps turns 2025-03-01 into a Date; it comes back as text.
    [new Date(Date.UTC(2025, 2, 1)), '2025-03-01'],
  ])('accepts %j', (value, expected) => {
    expect(isoDateSchema.parse(value)).toBe(expected);
  });

  it.each([['2025-02-30'], ['2025-02-29'], ['2025-13-01'], ['1 mars 2025'], [20250301], [new Date(Number.NaN)]])('refuses %j', (value) => {
    expect(isoDateSchema.safeParse(value).success).toBe(false);
  });
});

describe('idSchema', () => {
  it.each([['hemtjanst'], ['sarskilt-boende'], ['enhet-2']])('accepts %s', (id) => {
    expect(idSchema.safeParse(id).success).toBe(true);
  });
  it.each([['Hemtjanst'], ['hemtjänst'], ['-hemtjanst'], ['hem--tjanst'], ['hem tjanst'], [''], ['a'.repeat(81)]])('refuses %j', (id) => {
    expect(idSchema.safeParse(id).success).toBe(false);
  });
});

describe('percentSchema', () => {
  it.each([
    [0, true],
    [100, true],
    [82.5, true],
    [-0.1, false],
    [100.1, false],
    [Number.NaN, false],
  ])('%d -> %s', (value, ok) => {
    expect(percentSchema.safeParse(value).success).toBe(ok);
  });
});

describe('textSchema', () => {
  it('trims and caps the length', () => {
    expect(textSchema(10).parse('  hej  ')).toBe('hej');
    expect(textSchema(10).safeParse('x'.repeat(11)).success).toBe(false);
    expect(textSchema(10).safeParse('').success).toBe(false);
  });
});

describe('webUrlSchema says why an address cannot be a link', () => {
  it.each([
    ['ftp://testkommun.example/', 'en webbadress som börjar med https:// eller http://'],
    [
      'https://kommun.se@elsewhere.example/',
      'en webbadress utan något före @ i värdnamnet (https://kommun.se@annan.example/ leder till annan.example). Skriv bara https:// och värdnamnet',
    ],
    [
      'https://k\u043emmun.se/',
      'en webbadress vars värdnamn inte blandar skriftsystem, t.ex. kyrilliska eller grekiska bokstäver bland latinska (en sådan adress kan härma en annan). Skriv adressen med vanliga bokstäver',
    ],
  ])('%j', (value, message) => {
    const result = webUrlSchema.safeParse(value);
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([message]);
  });

  it('accepts a Swedish host name', () => {
    expect(webUrlSchema.parse(' https://www.växjö.se/ ')).toBe('https://www.växjö.se/');
  });
});

describe('emailSchema', () => {
  it('refuses a domain mixing look-alike scripts and accepts a Swedish one', () => {
    expect(emailSchema.safeParse('kundval@k\u043emmun.se').success).toBe(false);
    expect(emailSchema.parse('kundval@växjö.se')).toBe('kundval@växjö.se');
  });
});
