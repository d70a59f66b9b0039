// Journey: search with the words people type. A word that names a language,
// area or inriktning is an exact filter, shown as a button that removes it;
// on the search page a service's name narrows to that service, and the other
// words apply within it. Expectations come from the cards on the pages.
import { expectNoAxeViolations } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { foldedWords } from '../../src/lib/locale/fold';
import { allServices, FACET_FIELDS, pageVocabulary, shownIds, waitForFinder, type Card, type ServiceCards } from './support/service-list';

let services: ServiceCards[];

test.beforeAll(async ({ browser }) => {
  // Reads every service page; slow when the machine is busy.
  test.setTimeout(120_000);
  const page = await browser.newPage();
  services = await allServices(page);
  await page.close();
});

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Sök på namn/ });
const chips = (page: Page) => page.getByRole('list', { name: 'Din sökning filtrerar på' }).getByRole('button');
const languagesOf = (c: Card) => c.fields[FACET_FIELDS.languages] ?? [];
const profilesOf = (c: Card) => c.fields[FACET_FIELDS.profiles] ?? [];
const sorted = (ids: string[]) => [...ids].sort();
/** The name rule: a card whose name has the word (with at most two more letters) is found by it too. */
const nameHas = (c: Card, word: string) => foldedWords(c.name).some((n) => n.startsWith(word) && n.length - word.length <= 2);

/** The service whose cards show the most languages. */
function mostLanguages(): ServiceCards {
  const count = (s: ServiceCards) => new Set(s.cards.flatMap(languagesOf)).size;
  const best = [...services].sort((a, b) => count(b) - count(a))[0];
  expect(count(best), 'fixturen ska ha en tjänst med minst fem språk').toBeGreaterThanOrEqual(5);
  return best;
}

test('varje språk som ord visar exakt dem som talar det, med en knapp för filtret', async ({ page }) => {
  test.setTimeout(120_000);
  const service = mostLanguages();
  const languages = [...new Set(service.cards.flatMap(languagesOf))].sort();
  await page.goto(service.path);
  await waitForFinder(page);
  for (const language of languages) {
    const word = foldedWords(language).join(' ');
    const expected = service.cards.filter((c) => languagesOf(c).includes(language) || nameHas(c, word)).map((c) => c.id);
    await searchBox(page).fill(language);
    await expect.poll(async () => sorted(await shownIds(page)), { message: `"${language}"` }).toEqual(sorted(expected));
    await expect(chips(page)).toHaveText([`Språk: ${language} ×`]);
    await expect(chips(page).first()).toHaveAccessibleName(`Ta bort filtret Språk: ${language}`);
  }
});

test('språk som liknar varandra blandas inte ihop (serbiska/arabiska, tyska/ryska)', async ({ page }) => {
  const service = mostLanguages();
  const languages = [...new Set(service.cards.flatMap(languagesOf))];
  // Pairs of languages on the page of the same length that differ in at most three letters.
  const differ = (a: string, b: string) => [...a].filter((ch, i) => ch !== b[i]).length;
  const near = languages.flatMap((a) => languages.filter((b) => a !== b && a.length === b.length && differ(a, b) <= 3).map((b) => [a, b] as const));
  expect(near.length, 'fixturen ska ha språk som liknar varandra').toBeGreaterThan(0);
  await page.goto(service.path);
  await waitForFinder(page);
  for (const [typed, other] of near) {
    await searchBox(page).fill(typed);
    await expect(chips(page)).toHaveText([`Språk: ${typed} ×`]);
    for (const id of await shownIds(page)) {
      const card = service.cards.find((c) => c.id === id)!;
      expect(
        languagesOf(card).includes(typed) || nameHas(card, foldedWords(typed).join('')),
        `"${typed}" visar ${card.name} (${languagesOf(card).join(', ')}; liknar ${other})`,
      ).toBe(true);
    }
  }
});

