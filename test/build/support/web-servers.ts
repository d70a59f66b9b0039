// Real nginx and Apache, started on a free port with the configuration the
// build wrote, serving a built site under its base path, the way a kommun's
// server would. Each server is a child of the test process and is stopped by it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { APACHE_PATH, NGINX_PATH, ensureApache, ensureNginx } from '../../../scripts/lib/ensure-deps.mjs';

export interface RunningServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** The built site copied to <work>/<name>-root<base>, readable by the server's unprivileged worker user. */
function webRoot(work: string, name: string, dist: string, base: string): string {
  const root = join(work, `${name}-root`);
  mkdirSync(join(root, base), { recursive: true });
  cpSync(dist, join(root, base), { recursive: true });
  // mkdtemp makes a 0700 folder; nginx's and Apache's workers run as nobody when started as root.
  chmodSync(work, 0o755);
  return root;
}

async function waitUntilServing(child: ChildProcess, origin: string, what: string, logFile: string): Promise<void> {
  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = `slutade med ${code ?? signal}`;
  });
  const output: string[] = [];
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      await fetch(`${origin}/`, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  let log = '';
  try {
    log = readFileSync(logFile, 'utf8');
  } catch {
    // No log written.
  }
  throw new Error(`${what} startade inte (${exited ?? 'svarar inte'}):\n${output.join('')}\n${log}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exit = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exit;
    clearTimeout(timer);
  };
}

/** nginx with the build's nginx.conf included in a server block, as the file's own comment says to do. */
export async function startNginx({ work, dist, base, snippet }: { work: string; dist: string; base: string; snippet: string }): Promise<RunningServer> {
  if (!ensureNginx()) throw new Error(`nginx saknas (${NGINX_PATH}) och kunde inte installeras; se meddelandet ovan.`);
  const root = webRoot(work, 'nginx', dist, base);
  const port = await freePort();
  const prefix = join(work, 'nginx');
  mkdirSync(join(prefix, 'tmp'), { recursive: true });
  const conf = join(prefix, 'nginx.conf');
  const errorLog = join(prefix, 'error.log');
  writeFileSync(
    conf,
    [
      'worker_processes 1;',
      'daemon off;',
      'master_process on;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${errorLog};`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, 'tmp', t)};`),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${root};`,
      `    include ${snippet};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const check = spawnSync(NGINX_PATH, ['-t', '-c', conf, '-p', `${prefix}/`], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t godtar inte inställningarna:\n${check.stderr}${check.stdout}`);
  const child = spawn(NGINX_PATH, ['-c', conf, '-p', `${prefix}/`], { stdio: ['ignore', 'pipe', 'pipe'] });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(child, origin, 'nginx', errorLog);
  return { origin, stop: stopper(child) };
}

const APACHE_MODULES = '/usr/lib/apache2/modules';

/**
 * Apache reading the build's .htaccess where it lies, with AllowOverride
 * FileInfo only (what the file's comment says is enough), and the .ht* rule
 * Debian's own apache2.conf has.
 */
export async function startApache({ work, dist, base }: { work: string; dist: string; base: string }): Promise<RunningServer> {
  if (!ensureApache()) throw new Error(`Apache saknas (${APACHE_PATH}) och kunde inte installeras; se meddelandet ovan.`);
  const root = webRoot(work, 'apache', dist, base);
  const port = await freePort();
  const dir = join(work, 'apache');
  mkdirSync(dir, { recursive: true });
  const conf = join(dir, 'httpd.conf');
  const errorLog = join(dir, 'error.log');
  const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'alias', 'dir'];
  writeFileSync(
    conf,
    [
      `ServerRoot ${dir}`,
      `DefaultRuntimeDir ${dir}`,
      `PidFile ${join(dir, 'httpd.pid')}`,
      `Listen 127.0.0.1:${port}`,
      'ServerName localhost',
      ...modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
      'User nobody',
      'Group nogroup',
      `ErrorLog ${errorLog}`,
      'LogLevel warn',
      'TypesConfig /etc/mime.types',
      `DocumentRoot ${root}`,
      `<Directory ${root}>`,
      '  AllowOverride FileInfo',
      '  Require all granted',
      '</Directory>',
      '<FilesMatch "^\\.ht">',
      '  Require all denied',
      '</FilesMatch>',
      '',
    ].join('\n'),
  );
  const check = spawnSync(APACHE_PATH, ['-t', '-f', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`apache2 -t godtar inte inställningarna:\n${check.stderr}${check.stdout}`);
  const child = spawn(APACHE_PATH, ['-X', '-f', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(child, origin, 'Apache', errorLog);
  return { origin, stop: stopper(child) };
}

/** Apache's error log, for a test that wants to show why a request failed (a .htaccess error is a 500 with the reason only there). */
export const apacheErrorLog = (work: string) => {
  try {
    return readFileSync(join(work, 'apache', 'error.log'), 'utf8');
  } catch {
    return '';
  }
};
