// Reads siteUrl and basePath from content/site.yaml for astro.config.mjs.
// Validation of the file itself happens in npm run validate.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function readSiteAddress(file = process.env.KVG_CONTENT_DIR ? `${process.env.KVG_CONTENT_DIR}/site.yaml` : 'content/site.yaml') {
  try {
    const data = parse(readFileSync(file, 'utf8')) ?? {};
    const site = typeof data.siteUrl === 'string' && /^https?:\/\//.test(data.siteUrl) ? data.siteUrl : 'https://example.invalid';
    const base = typeof data.basePath === 'string' && /^\/([a-z0-9-]+\/)*$/.test(data.basePath) ? data.basePath : '/';
    return { site, base };
  } catch {
    return { site: 'https://example.invalid', base: '/' };
  }
}
