// How one content error reads: file, row, field, value and expectation in Swedish.
import { describe, expect, it } from 'vitest';
import { formatContentError, formatPath, sortErrors, type ContentError } from '../../src/data/content-error';

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['name'], 'name'],
    [['contact', 'email'], 'contact.email'],
    [['services', 1], 'services[1]'],
    [[0, 'figures', 'trainedStaffShare'], '[0].figures.trainedStaffShare'],
    [[2, 'conditions', 0, 'conditionId'], '[2].conditions[0].conditionId'],
  ])('%j -> %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('formatContentError', () => {
  it.each<[ContentError, string]>([
    [
      { file: 'content/providers/a.yaml', line: 3, field: 'orgNumber', value: '212000-0144', expected: 'ett organisationsnummer med rätt kontrollsiffra' },
      'content/providers/a.yaml, rad 3, fält orgNumber: värdet är "212000-0144". Förväntat: ett organisationsnummer med rätt kontrollsiffra.',
    ],
    [
      { file: 'content/units/b.yaml', line: 1, field: 'name', expected: 'en text (fältet är obligatoriskt)' },
      'content/units/b.yaml, rad 1, fält name: värdet är inget värde (fältet saknas). Förväntat: en text (fältet är obligatoriskt).',
    ],
    [
      { file: 'content/units/b.yaml', field: 'places', value: 0, expected: 'ett heltal större än 0' },
      'content/units/b.yaml, fält places: värdet är 0. Förväntat: ett heltal större än 0.',
    ],
    [
      { file: 'content/site.yaml', expected: 'en fil site.yaml med kommunens uppgifter' },
      'content/site.yaml. Förväntat: en fil site.yaml med kommunens uppgifter.',
    ],
    [
      { file: 'content/indicator-values/v.csv', line: 4, value: 'a;b', expected: '11 kolumner på raden (fick 2). Är raden avklippt?' },
      'content/indicator-values/v.csv, rad 4: värdet är "a;b". Förväntat: 11 kolumner på raden (fick 2). Är raden avklippt?',
    ],
    [
      { file: 'content/x.yaml', line: 2, field: 'date', value: new Date(Date.UTC(2025, 2, 1)), expected: 'text' },
      'content/x.yaml, rad 2, fält date: värdet är 2025-03-01. Förväntat: text.',
    ],
    [
      { file: 'content/x.yaml', line: 2, field: 'facts', value: { pets: 'ja' }, expected: 'ett objekt' },
      'content/x.yaml, rad 2, fält facts: värdet är {"pets":"ja"}. Förväntat: ett objekt.',
    ],
  ])('formats %j', (error, expected) => {
    expect(formatContentError(error)).toBe(expected);
  });

  it('shortens a long value', () => {
    const text = formatContentError({ file: 'f.yaml', field: 'description', value: 'x'.repeat(500), expected: 'kortare text' });
    expect(text).toBe(`f.yaml, fält description: värdet är "${'x'.repeat(116)}.... Förväntat: kortare text.`);
  });
});

describe('sortErrors', () => {
  it('orders by file, then row, then field', () => {
    const errors: ContentError[] = [
      { file: 'content/units/b.yaml', line: 2, expected: '' },
      { file: 'content/providers/a.yaml', line: 9, field: 'b', expected: '' },
      { file: 'content/providers/a.yaml', line: 9, field: 'a', expected: '' },
      { file: 'content/providers/a.yaml', line: 3, expected: '' },
    ];
    expect(sortErrors(errors).map((e) => `${e.file}:${e.line}:${e.field ?? ''}`)).toEqual([
      'content/providers/a.yaml:3:',
      'content/providers/a.yaml:9:a',
      'content/providers/a.yaml:9:b',
      'content/units/b.yaml:2:',
    ]);
  });
});
