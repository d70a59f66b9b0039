// Reads a service's server-rendered list (the cards) so journeys can work out
// what a search or filter should show from the page itself, not from the
// search file the island uses. The match rule is the site's own (src/lib).
import type { Page } from '@playwright/test';
import { compileWord, fewestErrors } from '../../../src/lib/search/approximate-match';
import { foldedWords } from '../../../src/lib/locale/fold';
import { queryWords } from '../../../src/lib/search/prefilter';

export interface Card {
  id: string;
  name: string;
  /** Field label (as on the card) -> its values. */
  fields: Record<string, string[]>;
}

/** Card labels of the fields search looks in (besides the name). */
export const SEARCHED_FIELDS = ['Anordnare', 'Område', 'Språk utöver svenska', 'Inriktning'];

export async function readCards(page: Page): Promise<Card[]> {
  return page.$$eval('#choices > li[data-choice-id]', (items) =>
    items.map((li) => {
      const fields: Record<string, string[]> = {};
      const dts = li.querySelectorAll(':scope > dl > dt');
      for (const dt of dts) {
        const dd = dt.nextElementSibling as HTMLElement | null;
        const text = (dd?.innerText ?? '').trim();
        fields[(dt as HTMLElement).innerText.trim()] = text === 'Inga uppgifter' ? [] : text.split(', ').map((v) => v.trim()).filter(Boolean);
      }
      return { id: (li as HTMLElement).dataset.choiceId!, name: (li.querySelector('h3') as HTMLElement).innerText.trim(), fields };
    }),
  );
}

/** The ids of the cards shown, in order. */
export async function shownIds(page: Page): Promise<string[]> {
  return page.$$eval('#choices > li[data-choice-id]:not([hidden])', (items) => items.map((li) => (li as HTMLElement).dataset.choiceId!));
}

/** Every word of the query matches (typos allowed, by the site's rule) a word in the name or a searched field. */
export function cardMatches(card: Card, query: string): boolean {
  const words = [card.name, ...SEARCHED_FIELDS.flatMap((f) => card.fields[f] ?? [])].flatMap(foldedWords);
  return queryWords(query).every((q) => {
    const compiled = compileWord(q);
    return words.some((w) => fewestErrors(compiled, w) >= 0);
  });
}

export interface ServiceCards {
  path: string;
  cards: Card[];
}

/** Every service linked from the start page, with its cards. */
export async function allServices(page: Page): Promise<ServiceCards[]> {
  await page.goto('./');
  const paths = await page.$$eval('#services-heading ~ ul a[href*="/tjanster/"]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const out: ServiceCards[] = [];
  for (const path of paths) {
    await page.goto(path);
    out.push({ path, cards: await readCards(page) });
  }
  return out;
}

/** The service with the most choices. */
export function biggest(services: ServiceCards[]): ServiceCards {
  const best = [...services].sort((a, b) => b.cards.length - a.cards.length)[0];
  if (!best || best.cards.length < 4) throw new Error('Fixturen behöver en tjänst med minst fyra att välja mellan');
  return best;
}

/** Waits until the island has loaded (its search field is there). */
export async function waitForFinder(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: /Sök på namn/ }).waitFor();
}
