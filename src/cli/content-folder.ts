// The content folder an import or check works on: --content, else the same
// folder the site build reads (KVG_CONTENT_DIR or content/).
import { resolve } from 'node:path';
import { contentDir as configuredContentDir } from '../data/content-source';

export function contentFolder(given: string | undefined): string {
  return given ? resolve(given) : configuredContentDir();
}
