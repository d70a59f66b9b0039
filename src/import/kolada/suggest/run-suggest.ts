// npm run import:kolada -- --suggest-units: the kommun's Kolada units with the
// closest units and providers on the site, written as a proposal for a person
// to confirm (proposal-file.ts). Reads content and Kolada, writes only the
// proposal file, never kolada-units.yaml or any other content file, and takes no
// import lock (it changes nothing an import writes).
//   read: the kommun's name and units, and with --year which units have values
//   scope.ts: the units in the site's operating areas
//   assign.ts + score.ts + name-core.ts: the proposals (pure)
//   proposal-file.ts, table.ts: what is written and printed
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { terminalValue } from '../../../cli/terminal-text';
import { loadContent } from '../../../data/load-content';
import type { ContentModel } from '../../../lib/catalog/model';
import { plural, pluralWord } from '../../../lib/locale/format';
import { personalNumbersInResponses } from '../normalise/remote-text';
import type { KoladaSource } from '../read/source';
import { KoladaSetupError } from '../report';
import { checkSiteKommun } from '../validate/requested-kpis';
import { assignSuggestions, subjectKey, type SiteCandidate } from './assign';
import { ouAddress } from './ou-address';
import { PROPOSAL_FILE, proposalText } from './proposal-file';
import type { SuggestUnitsReport } from './report';
import { siteAreas, unitsInScope } from './scope';

export interface SuggestUnitsOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder (default: the content folder's parent). */
  projectDir?: string;
  kommun: string;
  /** With a year, units with values for the site's KPIs that year are listed whatever their id. */
  year?: string;
  source: KoladaSource;
  dryRun: boolean;
  progress?: (line: string) => void;
}

/**
 * Units, and providers in a service where the customer chooses the provider:
 * a provider whose services are all chosen per unit is not what Kolada's unit
 * figures are shown for, its units are.
 */
export function siteCandidates(model: ContentModel): SiteCandidate[] {
  const providerLevel = new Set(model.services.filter((s) => s.choiceLevel === 'provider').map((s) => s.id));
  return [
    ...model.units.map((u) => ({ subjectType: 'unit' as const, subject: u.id, name: u.name, address: u.address, services: [u.serviceId] })),
    ...model.providers
      .filter((p) => p.services.some((s) => providerLevel.has(s)))
      .map((p) => ({ subjectType: 'provider' as const, subject: p.id, name: p.name, address: p.address, services: p.services })),
  ];
}

/** Every Kolada KPI the site's indicators name, values and answer counts. */
function siteKpis(model: ContentModel): string[] {
  return [...new Set(model.indicators.flatMap((i) => [i.koladaKpi, i.koladaAnswersKpi].filter((k): k is string => k !== undefined)))].sort();
}

export async function suggestKoladaUnits(options: SuggestUnitsOptions): Promise<SuggestUnitsReport> {
  const { kommun, year, source } = options;
  const projectDir = options.projectDir ?? join(options.contentDir, '..');
  const shown = (abs: string) => relative(projectDir, abs).split('\\').join('/');
  const say = options.progress ?? (() => {});

  const loaded = loadContent(options.contentDir, projectDir);
  if (!loaded.ok)
    throw new KoladaSetupError(
      `Innehållet har ${loaded.errors.length} fel. Rätta dem först (npm run validate), sedan kan förslaget jämföra med det som finns.`,
      loaded.errors,
    );
  const model = loaded.model;
  checkSiteKommun(model, kommun);
  const kpis = siteKpis(model);
  const { areas, fromIndicators } = siteAreas(kpis);

  say(`Hämtar kommunens namn (municipality/${kommun})...`);
  const kommunName = (await source.municipalities([kommun])).find((m) => m.id === kommun)?.title;
  say(`Hämtar kommunens enheter (ou?municipality=${kommun})...`);
  const ous = await source.ous(kommun);
  const withValues = new Set<string>();
  const yearUnused = year !== undefined && kpis.length === 0;
  if (year && kpis.length && ous.length) {
    say(`Hämtar vilka enheter som har värden ${year} för ${plural(kpis.length, 'nyckeltal', 'nyckeltal')} (${kpis.join(', ')})...`);
    for (const row of await source.oudata(kpis, ous.map((o) => o.id).sort(), year)) if (row.ou) withValues.add(row.ou);
  }
  const personal = personalNumbersInResponses(source.recorded());
  if (personal.length)
    throw new KoladaSetupError(
      `Koladas svar innehåller ${pluralWord(personal.length, 'ett personnummer', plural(personal.length, 'personnummer', 'personnummer'))}. Inget förslag skrevs.`,
      personal,
    );

  const mapping = model.koladaUnits ?? [];
  const mapped = new Map(mapping.map((m) => [m.ou, m]));
  const scope = unitsInScope(ous, areas, new Set([...withValues, ...mapped.keys()]));
  const confirmed = scope.inScope.filter((o) => mapped.has(o.id)).map((o) => ({ ou: o.id, title: o.title, entry: mapped.get(o.id)! }));
  // An id is text from the network like a title: kept to one line before it is printed or written.
  const toMatch = scope.inScope.filter((o) => !mapped.has(o.id)).map((o) => ({ id: terminalValue(o.id).trim(), title: o.title, address: ouAddress(o) }));
  const confirmedSubjects = new Map(
    mapping.filter((m) => m.ignore === undefined && m.subject).map((m) => [subjectKey({ subjectType: m.subjectType!, subject: m.subject! }), m.ou]),
  );
  const candidates = siteCandidates(model);
  const suggestions = assignSuggestions(toMatch, candidates, confirmedSubjects, kommunName ? [kommunName] : []);
  const known = new Set(ous.map((o) => o.id));

  const path = join(options.contentDir, PROPOSAL_FILE);
  const report: SuggestUnitsReport = {
    kommun,
    kommunName,
    year,
    yearUnused,
    source: source.description,
    dryRun: options.dryRun,
    command: `npm run import:kolada -- --kommun ${kommun} --suggest-units${year ? ` --year ${year}` : ''}`,
    areas,
    areasFromIndicators: fromIndicators,
    candidates,
    siteUnits: model.units.length,
    siteProviders: model.providers.length,
    confirmedSubjects,
    suggestions,
    confirmed: confirmed.sort((a, b) => (a.ou < b.ou ? -1 : 1)),
    notInKolada: mapping.filter((m) => !known.has(m.ou)),
    leftOut: scope.leftOut,
    withValues,
    proposalFile: shown(path),
    written: false,
    counts: { refused: 0 },
  };
  if (!options.dryRun) {
    writeFileSync(path, proposalText(report));
    report.written = true;
  }
  return report;
}
