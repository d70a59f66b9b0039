// Journey: pick a few providers on a service page, compare them side by side,
// share the address, and use the comparison at a meeting or on paper.
import { expect, test, type Page } from '@playwright/test';
import { allServices, biggest, waitForFinder, type ServiceCards } from './support/service-list';

let service: ServiceCards;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  service = biggest(await allServices(page));
  await page.close();
});

/** Picks the first `count` cards for comparison and returns their names. */
async function pick(page: Page, count: number): Promise<string[]> {
  const cards = service.cards.slice(0, count);
  for (const card of cards) await pickBox(page, card.id, card.name).check();
  return cards.map((c) => c.name);
}

/** The card's "Jämför" checkbox, found by its accessible name within the card. */
const pickBox = (page: Page, id: string, name: string) =>
  page.locator(`#choices > li[data-choice-id="${id}"]`).getByRole('checkbox', { name: `Jämför ${name}`, exact: true });

const columnNames = (page: Page) => page.$$eval('.compare-table thead th[scope=col] a', (as) => as.map((a) => (a as HTMLElement).innerText.trim()));

test('välj tre, öppna jämförelsen och se samma tre i en ny webbläsare', async ({ page, browser }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  const names = await pick(page, 3);
  const bar = page.getByRole('region', { name: /valda för jämförelse/ });
  await expect(bar).toContainText('3 av högst 4 valda');
  for (const name of names) await expect(bar).toContainText(name);

  await bar.getByRole('link', { name: /Jämför de valda/ }).click();
  await expect(page).toHaveURL(/jamfor\/\?tjanst=[a-z0-9-]+&val=[a-z0-9-]+,[a-z0-9-]+,[a-z0-9-]+$/);
  await expect.poll(() => columnNames(page)).toEqual(names);
  const address = page.url();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(address);
  await expect.poll(() => columnNames(other)).toEqual(names);
  await expect(other.locator('.compare-table tbody th[scope=row]').first()).toBeVisible();
  await fresh.close();
});

test('jämförelsen visar varje resultat med snitt, period, antal svar och källa, och säger skillnader i ord', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  await pick(page, 2);
  await page.getByRole('link', { name: /Jämför de valda/ }).click();
  const table = page.locator('.compare-table');
  await expect(table).toBeVisible();
  for (const section of ['Fakta', 'Uppföljning och kontakt'])
    await expect(table.getByRole('rowheader', { name: section }).or(table.locator('th[scope=colgroup]', { hasText: section }))).toBeVisible();
  for (const row of ['Driftform', 'Språk', 'Inriktning', 'Nya kunder', 'Senaste uppföljning', 'Senaste åtgärd från kommunen', 'Kontakt'])
    await expect(table.locator('tbody th[scope=row]', { hasText: row }).first()).toBeVisible();
  const figureCells = table.locator('td.figure-cell');
  if ((await figureCells.count()) > 0) {
    const first = (await figureCells.first().innerText()).replace(/\s+/g, ' ');
    expect(first).toMatch(/Källa:/);
    expect(first).toMatch(/svar/);
  }
  // A row that differs says so in words.
  const differing = table.locator('tr.differs');
  if ((await differing.count()) > 0) await expect(differing.first().locator('th')).toContainText('Skiljer sig');
  // Suppressed or missing figures are words, never a bare number.
  for (const cell of await table.locator('td.figure-cell').all()) {
    const text = await cell.innerText();
    if (/För få svar|Uppgift saknas|Ej tillämpligt|inte mätt/.test(text.split('\n')[0])) expect(text.split('\n')[0]).not.toMatch(/\d/);
  }
  // Only what differs: every row left differs, except contact and links, which always stay.
  await page.getByLabel('Visa bara det som skiljer sig').check();
  const always = ['Kontakt', 'Uppgifterna uppdaterades', 'Mer information'];
  const rows = await table
    .locator('tbody tr:not(.compare-section)')
    .evaluateAll((trs) => trs.map((tr) => ({ header: (tr.querySelector('th') as HTMLElement).innerText, differs: tr.classList.contains('differs') })));
  for (const row of rows) if (!always.some((a) => row.header.startsWith(a))) expect(row.differs, row.header).toBe(true);
});

test('en femte kan inte väljas, och raden säger varför', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  await pick(page, 4);
  const fifth = pickBox(page, service.cards[4].id, service.cards[4].name);
  await fifth.click();
  await expect(fifth).not.toBeChecked();
  await expect(page.getByRole('region', { name: /valda för jämförelse/ }).getByRole('status')).toHaveText(/högst 4/);
  await page.getByRole('button', { name: `Ta bort ${service.cards[0].name} från jämförelsen` }).click();
  await fifth.check();
  await expect(page).toHaveURL(new RegExp(`jamfor=.*${service.cards[4].id}`));
});

test('mötesvisning: stor text, ingen meny, ordningen som valt, resultat kan döljas', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  const names = await pick(page, 3);
  await page.getByRole('link', { name: /Jämför de valda/ }).click();
  await page.getByRole('link', { name: 'Visa för möte' }).click();
  await expect(page).toHaveURL(/visning=mote/);
  await expect(page.locator('body')).toHaveClass(/meeting-view/);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Du är här' })).toBeHidden();
  await expect.poll(() => columnNames(page)).toEqual(names);
  const size = await page.locator('.compare-table').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size, 'stor text').toBeGreaterThanOrEqual(24);

  const results = page.locator('th[scope=colgroup]', { hasText: 'Resultat' });
  if ((await results.count()) > 0) {
    await page.getByLabel('Dölj resultat (siffror)').check();
    await expect(results).toHaveCount(0);
    await expect(page.locator('td.figure-cell')).toHaveCount(0);
    await expect(page).toHaveURL(/dolj=resultat/);
  }
  await page.getByLabel('Ordning på kolumnerna').selectOption({ value: 'namn' });
  await expect.poll(() => columnNames(page)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
  await page.getByRole('link', { name: 'Avsluta mötesvisningen' }).click();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
});

test('utskrift: A4, liggande med tre eller fler, med datum och källa, utan knappar', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  await pick(page, 3);
  await page.getByRole('link', { name: /Jämför de valda/ }).click();
  await expect(page.locator('.compare-table')).toBeVisible();
  await expect(page.locator('body')).toHaveClass(/print-landscape/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.comparison-controls')).toBeHidden();
  await expect(page.getByText(/^Utskriven \d+ \w+ \d{4}\.$/)).toBeVisible();
  await expect(page.getByText(/Uppgifterna publicerades \d+ \w+ \d{4} av/)).toBeVisible();
  await expect(page.getByText(/Adress till jämförelsen: https?:\/\//)).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  // A4 landscape: the first page's MediaBox is 842 x 595 points.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 84[12](\.\d+)? 59[45](\.\d+)?\]/);
});

test('utan JavaScript pekar jämförelsesidan till tjänstens tabell', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`jamfor/?tjanst=x&val=a,b`);
  await expect(page.getByText(/Jämförelsen visas med hjälp av JavaScript/)).toBeVisible();
  const table = page.getByRole('link', { name: /i en tabell/ }).first();
  await table.click();
  await expect(page.locator('table tbody tr').first()).toBeVisible();
  await context.close();
});
