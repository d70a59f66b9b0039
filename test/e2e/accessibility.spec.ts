// axe (WCAG 2.1 A and AA) finds nothing on any page template, at phone and desktop size.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { findTemplatePages } from './support/site-pages';

const viewports = [
  { name: 'mobil', width: 390, height: 844 },
  { name: 'dator', width: 1280, height: 900 },
];

test('axe hittar inga fel på någon sidmall', async ({ page }) => {
  test.setTimeout(120_000);
  const pages = await findTemplatePages(page);
  const urls = Object.entries(pages).filter(([, url]) => url) as [string, string][];
  urls.push(['404', 'finns-inte/']);
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    for (const [template, url] of urls) {
      await page.goto(url);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const problems = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
      expect(problems, `${template} ${url} (${viewport.name})`).toEqual([]);
    }
  }
});

test('tangentbord: hoppa till huvudinnehållet är första tabbstoppet och syns', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('400 % förstoring: ingen sidmall behöver rullas i sidled vid 320 px bredd (WCAG 1.4.10)', async ({ page }) => {
  const pages = await findTemplatePages(page);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const [template, url] of Object.entries(pages).filter(([, u]) => u) as [string, string][]) {
    await page.goto(url);
    // Wide tables scroll inside their own region; the page itself must not.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${template} ${url}`).toBeLessThanOrEqual(0);
  }
});
