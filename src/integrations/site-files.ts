// After every build: sets each page's Content-Security-Policy to allow exactly
// its own inline blocks, and writes what hosts and search engines read:
// _headers and .htaccess in the output folder, the nginx configuration beside
// it (<outDir>-server/nginx.conf, so it is never published), and sitemap.xml.
// All three server files carry the same headers (src/lib/site-files/security-headers.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadValidatedContent } from '../data/content-source';
import { apacheConfig } from '../lib/site-files/apache-config';
import { contentSecurityPolicy, findInlineBlocks, hashesOf, withPageCsp } from '../lib/site-files/csp';
import { headersFile } from '../lib/site-files/headers-file';
import { nginxConfig } from '../lib/site-files/nginx-config';
import { securityHeaders } from '../lib/site-files/security-headers';
import { serverSetup } from '../lib/site-files/server-setup';
import { pagePathOf, sitemapXml } from '../lib/site-files/sitemap';
import { withBase } from '../lib/pages/paths';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** The folder beside the output folder that holds server configuration not to be published: dist -> dist-server. */
export function serverConfigDir(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}-server`;
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
        const { headers: configured } = loadValidatedContent().site;
        const policy = contentSecurityPolicy({ scriptHashes, styleHashes, frameAncestors: configured.frameAncestors });
        const setup = serverSetup(base, site, securityHeaders({ policy, siteUrl: site, hsts: configured.hsts }));
        writeFileSync(join(out, '_headers'), headersFile(setup));
        // Apache reads .htaccess where it lies and never serves a .ht* file itself.
        writeFileSync(join(out, '.htaccess'), apacheConfig(setup));
        const serverDir = serverConfigDir(out);
        mkdirSync(serverDir, { recursive: true });
        writeFileSync(join(serverDir, 'nginx.conf'), nginxConfig(setup));
        const urls = files.flatMap((f) => {
          const path = pagePathOf(f);
          return path === undefined ? [] : [new URL(withBase(base, path), site).href];
        });
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(urls));
        logger.info(
          `CSP för ${files.length} sidor (${scriptHashes.size} inline-skript, ${styleHashes.size} inline-stilar tillåtna med hash), _headers, .htaccess och sitemap.xml med ${urls.length} adresser.`,
        );
        logger.info(`nginx-inställningarna: ${join(serverDir, 'nginx.conf')} (bredvid ${out}, publiceras inte).`);
      },
    },
  };
}
