// The personnummer scan walks every value in a record, wherever it is nested.
// The numbers are test personnummer (12 December 1912), not real people.
import { describe, expect, it } from 'vitest';
import { findPersonalNumbersIn, maskError, normaliseContent } from '../../src/data/personal-data';

describe('findPersonalNumbersIn', () => {
  it('finds numbers in nested objects and lists, with their path', () => {
    const record = {
      name: 'Omsorg AB',
      contact: { phone: '08-123 456 00' },
      actions: [{ text: 'Ok' }, { text: 'Ring 19121212-1212' }],
      aspects: { safety: 'Se 121212-1212 och 20121212-1212' },
    };
    expect(findPersonalNumbersIn(record)).toEqual([
      { path: ['actions', 1, 'text'], match: '19121212-1212' },
      { path: ['aspects', 'safety'], match: '121212-1212' },
      { path: ['aspects', 'safety'], match: '20121212-1212' },
    ]);
  });

  it.each([
    [1212121212, [{ path: [], match: '1212121212' }]],
    [191212121212, [{ path: [], match: '191212121212' }]],
    [24, []],
    [87.5, []],
    [true, []],
    [null, []],
    [undefined, []],
  ])('checks the bare value %j', (value, expected) => {
    expect(findPersonalNumbersIn(value)).toEqual(expected);
  });
});

describe('findPersonalNumbersIn after the gate', () => {
  it('finds numbers hidden with invisible characters, other dashes and digit forms, and in keys', () => {
    const record = {
      findings: 'Kund 1212\u200B12\u2013١٢١٢',
      '121212-1212': 'nyckel',
      list: ['ok', '12 12 12 - 12 12'],
    };
    expect(findPersonalNumbersIn(normaliseContent(record)).map((h) => h.path)).toEqual([['findings'], ['121212-1212'], ['list', 1]]);
  });
});

describe('normaliseContent', () => {
  it('passes every string, however deep, through the gate and keeps the rest', () => {
    const date = new Date(Date.UTC(2025, 0, 1));
    expect(normaliseContent({ a: ' x\u200By ', b: [1, true, null, 'q\u2011r'], c: { d: '\u202Eabc' }, e: date })).toEqual({
      a: 'xy',
      b: [1, true, null, 'q-r'],
      c: { d: 'abc' },
      e: date,
    });
  });
});

describe('maskError', () => {
  it('masks a personnummer in the value, the field and the expectation, and leaves other errors alone', () => {
    expect(maskError({ file: 'f.csv', line: 2, value: 'a;121212-1212;b', expected: 'kolumnen 19121212-1212 finns inte' })).toEqual({
      file: 'f.csv',
      line: 2,
      value: 'a;121212-XXXX;b',
      expected: 'kolumnen 19121212-XXXX finns inte',
    });
    expect(maskError({ file: 'f.yaml', field: 'places', value: 1212121212, expected: 'ett tal' })).toMatchObject({ value: '121212XXXX' });
    const plain = { file: 'f.yaml', field: 'name', value: 'Omsorg AB', expected: 'en text' };
    expect(maskError(plain)).toEqual(plain);
  });
});
