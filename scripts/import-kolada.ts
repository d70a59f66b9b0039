// npm run import:kolada: fetches a year's survey figures for the kommun's units
// from Kolada (or a saved snapshot) into content/, with a summary of every change.
// Exit code 0: done (or nothing to do). 1: content, network or API problem. 2: wrong options.
import { resolve } from 'node:path';
import { formatContentError } from '../src/data/content-error';
import { contentDir as configuredContentDir } from '../src/data/content-source';
import { ArgsError, parseArgs, single } from '../src/import/shared/command-line/cli-args';
import { createFolderSource } from '../src/import/kolada/read/folder-source';
import { createHttpSource, DEFAULT_KOLADA_API, KoladaFetchError } from '../src/import/kolada/read/http-source';
import { KoladaSetupError, runKoladaImport } from '../src/import/kolada/run-import';
import { formatKoladaSummary } from '../src/import/kolada/summary';
import { describeImportError, ImportWriteError } from '../src/import/shared/import-errors';
import { ImportLockedError, stopCleanlyOnSignals } from '../src/import/shared/write/import-lock';
import { printErr, printOut } from '../src/import/shared/command-line/terminal-output';
import { importDate } from '../src/import/shared/command-line/today';
import { KoladaResponseError } from '../src/import/kolada/normalise/response';
import { assertNodeVersion } from './lib/node-version';

const HELP = `Användning: npm run import:kolada -- --kommun <kod> --year <år> [val]

Hämtar resultat från Kolada (till exempel Socialstyrelsens brukarundersökning) för
kommunens enheter och skriver dem till content/indicator-values/kolada-<kod>-<år>.csv.
Svaren sparas i content/snapshots/kolada/<kod>-<år>/ så att importen kan köras igen
utan nätverk och så att en jämförelse (diff) visar vad som ändrats.

Vilka nyckeltal som hämtas står i content/indicators/ (koladaKpi, och koladaAnswersKpi
för antal svarande). Vilken Kolada-enhet som är vilken enhet på webbplatsen står i
content/kolada-units.yaml. Handskrivna värden i andra filer skrivs aldrig över.

Val:
  --kommun <kod>   Kommunkod med fyra siffror, t.ex. 0182 (samma som i site.yaml).
  --year <år>      Året som ska hämtas, t.ex. 2024.
  --kpi <id>       Bara detta nyckeltal (kan anges flera gånger), t.ex. --kpi U21468.
  --from <mapp>    Läs sparade svar från mappen i stället för att fråga Kolada.
  --api <adress>   Kolada API:s adress (standard ${DEFAULT_KOLADA_API}), t.ex. en spegel.
  --timeout <s>    Sekunder att vänta på varje svar (standard 30).
  --dry-run        Visa vad som skulle ändras, men skriv ingenting.
  --content <mapp> Innehållsmappen (standard content/ eller KVG_CONTENT_DIR).
  --date <datum>   Publiceringsdatum för nya värden (standard i dag), ÅÅÅÅ-MM-DD.
  --help           Visa den här texten.

Bara en import åt gången: importen håller låset content/.import.lock medan den körs.
Alla filer skrivs först i en tillfällig mapp i content/ och byts in tillsammans, så
innehållet är antingen helt gammalt eller helt nytt. Avvisas någon rad skrivs ingenting.

Slutkod 0: klart. 1: rader avvisades, eller fel i innehållet, nätverket eller svaret
från Kolada (inget skrevs). 2: fel i valen.`;

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    printOut(HELP);
    return 0;
  }
  assertNodeVersion();
  let args;
  try {
    args = parseArgs(argv, { values: ['kommun', 'year', 'kpi', 'from', 'api', 'timeout', 'content', 'date'], flags: ['dry-run'] });
    if (args.positional.length) throw new ArgsError(`Okänt argument "${args.positional[0]}". Se npm run import:kolada -- --help.`);
  } catch (e) {
    printErr((e as Error).message);
    return 2;
  }
  const kommun = single(args, 'kommun');
  const year = single(args, 'year');
  if (!kommun || !/^\d{4}$/.test(kommun)) {
    printErr(`Ange kommunkoden med fyra siffror: --kommun 0182 (fick ${kommun ? `"${kommun}"` : 'ingen'}).`);
    return 2;
  }
  if (!year || !/^\d{4}$/.test(year)) {
    printErr(`Ange året med fyra siffror: --year 2024 (fick ${year ? `"${year}"` : 'inget'}).`);
    return 2;
  }
  const kpis = (args.values.get('kpi') ?? []).flatMap((k) => k.split(',')).map((k) => k.trim().toUpperCase()).filter(Boolean);
  const badKpi = kpis.find((k) => !/^[NU]\d{5}$/.test(k));
  if (badKpi) {
    printErr(`--kpi ska vara ett Kolada-id som U21468 (fick "${badKpi}").`);
    return 2;
  }
  const timeout = Number(single(args, 'timeout') ?? 30);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    printErr('--timeout ska vara ett antal sekunder större än 0.');
    return 2;
  }
  let today: string;
  try {
    today = importDate(single(args, 'date'));
  } catch (e) {
    printErr((e as Error).message);
    return 2;
  }
  const contentArg = single(args, 'content');
  const progress = (line: string) => printErr(line);
  stopCleanlyOnSignals(printErr);
  try {
    const from = single(args, 'from');
    const source = from
      ? createFolderSource(from, progress)
      : createHttpSource({ api: single(args, 'api') ?? DEFAULT_KOLADA_API, timeoutMs: timeout * 1000, progress });
    const report = await runKoladaImport({
      contentDir: contentArg ? resolve(contentArg) : configuredContentDir(),
      projectDir: process.cwd(),
      kommun,
      year,
      kpis,
      source,
      dryRun: args.flags.has('dry-run'),
      today,
      progress,
      command: `npm run import:kolada -- ${argv.join(' ')}`,
    });
    printOut('');
    for (const line of formatKoladaSummary(report)) printOut(line);
    return report.counts.refused ? 1 : 0;
  } catch (e) {
    if (e instanceof KoladaSetupError) {
      printErr(e.message);
      for (const err of e.errors) printErr(`- ${formatContentError(err)}`);
      return 1;
    }
    if (e instanceof KoladaFetchError || e instanceof KoladaResponseError) {
      printErr(`Importen avbröts, inget skrevs. ${e.message}`);
      return 1;
    }
    printErr(describeImportError(e, [ImportLockedError, ImportWriteError]));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
