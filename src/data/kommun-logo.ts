// Reads the kommun's logo, the one content file that is not YAML or CSV: the
// path comes from site.yaml (kommunFrame.logo.file), must stay inside content/
// (no link out of it is followed) and must be the image its name says.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { logoExtensionOf } from '../schemas/kommun-frame';
import type { Site } from '../schemas/site';
import { logoFileProblem, logoSizeProblem, type KommunLogo } from '../lib/kommun-frame/logo-file';
import type { Located } from './check-references';
import type { ContentError } from './content-error';
import { checkContentPath } from './read-files';

export function readKommunLogo(
  contentDir: string,
  rootReal: string,
  site: Located<Site>,
  rel: (abs: string) => string,
): { logo?: KommunLogo; errors: ContentError[] } {
  const frame = site.data.kommunFrame;
  if (!frame) return { errors: [] };
  const file = frame.logo.file;
  const fieldPath = ['kommunFrame', 'logo', 'file'];
  const inSite = (expected: string): ContentError => ({ file: site.file, line: site.lineOf(fieldPath), field: fieldPath.join('.'), value: file, expected });
  const extension = logoExtensionOf(file);
  // The schema has refused any other path already.
  if (!extension) return { errors: [] };
  const abs = join(contentDir, file);
  const pathProblem = checkContentPath(abs, rel(abs), 'file', rootReal);
  if (pathProblem) {
    const missing = /^en fil som finns$/.test(pathProblem.expected);
    return { errors: [missing ? inSite(`en bild som finns i content/. ${rel(abs)} finns inte: kontrollera namnet och mappen`) : pathProblem] };
  }
  // Before reading: a huge file is refused without being read.
  const tooBig = logoSizeProblem(statSync(abs).size);
  if (tooBig) return { errors: [inSite(tooBig)] };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(readFileSync(abs));
  } catch {
    return { errors: [inSite(`en bild som går att läsa. ${rel(abs)} saknar läsbehörighet: kontrollera rättigheterna`)] };
  }
  const problem = logoFileProblem(bytes, extension);
  return problem ? { errors: [inSite(problem)] } : { logo: { extension, bytes }, errors: [] };
}
