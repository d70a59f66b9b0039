// npm run validate: checks every content file and prints every problem at once.
// Exit code 0 when all is well, 1 when anything must be fixed.
import { resolve } from 'node:path';
import { formatContentError } from '../src/data/content-error';
import { contentDir as configuredContentDir } from '../src/data/content-source';
import { loadContent } from '../src/data/load-content';
import { printErr, printOut } from '../src/import/shared/command-line/terminal-output';
import { assertNodeVersion } from './lib/node-version';

const HELP = `Användning: npm run validate [-- --content <mapp>]

Kontrollerar alla filer i content/ (eller <mapp>, eller mappen i miljövariabeln
KVG_CONTENT_DIR, som bygget också läser) mot reglerna i content/README.md och
skriver ut alla fel på en gång, med fil, rad, fält, värde och vad som förväntades.
Slutkod 0: inga fel. Slutkod 1: minst ett fel.`;

export function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    printOut(HELP);
    return 0;
  }
  assertNodeVersion();
  const i = argv.indexOf('--content');
  // Same folder as the site build (KVG_CONTENT_DIR or content/) unless --content says otherwise.
  const contentDir = i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : configuredContentDir();
  const result = loadContent(contentDir, process.cwd());
  if (result.ok) {
    const m = result.model;
    printOut(
      `Innehållet är giltigt: ${m.services.length} tjänster, ${m.providers.length} anordnare, ${m.units.length} enheter, ` +
        `${m.indicators.length} indikatorer, ${m.indicatorValues.length} värden, ${m.qualityReports.length} kvalitetsredovisningar, ${m.followUps.length} uppföljningar.`,
    );
    return 0;
  }
  printErr(`Innehållet har ${result.errors.length} fel. Inget publiceras förrän alla är rättade:\n`);
  for (const e of result.errors) printErr(`- ${formatContentError(e)}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
