// npm run import:kolada: fetches a year's survey figures for the kommun's units
// from Kolada (or a saved snapshot) into content/, with a summary of every change.
// With --suggest-units it instead proposes kolada-units.yaml entries (suggest/).
// Exit code 0: done (or nothing to do). 1: content, network or API problem. 2: wrong options.
import { ArgsError, single, type ArgSpec, type ParsedArgs } from '../../cli/cli-args';
import { contentFolder } from '../../cli/content-folder';
import { runImportCommand } from '../shared/command-line/import-command';
import { importDate } from '../shared/command-line/today';
import { KoladaResponseError } from './normalise/response';
import { createFolderSource } from './read/folder-source';
import { createHttpSource, DEFAULT_KOLADA_API, KoladaFetchError } from './read/http-source';
import { formatKoladaSummary } from './summary';
import { runKoladaImport } from './run-import';
import { suggestKoladaUnits } from './suggest/run-suggest';
import { formatSuggestTable } from './suggest/table';
import type { KoladaSource } from './read/source';

const HELP = `Användning: npm run import:kolada -- --kommun <kod> --year <år> [val]
       npm run import:kolada -- --kommun <kod> --suggest-units [--year <år>] [val]

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
  --suggest-units  Importera inget. Lista kommunens enheter i Kolada med de verksamheter
                   och anordnare här som liknar mest, och skriv ett förslag till
                   content/kolada-units.forslag.yaml som en person bekräftar.
                   content/kolada-units.yaml och allt annat innehåll ändras aldrig.
                   --year är frivilligt: med det listas också enheter som har värden
                   för webbplatsens nyckeltal det året, vilket id de än har.
                   --from, --api, --timeout, --content och --dry-run gäller också;
                   --kpi och --date hör bara till importen.
  --help           Visa den här texten.

Bara en import åt gången: importen håller låset content/.import.lock medan den körs.
Alla filer skrivs först i en tillfällig mapp i content/ och byts in tillsammans, så
innehållet är antingen helt gammalt eller helt nytt. Avvisas någon rad skrivs ingenting.

Slutkod 0: klart. 1: rader avvisades, eller fel i innehållet, nätverket eller svaret
från Kolada (inget skrevs). 2: fel i valen.`;

interface KoladaCommandOptions {
  kommun: string;
  year: string;
  kpis: string[];
  timeoutSeconds: number;
  today: string;
  from?: string;
  api?: string;
  content?: string;
  dryRun: boolean;
}

function kommunOption(kommun: string | undefined): string {
  if (!kommun || !/^\d{4}$/.test(kommun)) throw new ArgsError(`Ange kommunkoden med fyra siffror: --kommun 0182 (fick ${kommun ? `"${kommun}"` : 'ingen'}).`);
  return kommun;
}

function yearOption(year: string | undefined): string {
  if (!year || !/^\d{4}$/.test(year)) throw new ArgsError(`Ange året med fyra siffror: --year 2024 (fick ${year ? `"${year}"` : 'inget'}).`);
  return year;
}

function timeoutOption(given: string | undefined): number {
  const timeoutSeconds = Number(given ?? 30);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new ArgsError('--timeout ska vara ett antal sekunder större än 0.');
  return timeoutSeconds;
}

const KOLADA_OPTIONS: ArgSpec = { values: ['kommun', 'year', 'kpi', 'from', 'api', 'timeout', 'content', 'date'], flags: ['dry-run'] };

function readKoladaOptions(args: ParsedArgs): KoladaCommandOptions {
  const kommun = kommunOption(single(args, 'kommun'));
  const year = yearOption(single(args, 'year'));
  const kpis = (args.values.get('kpi') ?? [])
    .flatMap((k) => k.split(','))
    .map((k) => k.trim().toUpperCase())
    .filter(Boolean);
  const badKpi = kpis.find((k) => !/^[NU]\d{5}$/.test(k));
  if (badKpi) throw new ArgsError(`--kpi ska vara ett Kolada-id som U21468 (fick "${badKpi}").`);
  const timeoutSeconds = timeoutOption(single(args, 'timeout'));
  const today = importDate(single(args, 'date'));
  return {
    kommun,
    year,
    kpis,
    timeoutSeconds,
    today,
    from: single(args, 'from'),
    api: single(args, 'api'),
    content: single(args, 'content'),
    dryRun: args.flags.has('dry-run'),
  };
}

