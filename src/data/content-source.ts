// The one place the site build reads content: validated once per process, and
// a build with any content error stops here with the full list.
import { resolve } from 'node:path';
import type { ContentModel } from '../lib/catalog/model';
import type { KommunLogo } from '../lib/kommun-frame/logo-file';
import { formatContentError } from './content-error';
import { loadContent } from './load-content';

/**
 * The validated model for this process. Kept on globalThis, not in a module
 * variable: the validate-content integration loads it at config setup, and the
 * prerendered pages run in Astro's bundle, which has its own copy of this
 * module but the same process. So one build reads and validates content once.
 */
const MODEL_KEY = Symbol.for('kundvalsguiden.content-model');
const store = globalThis as { [MODEL_KEY]?: { dir: string; model: ContentModel } };

/** Content with errors: the message lists every one (file, row, field, value, what was expected). */
export class ContentInvalidError extends Error {}

export function contentDir(): string {
  return resolve(process.env.KVG_CONTENT_DIR ?? 'content');
}

export function loadValidatedContent(): ContentModel {
  const dir = contentDir();
  const cached = store[MODEL_KEY];
  if (cached?.dir === dir) return cached.model;
  if (process.env.KVG_DEBUG_CONTENT_READS) console.log(`[kundvalsguiden] läser och kontrollerar ${dir}`);
  const result = loadContent(dir, process.cwd());
  if (!result.ok) {
    const lines = result.errors.map((e) => `- ${formatContentError(e)}`).join('\n');
    throw new ContentInvalidError(`Innehållet har ${result.errors.length} fel. Inget publiceras förrän alla är rättade:\n${lines}`);
  }
  store[MODEL_KEY] = { dir, model: result.model };
  return result.model;
}

/** The kommun's logo as read and checked from content/, when site.yaml has a kommunFrame. */
export function kommunLogo(): KommunLogo | undefined {
  return loadValidatedContent().kommunLogo;
}
