// The html-validate rules the site is held to: the built pages
// (scripts/check-site/html-validate.ts) and each component's render test (test/components/).
import type { ConfigData } from 'html-validate';

export const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...> and the layout as it likes; style, not validity.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Page titles carry the kommun's name, which is free text of any length.
    'long-title': 'off',
    // A scrolling table is wrapped in a focusable <div role="region" aria-label>, the
    // usual accessible pattern for it; a <section> would add a landmark per table.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // Phone numbers are shown as the kommun wrote them; swapping in non-breaking
    // hyphens would make screen readers read them out. Wrapping is a CSS matter.
    'tel-non-breaking': 'off',
    // ARIA allows naming any element whose role takes a name (a list, e.g. a chart's legend).
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    'no-inline-style': 'error',
  },
};
