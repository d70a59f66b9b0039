// What every import does around its own stages, so the Kolada and spreadsheet
// imports cannot drift apart: it runs with content/ locked (a dry run takes no
// lock), compares with content that first passes validation, and writes its
// planned files all or nothing, never when a single row was refused.
// The stages themselves live beside this file: command-line/ (options and output),
// normalise/, plan/ (what changes) and write/ (staging, switching in, the lock).
import { join, relative } from 'node:path';
import type { ContentError } from '../../data/content-error';
import { loadContent } from '../../data/load-content';
import type { ContentModel } from '../../lib/catalog/model';
import { effectiveChanges, writeAllOrNothing, type FileChange } from './write/atomic-write';
import { withImportLock } from './write/import-lock';

/** The import cannot start: content is invalid or not set up for it. `errors` lists every content problem. */
export class ImportSetupError extends Error {
  constructor(
    message: string,
    readonly errors: ContentError[] = [],
  ) {
    super(message);
  }
}

/** What every importer is told, whatever its source. */
export interface ImportRunOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder (default: the content folder's parent). */
  projectDir?: string;
  dryRun: boolean;
  progress?: (line: string) => void;
  /** How the import was started, for the lock (who holds it). */
  command?: string;
}

/** One run of an import: its folders, and how paths are shown in messages and summaries. */
export interface ImportRun {
  contentDir: string;
  projectDir: string;
  /** A path as the summary shows it: relative to the project, with forward slashes. */
  shown: (abs: string) => string;
  say: (line: string) => void;
  started: number;
}

/** Runs `work` with the content folder locked, after what an interrupted import left is cleaned up. */
export function runImport<T>(options: ImportRunOptions, defaultCommand: string, work: (run: ImportRun) => Promise<T>): Promise<T> {
  const lock = { command: options.command ?? defaultCommand, dryRun: options.dryRun, say: options.progress };
  return withImportLock(options.contentDir, lock, () => {
    const projectDir = options.projectDir ?? join(options.contentDir, '..');
    return work({
      contentDir: options.contentDir,
      projectDir,
      shown: (abs) => relative(projectDir, abs).split('\\').join('/'),
      say: options.progress ?? (() => {}),
      started: performance.now(),
    });
  });
}

/** The content an import compares with; invalid content stops it (as `SetupError`) before anything is read. */
export function loadContentToCompare(run: ImportRun, SetupError: new (message: string, errors: ContentError[]) => ImportSetupError): ContentModel {
  const loaded = loadContent(run.contentDir, run.projectDir);
  if (!loaded.ok)
    throw new SetupError(
      `Innehållet har ${loaded.errors.length} fel. Rätta dem först (npm run validate), sedan kan importen jämföra mot det som finns.`,
      loaded.errors,
    );
  return loaded.model;
}

export interface WriteOutcome {
  /** Files changed (or that would change in a dry run), as shown; empty when anything was refused. */
  changedFiles: string[];
  /** Whether files were written: not in a dry run, and never when anything was refused. */
  written: boolean;
}

/**
 * Writes the planned files all or nothing. One refusal and nothing is planned or
 * written: a partial import would leave a published figure its refused row
 * should have replaced.
 */
export function writePlanned(run: ImportRun, plan: { refused: number; dryRun: boolean; changes: () => FileChange[] }): WriteOutcome {
  const changes = plan.refused ? [] : effectiveChanges(plan.changes());
  const written = !plan.dryRun && changes.length > 0;
  if (written) writeAllOrNothing(run.contentDir, changes);
  return { changedFiles: changes.map((c) => run.shown(c.path)).sort(), written };
}

/** Seconds since the run started, for the summary. */
export function secondsSince(run: ImportRun): number {
  return (performance.now() - run.started) / 1000;
}
