// Reads a service's server-rendered list (the cards) so journeys can work out
// what a search or filter should show from the page itself, not from the
// search file the island uses. How words are read is the site's own
// (src/lib/search/query-terms.ts, unit-tested); whether a card matches is
// worked out here again, from what the card shows.
import type { Page } from '@playwright/test';
import { compileWord, fewestErrors } from '../../../src/lib/search/approximate-match';
import { foldedKey, foldedWords } from '../../../src/lib/locale/fold';
import { createVocabulary, readQuery, type TermGroup, type Vocabulary, type VocabularyValue } from '../../../src/lib/search/query-terms';

export interface Card {
  id: string;
  name: string;
  /** Field label (as on the card) -> its values. */
  fields: Record<string, string[]>;
}

/** Card labels of the fields whose values a search word can name. */
export const FACET_FIELDS = { areas: 'Område', languages: 'Språk utöver svenska', profiles: 'Inriktning' } as const;
/** Label of a unit's provider, whose name is searched as the unit's. */
export const PROVIDER_FIELD = 'Anordnare';

export async function readCards(page: Page): Promise<Card[]> {
  return page.$$eval('#choices > li[data-choice-id]', (items) =>
    items.map((li) => {
      const fields: Record<string, string[]> = {};
      const dts = li.querySelectorAll(':scope > dl > dt');
      for (const dt of dts) {
        const dd = dt.nextElementSibling as HTMLElement | null;
        const text = (dd?.innerText ?? '').trim();
        fields[(dt as HTMLElement).innerText.trim()] =
          text === 'Inga uppgifter'
            ? []
            : text
                .split(', ')
                .map((v) => v.trim())
                .filter(Boolean);
      }
      return { id: (li as HTMLElement).dataset.choiceId!, name: (li.querySelector('h3') as HTMLElement).innerText.trim(), fields };
    }),
  );
}

/** The ids of the cards shown, in order. */
export async function shownIds(page: Page): Promise<string[]> {
  return page.$$eval('#choices > li[data-choice-id]:not([hidden])', (items) => items.map((li) => (li as HTMLElement).dataset.choiceId!));
}

/** The words of a card's name (and, for a unit, its provider's name). */
function nameWords(card: Card): string[] {
  return [card.name, ...(card.fields[PROVIDER_FIELD] ?? [])].flatMap(foldedWords);
}

/** What a search can name on these services' pages: the values their cards show and the services' names. */
export function pageVocabulary(services: readonly ServiceCards[]): Vocabulary {
  const values = new Map<string, VocabularyValue>();
  const add = (group: TermGroup, key: string, name: string) => values.set(`${group}:${key}`, { group, key, name, words: foldedWords(name) });
  for (const s of services) {
    add('services', s.id, s.name);
    for (const [group, label] of Object.entries(FACET_FIELDS) as [TermGroup, string][])
      for (const c of s.cards) for (const v of c.fields[label] ?? []) add(group, foldedKey(v), v);
  }
  return createVocabulary([...values.values()]);
}

/**
 * Whether a card should be shown for a query: every term read from it is met
 * by a value the card shows (a service word by the service), or, outside
 * services, by the card's name having the term's words (ending of at most
 * two letters allowed); every free word is in the name, typos allowed.
 */
export function cardMatches(service: ServiceCards, card: Card, query: string, vocabulary = pageVocabulary([service])): boolean {
  const reading = readQuery(query, vocabulary);
  const names = nameWords(card);
  const inName = (w: string) => names.some((n) => n.startsWith(w) && n.length - w.length <= 2);
  const meets = (values: readonly VocabularyValue[], words: readonly string[]) =>
    values.some((v) =>
      v.group === 'services' ? v.key === service.id : (card.fields[FACET_FIELDS[v.group]] ?? []).some((shown) => foldedKey(shown) === v.key),
    ) ||
    (values.some((v) => v.group !== 'services') && words.every(inName));
  const onlyServices = reading.terms.filter((t) => t.values.every((v) => v.group === 'services'));
  const others = reading.terms.filter((t) => !onlyServices.includes(t));
  return (
    others.every((t) => meets(t.values, t.words)) &&
    (onlyServices.length === 0 || onlyServices.some((t) => meets(t.values, t.words))) &&
    reading.free.every((q) => {
      const compiled = compileWord(q);
      return names.some((w) => fewestErrors(compiled, w) >= 0);
    })
  );
}

export interface ServiceCards {
  /** The service id, the last part of its path. */
  id: string;
  /** As in the page's heading. */
  name: string;
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
    const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    out.push({ id: path.split('/').filter(Boolean).at(-1)!, name, path, cards: await readCards(page) });
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
