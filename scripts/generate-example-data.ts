// npm run generate:example: writes the fictional Exempelkommun's content (services, providers,
// units, indicators and figures, conditions, quality reports, follow-ups) into content/.
// Deterministic: a seeded random generator and fixed dates, so every run gives identical files.
import { contentTypes } from '../src/schemas/registry';
import { join, resolve } from 'node:path';
import { indicatorValueColumns } from '../src/schemas/indicator-value';
import { CONDITIONS } from './example-data/conditions';
import { buildFollowUps } from './example-data/follow-ups';
import { resetIdentifiers } from './example-data/identity';
import { KOLADA_UNITS, SHEET_FILE } from './example-data/imports';
import { buildIndicatorValues } from './example-data/indicator-values';
import { INDICATOR_DEFS } from './example-data/indicators';
import { buildQualityReports } from './example-data/quality-reports';
import { SERVICE_DEFS, buildService } from './example-data/services';
import { writeExampleSheet } from './example-data/sheet';
import { buildSite } from './example-data/site';
import { buildWorld } from './example-data/world';
import { clearOwnedPaths, OWNED_PATHS, writeCsv, writeYaml } from './example-data/write';
import { assertNodeVersion } from './lib/node-version';
import { readCommandLine, single } from '../src/cli/cli-args';
import { inspectContentFolder } from '../src/cli/content-guard';

const HELP = `Användning: npm run generate:example [-- --content <mapp>]

Skapar exempeldata för den påhittade Exempelkommun i content/ (eller <mapp>).
Skriptet tar bort och skriver om bara sina egna filer och mappar:
  ${OWNED_PATHS.join(', ')}
Andra filer, till exempel content/README.md, lämnas orörda, och så även det som
importerna skrivit (content/indicator-values/kolada-*.csv och kalkylblad-*.csv).
Exemplets kalkylblad för npm run import:sheet skrivs till content/imports/${SHEET_FILE}.
Samma kod ger alltid exakt samma filer. Kör sedan npm run validate.

Skriver bara över exempeldata: har mappen en site.yaml med isExample: false, eller
filer som programmet inte har skrivit (till exempel en riktig kommuns anordnare),
skrivs ingenting och kommandot slutar med kod 2. Slutkod 2 också vid fel i valen.`;

const MUNICIPALITY_CODE_COMMENT =
  'Lånad kommunkod: 0182 är Nacka kommuns kod. Exempelkommun finns inte på riktigt, men med\nen riktig kod kan Kolada-exemplen för 0182 (shared/data/kolada) importeras senare.';

export function main(argv: string[]): number {
  const args = readCommandLine(argv, { help: HELP, spec: { values: ['content'], flags: [] }, nothingDone: 'Inget skrevs.' }, (a) => single(a, 'content'));
  if (!args.ok) return args.exitCode;
  assertNodeVersion();
  const contentDir = resolve(args.options ?? 'content');
  // Only ever over the example: a kommun's own files are never deleted or rewritten.
  const state = inspectContentFolder(contentDir);
  if (state.kind === 'kommun') {
    console.error(`${contentDir} innehåller inte bara exempeldata, så npm run generate:example skriver inte där:`);
    for (const reason of state.reasons) console.error(`- ${reason}.`);
    console.error('Inget skrevs. Skriv exemplet till en tom mapp med --content <mapp>, eller flytta undan den här mappens filer först.');
    return 2;
  }

  resetIdentifiers();
  const world = buildWorld();
  const values = buildIndicatorValues(world);
  const reports = buildQualityReports(world, values);
  const followUps = buildFollowUps(world, reports.missing);

  clearOwnedPaths(contentDir);
  writeYaml(join(contentDir, contentTypes.site.path), buildSite(), { municipalityCode: MUNICIPALITY_CODE_COMMENT });
  writeYaml(join(contentDir, contentTypes.conditions.path), CONDITIONS);
  writeYaml(join(contentDir, contentTypes.koladaUnits.path), KOLADA_UNITS);
  writeExampleSheet(join(contentDir, 'imports', SHEET_FILE), values.sheetRows, world);
  for (const def of SERVICE_DEFS) writeYaml(join(contentDir, contentTypes.services.path, `${def.id}.yaml`), buildService(def));
  for (const p of world.providers) writeYaml(join(contentDir, contentTypes.providers.path, `${p.id}.yaml`), p.file);
  for (const u of world.units) writeYaml(join(contentDir, contentTypes.units.path, `${u.id}.yaml`), u.file);
  for (const def of INDICATOR_DEFS) writeYaml(join(contentDir, contentTypes.indicators.path, `${def.file.id}.yaml`), def.file);
  let valueCount = 0;
  for (const [file, rows] of values.files) {
    writeCsv(join(contentDir, contentTypes.indicatorValues.path, file), indicatorValueColumns, rows);
    valueCount += rows.length;
  }
  let reportCount = 0;
  for (const [year, list] of reports.byYear) {
    writeYaml(join(contentDir, contentTypes.qualityReports.path, `${year}.yaml`), list);
    reportCount += list.length;
  }
  let followUpCount = 0;
  for (const [year, list] of followUps) {
    writeYaml(join(contentDir, contentTypes.followUps.path, `${year}.yaml`), list);
    followUpCount += list.length;
  }

  console.log(
    `Exempeldata skriven till ${contentDir}: ${SERVICE_DEFS.length} tjänster, ${world.providers.length} anordnare, ${world.units.length} enheter, ` +
      `${INDICATOR_DEFS.length} indikatorer, ${valueCount} värden, ${reportCount} kvalitetsredovisningar, ${followUpCount} uppföljningar, ${CONDITIONS.length} villkor.`,
  );
  console.log('Kontrollera med: npm run validate');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
