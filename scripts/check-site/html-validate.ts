// Site check: every page in dist/ is valid HTML by html-validate's recommended
// rules (which include WCAG checks and no inline style).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST_OPTION, distArg, htmlFiles, openDist, reportProblems, runCheck } from './lib/dist';
import { CONFIG } from './lib/html-validate-config';

const HELP = `Användning: tsx scripts/check-site/html-validate.ts [--dist dist]

Validerar varje HTML-sida i dist/ med html-validate (regeluppsättningen
"recommended", som också förbjuder inline-stilar). Skriver hur många sidor som
validerades och varje fel med fil, rad och regel.
Slutkod 0: alla sidor är giltiga. 1: minst ett fel. 2: kunde inte köras.`;

await runCheck(HELP, DIST_OPTION, async (args) => {
  const dist = openDist(distArg(args));
  const validator = new HtmlValidate(CONFIG);
  const files = htmlFiles(dist);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dist.dir, file), 'utf8'), file);
    for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  if (problems.length) {
    reportProblems('HTML-fel', problems);
    return 1;
  }
  console.log(`HTML-validering: ${files.length} sidor giltiga (html-validate, recommended).`);
  return 0;
});
