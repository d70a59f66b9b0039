// Spreadsheet cells as kommuner write them, and headers with their common variants.
import { describe, expect, it } from 'vitest';
import { readDate, readNumber, readPeriod, readState, readWholeNumber } from '../../src/import/sheet/normalise/cells';
import { matchHeaders, normaliseHeader } from '../../src/import/sheet/normalise/headers';
import { surveyFields } from '../../src/import/sheet/validate/survey-rows';
import { followUpFields } from '../../src/import/sheet/validate/follow-up-rows';

describe('readNumber', () => {
  it.each([
    ['87,5', 87.5],
    ['87.5', 87.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234', 1234],
    ['87,5 %', 87.5],
    ['87%', 87],
    ['-2,5', -2.5],
    ['\u22122,5', -2.5],
    [42, 42],
  ])('%j -> %d', (cell, expected) => expect(readNumber(cell)).toEqual({ ok: true, value: expected }));
  it.each([['åttio'], ['1,2,3'], ['87,5x'], [''], [null]])('%j is refused', (cell) => expect(readNumber(cell).ok).toBe(false));
  it.each([
    ['12', true],
    ['0', true],
    ['12,5', false],
    ['-1', false],
  ])('whole number %j: %s', (cell, ok) => expect(readWholeNumber(cell).ok).toBe(ok));
});

describe('readPeriod', () => {
  it.each([
    [2024, '2024'],
    ['2024', '2024'],
    ['2024.0', '2024'],
    ['2024-H1', '2024-H1'],
    ['2024 h2', '2024-H2'],
    ['2024 halvår 1', '2024-H1'],
    ['2024-Q3', '2024-Q3'],
    ['2024 kv 3', '2024-Q3'],
    ['2024 kvartal 4', '2024-Q4'],
  ])('%j -> %s', (cell, expected) => expect(readPeriod(cell)).toEqual({ ok: true, value: expected }));
  it.each([['våren 2023'], ['24'], ['2024-H3'], ['']])('%j is refused', (cell) => expect(readPeriod(cell).ok).toBe(false));
});

describe('readDate', () => {
  it.each([
    ['2025-03-10', '2025-03-10'],
    ['2025-03-10 00:00', '2025-03-10'],
    ['2025-03-10T00:00:00.000Z', '2025-03-10'],
  ])('%j', (cell, expected) => expect(readDate(cell)).toEqual({ ok: true, value: expected }));
  it.each([['2025-02-30'], ['10/3/2025'], ['']])('%j is refused', (cell) => expect(readDate(cell).ok).toBe(false));
});

describe('readState', () => {
  it.each([
    ['', undefined],
    ['För få svar', 'suppressed'],
    ['sekretess', 'suppressed'],
    ['Uppgift saknas', 'missing'],
    ['..', 'missing'],
    ['-', 'missing'],
    ['Ej tillämpligt', 'not-applicable'],
    ['Ny verksamhet', 'not-measured'],
    ['not-measured', 'not-measured'],
  ])('%j -> %s', (cell, expected) => expect(readState(cell)).toEqual({ ok: true, value: expected }));
  it('refuses an unknown word', () => expect(readState('kanske').ok).toBe(false));
});

describe('matchHeaders', () => {
  it.each([
    ['Svarsfrekvens (%)', 'svarsfrekvens'],
    ['Andel, %', 'andel'],
    ['ÅR', 'ar'],
    ['Antal  svar', 'antal svar'],
  ])('normalises %j', (h, expected) => expect(normaliseHeader(h)).toBe(expected));

  it('finds survey columns by their Swedish variants and lists the unused ones', () => {
    const m = matchHeaders(['Fråga', 'Boende', 'Mätår', 'Andel (%)', 'Antal svarande', 'Svarsfrekvens %', 'Kommentar'], surveyFields);
    expect(m.columns).toEqual({ indicator: 0, unit: 1, period: 2, value: 3, n: 4, responseRate: 5 });
    expect(m.unused).toEqual(['Kommentar']);
    expect(m.duplicates).toEqual([]);
  });

  it('reports two columns that mean the same field', () => {
    expect(matchHeaders(['Värde', 'Resultat'], surveyFields).duplicates).toEqual([{ field: 'value', headers: ['Värde', 'Resultat'] }]);
  });

  it('finds follow-up columns', () => {
    const m = matchHeaders(['Dnr', 'Utförare', 'Besöksdatum', 'Typ av uppföljning', 'Iakttagelser', 'Sanktion', 'Ärendestatus'], followUpFields);
    expect(m.columns).toEqual({ id: 0, provider: 1, date: 2, kind: 3, findings: 4, sanction: 5, status: 6 });
  });
});
