// Colour contrast as WCAG 2.x defines it, so the kommun's theme colours are
// checked before they colour text or sit behind white text.

/** "#005a9c" -> [0, 90, 156]; undefined when the text is not #RRGGBB. */
export function parseHexColour(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : undefined;
}

/** WCAG relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const rgb = parseHexColour(hex);
  if (!rgb) throw new Error(`Ingen färg skriven #RRGGBB: ${JSON.stringify(hex)}`);
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2.x AA for normal text (1.4.3). */
export const AA_NORMAL_TEXT = 4.5;

/**
 * The ratio as people should read it: cut, never rounded up, to two decimals,
 * so a colour at 4.496:1 is never reported as meeting 4.5:1.
 */
export function ratioAsShown(ratio: number): number {
  return Math.floor(ratio * 100 + 1e-9) / 100;
}
