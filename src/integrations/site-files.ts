// After every build: sets each page's Content-Security-Policy to allow exactly
// its own inline blocks, and writes _headers (the same policy for hosts that
// read it) and sitemap.xml (every page the build wrote). Runs on any --outDir.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, findInlineBlocks, hashesOf, headersFile, withPageCsp } from '../lib/site-files/csp';
import { pagePathOf, sitemapXml } from '../lib/site-files/sitemap';
import { withBase } from '../lib/pages/paths';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

export function siteFiles(): AstroIntegration {
  let site = 'https://example.invalid';
  let base = '/';
  return {
    name: 'kundvalsguiden-site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = htmlFiles(out);
        const scriptHashes = new Set<string>();
        const styleHashes = new Set<string>();
        for (const file of files) {
          const path = join(out, file);
          const html = readFileSync(path, 'utf8');
          const hashes = hashesOf(findInlineBlocks(html));
          for (const h of hashes.scriptHashes) scriptHashes.add(h);
          for (const h of hashes.styleHashes) styleHashes.add(h);
          const withCsp = withPageCsp(html);
          if (withCsp !== html) writeFileSync(path, withCsp);
        }
        writeFileSync(join(out, '_headers'), headersFile(contentSecurityPolicy({ scriptHashes, styleHashes })));
        const urls = files.flatMap((f) => {
          const path = pagePathOf(f);
          return path === undefined ? [] : [new URL(withBase(base, path), site).href];
        });
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(urls));
        logger.info(`CSP för ${files.length} sidor (${scriptHashes.size} inline-skript, ${styleHashes.size} inline-stilar tillåtna med hash), _headers och sitemap.xml med ${urls.length} adresser.`);
      },
    },
  };
}
