// npm run import:sheet: reads a kommun's spreadsheet (survey results or a
// follow-up register, CSV or .xlsx) into content/, all rows or none.
// Exit code 0: imported (or nothing to change). 1: rows refused or content invalid. 2: wrong options.
import { existsSync } from 'node:fs';
import { ArgsError, single, type ArgSpec, type ParsedArgs } from '../../cli/cli-args';
import { contentFolder } from '../../cli/content-folder';
import { runImportCommand } from '../shared/command-line/import-command';
import { importDate } from '../shared/command-line/today';
import { SheetReadError } from './read/read-sheet';
import type { SheetKind } from './report';
import { runSheetImport } from './run-import';
import { formatSheetSummary } from './summary';

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

interface SheetCommandOptions {
  file: string;
  kind: SheetKind;
  today: string;
  content?: string;
  dryRun: boolean;
}

const SHEET_OPTIONS: ArgSpec = { values: ['kind', 'content', 'date'], flags: ['dry-run'], positionals: true };

function readSheetOptions(args: ParsedArgs): SheetCommandOptions {
  if (args.positional.length !== 1) throw new ArgsError('Ange precis en fil att läsa, t.ex. npm run import:sheet -- enkat-2025.xlsx --kind survey.');
  const file = args.positional[0];
  const kind = single(args, 'kind');
  if (kind !== 'survey' && kind !== 'followups')
    throw new ArgsError(`--kind ska vara survey (enkätresultat) eller followups (uppföljningar) (fick ${kind ? `"${kind}"` : 'inget'}).`);
  if (!existsSync(file)) throw new ArgsError(`Filen ${file} finns inte.`);
  const today = importDate(single(args, 'date'));
  return { file, kind, today, content: single(args, 'content'), dryRun: args.flags.has('dry-run') };
}

export function main(argv: string[], checkRuntime: () => void = () => {}): Promise<number> {
  return runImportCommand(
    argv,
    {
      name: 'npm run import:sheet',
      help: HELP,
      spec: SHEET_OPTIONS,
      read: readSheetOptions,
      run: (o, { progress, command }) =>
        runSheetImport({
          contentDir: contentFolder(o.content),
          projectDir: process.cwd(),
          file: o.file,
          kind: o.kind,
          dryRun: o.dryRun,
          today: o.today,
          progress,
          command,
        }),
      summary: formatSheetSummary,
      explain: (e, o) => (e instanceof SheetReadError ? `${o.file}: ${e.message} Inget skrevs.` : undefined),
    },
    checkRuntime,
  );
}
