// Journey: narrow a service's many providers to a few: search with typos and
// without å/ä/ö, several words across fields, filters that combine, and an
// address that brings it all back.
import { expect, test, type Page } from '@playwright/test';
import { foldText } from '../../src/lib/fold';
import { biggestService, cardMatches, readCards, shownIds, waitForFinder, type Card } from './support/service-list';

let service: { path: string; cards: Card[] };

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  service = await biggestService(page);
  await page.close();
});

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Sök på namn/ });
const status = (page: Page) => page.locator('.finder-status');

/** One letter of the longest name word changed, and å/ä/ö written without dots. */
function misspell(name: string): string {
  const words = foldText(name).split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = Math.floor(longest.length / 2);
  const wrong = longest[at] === 'x' ? 'y' : 'x';
  return words.map((w) => (w === longest ? w.slice(0, at) + wrong + w.slice(at + 1) : w)).join(' ');
}

test('en sökning med stavfel och utan å, ä, ö hittar utföraren först', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  const named = service.cards.filter((c) => foldText(c.name).split(' ').some((w) => w.length >= 6));
  expect(named.length).toBeGreaterThan(0);
  for (const card of named.slice(0, 3)) {
    const query = misspell(card.name);
    await searchBox(page).fill(query);
    await expect.poll(() => shownIds(page), { message: `"${query}" ska hitta ${card.name}` }).toContain(card.id);
    expect((await shownIds(page))[0], `"${query}": ${card.name} först`).toBe(card.id);
  }
  await searchBox(page).fill('hemtjanst');
  const expected = service.cards.filter((c) => cardMatches(c, 'hemtjanst')).map((c) => c.id);
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual(expected.sort());
});

test('två ord i olika fält visar exakt dem som matchar båda', async ({ page }) => {
  // "arabiska demens" when the data has it; otherwise a language and a profile that occur together.
  const pair = (c: Card) => [c.fields['Språk utöver svenska'] ?? [], c.fields['Inriktning'] ?? []] as const;
  let query = 'arabiska demens';
  if (!service.cards.some((c) => cardMatches(c, query))) {
    const card = service.cards.find((c) => pair(c)[0].some((l) => l !== 'svenska') && pair(c)[1].length > 0)!;
    query = `${pair(card)[0].find((l) => l !== 'svenska')} ${foldText(pair(card)[1][0]).split(' ')[0]}`;
  }
  const expected = service.cards.filter((c) => cardMatches(c, query)).map((c) => c.id);
  const eitherOnly = service.cards.filter((c) => query.split(' ').some((w) => cardMatches(c, w))).length;
  expect(expected.length, `"${query}" ska ge minst en`).toBeGreaterThan(0);
  expect(eitherOnly, `"${query}": vart och ett av orden ska ge fler än båda`).toBeGreaterThan(expected.length);

  await page.goto(service.path);
  await waitForFinder(page);
  await searchBox(page).fill(query);
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual([...expected].sort());
  await expect(status(page)).toHaveText(new RegExp(`Visar ${expected.length} av ${service.cards.length}`));
});

test('filter: värden i ett filter är alternativ, filter tillsammans måste alla stämma, och antalen stämmer', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  await page.getByText('Filtrera', { exact: true }).click();
  const languages = page.getByRole('group', { name: 'Språk' });
  const profiles = page.getByRole('group', { name: 'Inriktning' });

  const langOf = (c: Card) => c.fields['Språk utöver svenska'] ?? [];
  const profOf = (c: Card) => c.fields['Inriktning'] ?? [];
  const counted = new Map<string, number>();
  for (const c of service.cards) for (const l of langOf(c)) counted.set(l, (counted.get(l) ?? 0) + 1);
  const [first, second] = [...counted.entries()].filter(([l]) => l !== 'svenska').sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([l]) => l);

  // Each value's count is what ticking it alone would show.
  for (const lang of [first, second]) await expect(languages.getByLabel(new RegExp(`^${lang} \\(${counted.get(lang)}\\)$`))).toBeVisible();

  await languages.getByLabel(new RegExp(`^${first} `)).check();
  await languages.getByLabel(new RegExp(`^${second} `)).check();
  const either = service.cards.filter((c) => langOf(c).includes(first) || langOf(c).includes(second));
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual(either.map((c) => c.id).sort());

  // Add a profile: AND with the languages. Its count says how many it leaves.
  const profileName = profOf(either.find((c) => profOf(c).length > 0) ?? service.cards.find((c) => profOf(c).length > 0)!)[0];
  const both = either.filter((c) => profOf(c).includes(profileName));
  await expect(profiles.getByLabel(new RegExp(`^${profileName} \\(${both.length}\\)$`))).toBeVisible();
  await profiles.getByLabel(new RegExp(`^${profileName} `)).check();
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual(both.map((c) => c.id).sort());
  await expect(status(page)).toHaveText(new RegExp(`Visar ${both.length} av ${service.cards.length}`));

  // With the profile ticked, a language's count is those with that language and the profile.
  const withProfile = service.cards.filter((c) => profOf(c).includes(profileName) && langOf(c).includes(first)).length;
  await expect(languages.getByLabel(new RegExp(`^${first} \\(${withProfile}\\)$`))).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort alla filter' }).click();
  await expect.poll(async () => (await shownIds(page)).length).toBe(service.cards.length);
});

test('adressen återställer sökning, filter och sortering efter omladdning och med bakåtknappen', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  await searchBox(page).fill('omsorg');
  await page.getByText('Filtrera', { exact: true }).click();
  const area = page.getByRole('group', { name: 'Område' }).getByRole('checkbox').first();
  await area.check();
  await page.getByLabel('Sortera').selectOption({ value: 'namn' });
  await expect(page).toHaveURL(/q=omsorg.*omrade=.*sortera=namn/);
  const before = await shownIds(page);

  await page.reload();
  await waitForFinder(page);
  await expect(searchBox(page)).toHaveValue('omsorg');
  await expect(page.getByRole('group', { name: 'Område' }).getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByLabel('Sortera')).toHaveValue('namn');
  await expect.poll(() => shownIds(page)).toEqual(before);

  // Away to a provider and back: the same list.
  const shown = page.locator('#choices > li:not([hidden]) h3 a').first();
  await shown.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goBack();
  await waitForFinder(page);
  await expect(searchBox(page)).toHaveValue('omsorg');
  await expect.poll(() => shownIds(page)).toEqual(before);
});

test('sortering på ett resultat lägger de utan värde sist', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  const sort = page.getByLabel('Sortera');
  const option = await sort.locator('option', { hasText: 'högst först' }).first().getAttribute('value');
  test.skip(!option, 'tjänsten har inga resultat att sortera på');
  await sort.selectOption({ value: option! });
  const cards = await readCards(page);
  const order = await shownIds(page);
  expect(order).toHaveLength(cards.length);
  // The key figure sentence on each card starts with the value or its state in words.
  const values = await page.$$eval('#choices > li:not([hidden])', (items) => items.map((li) => li.querySelector('.compare-slot')?.previousElementSibling?.textContent ?? ''));
  const hasNumber = values.map((v) => /:\s*\d/.test(v));
  const firstMissing = hasNumber.indexOf(false);
  if (firstMissing >= 0) expect(hasNumber.slice(firstMissing).every((x) => !x), 'inga värden efter det första som saknas').toBe(true);
});
