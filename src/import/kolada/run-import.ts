// The Kolada import, stage by stage. The folders beside this file are the stages:
//   read/       where answers come from (the API over HTTP, or a saved snapshot folder)
//   normalise/  Kolada's responses read tolerantly, their texts through the text gate
//   validate/   KPIs asked for, units matched through kolada-units.yaml, rows made values
//   plan/       the snapshot files (the values file is planned by ../shared/plan)
// Writing, the lock and the all-or-nothing switch are shared with the spreadsheet
// import (../shared/pipeline.ts). Takes the content folder as an argument so tests run on temp copies.
import { plural, pluralWord } from '../../lib/locale/format';
import { join } from 'node:path';
import type { ContentModel } from '../../lib/catalog/model';
import { indicatorValueSchema, type IndicatorValue } from '../../schemas/indicator-value';
import { loadContentToCompare, runImport, secondsSince, writePlanned, type ImportRun, type ImportRunOptions } from '../shared/pipeline';
import { countOutcomes, planValues } from '../shared/plan/value-outcomes';
import { INDICATOR_VALUES_DIR, readPlacedValues, serializeIndicatorValues } from '../shared/write/indicator-value-file';
import { personalNumbersInResponses } from './normalise/remote-text';
import type { KoladaOu } from './normalise/response';
import { planSnapshot, snapshotDir } from './plan/snapshot';
import type { KoladaSource } from './read/source';
import { KoladaSetupError, type KoladaImportReport, type UnmatchedOu } from './report';
import { requestedKpis } from './validate/requested-kpis';
import { matchKoladaUnits, suggestSubjects, type SiteSubject } from './validate/units';
import { KOLADA_NATION, koladaRowsToValues, type KoladaRefusal } from './validate/values';

export { KoladaSetupError, type KoladaImportReport, type UnmatchedOu } from './report';

export interface KoladaImportOptions extends ImportRunOptions {
  kommun: string;
  year: string;
  /** Only these Kolada KPI ids (of indicators in content); default every indicator with koladaKpi. */
  kpis?: string[];
  source: KoladaSource;
  /** The date written as publishedOn for new figures and as the snapshot's date. */
  today: string;
  /** A model already loaded and validated (the bench); otherwise the content folder is loaded. */
  model?: ContentModel;
}

function siteSubjects(model: ContentModel): SiteSubject[] {
  return [
    ...model.units.map((u) => ({ subjectType: 'unit' as const, subject: u.id, name: u.name, services: [u.serviceId] })),
    ...model.providers.map((p) => ({ subjectType: 'provider' as const, subject: p.id, name: p.name, services: p.services })),
  ];
}

