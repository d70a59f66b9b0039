// What the Kolada import tells whoever started it: the report the summary is
// written from, and the error that says the import could not start.
import { ImportSetupError } from '../shared/pipeline';
import type { OutcomeEntry } from '../shared/plan/value-outcomes';
import type { SiteSubject } from './validate/units';
import type { KoladaRefusal, KoladaValueResult } from './validate/values';

/** Content is invalid, the kommun is not the site's, or nothing is set up to import. */
export class KoladaSetupError extends ImportSetupError {}

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
