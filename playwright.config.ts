// Browser journeys (test/e2e/*.spec.ts) against the fixture site that
// `npm run test:e2e` builds (test/e2e/support/fixture-site.ts), served as plain
// files under its base path by scripts/serve-dist.mjs.
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_PATH } from './scripts/lib/ensure-deps.mjs';
import { readSiteAddress } from './scripts/lib/site-address.mjs';
import { E2E_SITE } from './test/e2e/support/fixture-site';

const isCI = Boolean(process.env.CI);
/** Fixed so a running server can be reused; KVG_E2E_PORT when several checkouts test at once. */
const port = Number(process.env.KVG_E2E_PORT ?? 4331);
const { base } = readSiteAddress(`${E2E_SITE.content}/site.yaml`);

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // No test may reach the network: every host name but localhost fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    trace: 'retain-on-first-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: CHROMIUM_PATH, args: chromiumArgs } },
    },
  ],
  webServer: {
    command: `node scripts/serve-dist.mjs --port ${port} --dir ${E2E_SITE.dist} --base ${base}`,
    port,
    reuseExistingServer: !isCI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