/** Values the schema refuses join the refusals, so one bad row stops the write like any other. */
function schemaChecked(values: IndicatorValue[], refused: KoladaRefusal[]): IndicatorValue[] {
  return values.filter((v) => {
    const check = indicatorValueSchema.safeParse(v);
    if (!check.success)
      refused.push({
        kpi: v.kpi ?? '',
        who: `${v.subjectType}:${v.subject}`,
        period: v.period,
        reason: check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    return check.success;
  });
}

export function runKoladaImport(options: KoladaImportOptions): Promise<KoladaImportReport> {
  return runImport(options, 'npm run import:kolada', (run) => importKolada(options, run));
}

async function importKolada(options: KoladaImportOptions, run: ImportRun): Promise<KoladaImportReport> {
  const { kommun, year, source } = options;
  const say = run.say;

  // What the content asks for.
  const model = options.model ?? loadContentToCompare(run, KoladaSetupError);
  const { indicators, valueKpis, answerKpis, allKpis } = requestedKpis(model, kommun, options.kpis);
  say(`Importerar ${valueKpis.length} nyckeltal (${valueKpis.join(', ')}) för kommun ${kommun}, år ${year}, från ${source.description}.`);
  if (answerKpis.length) say(`Antal svarande hämtas från ${answerKpis.join(', ')}.`);

  // Read: Kolada's answers, from the API or a saved folder.
  say('Hämtar beskrivningar av nyckeltalen (KPI)...');
  const kpiMeta = new Map((await source.kpis(allKpis)).map((k) => [k.id, k]));
  const missingMeta = allKpis.filter((k) => !kpiMeta.has(k));
  if (missingMeta.length) say(`  Obs: Kolada har ingen beskrivning av ${missingMeta.join(', ')}.`);
  say(`Hämtar kommunens enheter (ou?municipality=${kommun})...`);
  const ous = await source.ous(kommun);
  const mapping = model.koladaUnits ?? [];
  const subjects = siteSubjects(model);
  const match = matchKoladaUnits(ous, mapping, subjects);
  say(`  ${ous.length} enheter i Kolada, ${match.subjects.size} kopplade i kolada-units.yaml.`);
  say('Hämtar kommunens och rikets värden...');
  const kommunRows = await source.data(allKpis, [kommun, KOLADA_NATION], year);
  const ouIds = [...new Set([...ous.map((o) => o.id), ...mapping.map((m) => m.ou)])].sort();
  say(`Hämtar värden för ${ouIds.length} enheter och ${allKpis.length} nyckeltal...`);
  const ouRows = ouIds.length ? await source.oudata(allKpis, ouIds, year) : [];

  // Normalise and validate. The texts passed the gate as they were read; a personnummer anywhere in the answers stops the import before anything is written.
  const personal = personalNumbersInResponses(source.recorded());
  if (personal.length)
    throw new KoladaSetupError(
      `Koladas svar innehåller ${pluralWord(personal.length, 'ett personnummer', plural(personal.length, 'personnummer', 'personnummer'))}. Importen avbröts och inget skrevs.`,
      personal,
    );
  const mapped = koladaRowsToValues([...kommunRows, ...ouRows], {
    kommun,
    year,
    indicators,
    subjects: match.subjects,
    ignored: match.ignored,
    kpiMeta,
    publishedOn: options.today,
  });
  const refused = [...mapped.refused];
  const valid = schemaChecked(mapped.values, refused);
  const ouTitle = new Map<string, KoladaOu>(ous.map((o) => [o.id, o]));
  const unmatched: UnmatchedOu[] = [...mapped.unmatched]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ou, rows]) => {
      const title = ouTitle.get(ou)?.title ?? ou;
      return { ou, title, rows, suggestions: suggestSubjects(title, subjects) };
    });

  // Plan: the import's own values file holds exactly this kommun and year; hand-written files are never overwritten.
  const valuesPath = join(run.contentDir, INDICATOR_VALUES_DIR, `kolada-${kommun}-${year}.csv`);
  const placed = readPlacedValues(run.contentDir, run.projectDir);
  const others = [...placed].filter(([path]) => path !== valuesPath).flatMap(([, list]) => list);
  const plan = planValues(valid, placed.get(valuesPath) ?? [], others, true);
  const snapDir = snapshotDir(run.contentDir, kommun, year);

  // Write: the values file and the snapshot together, or nothing.
  const { changedFiles, written } = writePlanned(run, {
    refused: refused.length,
    dryRun: options.dryRun,
    changes: () => [
      { path: valuesPath, content: plan.rows.length ? serializeIndicatorValues(plan.rows) : null },
      ...planSnapshot(snapDir, source.recorded(), { kommun, year, source: source.description, today: options.today }),
    ],
  });

  const counts = countOutcomes(plan.entries);
  return {
    kommun,
    year,
    source: source.description,
    dryRun: options.dryRun,
    valuesFile: run.shown(valuesPath),
    snapshotDir: run.shown(snapDir),
    entries: plan.entries,
    counts: {
      written: counts.written ?? 0,
      updated: counts.updated ?? 0,
      unchanged: counts.unchanged ?? 0,
      conflict: counts.conflict ?? 0,
      refused: refused.length,
      removed: plan.removed.length,
    },
    refused,
    kpis: valueKpis,
    ousInKolada: ous.length,
    matched: match.subjects.size,
    ignored: match.ignored.size,
    unmatched,
    notInKolada: match.notInKolada.map((m) => ({ ou: m.ou, title: m.title })),
    silent: mapped.silent.map((ou) => ({ ou, subject: match.subjects.get(ou)!.subject })),
    rowsRead: mapped.read,
    rowsSkipped: mapped.skipped,
    suppressed: mapped.suppressed,
    unknownAnswers: mapped.unknownAnswers,
    missing: mapped.missing,
    requests: source.stats.requests,
    pages: source.stats.pages,
    retries: source.stats.retries,
    changedFiles,
    written,
    seconds: secondsSince(run),
  };
}
