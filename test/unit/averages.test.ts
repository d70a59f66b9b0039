import { describe, expect, it } from 'vitest';
import { chooseAverage, weightedAverage } from '../../src/lib/figures/averages';
import type { Figure } from '../../src/lib/figures/figures';

const fig = (over: Partial<Figure>): Figure => ({
  indicatorId: 'i',
  state: 'value',
  value: 50,
  n: 10,
  period: '2025',
  source: 's',
  publishedOn: '2026-01-01',
  isOld: false,
  ...over,
});

describe('weightedAverage', () => {
  it('weights unit values by their number of answers', () => {
    const avg = weightedAverage([fig({ value: 80, n: 30 }), fig({ value: 60, n: 10 })]);
    expect(avg?.value).toBe(75);
    expect(avg).toMatchObject({ kind: 'computed', count: 2, n: 40 });
  });
  it('leaves out suppressed, missing and unknown-n figures', () => {
    const avg = weightedAverage([
      fig({ value: 90, n: 10 }),
      fig({ state: 'suppressed', value: undefined, n: 3 }),
      fig({ state: 'missing', value: undefined, n: undefined }),
      fig({ value: 10, n: undefined }),
    ]);
    expect(avg?.value).toBe(90);
    expect(avg?.count).toBe(1);
  });
  it('gives no average when nothing has a value', () => {
    expect(weightedAverage([fig({ state: 'missing', value: undefined })])).toBeUndefined();
  });
});

describe('chooseAverage', () => {
  it("prefers the source's own kommun figure", () => {
    expect(chooseAverage(fig({ value: 70, n: 400 }), [fig({ value: 99, n: 10 })])).toMatchObject({ value: 70, kind: 'source' });
  });
  it('falls back to the weighted unit average', () => {
    expect(chooseAverage(fig({ state: 'missing', value: undefined }), [fig({ value: 99, n: 10 })])).toMatchObject({ value: 99, kind: 'computed' });
  });
});
