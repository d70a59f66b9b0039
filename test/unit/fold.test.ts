import { describe, expect, it } from 'vitest';
import { fold, foldedKey, foldedWords, slug, SLUG_MAX_LENGTH } from '../../src/lib/locale/fold';
import { idSchema } from '../../src/schemas/common';

describe('fold: what search and name matching compare', () => {
  it.each([
    ['Hemtjänst', 'hemtjanst'],
    ['Solgårdens Omsorg AB', 'solgardens omsorg ab'],
    ['Björk & Co', 'bjork co'],
    ['Café Äppelträdet', 'cafe appeltradet'],
    ['HBTQ-certifierad', 'hbtq certifierad'],
    ['  många   mellanslag ', 'manga mellanslag'],
    ['Meänkieli', 'meankieli'],
    ['Café Øst', 'cafe ost'],
    ['Ærø Læge', 'aero laege'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Đorđević', 'dordevic'],
    ['Þórsdóttir', 'thorsdottir'],
    ['Svarsfrekvens, %', 'svarsfrekvens'],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('foldedWords and foldedKey', () => {
  it('splits into words', () => {
    expect(foldedWords('Persiska (farsi)')).toEqual(['persiska', 'farsi']);
    expect(foldedWords(' ')).toEqual([]);
  });
  it('makes a URL-safe key that is the same however the value is written', () => {
    expect(foldedKey('Persiska (farsi)')).toBe('persiska-farsi');
    expect(foldedKey('persiska  Farsi')).toBe('persiska-farsi');
  });
});

describe('slug: an id the site accepts', () => {
  it.each([
    ['SN 2025/123', 'sn-2025-123'],
    ['Solgårdens Äldreboende', 'solgardens-aldreboende'],
    ['  Dnr: 12  ', 'dnr-12'],
    ['Trygga Händer AB', 'trygga-hander-ab'],
    ['Tvätteriet Rent & Fint', 'tvatteriet-rent-och-fint'],
    ['Café Øst', 'cafe-ost'],
    ['Müller Æble', 'muller-aeble'],
    ['Омсорг Öst', 'ost'],
  ])('%j -> %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
    expect(idSchema.safeParse(expected).success).toBe(true);
  });
  it('cuts a long text to the longest id, never ending in a hyphen', () => {
    const id = slug(`${'a'.repeat(SLUG_MAX_LENGTH - 1)} b c`);
    expect(id).toBe('a'.repeat(SLUG_MAX_LENGTH - 1));
    expect(idSchema.safeParse(slug('ord '.repeat(40))).success).toBe(true);
  });
});
