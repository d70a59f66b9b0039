// Site check: two builds of the same content give byte-identical output, so a
// kommun can diff what it publishes (DESIGN: deterministic output).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listFiles, runCheck } from './lib/dist';

const HELP = `Användning: tsx scripts/check-site/deterministic-build.ts

Bygger webbplatsen två gånger (astro build --outDir) i två tillfälliga mappar
från samma innehåll (content/ eller KVG_CONTENT_DIR) och jämför en SHA-256 av
varje fil. Skriver den första filen som skiljer sig, eller som bara finns i det
ena bygget. Slutkod 0: identiska. 1: de skiljer sig. 2: ett bygge misslyckades.`;

/** Astro's command line with telemetry off (scripts/astro.mjs), on the node running this script. */
const ASTRO = [process.execPath, resolve('scripts/astro.mjs')] as const;

function build(outDir: string): void {
  const result = spawnSync(ASTRO[0], [ASTRO[1], 'build', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`astro build --outDir ${outDir} misslyckades:\n${result.stdout}\n${result.stderr}`);
}

function hashes(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

await runCheck(HELP, { values: [], flags: [] }, () => {
  const work = mkdtempSync(join(tmpdir(), 'kvg-determinism-'));
  try {
    const [a, b] = [join(work, 'a'), join(work, 'b')];
    console.log('Bygger två gånger ...');
    build(a);
    build(b);
    const [ha, hb] = [hashes(a), hashes(b)];
    const names = [...new Set([...ha.keys(), ...hb.keys()])].sort();
    const differing = names.filter((n) => ha.get(n) !== hb.get(n));
    if (differing.length) {
      const first = differing[0];
      const why = !ha.has(first)
        ? 'finns bara i andra bygget'
        : !hb.has(first)
          ? 'finns bara i första bygget'
          : `olika innehåll (${ha.get(first)!.slice(0, 12)} / ${hb.get(first)!.slice(0, 12)})`;
      console.error(`Två byggen av samma innehåll skiljer sig i ${differing.length} av ${names.length} filer. Första: ${first}: ${why}.`);
      return 1;
    }
    console.log(`Deterministiskt bygge: två byggen gav ${names.length} byte-identiska filer.`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
