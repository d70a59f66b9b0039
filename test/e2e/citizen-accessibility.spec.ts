// The search, filter and compare journey by keyboard alone, and axe with the
// filters open, the compare bar showing, and on the comparison and search pages.
import { expectNoAxeViolations } from './support/axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allServices, biggest, waitForFinder, type ServiceCards } from './support/service-list';

let service: ServiceCards;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  service = biggest(await allServices(page));
  await page.close();
});

/** Presses Tab until the locator has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Kom inte till ${target} med Tab`);
}

test('hela vägen med bara tangentbordet: sök, filtrera, välj, jämför, mötesvisning', async ({ page }) => {
  // Many steps, each a real keypress: about 27 s on an idle two-core machine,
  // so the default 30 s failed under load. The steps keep their own timeouts.
  test.setTimeout(120_000);
  await page.goto(service.path);
  await waitForFinder(page);
  const search = page.getByRole('searchbox', { name: /Sök på namn/ });
  await tabTo(page, search);
  // The most common language other than Swedish: a query with several results.
  const counts = new Map<string, number>();
  for (const c of service.cards) for (const l of c.fields['Språk utöver svenska'] ?? []) if (l !== 'svenska') counts.set(l, (counts.get(l) ?? 0) + 1);
  const language = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  await page.keyboard.type(language);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(language)}`));

  const summary = page.locator('.filters summary');
  await tabTo(page, summary);
  await page.keyboard.press('Enter');
  await expect(page.locator('.filters')).toHaveAttribute('open', '');
  const firstFilter = page.locator('.filter-group input[type=checkbox]').first();
  await tabTo(page, firstFilter);
  await page.keyboard.press('Space');
  await expect(firstFilter).toBeChecked();
  await page.keyboard.press('Space');
  await expect(firstFilter).not.toBeChecked();

  const shown = page.locator('#choices > li:not([hidden])');
  await expect.poll(() => shown.count()).toBeGreaterThanOrEqual(2);
  for (const i of [0, 1]) {
    const box = shown.nth(i).getByRole('checkbox', { name: /^Jämför / });
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  const open = page.getByRole('link', { name: /Jämför de valda \(2\)/ });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/jamfor\/\?tjanst=/);
  await expect(page.locator('.compare-table thead th[scope=col] a')).toHaveCount(2);

  const meeting = page.getByRole('link', { name: 'Visa för möte' });
  await tabTo(page, meeting);
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveClass(/meeting-view/);
  const hide = page.getByLabel('Dölj resultat (siffror)');
  await tabTo(page, hide);
  await page.keyboard.press('Space');
  await expect(hide).toBeChecked();
});

// Kept beside the axe sweep (scripts/check-site/axe-sweep.ts), which opens each
// page of the sitemap as it loads and so never sees these states: the filter
// panel open, the compare bar after two choices, a search without results, the
// comparison built from the address (?tjanst=&val=), its "only differences" and
// meeting views, search results for a query, and the comparison page after its
// island has said that the address names no service.
for (const viewport of [
  { name: 'mobil', width: 390, height: 844 },
  { name: 'dator', width: 1280, height: 900 },
]) {
  test(`axe hittar inga fel med filtren öppna, jämförelseraden synlig och på jämförelse- och söksidan (${viewport.name})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await page.goto(service.path);
    await waitForFinder(page);
    await page.locator('.filters summary').click();
    for (const card of service.cards.slice(0, 2)) await page.locator(`#choices > li[data-choice-id="${card.id}"]`).getByRole('checkbox').check();
    await expect(page.getByRole('region', { name: /valda för jämförelse/ })).toBeVisible();
    await expectNoAxeViolations(page, `${service.path} med filter och jämförelserad`);

    await page.getByRole('searchbox', { name: /Sök på namn/ }).fill('xyzzyqq');
    await expect(page.getByText(/Ingen matchar/)).toBeVisible();
    await expectNoAxeViolations(page, `${service.path} utan träffar`);

    await page.getByRole('link', { name: /Jämför de valda/ }).click();
    await expect(page).toHaveURL(/jamfor\/\?tjanst=/);
    await expect(page.locator('.compare-table')).toBeVisible();
    await expectNoAxeViolations(page, 'jämförelsen');
    await page.getByLabel('Visa bara det som skiljer sig').check();
    await expectNoAxeViolations(page, 'jämförelsen, bara skillnader');
    await page.getByRole('link', { name: 'Visa för möte' }).click();
    await expect(page).toHaveURL(/visning=mote/);
    await expect(page.locator('body')).toHaveClass(/meeting-view/);
    await expect(page.locator('.compare-table')).toBeVisible();
    await expectNoAxeViolations(page, 'mötesvisningen');

    await page.goto('sok/?q=demens');
    await expect(page.locator('.finder-status')).not.toBeEmpty();
    await expectNoAxeViolations(page, 'sök bland alla');
    await page.goto('jamfor/');
    await expect(page.getByText(/Adressen säger inte vilken tjänst/)).toBeVisible();
    await expectNoAxeViolations(page, 'jämförelse utan val');
  });
}
