// Before an import writes, it cleans up after one that was stopped: a staging
// folder with a manifest is switched in (the stopped import had all its files
// ready), one without is removed, and old hidden temp files are deleted. Each
// is said in the progress output.
import { relative } from 'node:path';
import { rmSync } from 'node:fs';
import { findImportLeftovers } from '../../../data/import-leftovers';
import { switchIn } from './atomic-write';
import { fileProblem, ImportWriteError } from '../import-errors';

export function recoverLeftovers(contentDir: string, say: (line: string) => void): number {
  let cleaned = 0;
  for (const l of findImportLeftovers(contentDir)) {
    const shown = relative(process.cwd(), l.path) || l.path;
    if (l.kind === 'staging-complete') {
      let moved: number;
      try {
        moved = switchIn(contentDir, l.path);
      } catch (e) {
        throw new ImportWriteError(
          `Kunde inte slutföra bytet från en import som stoppades (${shown}: ${e instanceof SyntaxError ? 'förteckningen manifest.json går inte att läsa' : e instanceof ImportWriteError ? e.message : fileProblem(e)}). Inget nytt skrevs. Rätta felet och kör igen, eller återställ content/ från säkerhetskopian eller git och ta bort mappen.`,
        );
      }
      say(`Slutförde en import som stoppades mitt i bytet av filer (${shown}, ${moved} filer kvar att byta in).`);
    } else if (l.kind === 'staging-incomplete') {
      rmSync(l.path, { recursive: true, force: true });
      say(`Tog bort ${shown} från en import som stoppades innan den bytte in något.`);
    } else if (l.kind === 'temp-file') {
      rmSync(l.path, { force: true });
      say(`Tog bort den tillfälliga filen ${shown} från en avbruten import.`);
    } else continue;
    cleaned++;
  }
  return cleaned;
}
