// What --suggest-units found, for the proposal file and the terminal table.
import type { KoladaUnit } from '../../../schemas/kolada-unit';
import type { SiteCandidate, Suggestion } from './assign';

export interface ConfirmedOu {
  ou: string;
  title: string;
  entry: KoladaUnit;
}

export interface SuggestUnitsReport {
  kommun: string;
  /** The kommun's name in Kolada, when Kolada (or the saved answers) had it. */
  kommunName?: string;
  /** The year whose values put a unit on the list whatever its id; undefined without --year. */
  year?: string;
  /** Set when --year was given but no indicator has a Kolada KPI, so it was not used. */
  yearUnused: boolean;
  source: string;
  dryRun: boolean;
  /** The command as a person would type it again, for the file's header. */
  command: string;
  /** The operating areas listed (KPI digits 2-3), and whether the site's indicators gave them. */
  areas: string[];
  areasFromIndicators: boolean;
  /** Units and providers on the site that could be proposed. */
  candidates: SiteCandidate[];
  /** Site units and providers in all, before leaving out providers with only unit-level services. */
  siteUnits: number;
  siteProviders: number;
  /** Subjects already in kolada-units.yaml: "unit:solgarden" -> OU id. */
  confirmedSubjects: ReadonlyMap<string, string>;
  /** Kolada units not yet in kolada-units.yaml, each with its proposal or none. */
  suggestions: Suggestion[];
  /** Kolada units already in kolada-units.yaml. */
  confirmed: ConfirmedOu[];
  /** Entries in kolada-units.yaml for units Kolada does not list for the kommun. */
  notInKolada: KoladaUnit[];
  /** The kommun's other Kolada units, counted by id prefix. */
  leftOut: { prefix: string; count: number }[];
  /** Kolada units with values for the site's KPIs in `year`. */
  withValues: ReadonlySet<string>;
  /** The proposal file as shown (relative to the project). */
  proposalFile: string;
  written: boolean;
  /** Always 0: a proposal refuses nothing (the import commands' exit code rule). */
  counts: { refused: number };
}
