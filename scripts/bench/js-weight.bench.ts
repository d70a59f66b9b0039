// JavaScript per page template, split into React's runtime (shared, cached),
// fuse.js and our own island code; and the search files' size per record.
// Builds the site (content/ or KVG_CONTENT_DIR) into a temporary folder.
import { formatNumber } from '../../src/lib/locale/format';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SearchFile } from '../../src/lib/search/search-data';
import { readSiteAddress } from '../lib/site-address.mjs';
import type { BenchSection } from './run';
import { pageScripts } from './support/page-scripts';

/** Page templates, each with the pattern of its built files (relative to the site folder). */
const TEMPLATES: [string, RegExp][] = [
  ['startsida', /^index\.html$/],
  ['tjänst', /^tjanster\/[^/]+\/index\.html$/],
  ['tjänst, tabell', /^tjanster\/[^/]+\/tabell\/index\.html$/],
  ['sök', /^sok\/index\.html$/],
  ['jämför', /^jamfor\/index\.html$/],
  ['utförare', /^anordnare\/[^/]+\/index\.html$/],
  ['enhet', /^enheter\/[^/]+\/index\.html$/],
  ['indikatorer', /^indikatorer\/index\.html$/],
  ['indikator', /^indikatorer\/[^/]+\/index\.html$/],
  ['tillgänglighet', /^tillganglighet\/index\.html$/],
  ['404', /^404\.html$/],
];

/** Pages that must ship no JavaScript at all. */
const NO_JS = new Set(['utförare', 'enhet', 'tjänst, tabell']);
const OWN_CODE_AIM = 30 * 1024;
const SEARCH_BYTES_AIM = 150;

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => `${formatNumber(bytes / 1024, 1)} kB`;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

type Kind = 'react' | 'fuse' | 'own';
function kindOf(file: string): Kind {
  const name = basename(file);
  // client.*.js is @astrojs/react's renderer entry: part of the React runtime.
  if (name.startsWith('react-runtime.') || name.startsWith('client.')) return 'react';
  if (name.startsWith('fuse.')) return 'fuse';
  return 'own';
}

const section: BenchSection = {
  title: 'JavaScript per sidmall och sökfilernas storlek',
  async run(log) {
    const out = mkdtempSync(join(tmpdir(), 'kvg-js-weight-'));
    try {
      execFileSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', out], { stdio: 'ignore' });
      const { base } = readSiteAddress();
      const files = walk(out).map((f) => relative(out, f));
      log(`Mål: utförar- och enhetssidor 0 byte; vår egen kod plus fuse.js högst ${kb(OWN_CODE_AIM)} gzip per sida (Reacts runtime räknas för sig).`);
      log(
        `${'sidmall'.padEnd(16)} ${'sidor'.padStart(5)}  ${'totalt'.padStart(9)}  ${'React'.padStart(9)}  ${'fuse.js'.padStart(9)}  ${'vår kod'.padStart(9)}  ${'vår+fuse'.padStart(9)}  ${'inline'.padStart(8)}  mål`,
      );
      for (const [template, pattern] of TEMPLATES) {
        const pages = files.filter((f) => pattern.test(f));
        if (pages.length === 0) continue;
        // The heaviest page of the template counts.
        const measured = pages.map((page) => {
          const scripts = pageScripts(out, join(out, page), base);
          const sums = { react: 0, fuse: 0, own: 0 };
          for (const f of scripts.files) sums[kindOf(f)] += gz(readFileSync(f));
          const inline = scripts.inline.reduce((n, s) => n + gz(s), 0);
          return { page, ...sums, inline, total: sums.react + sums.fuse + sums.own + inline };
        });
        const worst = measured.sort((a, b) => b.total - a.total)[0];
        const ownAndFuse = worst.own + worst.fuse;
        const verdict = NO_JS.has(template)
          ? worst.total === 0
            ? 'ok (0 JS)'
            : 'MISSAR MÅLET (ska vara 0)'
          : ownAndFuse <= OWN_CODE_AIM
            ? 'ok'
            : 'MISSAR MÅLET';
        log(
          `${template.padEnd(16)} ${String(pages.length).padStart(5)}  ${kb(worst.total).padStart(9)}  ${kb(worst.react).padStart(9)}  ${kb(worst.fuse).padStart(9)}  ${kb(worst.own).padStart(9)}  ${kb(ownAndFuse).padStart(9)}  ${kb(worst.inline).padStart(8)}  ${verdict}`,
        );
      }
      log(
        '(inline: skript skrivna direkt i sidan, ska vara 0 så att CSP klarar sig utan hash; React: react, react-dom och scheduler, laddas en gång och cachas)',
      );
      log('');
      log(`Sökfiler (sok/<tjänst>.json) för innehållet som byggdes; mål högst ${SEARCH_BYTES_AIM} byte per post med gzip:`);
      for (const f of files.filter((x) => /^sok\/[^/]+\.json$/.test(x)).sort()) {
        const text = readFileSync(join(out, f), 'utf8');
        const file = JSON.parse(text) as SearchFile;
        const records = file.records.length;
        // The head (word list, filter values, indicators) is paid once per file, not per record.
        const head = gz(JSON.stringify({ ...file, records: [] }));
        const perRecord = records ? (gz(text) - head) / records : 0;
        log(
          `  ${f.padEnd(32)} ${String(records).padStart(5)} poster  ${String(gz(text)).padStart(7)} byte gzip (huvud ${head})  ${formatNumber(perRecord, 1)} byte per post utöver huvudet`,
        );
      }
      log('(Med få poster dominerar huvudet; storleken per post vid 1 000 och 30 000 poster står i sökmätningen.)');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
};

export default section;
