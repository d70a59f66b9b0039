// Journey: someone follows the kommun's follow-ups: the list newest first,
// narrowed without JavaScript, the feed, what changed, and the open data.
import { expect, test } from '@playwright/test';

test.describe('läsa uppföljningar (JavaScript av)', () => {
  test.use({ javaScriptEnabled: false });

  test('listan är nyast först och går att filtrera utan JavaScript', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljningar' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommunens uppföljningar');
    const dates = await page.locator('main tbody time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());

    const filters = page.getByRole('navigation', { name: 'Filtrera uppföljningarna' });
    const filter = filters.locator('.filter-group a').first();
    const label = (await filter.textContent())!.replace(/\s*\(\d+\)$/, '').trim();
    const count = Number(/\((\d+)\)/.exec((await filter.textContent())!)![1]);
    await filter.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Uppföljningar: ${label}`);
    await expect(page.locator('main tbody tr')).toHaveCount(count);
    await expect(filters.locator('a[aria-current="page"]')).toHaveCount(1);

    // Each row leads to the follow-up itself on the provider's or unit's page.
    await page.locator('main tbody th a').first().click();
    await expect(page.locator('article.follow-up:target')).toBeVisible();
  });

  test('utförarsidan länkar flödet, som är ett Atom-flöde', async ({ page, request }) => {
    await page.goto('uppfoljningar/');
    const providerPage = await page.locator('main tbody th a').first().getAttribute('href');
    await page.goto(providerPage!);
    const feedLink = page.getByRole('link', { name: /Atom-flöde/ });
    await expect(feedLink).toBeVisible();
    const response = await request.get((await feedLink.getAttribute('href'))!);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toMatch(/<entry>[\s\S]*<\/entry>/);
  });

  test('startsidan och sidan Nytt och ändrat visar det senaste först', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Nytt och ändrat' })).toBeVisible();
    await page.getByRole('link', { name: 'Allt som är nytt och ändrat' }).click();
    const dates = await page.locator('.change-list time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('öppna data: varje fil går att ladda ner, CSV med BOM och semikolon', async ({ page, request }) => {
    await page.goto('./');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Öppna data' }).click();
    const csvLinks = await page.locator('main a[href$=".csv"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const jsonLinks = await page.locator('main a[href$=".json"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(csvLinks.length).toBeGreaterThanOrEqual(8);
    expect(jsonLinks.length).toBe(csvLinks.length);
    for (const href of csvLinks) {
      const body = await (await request.get(href)).body();
      expect([...body.subarray(0, 3)], href).toEqual([0xef, 0xbb, 0xbf]);
      expect(body.toString('utf8').split('\r\n')[0], href).toContain(';');
    }
    const catalog = await (await request.get((await page.getByRole('link', { name: /DCAT-AP-SE/ }).getAttribute('href'))!)).json();
    expect(catalog['@type']).toBe('dcat:Catalog');
  });
});
