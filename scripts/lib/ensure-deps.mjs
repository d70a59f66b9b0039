// Makes sure the npm packages and the browser for the tests are in place, so
// `npm run setup` and `npm test` work on a fresh clone. Plain JS: this runs on
// the system Node 20 before the pinned node@24 from node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Debian's Chromium; Playwright never downloads a browser here. KVG_CHROMIUM points elsewhere on other systems. */
export const CHROMIUM_PATH = process.env.KVG_CHROMIUM || '/usr/bin/chromium';

/** Environment with node_modules/.bin first on PATH, as `npm run` does, so `node` is the pinned node@24. */
export function projectEnv(extra = {}) {
  const bin = join(PROJECT_ROOT, 'node_modules', '.bin');
  return { ASTRO_TELEMETRY_DISABLED: '1', ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, ...extra };
}

/** Runs a command with its output streamed to ours; returns the exit code (1 when it could not start). */
export function runCommand(command, args = [], { env = projectEnv(), cwd = PROJECT_ROOT } = {}) {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.error) {
    console.error(`Kunde inte starta ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * True when node_modules holds what the lockfile asks for. Compares npm's own
 * record of what it installed (node_modules/.package-lock.json) with
 * package-lock.json, so an unchanged tree is never reinstalled: others may be
 * running tools from node_modules at the same time.
 */
export function dependenciesUpToDate(root = PROJECT_ROOT) {
  if (!existsSync(join(root, 'node_modules', '.bin', 'node'))) return false;
  const lock = readJson(join(root, 'package-lock.json'));
  if (!lock) {
    const pkg = readJson(join(root, 'package.json')) ?? {};
    const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    return names.every((name) => existsSync(join(root, 'node_modules', name, 'package.json')));
  }
  const installed = readJson(join(root, 'node_modules', '.package-lock.json'));
  if (!installed?.packages) return false;
  for (const [path, wanted] of Object.entries(lock.packages ?? {})) {
    if (path === '' || wanted.link) continue;
    const have = installed.packages[path];
    // Optional packages for other platforms (e.g. another OS's esbuild) are never installed.
    if (!have) {
      if (wanted.optional || wanted.devOptional) continue;
      return false;
    }
    if (have.version !== wanted.version) return false;
  }
  return true;
}

/** Environment for npm itself: without node_modules/.bin on PATH (npm run puts
 * it there), since npm ci deletes that folder while npm and install scripts run. */
function systemNodeEnv(root) {
  const inProject = (dir) => resolve(dir).startsWith(join(root, 'node_modules'));
  const PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir && !inProject(dir))
    .join(delimiter);
  return { ...process.env, PATH };
}

/**
 * npm ci from the committed package-lock.json. Quiet unless it fails: npm runs
 * on the system Node 20 and would warn (EBADENGINE) about every package that
 * wants the Node 24 the site itself runs on, which is expected and not for a
 * newcomer to read.
 */
function installFromLock(root) {
  console.log('Beroenden: installerar npm-paketen enligt package-lock.json (npm ci, tar en stund) ...');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    env: systemNodeEnv(root),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (ci.status === 0) return true;
  process.stdout.write(ci.stdout ?? '');
  process.stderr.write(ci.stderr ?? '');
  console.error(`npm ci misslyckades (slutkod ${ci.status ?? ci.error?.message}).`);
  return false;
}

/** Installs npm packages when they are missing or stale: from package-lock.json, or `npm install` without one. Returns true on success. */
export function ensureDependencies(root = PROJECT_ROOT) {
  if (dependenciesUpToDate(root)) {
    console.log('Beroenden: redan installerade enligt package-lock.json.');
    return true;
  }
  const hasLock = existsSync(join(root, 'package-lock.json'));
  const ok = hasLock ? installFromLock(root) : runCommand('npm', ['install', '--no-audit', '--no-fund'], { env: systemNodeEnv(root), cwd: root }) === 0;
  if (!ok) {
    console.error('Kunde inte installera npm-paketen. Se felen ovan.');
    return false;
  }
  if (!dependenciesUpToDate(root)) console.warn('Varning: node_modules stämmer inte helt med package-lock.json efter installationen.');
  return true;
}

/** Runs a command with its output kept back, shown only when it fails (apt-get prints hundreds of lines). */
function quietCommand(command, args, env) {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status === 0) return true;
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? result.error?.message ?? '');
  return false;
}

/**
 * Installs Debian's Chromium with apt-get when it is missing and we are root;
 * otherwise says what to run. Returns true when the browser is there afterwards.
 */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) {
    console.log(`Chromium: finns (${CHROMIUM_PATH}).`);
    return true;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || CHROMIUM_PATH !== '/usr/bin/chromium') {
    console.error(
      `Chromium saknas (${CHROMIUM_PATH}); webbläsartesterna behöver den.\n` +
        '  Kör som root:  apt-get update && apt-get install -y chromium\n' +
        '  (eller sätt KVG_CHROMIUM till sökvägen till en Chromium eller Chrome som redan finns)',
    );
    return false;
  }
  console.log('Chromium: saknas, installerar med apt-get ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = quietCommand('apt-get', ['update'], env) && quietCommand('apt-get', ['install', '-y', 'chromium'], env);
  if (!ok || !existsSync(CHROMIUM_PATH)) {
    console.error('Kunde inte installera Chromium med apt-get. Se felen ovan.');
    return false;
  }
  return true;
}

/** Debian's nginx and Apache, for the build test that serves a built site with the generated configuration. */
export const NGINX_PATH = '/usr/sbin/nginx';
export const APACHE_PATH = '/usr/sbin/apache2';

/**
 * Installs a Debian package with apt-get when its program is missing and we are
 * root, as ensureChromium does; otherwise says what to run. Debian's packages
 * start their service only where the init system allows it; in a container
 * policy-rc.d refuses, so nothing is left running. Returns true when the program is there.
 */
export function ensureAptProgram({ path, pkg, what }) {
  if (existsSync(path)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`${what} saknas (${path}).\n  Kör som root:  apt-get update && apt-get install -y ${pkg}`);
    return false;
  }
  console.log(`${what}: saknas, installerar ${pkg} med apt-get ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = quietCommand('apt-get', ['update'], env) && quietCommand('apt-get', ['install', '-y', pkg], env);
  if (!ok || !existsSync(path)) {
    console.error(`Kunde inte installera ${pkg} med apt-get. Se felen ovan.`);
    return false;
  }
  return true;
}

export const ensureNginx = () => ensureAptProgram({ path: NGINX_PATH, pkg: 'nginx', what: 'nginx' });
export const ensureApache = () => ensureAptProgram({ path: APACHE_PATH, pkg: 'apache2', what: 'Apache (apache2)' });
