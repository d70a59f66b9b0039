import { describe, expect, it } from 'vitest';
import { hasValue, toFigure } from '../../src/lib/figures';
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
  it('does not suppress kommun-level figures by the unit rule', () => {
    const f = toFigure(value({ subjectType: 'municipality', subject: '0182', n: 3, value: 70 }), ind, '2026-11-15', 24);
    expect(f.state).toBe('value');
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
