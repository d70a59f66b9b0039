// Runs the real site build on a content folder, and reads what it wrote.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from '../../../scripts/check-site/lib/dist';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
/** Astro's command line with telemetry off, on the node running the tests (node@24). */
const ASTRO = join(PROJECT_ROOT, 'scripts/astro.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
}

/** astro build --outDir <outDir> with KVG_CONTENT_DIR=<contentDir>; output without colours. */
export function buildSite(contentDir: string, outDir: string): BuildResult {
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, KVG_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** npm run validate's script on a content folder. */
export function validateContent(contentDir: string): BuildResult {
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['scripts/validate.ts', '--content', contentDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export const filesIn = (dir: string) => (existsSync(dir) ? listFiles(dir) : []);
export const readText = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
