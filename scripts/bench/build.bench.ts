// Build time and size of the example site.
import { formatNumber } from '../../src/lib/locale/format';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchSection } from './run';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const section: BenchSection = {
  title: 'Bygge av exempelwebbplatsen',
  async run(log) {
    const out = mkdtempSync(join(tmpdir(), 'kvg-bench-'));
    const started = performance.now();
    execFileSync(process.execPath, ['scripts/astro.mjs', 'build', '--outDir', out], { stdio: 'ignore' });
    const seconds = (performance.now() - started) / 1000;
    const files = walk(out);
    const html = files.filter((f) => f.endsWith('.html'));
    const gzipHtml = html.map((f) => gzipSync(readFileSync(f)).length);
    const total = files.reduce((sum, f) => sum + statSync(f).size, 0);
    log(`byggtid: ${formatNumber(seconds, 1)} s för ${html.length} sidor`);
    log(`HTML per sida (gzip): median ${median(gzipHtml)} byte, största ${Math.max(...gzipHtml)} byte`);
    log(`dist/ totalt: ${formatNumber(total / 1024 / 1024, 2)} MB i ${files.length} filer`);
  },
};

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export default section;
