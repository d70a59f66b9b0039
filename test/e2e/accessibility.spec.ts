// Keyboard and zoom on every page template. axe on every page of the built
// site, at phone and desktop size, is scripts/check-site/axe-sweep.ts (a layer
// of npm test); axe in states only a browser session reaches (filters open,
// compare bar, comparison, search results) is in citizen-accessibility.spec.ts.
import { expect, test } from '@playwright/test';
import { findTemplatePages } from './support/site-pages';

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
