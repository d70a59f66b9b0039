// The one place the site build reads content: validated once per process, and
// a build with any content error stops here with the full list.
import { resolve } from 'node:path';
import type { ContentModel } from '../lib/catalog/model';
import type { KommunLogo } from '../lib/kommun-frame/logo-file';
import { formatContentError } from './content-error';
import { loadContent } from './load-content';

let cached: ContentModel | undefined;

export function contentDir(): string {
  return resolve(process.env.KVG_CONTENT_DIR ?? 'content');
}

export function loadValidatedContent(): ContentModel {
  if (cached) return cached;
  const result = loadContent(contentDir(), process.cwd());
  if (!result.ok) {
    const lines = result.errors.map((e) => `- ${formatContentError(e)}`).join('\n');
    throw new Error(`Innehållet har ${result.errors.length} fel. Inget publiceras förrän alla är rättade:\n${lines}`);
  }
  cached = result.model;
  return cached;
}

/** The kommun's logo as read and checked from content/, when site.yaml has a kommunFrame. */
export function kommunLogo(): KommunLogo | undefined {
  return loadValidatedContent().kommunLogo;
}