test('en knapp tar bort sitt filter med tangentbordet, och adressen minns filtret', async ({ page }) => {
  const service = mostLanguages();
  const counts = new Map<string, number>();
  for (const c of service.cards) for (const l of languagesOf(c)) counts.set(l, (counts.get(l) ?? 0) + 1);
  // A language several speak, and an inriktning at least one of them has.
  const language = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const speakers = service.cards.filter((c) => languagesOf(c).includes(language));
  const profile = speakers.flatMap(profilesOf)[0];
  expect(profile, `någon som talar ${language} ska ha en inriktning`).toBeDefined();
  const both = speakers.filter((c) => profilesOf(c).includes(profile)).map((c) => c.id);

  await page.goto(service.path);
  await waitForFinder(page);
  await searchBox(page).fill(`${language} ${profile}`);
  await expect(chips(page)).toHaveText([`Språk: ${language} ×`, `Inriktning: ${profile} ×`]);
  await expect.poll(async () => sorted(await shownIds(page))).toEqual(sorted(both));

  // The address keeps the words, so a reload shows the same filters and list.
  await page.reload();
  await waitForFinder(page);
  await expect(chips(page)).toHaveText([`Språk: ${language} ×`, `Inriktning: ${profile} ×`]);
  await expect.poll(async () => sorted(await shownIds(page))).toEqual(sorted(both));

  // Remove the language by keyboard: the focus moves to the next button, the inriktning alone is left.
  await searchBox(page).focus();
  await page.keyboard.press('Tab');
  await expect(chips(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chips(page)).toHaveText([`Inriktning: ${profile} ×`]);
  await expect(chips(page).first()).toBeFocused();
  expect(foldedWords(await searchBox(page).inputValue())).toEqual(foldedWords(profile));
  const withProfile = service.cards.filter((c) => profilesOf(c).includes(profile) || nameHas(c, foldedWords(profile).join(' '))).map((c) => c.id);
  await expect.poll(async () => sorted(await shownIds(page))).toEqual(sorted(withProfile));

  // The last one with Space: the whole list is back and the focus is in the search field.
  await page.keyboard.press('Space');
  await expect(chips(page)).toHaveCount(0);
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
  await expect.poll(async () => (await shownIds(page)).length).toBe(service.cards.length);

  // Each removal is a step back in history.
  await page.goBack();
  await expect(chips(page)).toHaveText([`Inriktning: ${profile} ×`]);
});

test('sök bland alla: "<inriktning> <tjänst>" visar alla med inriktningen i den tjänsten, vilket namn de än har', async ({ page }) => {
  test.setTimeout(180_000);
  const vocabulary = pageVocabulary(services);
  // Words of the page that begin with these letters, to know when a shortened word ("demens") names one inriktning only.
  const allWords = vocabulary.values.flatMap((v) => v.words);
  const cases = services.flatMap((s) =>
    [...new Set(s.cards.flatMap(profilesOf))].flatMap((profile) => {
      const first = foldedWords(profile)[0];
      const short = first.slice(0, 6);
      const shortIsOwn = first.length > 8 && allWords.every((w) => !w.startsWith(short) || foldedWords(profile).includes(w));
      return [first, ...(shortIsOwn ? [short] : [])].map((word) => ({ service: s, profile, query: `${word} ${foldedWords(s.name)[0]}` }));
    }),
  );
  expect(
    cases.some((c) => !c.query.startsWith(foldedWords(c.profile)[0])),
    'minst ett förkortat ord, som "demens"',
  ).toBe(true);
  await page.goto('sok/');
  await expect(page.locator('.finder-status')).not.toBeEmpty();
  for (const { service, profile, query } of cases) {
    const word = query.split(' ')[0];
    const expected = service.cards.filter((c) => profilesOf(c).includes(profile) || nameHas(c, word)).map((c) => c.id);
    await searchBox(page).fill(query);
    await expect(page.locator('[data-search-group]:not([hidden])'), query).toHaveCount(1);
    await expect(page.locator(`[data-search-group="${service.id}"]`), query).toBeVisible();
    await expect
      .poll(() => page.$$eval(`[data-search-group="${service.id}"] li:not([hidden])`, (lis) => lis.map((li) => (li as HTMLElement).dataset.choiceId!).sort()), {
        message: query,
      })
      .toEqual(sorted(expected));
    await expect(chips(page), query).toHaveText([`Inriktning: ${profile} ×`, `Tjänst: ${service.name} ×`]);
    // On to the service: the service's word is left behind, the inriktning goes along.
    await expect(page.locator(`[data-search-group="${service.id}"] [data-service-link]`)).toHaveAttribute('href', new RegExp(`\\?q=${word}$`));
  }
});

test('sidan för en tjänst: tjänstens eget namn som ord tappar ingen', async ({ page }) => {
  const service = mostLanguages();
  const profile = service.cards.flatMap(profilesOf)[0];
  const word = foldedWords(profile)[0];
  const expected = service.cards.filter((c) => profilesOf(c).includes(profile) || nameHas(c, word)).map((c) => c.id);
  await page.goto(`${service.path}?q=${encodeURIComponent(`${word} ${service.name}`)}`);
  await waitForFinder(page);
  await expect.poll(async () => sorted(await shownIds(page))).toEqual(sorted(expected));
  await expect(chips(page)).toHaveText([`Inriktning: ${profile} ×`, `Tjänst: ${service.name} ×`]);
});

test('axe hittar inga fel när sökorden visas som filter (mobil och dator)', async ({ page }) => {
  test.setTimeout(90_000);
  const service = mostLanguages();
  const language = service.cards.flatMap(languagesOf)[0];
  const profile = service.cards.flatMap(profilesOf)[0];
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`${service.path}?q=${encodeURIComponent(`${language} ${profile}`)}`);
    await waitForFinder(page);
    await expect(chips(page)).toHaveCount(2);
    await expectNoAxeViolations(page, `${service.path} med filter från sökningen (${viewport.width} px)`);
    await page.goto(`sok/?q=${encodeURIComponent(`${language} ${service.name}`)}`);
    await expect(chips(page)).toHaveCount(2);
    await expectNoAxeViolations(page, `sök bland alla med filter från sökningen (${viewport.width} px)`);
  }
});
