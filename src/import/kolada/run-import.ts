// The Kolada import as stages: read what the content asks for, fetch (or read
// saved) answers, match units through kolada-units.yaml, turn rows into
// indicator values, compare with what is already there, and write the values
// file and the snapshot together, or nothing. Takes the content folder as an
// argument so tests run on temp copies.
import { plural, pluralWord } from '../../lib/locale/format';
import { join, relative } from 'node:path';
import { loadContent } from '../../data/load-content';
import type { ContentError } from '../../data/content-error';
import { KOLADA_NATION, koladaRowsToValues, type KoladaRefusal, type KoladaValueResult } from './values';
import { matchKoladaUnits, suggestSubjects, type SiteSubject } from './units';
import type { KoladaOu } from './response';
import { countOutcomes, planValues, type OutcomeEntry } from '../shared/value-outcomes';
import type { ContentModel } from '../../lib/catalog/model';
import { indicatorValueSchema } from '../../schemas/indicator-value';
import { effectiveChanges, writeAllOrNothing, type FileChange } from '../shared/atomic-write';
import { withImportLock } from '../shared/import-lock';
import { INDICATOR_VALUES_DIR, readPlacedValues, serializeIndicatorValues } from '../shared/indicator-value-file';
import { personalNumbersInResponses } from './remote-text';
import { planSnapshot, snapshotDir } from './snapshot';
import type { KoladaSource } from './source';

export interface KoladaImportOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder (default: the content folder's parent). */
  projectDir?: string;
  kommun: string;
  year: string;
  /** Only these Kolada KPI ids (of indicators in content); default every indicator with koladaKpi. */
  kpis?: string[];
  source: KoladaSource;
  dryRun: boolean;
  /** The date written as publishedOn for new figures and as the snapshot's date. */
  today: string;
  progress?: (line: string) => void;
  /** A model already loaded and validated (the bench); otherwise the content folder is loaded. */
  model?: ContentModel;
  /** How the import was started, for the lock (who holds it). */
  command?: string;
}

export interface UnmatchedOu {
  ou: string;
  title: string;
  rows: number;
  suggestions: SiteSubject[];
}

export interface KoladaImportReport {
  kommun: string;
  year: string;
  source: string;
  dryRun: boolean;
  valuesFile: string;
  snapshotDir: string;
  /** Every value with its outcome: written, updated, unchanged or conflict. */
  entries: OutcomeEntry[];
  counts: { written: number; updated: number; unchanged: number; conflict: number; refused: number; removed: number };
  refused: KoladaRefusal[];
  kpis: string[];
  ousInKolada: number;
  matched: number;
  ignored: number;
  unmatched: UnmatchedOu[];
  notInKolada: { ou: string; title?: string }[];
  /** Matched OUs Kolada sent no row for this year. */
  silent: { ou: string; subject: string }[];
  rowsRead: number;
  rowsSkipped: number;
  suppressed: number;
  /** Values with no number of answers, stored without the value (see KoladaValueResult). */
  unknownAnswers: KoladaValueResult['unknownAnswers'];
  missing: number;
  requests: number;
  pages: number;
  retries: number;
  /** Files changed (or that would change in a dry run), relative to the project; empty when a row was refused. */
  changedFiles: string[];
  /** Whether files were written: not in a dry run, and never when any row was refused. */
  written: boolean;
  seconds: number;
}

/** Content is invalid, the kommun is not the site's, or nothing is set up to import. */
export class KoladaSetupError extends Error {
  constructor(
    message: string,
    readonly errors: ContentError[] = [],
  ) {
    super(message);
  }
}

function siteSubjects(model: ContentModel): SiteSubject[] {
  return [
    ...model.units.map((u) => ({ subjectType: 'unit' as const, subject: u.id, name: u.name, services: [u.serviceId] })),
    ...model.providers.map((p) => ({ subjectType: 'provider' as const, subject: p.id, name: p.name, services: p.services })),
  ];
}

function loadModel(options: KoladaImportOptions, projectDir: string): ContentModel {
  if (options.model) return options.model;
  const loaded = loadContent(options.contentDir, projectDir);
  if (!loaded.ok)
    throw new KoladaSetupError(`Innehållet har ${loaded.errors.length} fel. Rätta dem först (npm run validate), sedan kan importen jämföra mot det som finns.`, loaded.errors);
  return loaded.model;
}

export async function runKoladaImport(options: KoladaImportOptions): Promise<KoladaImportReport> {
  return withImportLock(options.contentDir, { command: options.command ?? 'npm run import:kolada', dryRun: options.dryRun, say: options.progress }, () => importLocked(options));
}

