// npm run export:workbook, the work itself: valid content in, one .xlsx out,
// written to a temporary file beside the target and renamed into place, so a
// stopped export never leaves half a workbook under the name.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadContent } from '../../../data/load-content';
import { normaliseContent } from '../../../data/personal-data';
import { readStoredContent, WORKBOOK_KINDS } from '../read/stored-content';
import { WorkbookSetupError } from '../report';
import { sheetOf, type WorkbookKind } from '../sheets';
import { buildWorkbook, type ExportRecord } from './build-workbook';

export interface ExportOptions {
  contentDir: string;
  projectDir: string;
  out: string;
}

export interface ExportReport {
  out: string;
  /** Sheet name -> rows written. */
  rows: { sheet: string; count: number }[];
}

export async function exportWorkbook(options: ExportOptions): Promise<ExportReport> {
  const loaded = loadContent(options.contentDir, options.projectDir);
  if (!loaded.ok)
    throw new WorkbookSetupError(
      `Innehållet har ${loaded.errors.length} fel. Rätta dem först (npm run validate), sedan kan arbetsboken skrivas.`,
      loaded.errors,
    );
  const stored = readStoredContent(options.contentDir);
  const records = Object.fromEntries(
    WORKBOOK_KINDS.map((kind): [WorkbookKind, ExportRecord[]] => [
      kind,
      stored.records[kind].map((r) =>
        // Figures as the schema reads them (numbers, not CSV text); other records as written, through the text gate.
        kind === 'indicatorValues' ? { data: r.parsed, file: basename(r.file) } : { data: normaliseContent(r.raw) },
      ),
    ]),
  ) as Record<WorkbookKind, ExportRecord[]>;
  const { model } = loaded;
  const workbook = buildWorkbook({
    records,
    indicators: model.indicators.map((i) => ({ id: i.id, name: i.name })).sort((a, b) => a.id.localeCompare(b.id)),
    profiles: model.site.profiles.map((p) => ({ id: p.id, name: p.name })),
  });
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const temp = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, options.out);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  return { out: options.out, rows: WORKBOOK_KINDS.map((kind) => ({ sheet: sheetOf(kind).name, count: records[kind].length })) };
}
