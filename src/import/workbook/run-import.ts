// The workbook import, stage by stage. The folders beside this file are the stages:
//   read/       the workbook as it is (every sheet's cells, made plain), and the
//               content files as they are
//   normalise/  which column is which, and each cell as its column says
//   plan/       each row laid over its record: new, changed, unchanged, and the
//               records no row stands for; then the files, changed in place
//   validate/   the content as it would be, checked like npm run validate, each
//               problem moved back to its sheet, row and column
// Writing, the lock and the all-or-nothing switch are shared with the other
// imports (../shared/pipeline.ts): one problem and no file is touched.
import { loadContentToCompare, runImport, secondsSince, writePlanned, type ImportRunOptions } from '../shared/pipeline';
import type { SheetLimits } from '../sheet/read/read-sheet';
import { planFiles } from './plan/plan-files';
import { planRows } from './plan/plan-rows';
import { readStoredContent } from './read/stored-content';
import { readWorkbook } from './read/read-workbook';
import { formatWorkbookError, sortWorkbookErrors, WorkbookSetupError, type WorkbookError, type WorkbookImportReport } from './report';
import { SHEETS } from './sheets';
import { placeErrors } from './validate/error-places';
import { checkWouldBeContent } from './validate/would-be-content';

export { WorkbookReadError, WorkbookSetupError, type WorkbookImportReport } from './report';

export interface WorkbookImportOptions extends ImportRunOptions {
  file: string;
  /** Remove the files of records the workbook no longer has; without it they are kept and reported. */
  allowRemove: boolean;
  /** Caps on the file; the defaults are far above any kommun's workbook. */
  limits?: Partial<SheetLimits>;
}

/**
 * One problem per cell: what reading the cell found comes first, and validation
 * does not say it again; the same line twice is said once.
 */
function onePerCell(first: WorkbookError[], then: WorkbookError[]): WorkbookError[] {
  const cells = new Set(first.filter((e) => e.sheet && e.column).map((e) => `${e.sheet}|${e.row}|${e.column}`));
  const lines = new Set<string>();
  return [...first, ...then.filter((e) => !(e.sheet && e.column && cells.has(`${e.sheet}|${e.row}|${e.column}`)))].filter((e) => {
    const line = formatWorkbookError(e);
    if (lines.has(line)) return false;
    lines.add(line);
    return true;
  });
}

export function runWorkbookImport(options: WorkbookImportOptions): Promise<WorkbookImportReport> {
  return runImport(options, 'npm run import:workbook', async (run) => {
    loadContentToCompare(run, WorkbookSetupError);

    // Read: the workbook, and the files it is compared with.
    run.say(`Läser ${options.file}...`);
    const sheets = await readWorkbook(options.file, options.limits);
    const stored = readStoredContent(run.contentDir);

    // Normalise and plan: each row over its record, then the files.
    const plan = planRows(stored, sheets, options.allowRemove);
    const changes = planFiles(stored, plan, options.allowRemove);

    // Validate: the content as it would be, with the same rules as npm run validate.
    run.say('Kontrollerar innehållet som det skulle bli...');
    const found = placeErrors(checkWouldBeContent(run.contentDir, changes), plan.records, run.contentDir, run.shown);
    const errors = sortWorkbookErrors(
      onePerCell(plan.errors, found),
      SHEETS.map((s) => s.name),
    );

    // Write: all or nothing.
    const { changedFiles, written } = writePlanned(run, { refused: errors.length, dryRun: options.dryRun, changes: () => changes });
    return {
      file: options.file,
      dryRun: options.dryRun,
      allowRemove: options.allowRemove,
      sheets: plan.sheets,
      otherSheets: plan.otherSheets,
      errors,
      counts: { refused: errors.length },
      changedFiles,
      written,
      seconds: secondsSince(run),
    };
  });
}
