// Journey: search from the start page across every service; without
// JavaScript the search page lists everyone, service by service.
import { expect, test } from '@playwright/test';
import { allServices, cardMatches, pageVocabulary, type ServiceCards } from './support/service-list';

let services: ServiceCards[];

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  services = await allServices(page);
  await page.close();
});

test('sök från startsidan: träffar grupperade per tjänst, och vidare till tjänsten', async ({ page }) => {
  const query = 'demens';
  const vocabulary = pageVocabulary(services);
  const expected = services
    .map((s) => ({ path: s.path, ids: s.cards.filter((c) => cardMatches(s, c, query, vocabulary)).map((c) => c.id) }))
    .filter((g) => g.ids.length > 0);
  expect(expected.length, 'fixturen ska ha träffar på "demens" i minst en tjänst').toBeGreaterThan(0);

  await page.goto('./');
  await page.getByRole('searchbox', { name: /Sök på namn/ }).fill(query);
  await page.getByRole('button', { name: 'Sök' }).click();
  await expect(page).toHaveURL(/sok\/\?q=demens$/);
  await expect(page.getByRole('searchbox', { name: /Sök på namn/ })).toHaveValue(query);
  const total = expected.reduce((n, g) => n + g.ids.length, 0);
  await expect(page.locator('.finder-status')).toHaveText(new RegExp(`^${total} träff(ar)? i ${expected.length} tjänst(er)?\\.$`));

  const groups = page.locator('[data-search-group]:not([hidden])');
  await expect(groups).toHaveCount(expected.length);
  for (const g of expected) {
    const serviceId = g.path.split('/').filter(Boolean).at(-1)!;
    const shown = await page.$$eval(`[data-search-group="${serviceId}"] li:not([hidden])`, (lis) => lis.map((li) => (li as HTMLElement).dataset.choiceId!));
    expect(shown.sort(), serviceId).toEqual([...g.ids].sort());
  }
  // On to a service with the query kept, for filtering and comparing there.
  await groups
    .first()
    .getByRole('link', { name: /Filtrera och jämför inom/ })
    .click();
  await expect(page).toHaveURL(/tjanster\/[a-z0-9-]+\/\?q=demens$/);
  await expect(page.getByRole('searchbox', { name: /Sök på namn/ })).toHaveValue(query);
});

test.describe('utan JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('söksidan listar alla, tjänst för tjänst, och säger att sökningen behöver JavaScript', async ({ page }) => {
    await page.goto('sok/?q=demens');
    await expect(page.getByText(/Sökningen behöver JavaScript/)).toBeVisible();
    for (const s of services) {
      const serviceId = s.path.split('/').filter(Boolean).at(-1)!;
      const ids = await page.$$eval(`[data-search-group="${serviceId}"] li`, (lis) => lis.map((li) => (li as HTMLElement).dataset.choiceId!));
      expect(ids.sort(), serviceId).toEqual(s.cards.map((c) => c.id).sort());
    }
  });

  test('tabellen för varje tjänst listar alla som går att välja', async ({ page }) => {
    for (const s of services) {
      await page.goto(s.path);
      await page.getByRole('link', { name: /Se alla i en tabell/ }).click();
      await expect(page).toHaveURL(/tabell\/$/);
      await page.locator('table tbody').waitFor();
      const rows = await page.$$eval('table tbody tr th[scope=row] > a', (as) => as.map((a) => (a as HTMLElement).innerText.trim()));
      expect(rows.sort(), s.path).toEqual(s.cards.map((c) => c.name).sort());
    }
  });

  test('tjänstesidan visar hela listan utan sökfält och jämförrutor', async ({ page }) => {
    const s = services[0];
    await page.goto(s.path);
    await expect(page.locator('#choices > li')).toHaveCount(s.cards.length);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });
});