interface SuggestCommandOptions {
  kommun: string;
  /** Optional: lists units with values that year whatever their id. */
  year?: string;
  timeoutSeconds: number;
  from?: string;
  api?: string;
  content?: string;
  dryRun: boolean;
}

/** Options of the import that mean nothing for a proposal: refused, not ignored. */
const IMPORT_ONLY = ['kpi', 'date'];

const SUGGEST_OPTIONS: ArgSpec = { values: ['kommun', 'year', 'from', 'api', 'timeout', 'content', ...IMPORT_ONLY], flags: ['suggest-units', 'dry-run'] };

function readSuggestOptions(args: ParsedArgs): SuggestCommandOptions {
  const importOnly = IMPORT_ONLY.find((name) => args.values.has(name));
  if (importOnly) throw new ArgsError(`--${importOnly} hör till importen och används inte med --suggest-units. Ta bort det.`);
  const year = single(args, 'year');
  return {
    kommun: kommunOption(single(args, 'kommun')),
    year: year === undefined ? undefined : yearOption(year),
    timeoutSeconds: timeoutOption(single(args, 'timeout')),
    from: single(args, 'from'),
    api: single(args, 'api'),
    content: single(args, 'content'),
    dryRun: args.flags.has('dry-run'),
  };
}

/** Answers from a saved folder or the API. Made when the command runs, not while parsing: a missing folder or a bad --api is exit 1, like a failed fetch. */
function koladaSource(o: { from?: string; api?: string; timeoutSeconds: number }, progress: (line: string) => void): KoladaSource {
  return o.from ? createFolderSource(o.from, progress) : createHttpSource({ api: o.api ?? DEFAULT_KOLADA_API, timeoutMs: o.timeoutSeconds * 1000, progress });
}

const explainKolada = (what: string) => (e: unknown) =>
  e instanceof KoladaFetchError || e instanceof KoladaResponseError ? `${what} avbröts, inget skrevs. ${e.message}` : undefined;

function suggestMain(argv: string[], checkRuntime: () => void): Promise<number> {
  return runImportCommand(
    argv,
    {
      name: 'npm run import:kolada',
      help: HELP,
      spec: SUGGEST_OPTIONS,
      read: readSuggestOptions,
      run: (o, { progress }) =>
        suggestKoladaUnits({
          contentDir: contentFolder(o.content),
          projectDir: process.cwd(),
          kommun: o.kommun,
          year: o.year,
          source: koladaSource(o, progress),
          dryRun: o.dryRun,
          progress,
        }),
      summary: (report) => ['', ...formatSuggestTable(report)],
      explain: explainKolada('Förslaget'),
    },
    checkRuntime,
  );
}

export function main(argv: string[], checkRuntime: () => void = () => {}): Promise<number> {
  if (argv.includes('--suggest-units')) return suggestMain(argv, checkRuntime);
  return runImportCommand(
    argv,
    {
      name: 'npm run import:kolada',
      help: HELP,
      spec: KOLADA_OPTIONS,
      read: readKoladaOptions,
      run: (o, { progress, command }) =>
        runKoladaImport({
          contentDir: contentFolder(o.content),
          projectDir: process.cwd(),
          kommun: o.kommun,
          year: o.year,
          kpis: o.kpis,
          source: koladaSource(o, progress),
          dryRun: o.dryRun,
          today: o.today,
          progress,
          command,
        }),
      // A blank line between the progress on stderr and the summary.
      summary: (report) => ['', ...formatKoladaSummary(report)],
      explain: explainKolada('Importen'),
    },
    checkRuntime,
  );
}
