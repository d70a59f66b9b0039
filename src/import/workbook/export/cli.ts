// npm run export:workbook: all content the workbook holds, as one .xlsx for
// editing in Excel. Exit code 0: written. 1: content has errors, or the file
// could not be written. 2: wrong options (nothing read or written).
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ArgsError, readCommandLine, single, type ParsedArgs } from '../../../cli/cli-args';
import { contentFolder } from '../../../cli/content-folder';
import { printErr, printOut } from '../../../cli/terminal-output';
import { formatContentError } from '../../../data/content-error';
import { swedishToday } from '../../shared/command-line/today';
import { describeImportError } from '../../shared/import-errors';
import { WorkbookSetupError } from '../report';
import { exportWorkbook } from './export-workbook';

const HELP = `Användning: npm run export:workbook -- [--out <fil.xlsx>] [--content <mapp>]

Skriver allt innehåll som kommunen redigerar till en Excel-arbetsbok: ett blad
var för Tjänster, Anordnare, Enheter, Villkor, Uppföljningar,
Kvalitetsredovisningar och Resultat, med rullgardinslistor för fasta värden och
id, datum som datum och en fryst rubrikrad. Första bladet, Förklaringar, säger
vad varje kolumn är och hur den skrivs. Läs tillbaka arbetsboken med
npm run import:workbook -- <fil.xlsx>.

Val:
  --out <fil.xlsx> Filen som skrivs. En fil som redan finns skrivs över.
                   Utan --out: kundvalsguiden-<dagens datum>.xlsx i den här
                   mappen; finns den redan avbryts exporten, så att en arbetsbok
                   som du håller på att ändra inte skrivs över.
  --content <mapp> Innehållsmappen (standard content/ eller KVG_CONTENT_DIR).
  --help           Visa den här texten.

Slutkod 0: klart. 1: innehållet har fel eller filen gick inte att skriva. 2: fel i valen.`;

interface ExportCommandOptions {
  out: string;
  content?: string;
}

function readExportOptions(args: ParsedArgs): ExportCommandOptions {
  const given = single(args, 'out');
  const out = resolve(given ?? `kundvalsguiden-${swedishToday()}.xlsx`);
  if (!out.toLowerCase().endsWith('.xlsx')) throw new ArgsError(`--out ska vara en fil som slutar på .xlsx (fick "${given}").`);
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) throw new ArgsError(`Mappen ${dirname(out)} finns inte.`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new ArgsError(`${out} är en mapp. Ange en fil som slutar på .xlsx.`);
  if (!given && existsSync(out)) throw new ArgsError(`${out} finns redan. Ange --out ${out} för att skriva över den, eller --out <annat namn>.xlsx.`);
  return { out, content: single(args, 'content') };
}

/** Returns the exit code. `checkRuntime` runs after --help, before anything is read. */
export async function main(argv: string[], checkRuntime: () => void = () => {}): Promise<number> {
  const command = readCommandLine(argv, { help: HELP, spec: { values: ['out', 'content'], flags: [] }, nothingDone: 'Inget skrevs.' }, readExportOptions);
  if (!command.ok) return command.exitCode;
  checkRuntime();
  const options = command.options;
  const contentDir = contentFolder(options.content);
  try {
    printErr(`Läser ${contentDir}...`);
    const report = await exportWorkbook({ contentDir, projectDir: process.cwd(), out: options.out });
    printOut(`Skrev ${report.out}: ${report.rows.map((r) => `${r.sheet} ${r.count}`).join(', ')} rader, och bladet Förklaringar.`);
    printOut(`Ändra i Excel och läs in med: npm run import:workbook -- ${report.out} --dry-run`);
    return 0;
  } catch (e) {
    if (e instanceof WorkbookSetupError) {
      printErr(e.message);
      for (const err of e.errors) printErr(`- ${formatContentError(err)}`);
      return 1;
    }
    printErr(describeImportError(e).replace('Importen', 'Exporten'));
    return 1;
  }
}
