// Shared building blocks: dates as YAML gives them, and text limits.
import { describe, expect, it } from 'vitest';
import { idSchema, isoDateSchema, percentSchema, textSchema } from '../../src/schemas/common';

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
  it.each([[0, true], [100, true], [82.5, true], [-0.1, false], [100.1, false], [Number.NaN, false]])('%d -> %s', (value, ok) => {
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
