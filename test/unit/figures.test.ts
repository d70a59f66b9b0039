import { describe, expect, it } from 'vitest';
import { hasValue, toFigure } from '../../src/lib/figures/figures';
import { indicator, value } from './support/model-builder';

describe('toFigure: the small-numbers rule and the five states', () => {
  const ind = indicator({ minAnswers: 7 });
  it('keeps a value with enough answers', () => {
    const f = toFigure(value({ n: 7, value: 81 }), ind, '2026-11-15', 24);
    expect(f.state).toBe('value');
    expect(f.value).toBe(81);
  });
  it('suppresses a unit value from fewer answers than the minimum and drops the number', () => {
    const f = toFigure(value({ n: 6, value: 81 }), ind, '2026-11-15', 24);
    expect(f.state).toBe('suppressed');
    expect(f.value).toBeUndefined();
    expect(hasValue(f)).toBe(false);
  });
  it.each([
    ['unit', 'u1', 6, 'too-few-answers'],
    ['provider', 'p1', 0, 'too-few-answers'],
    ['municipality', '0182', 3, 'too-few-answers'],
    ['municipality', '0182', 6, 'too-few-answers'],
    ['nation', 'riket', 6, 'too-few-answers'],
    ['unit', 'u1', undefined, 'unknown-answers'],
    ['provider', 'p1', undefined, 'unknown-answers'],
    ['municipality', '0182', undefined, 'unknown-answers'],
  ] as const)('suppresses a %s value with n %j (%s) and publishes neither value, n nor response rate', (subjectType, subject, n, reason) => {
    const f = toFigure(value({ subjectType, subject, n, value: 63.7, responseRate: 41 }), ind, '2026-11-15', 24);
    expect(f).toMatchObject({ state: 'suppressed', withheld: reason });
    expect([f.value, f.n, f.responseRate]).toEqual([undefined, undefined, undefined]);
  });
  it.each(['unit', 'provider', 'municipality'] as const)(
    'shows a %s value with unknown n only when the source suppresses small groups itself',
    (subjectType) => {
      const declared = indicator({ minAnswers: 7, sourceSuppresses: true, sourceSuppressionRule: 'Källan visar inte grupper under 10 svar.' });
      const f = toFigure(value({ subjectType, n: undefined, value: 63.7 }), declared, '2026-11-15', 24);
      expect(f).toMatchObject({ state: 'value', value: 63.7 });
      expect(f.withheld).toBeUndefined();
    },
  );
  it('still suppresses a known n below the minimum when the source suppresses itself', () => {
    const declared = indicator({ minAnswers: 7, sourceSuppresses: true, sourceSuppressionRule: 'Källan visar inte grupper under 5 svar.' });
    expect(toFigure(value({ n: 5, value: 63.7 }), declared, '2026-11-15', 24).state).toBe('suppressed');
  });
  it("shows Riket's national aggregate without a known n (it sums the whole country)", () => {
    const f = toFigure(value({ subjectType: 'nation', subject: 'riket', n: undefined, value: 63.7 }), ind, '2026-11-15', 24);
    expect(f).toMatchObject({ state: 'value', value: 63.7 });
  });
  it('drops the n of a row the file already marks suppressed', () => {
    const f = toFigure(value({ state: 'suppressed', value: undefined, n: 4 }), ind, '2026-11-15', 24);
    expect(f).toMatchObject({ state: 'suppressed', withheld: 'too-few-answers' });
    expect(f.n).toBeUndefined();
  });
  it.each(['missing', 'not-applicable', 'not-measured', 'suppressed'] as const)('keeps state %s without a value', (state) => {
    const f = toFigure(value({ state, value: undefined }), ind, '2026-11-15', 24);
    expect(f.state).toBe(state);
    expect(f.value).toBeUndefined();
  });
  it('marks figures older than the freshness limit', () => {
    expect(toFigure(value({ period: '2023' }), ind, '2026-11-15', 24).isOld).toBe(true);
    expect(toFigure(value({ period: '2025' }), ind, '2026-11-15', 24).isOld).toBe(false);
  });
});
