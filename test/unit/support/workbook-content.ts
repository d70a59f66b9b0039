// A content folder copied to a temp folder, exported as a workbook beside it,
// and the import run on it in-process, so a test can edit the workbook and see
// exactly which files the import changes.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach } from 'vitest';
import { exportWorkbook } from '../../../src/import/workbook/export/export-workbook';
import { runWorkbookImport } from '../../../src/import/workbook/run-import';
import type { WorkbookImportReport } from '../../../src/import/workbook/report';
import { formatWorkbookSummary } from '../../../src/import/workbook/summary';
import { VALID_CONTENT } from './content-fixture';
import { folderSnapshot } from './folder-snapshot';
import { ROOT } from './run-script';

export const BUNDLED_CONTENT = join(ROOT, 'content');

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface WorkbookContent {
  root: string;
  content: string;
  xlsx: string;
  snapshot: () => Record<string, string>;
  importBook: (options?: { dryRun?: boolean; allowRemove?: boolean }) => Promise<WorkbookImportReport>;
}

/** Copies `source` (default: test/fixtures/content-valid) and exports it to <root>/arbetsbok.xlsx. */
export async function exportedContent(source = VALID_CONTENT): Promise<WorkbookContent> {
  const root = mkdtempSync(join(tmpdir(), 'kvg-arbetsbok-test-'));
  created.push(root);
  const content = join(root, 'content');
  cpSync(source, content, { recursive: true });
  const xlsx = join(root, 'arbetsbok.xlsx');
  await exportWorkbook({ contentDir: content, projectDir: root, out: xlsx });
  return {
    root,
    content,
    xlsx,
    snapshot: () => folderSnapshot(content),
    importBook: (options = {}) =>
      runWorkbookImport({ contentDir: content, projectDir: root, file: xlsx, dryRun: options.dryRun ?? false, allowRemove: options.allowRemove ?? false }),
  };
}

/** The summary as kommun staff read it, without the time it took. */
export const summaryOf = (report: WorkbookImportReport) =>
  formatWorkbookSummary({ ...report, file: basename(report.file) }).filter((l) => !l.startsWith('Tid:'));

/** The files that differ between two snapshots, as "changed", "added" or "removed". */
export function changedFiles(before: Record<string, string>, after: Record<string, string>): Record<string, 'changed' | 'added' | 'removed'> {
  const out: Record<string, 'changed' | 'added' | 'removed'> = {};
  for (const [file, text] of Object.entries(after))
    if (!(file in before)) out[file] = 'added';
    else if (before[file] !== text) out[file] = 'changed';
  for (const file of Object.keys(before)) if (!(file in after)) out[file] = 'removed';
  return out;
}
