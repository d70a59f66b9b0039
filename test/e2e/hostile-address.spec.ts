// Journey: someone sends a crafted link. Words from the address that name
// JavaScript object properties filter nothing and break nothing; a page opened
// through a double-slash address keeps every link and history entry on the
// site's own host; text from the address is repeated short and isolated (<bdi>).
import { expect, test, type Page } from '@playwright/test';
import { allServices, biggest, shownIds, waitForFinder, type ServiceCards } from './support/service-list';

let service: ServiceCards;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  service = biggest(await allServices(page));
  await page.close();
});

/** Collects uncaught page errors, so a test can say the island kept running. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'];

for (const word of PROTOTYPE_WORDS) {
  test(`filter words from the address: "${word}" filters nothing away and breaks nothing`, async ({ page }) => {
    const errors = pageErrors(page);
    const params = ['drift', 'sprak', 'omrade', 'profil'].map((p) => `${p}=${encodeURIComponent(word)}`).join('&');
    await page.goto(`${service.path}?${params}&sortera=hogst:${encodeURIComponent(word)}&jamfor=${encodeURIComponent(word)}`);
    await waitForFinder(page);
    // An unknown ownership word is dropped; unknown ids match nothing, so the list says so and offers to clear.
    await expect(page.locator('.finder-status')).not.toBeEmpty();
    const clear = page.getByRole('button', { name: 'Visa alla igen' });
    if (await clear.isVisible()) await clear.click();
    await expect.poll(() => shownIds(page)).toEqual(service.cards.map((c) => c.id));
    expect(errors).toEqual([]);
  });
}

test('a service page opened as //path keeps its address and links on the site', async ({ page, baseURL }) => {
  const errors = pageErrors(page);
  const own = new URL(baseURL!);
  await page.goto(`${own.origin}/${new URL(service.path, baseURL).pathname}`);
  await waitForFinder(page);
  await page.getByRole('searchbox', { name: /Sök på namn/ }).fill('a');
  await page.locator(`#choices > li[data-choice-id] input[type=checkbox]`).first().check();
  await expect.poll(() => new URL(page.url()).search).toContain('jamfor=');
  expect(new URL(page.url()).host).toBe(own.host);
  const foreign = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => !h.startsWith(location.origin)));
  expect(foreign.filter((h) => !/^(mailto|tel):/.test(h))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the comparison opened as //jamfor/ links only to the site itself', async ({ page, baseURL }) => {
  const errors = pageErrors(page);
  const own = new URL(baseURL!);
  const ids = service.cards
    .slice(0, 2)
    .map((c) => c.id)
    .join(',');
  const serviceId = service.path.split('/').filter(Boolean).pop();
  await page.goto(`${own.origin}/${new URL('jamfor/', baseURL).pathname}?tjanst=${serviceId}&val=${ids}`);
  await expect(page.locator('.compare-table')).toBeVisible();
  const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !/^(mailto|tel):/.test(h) && new URL(h).host !== own.host)).toEqual([]);
  expect(errors).toEqual([]);
});

test('search text from the address is repeated at most 40 characters, isolated in <bdi>', async ({ page }) => {
  const long = `‮${'x'.repeat(300)}zq`;
  await page.goto(`sok/?q=${encodeURIComponent(long)}`);
  const echo = page.locator('.finder-status bdi');
  await expect(echo).toHaveCount(1);
  const text = await echo.innerText();
  expect([...text].length).toBeLessThanOrEqual(41);
  expect(text).not.toContain('‮');
  expect(await page.locator('main').innerText()).not.toContain('x'.repeat(41));
});

test('an unknown id in a shared comparison is repeated short and isolated', async ({ page }) => {
  const serviceId = service.path.split('/').filter(Boolean).pop();
  const unknown = `${'q'.repeat(75)}-zz`;
  await page.goto(`jamfor/?tjanst=${serviceId}&val=${service.cards[0].id},${unknown}`);
  const echo = page.locator('.notice bdi');
  await expect(echo).toHaveCount(1);
  expect([...(await echo.innerText())].length).toBeLessThanOrEqual(41);
  // Longer than any content id: not an id, so nothing is looked up or repeated.
  await page.goto(`jamfor/?tjanst=${serviceId}&val=${service.cards[0].id},${'q'.repeat(200)}`);
  await expect(page.locator('main')).not.toContainText('q'.repeat(41));
});
