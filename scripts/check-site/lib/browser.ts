// A Chromium and a local server over dist/ for the checks that need a browser.
// The browser can reach no host but localhost, like the e2e tests.
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_PATH } from '../../lib/ensure-deps.mjs';
import { createDistServer } from '../../serve-dist.mjs';
import type { Dist } from './dist';

export interface SiteBrowser {
  browser: Browser;
  /** http://127.0.0.1:<port><base> */
  baseUrl: string;
  origin: string;
  close: () => Promise<void>;
}

export async function openSiteBrowser(dist: Dist): Promise<SiteBrowser> {
  const server = createDistServer({ root: dist.dir, base: dist.base });
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    browser,
    origin,
    baseUrl: `${origin}${dist.base}`,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Runs `work` over items with `workers` at a time, keeping the order of results. */
export async function inParallel<T, R>(items: T[], workers: number, work: (item: T, worker: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, items.length) }, async (_, worker) => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], worker);
      }
    }),
  );
  return results;
}
