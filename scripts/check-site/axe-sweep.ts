// Site check: axe (WCAG 2.1 A and AA) finds nothing on any page in the
// sitemap (and the 404 page), at a phone and a desktop viewport.
import { formatNumber } from '../../src/lib/locale/format';
import AxeBuilder from '@axe-core/playwright';
import { inParallel, openSiteBrowser } from './lib/browser';
import { ArgsError, single } from '../../src/cli/cli-args';
import { distArg, openDist, reportProblems, runCheck, sitemapPages } from './lib/dist';

const HELP = `Användning: tsx scripts/check-site/axe-sweep.ts [--dist dist] [--workers 2]

Öppnar varje sida i dist/sitemap.xml (och 404-sidan) i Chromium, i mobil- och
datorstorlek, och kör axe med reglerna för WCAG 2.1 A och AA. Skriver hur många
sidor som granskades och varje fel med sida, storlek, regel och element.
Slutkod 0: inga fel. 1: minst ett fel. 2: kunde inte köras.`;

const VIEWPORTS = [
  { name: 'mobil', width: 390, height: 844 },
  { name: 'dator', width: 1280, height: 900 },
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

await runCheck(HELP, { values: ['dist', 'workers'], flags: [] }, async (args) => {
  const workers = Number(single(args, 'workers') ?? 2);
  if (!Number.isInteger(workers) || workers < 1) throw new ArgsError(`--workers ska vara ett heltal från 1 och uppåt (fick "${single(args, 'workers')}").`);
  const dist = openDist(distArg(args));
  const pages = sitemapPages(dist);
  const site = await openSiteBrowser(dist);
  const problems: string[] = [];
  const started = Date.now();
  try {
    // One page per worker, reused: each address is loaded once and checked at both sizes.
    const context = await site.browser.newContext({ locale: 'sv-SE' });
    const tabs = await Promise.all(Array.from({ length: workers }, () => context.newPage()));
    let done = 0;
    await inParallel(pages, workers, async (path, worker) => {
      const page = tabs[worker];
      await page.setViewportSize(VIEWPORTS[0]);
      await page.goto(new URL(path, site.baseUrl).href, { waitUntil: 'load' });
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of result.violations)
          problems.push(
            `${path || '/'} (${viewport.name}): ${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join('; ')})`,
          );
      }
      if (++done % 50 === 0) console.log(`  ${done} av ${pages.length} sidor granskade ...`);
    });
  } finally {
    await site.close();
  }
  if (problems.length) {
    reportProblems('Tillgänglighetsfel (axe)', problems);
    return 1;
  }
  console.log(
    `axe: ${pages.length} sidor granskade i ${VIEWPORTS.length} storlekar (${VIEWPORTS.map((v) => `${v.name} ${v.width}px`).join(', ')}), WCAG 2.1 AA, inga fel (${formatNumber((Date.now() - started) / 1000, 0)} s).`,
  );
  return 0;
});
