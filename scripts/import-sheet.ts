// npm run import:sheet: reads a kommun's spreadsheet (survey results or a
// follow-up register, CSV or .xlsx) into content/, all rows or none.
// Exit code 0: imported (or nothing to change). 1: rows refused or content invalid. 2: wrong options.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatContentError } from '../src/data/content-error';
import { contentDir as configuredContentDir } from '../src/data/content-source';
import { ArgsError, parseArgs, single } from '../src/import/shared/command-line/cli-args';
import { SheetReadError } from '../src/import/sheet/read/read-sheet';
import { runSheetImport, SheetSetupError, type SheetKind } from '../src/import/sheet/run-import';
import { formatSheetSummary } from '../src/import/sheet/summary';
import { describeImportError } from '../src/import/shared/import-errors';
import { ImportLockedError, stopCleanlyOnSignals } from '../src/import/shared/write/import-lock';
import { printErr, printOut } from '../src/import/shared/command-line/terminal-output';
import { importDate } from '../src/import/shared/command-line/today';
import { assertNodeVersion } from './lib/node-version';

const HELP = `Användning: npm run import:sheet -- <fil.csv|fil.xlsx> --kind survey|followups [val]

Läser ett kalkylblad från kommunen in i content/:
  --kind survey     Enkätresultat per enhet eller anordnare. Skrivs till
                    content/indicator-values/kalkylblad-<år>.csv.
                    Kolumner: indikator (id, namn eller Kolada-id), enhet eller
                    anordnare (id eller namn), år/period, värde, och gärna antal svar,
                    svarsfrekvens, status ("för få svar", "uppgift saknas",
                    "ej tillämpligt", "ny verksamhet") och källa.
  --kind followups  Kommunens uppföljningsregister. Skrivs till
                    content/follow-ups/<år>.yaml (slås ihop per id; inget tas bort).
                    Kolumner: anordnare, datum, typ, iakttagelser, åtgärd (sanktion),
                    status, och gärna ärende/diarienummer, enhet, tjänst, villkor,
                    åtgärdskrav, senast och rapport.

Filen kan vara CSV med semikolon eller komma, i UTF-8 (med eller utan BOM) eller
Windows-1252 som Excel sparar, med decimalkomma, eller en Excel-arbetsbok (.xlsx).
Varje rad blir ny, ändrad, oförändrad eller avvisad (med rad, kolumn och skäl).
Om någon rad avvisas skrivs ingenting. En andra körning med samma fil ändrar inget.

Val:
  --kind <typ>     survey eller followups (måste anges).
  --dry-run        Visa vad som skulle hända, men skriv ingenting.
  --content <mapp> Innehållsmappen (standard content/ eller KVG_CONTENT_DIR).
  --date <datum>   Publiceringsdatum för nya värden (standard i dag), ÅÅÅÅ-MM-DD.
  --help           Visa den här texten.

Bara en import åt gången (låset content/.import.lock). Filerna skrivs först i en
tillfällig mapp i content/ och byts in tillsammans när alla är skrivna.

Slutkod 0: klart. 1: rader avvisades eller innehållet har fel (inget skrevs). 2: fel i valen.`;

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    printOut(HELP);
    return 0;
  }
  assertNodeVersion();
  let file: string;
  let kind: SheetKind;
  let today: string;
  let args;
  try {
    args = parseArgs(argv, { values: ['kind', 'content', 'date'], flags: ['dry-run'] });
    if (args.positional.length !== 1) throw new ArgsError('Ange precis en fil att läsa, t.ex. npm run import:sheet -- enkat-2025.xlsx --kind survey.');
    file = args.positional[0];
    const k = single(args, 'kind');
    if (k !== 'survey' && k !== 'followups') throw new ArgsError(`--kind ska vara survey (enkätresultat) eller followups (uppföljningar) (fick ${k ? `"${k}"` : 'inget'}).`);
    kind = k;
    if (!existsSync(file)) throw new ArgsError(`Filen ${file} finns inte.`);
    today = importDate(single(args, 'date'));
  } catch (e) {
    printErr((e as Error).message);
    return 2;
  }
  const contentArg = single(args, 'content');
  stopCleanlyOnSignals(printErr);
  try {
    const report = await runSheetImport({
      contentDir: contentArg ? resolve(contentArg) : configuredContentDir(),
      projectDir: process.cwd(),
      file,
      kind,
      dryRun: args.flags.has('dry-run'),
      today,
      progress: (line) => printErr(line),
      command: `npm run import:sheet -- ${argv.join(' ')}`,
    });
    for (const line of formatSheetSummary(report)) printOut(line);
    return report.counts.refused ? 1 : 0;
  } catch (e) {
    if (e instanceof SheetSetupError) {
      printErr(e.message);
      for (const err of e.errors) printErr(`- ${formatContentError(err)}`);
      return 1;
    }
    if (e instanceof SheetReadError) {
      printErr(`${file}: ${e.message} Inget skrevs.`);
      return 1;
    }
    printErr(describeImportError(e, [ImportLockedError]));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
