// npm run validate: checks every content file and prints every problem at once.
// Exit code 0 when all is well, 1 when anything must be fixed.
import { readCommandLine, single } from './cli-args';
import { contentFolder } from './content-folder';
import { printErr, printOut } from './terminal-output';
import { formatContentError } from '../data/content-error';
import { formatPlaceholder } from '../data/placeholder-warning';
import { plural } from '../lib/locale/format';
import { loadContent } from '../data/load-content';

const HELP = `Användning: npm run validate [-- --content <mapp>]

Kontrollerar alla filer i content/ (eller <mapp>, eller mappen i miljövariabeln
KVG_CONTENT_DIR, som bygget också läser) mot reglerna i content/README.md och
skriver ut alla fel på en gång, med fil, rad, fält, värde och vad som förväntades.
Platshållare från npm run new-site (texter som börjar med [Ändra], adresser som
slutar på .invalid) är inga fel, men listas så att de blir ändrade före publicering.
Slutkod 0: inga fel. Slutkod 1: minst ett fel. Slutkod 2: fel i valen, till exempel ett
okänt val (inget kontrollerades).`;

/** Returns the exit code. `checkRuntime` runs after the options are read, before anything is read from disk. */
export function main(argv: string[], checkRuntime: () => void = () => {}): number {
  const args = readCommandLine(argv, { help: HELP, spec: { values: ['content'], flags: [] } }, (a) => single(a, 'content'));
  if (!args.ok) return args.exitCode;
  checkRuntime();
  const chosen = args.options;
  // Same folder as the site build (KVG_CONTENT_DIR or content/) unless --content says otherwise.
  const contentDir = contentFolder(chosen);
  const result = loadContent(contentDir, process.cwd());
  if (result.ok) {
    const m = result.model;
    printOut(
      `Innehållet är giltigt: ${plural(m.services.length, 'tjänst', 'tjänster')}, ${plural(m.providers.length, 'anordnare', 'anordnare')}, ${plural(m.units.length, 'enhet', 'enheter')}, ` +
        `${plural(m.indicators.length, 'indikator', 'indikatorer')}, ${plural(m.indicatorValues.length, 'värde', 'värden')}, ` +
        `${plural(m.qualityReports.length, 'kvalitetsredovisning', 'kvalitetsredovisningar')}, ${plural(m.followUps.length, 'uppföljning', 'uppföljningar')}.`,
    );
    if (result.warnings.length) {
      // Not errors: the site builds. But nothing with a placeholder should be published.
      const one = result.warnings.length === 1;
      printErr(
        `\nMen ${plural(result.warnings.length, 'uppgift', 'uppgifter')} från npm run new-site ${one ? 'är en platshållare' : 'är platshållare'}. Ändra ${one ? 'den' : 'dem'} innan webbplatsen publiceras:`,
      );
      for (const w of result.warnings) printErr(`- ${formatPlaceholder(w)}`);
    }
    return 0;
  }
  printErr(`Innehållet har ${result.errors.length} fel. Inget publiceras förrän alla är rättade:\n`);
  for (const e of result.errors) printErr(`- ${formatContentError(e)}`);
  return 1;
}
