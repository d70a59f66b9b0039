// Journey: narrow a service's many providers to a few: search with typos and
// without å/ä/ö, several words across fields, filters that combine, and an
// address that brings it all back.
import { expect, test, type Page } from '@playwright/test';
import { fold } from '../../src/lib/locale/fold';
import { allServices, biggest, cardMatches, shownIds, waitForFinder, type Card, type ServiceCards } from './support/service-list';

let services: ServiceCards[];
let service: ServiceCards;

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  services = await allServices(page);
  service = biggest(services);
  await page.close();
});

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Sök på namn/ });
const status = (page: Page) => page.locator('.finder-status');

/** One letter of the longest name word changed, and å/ä/ö written without dots. */
function misspell(name: string): string {
  const words = fold(name).split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = Math.floor(longest.length / 2);
  const wrong = longest[at] === 'x' ? 'y' : 'x';
  return words.map((w) => (w === longest ? w.slice(0, at) + wrong + w.slice(at + 1) : w)).join(' ');
}

test('en sökning med stavfel och utan å, ä, ö hittar utföraren först', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  const named = service.cards.filter((c) =>
    fold(c.name)
      .split(' ')
      .some((w) => w.length >= 6),
  );
  expect(named.length).toBeGreaterThan(0);
  for (const card of named.slice(0, 3)) {
    const query = misspell(card.name);
    await searchBox(page).fill(query);
    await expect.poll(() => shownIds(page), { message: `"${query}" ska hitta ${card.name}` }).toContain(card.id);
    expect((await shownIds(page))[0], `"${query}": ${card.name} först`).toBe(card.id);
  }
  await searchBox(page).fill('hemtjanst');
  const expected = service.cards.filter((c) => cardMatches(service, c, 'hemtjanst')).map((c) => c.id);
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual(expected.sort());
});

test('två ord i olika fält ("arabiska demens") visar exakt dem som matchar båda', async ({ page }) => {
  // The service where "arabiska demens" finds some, and each word alone finds more.
  const bothAndMore = (s: ServiceCards, query: string) => {
    const both = s.cards.filter((c) => cardMatches(s, c, query)).length;
    return both > 0 && query.split(' ').every((w) => s.cards.filter((c) => cardMatches(s, c, w)).length > both);
  };
  const query = 'arabiska demens';
  const where = services.find((s) => bothAndMore(s, query));
  expect(where, `fixturen ska ha en tjänst där "${query}" ger några men färre än vart ord för sig`).toBeDefined();
  const expected = where!.cards.filter((c) => cardMatches(where!, c, query)).map((c) => c.id);

  await page.goto(where!.path);
  await waitForFinder(page);
  await searchBox(page).fill(query);
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual([...expected].sort());
  await expect(status(page)).toHaveText(new RegExp(`Visar ${expected.length} av ${where!.cards.length}`));
  // Word order does not matter.
  await searchBox(page).fill('demens arabiska');
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual([...expected].sort());
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
  const [first, second] = [...counted.entries()]
    .filter(([l]) => l !== 'svenska')
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .map(([l]) => l);

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
  // A word from a name, and that card's first area: at least that card stays.
  const card = service.cards.find(
    (c) =>
      (c.fields['Område'] ?? []).length > 0 &&
      fold(c.name)
        .split(' ')
        .some((w) => w.length >= 4),
  )!;
  const query = fold(card.name)
    .split(' ')
    .find((w) => w.length >= 4)!;
  const areaName = card.fields['Område'][0];
  await page.goto(service.path);
  await waitForFinder(page);
  await searchBox(page).fill(query);
  await page.getByText('Filtrera', { exact: true }).click();
  await page
    .getByRole('group', { name: 'Område' })
    .getByLabel(new RegExp(`^${areaName} `))
    .check();
  await page.getByLabel('Sortera', { exact: true }).selectOption({ value: 'namn' });
  await expect(page).toHaveURL(new RegExp(`q=${query}.*omrade=.*sortera=namn`));
  await expect.poll(() => shownIds(page)).toContain(card.id);
  const before = await shownIds(page);

  await page.reload();
  await waitForFinder(page);
  await expect(searchBox(page)).toHaveValue(query);
  await expect(page.getByRole('group', { name: 'Område' }).getByLabel(new RegExp(`^${areaName} `))).toBeChecked();
  await expect(page.getByLabel('Sortera', { exact: true })).toHaveValue('namn');
  await expect.poll(() => shownIds(page)).toEqual(before);

  // Away to the provider and back: the same list.
  await page.locator(`#choices > li[data-choice-id="${card.id}"] h3 a`).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(card.name);
  await page.goBack();
  await waitForFinder(page);
  await expect(searchBox(page)).toHaveValue(query);
  await expect.poll(() => shownIds(page)).toEqual(before);
});

test('sortering på ett resultat lägger äldre uppgifter efter de aktuella och de utan värde sist', async ({ page }) => {
  await page.goto(service.path);
  await waitForFinder(page);
  const sort = page.getByLabel('Sortera', { exact: true });
  const option = sort.locator('option', { hasText: 'högst först' }).first();
  expect(await option.count(), 'fixturen ska ha en tjänst med resultat att sortera på').toBeGreaterThan(0);
  const indicatorName = (await option.textContent())!.replace(/, högst först$/, '');
  await sort.selectOption({ value: (await option.getAttribute('value'))! });
  const order = await shownIds(page);
  expect(order).toHaveLength(service.cards.length);

  // The no-JavaScript table has the same latest figures, one column per key indicator.
  await page.goto(`${service.path}tabell/`);
  const headers = await page.$$eval('table thead th', (ths) => ths.map((th) => (th as HTMLElement).innerText.trim()));
  const column = headers.indexOf(indicatorName);
  expect(column, `${indicatorName} ska vara ett nyckeltal i tabellen`).toBeGreaterThanOrEqual(0);
  const valueById = new Map(
    await page.$$eval(
      'table tbody tr',
      (rows, col) =>
        rows.map((tr) => {
          const href = tr.querySelector('th a')!.getAttribute('href')!;
          const td = tr.children[col] as HTMLElement;
          const m = /^(\d+(?:,\d+)?)/.exec(td.innerText.trim().replace(/\s/g, ''));
          const old = td.getAttribute('data-old') === 'true';
          return [href.split('/').filter(Boolean).at(-1)!, m ? { value: Number(m[1].replace(',', '.')), old } : null] as [
            string,
            { value: number; old: boolean } | null,
          ];
        }),
      column,
    ),
  );
  // Rank 0: a current value, 1: an old value ("Äldre uppgift"), 2: none. Ranks never go down, values fall within a rank.
  const figures = order.map((id) => valueById.get(id) ?? null);
  const ranks = figures.map((f) => (f === null ? 2 : f.old ? 1 : 0));
  expect(ranks, 'aktuella först, sedan äldre uppgifter, sist de utan värde').toEqual([...ranks].sort((a, b) => a - b));
  for (const rank of [0, 1]) {
    const values = figures.filter((f, i) => f !== null && ranks[i] === rank).map((f) => f!.value);
    expect(values, `högst först (${rank === 0 ? 'aktuella' : 'äldre'})`).toEqual([...values].sort((a, b) => b - a));
  }
});
