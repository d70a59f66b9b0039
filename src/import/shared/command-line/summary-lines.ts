// Lines both import summaries end and begin with, worded once: a dry run says
// so first, and the last line says what was (or would be) written, or why nothing was.
import { plural } from '../../../lib/locale/format';

export const DRY_RUN_NOTE = 'Provkörning (--dry-run), inget skrevs: ';

/** The summary's last word on files; `refusedLine` when anything was refused (then nothing was written). */
export function filesLine(report: { dryRun: boolean; changedFiles: string[] }, refusedLine: string | undefined): string {
  if (refusedLine) return refusedLine;
  if (report.changedFiles.length === 0) return 'Inget ändrades.';
  return `${report.dryRun ? 'Skulle ändra' : 'Ändrade'} ${plural(report.changedFiles.length, 'fil', 'filer')}: ${report.changedFiles.join(', ')}.`;
}
