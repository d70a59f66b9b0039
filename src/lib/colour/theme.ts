// What the site puts each theme colour against (src/styles/global.css), so a
// colour is refused before it makes text too faint to read (WCAG 2.x AA, 4.5:1).
import { AA_NORMAL_TEXT, contrastRatio } from './contrast';

export const WHITE = '#ffffff';
/** --color-surface in global.css: the light grey of the footer and boxes, where primary-coloured links stand. */
export const SURFACE = '#f4f5f7';

export type ThemeRole = 'primary' | 'accent';

export interface Backdrop {
  colour: string;
  /** Its name in an error message: "vit", "ljusgrå #f4f5f7". */
  name: string;
}

interface RoleUse {
  backdrops: Backdrop[];
  /** Where the site uses the colour, for the person choosing it. */
  use: string;
}

export const THEME_USE: Record<ThemeRole, RoleUse> = {
  primary: {
    backdrops: [
      { colour: WHITE, name: 'vit' },
      { colour: SURFACE, name: `ljusgrå ${SURFACE}` },
    ],
    use: 'färgen är bakgrund till vit text i sidhuvudet och på knappar, och färg på länkar på vit och ljusgrå botten',
  },
  accent: {
    backdrops: [{ colour: WHITE, name: 'vit' }],
    use: 'färgen är bakgrund till vit text i kommunens sidfot',
  },
};

export interface ContrastCheck {
  ratio: number;
  backdrop: Backdrop;
}

/** The colour's contrast against everything it stands on or carries, when any of them is below AA; undefined when all pass. */
export function themeContrastShortfall(role: ThemeRole, colour: string): ContrastCheck[] | undefined {
  const checks = THEME_USE[role].backdrops.map((backdrop) => ({ ratio: contrastRatio(colour, backdrop.colour), backdrop }));
  return checks.some((c) => c.ratio < AA_NORMAL_TEXT) ? checks : undefined;
}
