// Journey: a customer goes from the start page to a service and on to a
// provider, reads its facts, results and follow-ups. With and without JavaScript.
import { expect, test } from '@playwright/test';
import { findTemplatePages } from './support/site-pages';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`välj utförare (JavaScript ${javaScriptEnabled ? 'på' : 'av'})`, () => {
    test.use({ javaScriptEnabled });

    test('startsida -> tjänst -> utförare', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Exempeldata').first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Så fungerar kundval' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Om du inte vill eller kan välja' })).toBeVisible();

      const serviceLink = page.locator('#services-heading ~ ul a').first();
      const serviceName = (await serviceLink.textContent())!.trim();
      await serviceLink.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceName);
      await expect(page.getByRole('heading', { name: 'Så byter du utförare' })).toBeVisible();

      const choice = page.locator('#choices > li h3 a').first();
      const choiceName = (await choice.textContent())!.trim();
      await choice.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(choiceName);
      for (const section of ['Fakta', 'Kontakt', 'Kvalitetsredovisning', 'Kommunens uppföljningar', 'Var uppgifterna kommer ifrån'])
        await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible();
      await expect(page.getByText('Senast uppdaterad')).toBeVisible();
    });
  });
}

test('utförarsidor och enhetssidor skickar ingen JavaScript', async ({ page }) => {
  const pages = await findTemplatePages(page);
  const services = [pages.providerService, pages.unitService].filter(Boolean) as string[];
  expect(services.length, 'fixturen ska ha tjänster där man väljer anordnare och där man väljer enhet').toBe(2);
  for (const service of services) {
    await page.goto(service);
    const links = await page.$$eval('#choices h3 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const html = await (await page.request.get(href)).text();
      // JSON-LD (schema.org data for search engines) is a script element that never runs.
      expect(html, href).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i);
    }
  }
});

test('ett resultat med för få svar visar ingen siffra', async ({ page }) => {
  // Every page with a suppressed figure says so in words, and never as 0.
  await page.goto('indikatorer/');
  const indicators = await page.$$eval('main li a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  let seen = 0;
  for (const href of indicators) {
    await page.goto(href);
    const rows = page.locator('tbody tr', { hasText: 'För få svar för att redovisa' });
    const count = await rows.count();
    for (let i = 0; i < count; i++) await expect(rows.nth(i).locator('td').first()).not.toHaveText(/\d/);
    seen += count;
    if (seen > 0) break;
  }
  expect(seen, 'fixturen ska ha minst ett resultat med för få svar').toBeGreaterThan(0);
});
