// WCAG contrast, and which theme colours the site refuses because text on them
// or in them would be too faint to read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, ratioAsShown, relativeLuminance } from '../../src/lib/colour/contrast';
import { SURFACE, themeContrastShortfall, WHITE } from '../../src/lib/colour/theme';

describe('contrastRatio (WCAG 2.x)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#005a9c', '#ffffff', 7.13],
    ['#6b2c91', '#ffffff', 8.77],
  ])('%s against %s is %d:1', (a, b, ratio) => {
    expect(ratioAsShown(contrastRatio(a, b))).toBeCloseTo(ratio, 1);
    expect(contrastRatio(b, a)).toBe(contrastRatio(a, b));
  });

  it('reads #RRGGBB in either case and nothing else', () => {
    expect(parseHexColour('#00FF7f')).toEqual([0, 255, 127]);
    expect(parseHexColour('#fff')).toBeUndefined();
    expect(parseHexColour('red')).toBeUndefined();
    expect(() => relativeLuminance('red')).toThrow();
  });

  it('shows a ratio cut, never rounded up to a pass', () => {
    expect(ratioAsShown(4.4999)).toBe(4.49);
    expect(ratioAsShown(4.5)).toBe(4.5);
  });
});

describe('themeContrastShortfall', () => {
  it.each([
    ['primary', '#005a9c', []],
    ['accent', '#6b2c91', []],
    // Passes on white (4.54:1) but not on the grey footer where its links stand.
    ['primary', '#767676', [SURFACE]],
    ['primary', '#ffcc00', [WHITE, SURFACE]],
    ['accent', '#767676', []],
    ['accent', '#7fb2e5', [WHITE]],
  ] as const)('%s %s falls short against %j', (role, colour, failing) => {
    const checks = themeContrastShortfall(role, colour) ?? [];
    expect(checks.filter((c) => c.ratio < 4.5).map((c) => c.backdrop.colour)).toEqual(failing);
  });

  it('knows the grey surface global.css really uses', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
    expect(/--color-surface:\s*(#[0-9a-f]{6})/i.exec(css)?.[1]).toBe(SURFACE);
  });
});
