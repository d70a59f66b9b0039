// Site check: every page in dist/ is valid HTML by html-validate's recommended
// rules (which include WCAG checks and no inline style).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { distArg, htmlFiles, openDist, reportProblems, runCheck } from './lib/dist';

const HELP = `Användning: tsx scripts/check-site/html-validate.ts [--dist dist]

Validerar varje HTML-sida i dist/ med html-validate (regeluppsättningen
"recommended", som också förbjuder inline-stilar). Skriver hur många sidor som
validerades och varje fel med fil, rad och regel.
Slutkod 0: alla sidor är giltiga. 1: minst ett fel. 2: kunde inte köras.`;

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

await runCheck(HELP, async (argv) => {
  const dist = openDist(distArg(argv));
  const validator = new HtmlValidate(CONFIG);
  const files = htmlFiles(dist);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dist.dir, file), 'utf8'), file);
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  if (problems.length) {
    reportProblems('HTML-fel', problems);
    return 1;
  }
  console.log(`HTML-validering: ${files.length} sidor giltiga (html-validate, recommended).`);
  return 0;
});