async function importLocked(options: KoladaImportOptions): Promise<KoladaImportReport> {
  const started = performance.now();
  const say = options.progress ?? (() => {});
  const projectDir = options.projectDir ?? join(options.contentDir, '..');
  const rel = (abs: string) => relative(projectDir, abs).split('\\').join('/');
  const { kommun, year, source } = options;

  // Stage 1: what the content asks for.
  const model = loadModel(options, projectDir);
  if (model.site.municipalityCode !== kommun)
    throw new KoladaSetupError(`Webbplatsens kommunkod är ${model.site.municipalityCode} (content/site.yaml), men du importerar kommun ${kommun}. Ange --kommun ${model.site.municipalityCode}.`);
  const withKpi = model.indicators.filter((i) => i.koladaKpi);
  const unknownKpis = (options.kpis ?? []).filter((k) => !withKpi.some((i) => i.koladaKpi === k));
  if (unknownKpis.length)
    throw new KoladaSetupError(`Ingen indikator i content/indicators/ har koladaKpi ${unknownKpis.join(', ')}. Indikatorer med Kolada-id: ${withKpi.map((i) => `${i.id} (${i.koladaKpi})`).join(', ') || 'inga'}.`);
  const indicators = options.kpis?.length ? withKpi.filter((i) => options.kpis!.includes(i.koladaKpi!)) : withKpi;
  if (indicators.length === 0)
    throw new KoladaSetupError('Ingen indikator i content/indicators/ har koladaKpi. Lägg till koladaKpi (och koladaAnswersKpi) i de indikatorer som ska hämtas från Kolada.');
  const valueKpis = [...new Set(indicators.map((i) => i.koladaKpi!))].sort();
  const answerKpis = [...new Set(indicators.flatMap((i) => (i.koladaAnswersKpi ? [i.koladaAnswersKpi] : [])))].sort();
  const allKpis = [...new Set([...valueKpis, ...answerKpis])].sort();
  say(`Importerar ${valueKpis.length} nyckeltal (${valueKpis.join(', ')}) för kommun ${kommun}, år ${year}, från ${source.description}.`);
  if (answerKpis.length) say(`Antal svarande hämtas från ${answerKpis.join(', ')}.`);

  // Stage 2: fetch.
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

  // Stage 3: normalise. The texts passed the gate as they were read; a personnummer anywhere in the answers stops the import before anything is written.
  const personal = personalNumbersInResponses(source.recorded());
  if (personal.length)
    throw new KoladaSetupError(`Koladas svar innehåller ${pluralWord(personal.length, 'ett personnummer', plural(personal.length, 'personnummer', 'personnummer'))}. Importen avbröts och inget skrevs.`, personal);
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
  const valid = mapped.values.filter((v) => {
    const check = indicatorValueSchema.safeParse(v);
    if (!check.success)
      refused.push({ kpi: v.kpi ?? '', who: `${v.subjectType}:${v.subject}`, period: v.period, reason: check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    return check.success;
  });
  const ouTitle = new Map<string, KoladaOu>(ous.map((o) => [o.id, o]));
  const unmatched: UnmatchedOu[] = [...mapped.unmatched]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ou, rows]) => {
      const title = ouTitle.get(ou)?.title ?? ou;
      return { ou, title, rows, suggestions: suggestSubjects(title, subjects) };
    });

  // Stage 4: compare with what is in content.
  const valuesPath = join(options.contentDir, INDICATOR_VALUES_DIR, `kolada-${kommun}-${year}.csv`);
  const placed = readPlacedValues(options.contentDir, projectDir);
  const own = placed.get(valuesPath) ?? [];
  const others = [...placed].filter(([path]) => path !== valuesPath).flatMap(([, list]) => list);
  const plan = planValues(valid, own, others, true);

  // Stage 5: write all or nothing. One refused row and nothing is written: a
  // partial import would drop the published row the refused one should replace.
  const snapDir = snapshotDir(options.contentDir, kommun, year);
  const changes: FileChange[] = refused.length
    ? []
    : effectiveChanges([
        { path: valuesPath, content: plan.rows.length ? serializeIndicatorValues(plan.rows) : null },
        ...planSnapshot(snapDir, source.recorded(), { kommun, year, source: source.description, today: options.today }),
      ]);
  const written = !options.dryRun && changes.length > 0;
  if (written) writeAllOrNothing(options.contentDir, changes);

  const counts = countOutcomes(plan.entries);
  return {
    kommun,
    year,
    source: source.description,
    dryRun: options.dryRun,
    valuesFile: rel(valuesPath),
    snapshotDir: rel(snapDir),
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
    changedFiles: changes.map((c) => rel(c.path)).sort(),
    written,
    seconds: (performance.now() - started) / 1000,
  };
}
