import { describe, expect, it } from 'vitest';
import FigureCount from '../../src/components/FigureCount.astro';
import { htmlProblems, render, textOf } from './support/render';
import { figure, indicator } from './support/props';

describe('FigureCount', () => {
  it('says n in the indicator’s word with the response rate', async () => {
    const html = await render(FigureCount, { figure: figure({ n: 34, responseRate: 68 }), indicator: indicator() });
    expect(await htmlProblems(html)).toEqual([]);
    expect(textOf(html)).toMatch(/^34 svar/);
    expect(textOf(html)).toContain('68');
  });
  it('never shows the n of a figure withheld for too few answers', async () => {
    const html = await render(FigureCount, {
      figure: figure({ state: 'suppressed', withheld: 'too-few-answers', value: undefined, n: undefined }),
      indicator: indicator({ minAnswers: 7 }),
    });
    expect(await htmlProblems(html)).toEqual([]);
    expect(textOf(html)).toBe('färre än 7 svar');
  });
});
