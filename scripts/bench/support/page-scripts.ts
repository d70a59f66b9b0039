// Which JavaScript a built page loads: its script tags, each island's
// component and renderer, and everything those import, followed file by file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface PageScripts {
  /** Files under the site folder (absolute paths), each once. */
  files: string[];
  /** Inline <script> bodies (Astro's island loader). */
  inline: string[];
}

const attr = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]+)"`, 'g'))].map((m) => m[1].replace(/&amp;/g, '&'));

/** Local imports of an ES module: static (import/export ... from) and dynamic import("..."). */
export function importsOf(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) out.add(m[1]);
  return [...out];
}

export function pageScripts(siteDir: string, htmlFile: string, base = '/'): PageScripts {
  const html = readFileSync(htmlFile, 'utf8');
  const toFile = (url: string) => join(siteDir, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const queue = [
    ...attr(html, 'component-url'),
    ...attr(html, 'renderer-url'),
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ].map(toFile);
  const seen = new Set<string>();
  while (queue.length) {
    const file = resolve(queue.shift()!);
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) queue.push(join(dirname(file), spec));
  }
  // JSON-LD (schema.org data) is not executed, so it is not JavaScript weight.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((s) => s.trim());
  return { files: [...seen].sort(), inline };
}
