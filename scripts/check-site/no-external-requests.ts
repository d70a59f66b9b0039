// Site check: Chromium loading every page (with JavaScript on, so islands run)
// asks no other host for anything, and the page's Content-Security-Policy
// blocks nothing the site itself needs (a violation means a missing hash).
import { inParallel, openSiteBrowser } from './lib/browser';
import { DIST_OPTION, distArg, openDist, reportProblems, runCheck, sitemapPages } from './lib/dist';

const HELP = `Användning: tsx scripts/check-site/no-external-requests.ts [--dist dist]

Öppnar varje sida i dist/sitemap.xml (och 404-sidan) i Chromium med JavaScript
påslaget och registrerar varje begäran. Felen är: en begäran till en annan värd
än den lokala servern, en fil som inte finns (status 400 eller mer), ett brott
mot sidans Content-Security-Policy, eller ett JavaScript-fel. Slutkod 0: inga fel. 1: minst ett fel. 2: kunde inte köras.`;

await runCheck(HELP, DIST_OPTION, async (args) => {
  const dist = openDist(distArg(args));
  const pages = sitemapPages(dist);
  const site = await openSiteBrowser(dist);
  const problems: string[] = [];
  let requests = 0;
  try {
    const context = await site.browser.newContext({ locale: 'sv-SE', javaScriptEnabled: true });
    await inParallel(pages, 2, async (path) => {
      const page = await context.newPage();
      const where = path || '/';
      page.on('request', (req) => {
        requests++;
        const url = new URL(req.url());
        if (url.origin !== site.origin && url.protocol !== 'data:') problems.push(`${where}: begäran till en annan värd: ${req.url()}`);
      });
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) problems.push(`${where}: brott mot CSP: ${msg.text()}`);
      });
      page.on('response', (res) => {
        // The 404 page itself is served with status 404; anything it or another page loads must be found.
        if (res.status() >= 400 && res.request().resourceType() !== 'document') problems.push(`${where}: ${res.url()} gav status ${res.status()}`);
      });
      page.on('pageerror', (error) => problems.push(`${where}: JavaScript-fel: ${error.message}`));
      try {
        await page.goto(new URL(path, site.baseUrl).href, { waitUntil: 'networkidle' });
      } finally {
        await page.close();
      }
    });
  } finally {
    await site.close();
  }
  if (problems.length) {
    reportProblems('Begäranden till andra värdar eller CSP-brott', problems);
    return 1;
  }
  console.log(
    `Inga externa begäranden: ${pages.length} sidor laddade i Chromium med JavaScript, ${requests} begäranden, alla till webbplatsen själv; inga CSP-brott.`,
  );
  return 0;
});
