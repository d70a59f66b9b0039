// Runs one of scripts/*.ts as a process, with the project's Node (node_modules/.bin
// first on PATH, as npm does), so tests see exit codes and output as users do.
import { spawnSync } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = resolve(ROOT, 'node_modules/.bin');

export function runScript(name: string, cwd: string, ...args: string[]) {
  const result = spawnSync(resolve(BIN, 'tsx'), [resolve(ROOT, `scripts/${name}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`, KVG_CONTENT_DIR: undefined },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return result;
}
