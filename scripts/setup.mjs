// npm run setup: the first command after cloning. Installs what is missing,
// builds the site and says where to open it. Safe to run again at any time.
// Plain JS for the system Node 20: the pinned node@24 arrives with `npm ci`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readOptions } from './lib/command-line.mjs';
import { PROJECT_ROOT, ensureChromium, ensureDependencies, projectEnv } from './lib/ensure-deps.mjs';

const HELP = `Användning: npm run setup

Gör Kundvalsguiden klar att använda, i tre steg:
  1. installerar npm-paketen (npm ci) om de saknas eller är inaktuella,
  2. installerar Chromium för webbläsartesterna (apt-get, bara som root) om den saknas,
  3. bygger webbplatsen till dist/ (npm run build, som först kontrollerar content/).
Kan köras om hur många gånger som helst; det som redan finns lämnas orört.
Slutkod 0: webbplatsen är byggd. Slutkod 1: något steg misslyckades (se meddelandena).
Slutkod 2: kommandot tar inga val utom --help (inget gjordes).`;

async function main(argv) {
  // Nothing is installed or built when the command line is wrong.
  const command = readOptions(argv, { help: HELP });
  if ('exitCode' in command) return command.exitCode;
  console.log('\n[1/3] npm-paket');
  if (!ensureDependencies()) return 1;

  console.log('\n[2/3] Chromium för webbläsartesterna');
  // The site builds and works without it; only `npm test` needs the browser.
  const hasBrowser = ensureChromium();

  console.log('\n[3/3] Bygger webbplatsen (npm run build) ...');
  // Astro lists every page it writes; a newcomer needs the count, or the errors.
  const build = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, env: projectEnv({ NO_COLOR: '1' }), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? build.error?.message ?? '');
    console.error('\nBygget misslyckades. Rätta felen ovan (oftast i content/) och kör npm run setup igen.');
    return 1;
  }
  const pages = /(\d+) page\(s\) built/.exec(build.stdout ?? '')?.[1];
  if (pages) console.log(`Bygget är klart: ${pages} sidor.`);

  // Imported only now: it needs the yaml package that step 1 installed.
  const { readSiteAddress } = await import('./lib/site-address.mjs');
  const { base } = readSiteAddress();
  console.log(`
Klart! Webbplatsen är byggd.
  Filerna finns i mappen ${join(PROJECT_ROOT, 'dist')}/ (startsidan är dist/index.html).
  Länkarna utgår från webbplatsens rot, så öppna den via en lokal server:
    npm run preview   och gå sedan till   http://localhost:4321${base}
${hasBrowser ? '' : '  Obs: Chromium saknas, så npm test kan inte köra webbläsartesterna (se ovan).\n'}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
