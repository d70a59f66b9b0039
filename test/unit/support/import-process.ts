// An import script started as a child process that a test can watch and stop:
// run straight on Node with tsx's loader (no tsx wrapper process), so SIGKILL
// and SIGINT reach the import itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach } from 'vitest';
import { ROOT } from './run-script';
import { SHARED_KOLADA } from './kolada-server';

const BIN = resolve(ROOT, 'node_modules/.bin');
const TSX = pathToFileURL(resolve(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface WatchedScript {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  /** Resolves once stderr or stdout contains the text (rejects if the process ends first). */
  waitFor: (text: string, timeoutMs?: number) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

const started: ChildProcess[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const c of started.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of folders.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function startScript(name: string, cwd: string, args: string[], env: Record<string, string> = {}): WatchedScript {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`, ...env };
  delete childEnv.KVG_CONTENT_DIR;
  const child = spawn(resolve(BIN, 'node'), ['--import', TSX, resolve(ROOT, `scripts/${name}.ts`), ...args], {
    cwd,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (d) => {
    stdout += d;
    for (const l of listeners) l();
  });
  child.stderr!.on('data', (d) => {
    stderr += d;
    for (const l of listeners) l();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((r) =>
    child.on('close', (code, signal) => {
      for (const l of listeners) l();
      r({ code, signal, stdout, stderr });
    }),
  );
  const waitFor = (text: string, timeoutMs = 30_000) =>
    new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`no "${text}" within ${timeoutMs} ms:\n${stderr}\n${stdout}`)), timeoutMs);
      const check = () => {
        if (stdout.includes(text) || stderr.includes(text)) {
          clearTimeout(timer);
          listeners.delete(check);
          res();
        } else if (child.exitCode !== null || child.signalCode !== null) {
          clearTimeout(timer);
          listeners.delete(check);
          rej(new Error(`ended before "${text}":\n${stderr}\n${stdout}`));
        }
      };
      listeners.add(check);
      check();
    });
  return { child, output: () => ({ stdout, stderr }), waitFor, exited };
}

/** A copy of the shared Kolada responses, changed by the test, for --from. */
export function koladaResponses(
  change: (files: { read: (name: string) => { values: Record<string, unknown>[] }; write: (name: string, body: unknown) => void }) => void,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvg-kolada-'));
  folders.push(dir);
  cpSync(SHARED_KOLADA, dir, { recursive: true });
  change({
    read: (name) => JSON.parse(readFileSync(join(dir, name), 'utf8')),
    write: (name, body) => writeFileSync(join(dir, name), JSON.stringify(body)),
  });
  return dir;
}
