// Journey: someone choosing sees what the kommun has said where they choose,
// not only on the provider's own page: a warning in force, a withdrawn approval
// or an announced end on every card, table row, comparison column and search
// result, with the date and a link to the follow-up. A capacity confirmation
// older than the site's limit says its age and is not "tar emot nya kunder nu".
// The provider and unit pages open with a summary, and their charts are folded
// under the tables, so the follow-ups come early on a phone.
// Cases are found in the fixture's content files, not named.
import { expectNoAxeViolations } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import { formatDate } from '../../src/lib/locale/format';
import { fixtureContent, statusOn, type FollowUpFile, type UnitFile } from './support/fixture-content';
import { readCards, shownIds, waitForFinder } from './support/service-list';

const content = fixtureContent();
const { today } = content;

/** A unit whose provider is warned on the publication date, with the follow-up at the unit that gave the warning. */
function warnedUnit(): { unit: UnitFile; followUp: FollowUpFile } {
  for (const f of [...content.followUps].sort((a, b) => (a.date < b.date ? 1 : -1))) {
    if (f.sanction !== 'warning' || !f.unitId || f.date > today) continue;
    const provider = content.providers.find((p) => p.id === f.providerId)!;
    const unit = content.units.find((u) => u.id === f.unitId);
    const status = statusOn(provider, today);
    if (unit && !unit.closedOn && status.status === 'warned' && status.date === f.date) return { unit, followUp: f };
  }
  throw new Error('Fixturen behöver en enhet vars anordnare har en varning som gäller, given vid en uppföljning av enheten');
}

/** A provider with a withdrawal or end dated after the publication date. */
function plannedEnd() {
  for (const p of content.providers) {
    const next = p.statusHistory.find((h) => h.date > today && (h.status === 'ended' || h.status === 'withdrawn'));
    if (next && statusOn(p, today).status !== 'ended' && statusOn(p, today).status !== 'withdrawn') return { provider: p, end: next };
  }
  throw new Error('Fixturen behöver en anordnare med ett planerat slut (en statusrad med ett datum efter dataPublishedOn)');
}

const warned = warnedUnit();
const warningText = `Varning från kommunen ${formatDate(warned.followUp.date)}`;
const followUpHref = new RegExp(`/enheter/${warned.unit.id}/#uppfoljning-${warned.followUp.id}$`);

test('den varnade enhetens kort visar varningen med datum och en länk till uppföljningen', async ({ page }) => {
  await page.goto(`tjanster/${warned.unit.serviceId}/`);
  const card = page.locator(`#choices > li[data-choice-id="${warned.unit.id}"]`);
  const note = card.locator('.status-note[data-status="warning"]');
  await expect(note).toContainText(warningText);
  const link = note.getByRole('link');
  await expect(link).toHaveAttribute('href', followUpHref);
  await expect(link).toHaveAccessibleName(new RegExp(`uppföljning om ${warned.unit.name}`));
  // The same line stands in the table row, the search result and the comparison column.
  await page.goto(`tjanster/${warned.unit.serviceId}/tabell/`);
  await expect(page.locator(`tr[data-id="${warned.unit.id}"] .status-note[data-status="warning"]`)).toContainText(warningText);
  await expect(page.locator(`tr[data-id="${warned.unit.id}"] .status-note a`)).toHaveAttribute('href', followUpHref);
  await page.goto('sok/');
  await expect(page.locator(`[data-search-group="${warned.unit.serviceId}"] li[data-choice-id="${warned.unit.id}"] .status-note`)).toContainText(warningText);
  const other = content.units.find((u) => u.serviceId === warned.unit.serviceId && u.id !== warned.unit.id && !u.closedOn)!;
  await page.goto(`jamfor/?tjanst=${warned.unit.serviceId}&val=${warned.unit.id},${other.id}`);
  const statusRow = page.locator('.compare-table tr').filter({ has: page.getByRole('rowheader', { name: /^Status/ }) });
  await expect(statusRow.locator('.status-note[data-status="warning"]')).toContainText(warningText);
  await expect(statusRow.locator('.status-note a')).toHaveAttribute('href', followUpHref);

  // The link leads to the follow-up on the unit's page, which says "Varning".
  await page.goto(`tjanster/${warned.unit.serviceId}/`);
  await link.click();
  await expect(page).toHaveURL(followUpHref);
  await expect(page.locator(`#uppfoljning-${warned.followUp.id}`)).toContainText('Varning');
});

test('ett planerat slut visas som planerat, och anordnaren kan väljas till dess', async ({ page }) => {
  const { provider, end } = plannedEnd();
  const service = provider.services[0];
  await page.goto(`tjanster/${service}/`);
  const note = page.locator(`#choices > li[data-choice-id="${provider.id}"] .status-note[data-status="planned-end"]`);
  await expect(note).toContainText(formatDate(end.date));
  await expect(note).toContainText('Kan väljas till dess');
  await expect(page.locator('#not-selectable-heading ~ ul').getByRole('link', { name: provider.name })).toHaveCount(0);
  await page.goto(`anordnare/${provider.id}/`);
  await expect(page.locator('#status')).toContainText(formatDate(end.date));
  if (end.note) await expect(page.locator('#status')).toContainText(end.note.replace(/\s+/g, ' ').trim().slice(0, 40));
});

test('en gammal uppgift om nya kunder säger sin ålder och räknas inte i "Tar emot nya kunder nu"', async ({ page }) => {
  // A service with a choice that said "yes" longer ago than the limit.
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - content.capacityMaxAgeMonths);
  const cutoff = limit.toISOString().slice(0, 10);
  const choices = [
    ...content.providers.map((p) => ({ id: p.id, services: p.services, capacity: p.capacity })),
    ...content.units.map((u) => ({ id: u.id, services: [u.serviceId], capacity: u.capacity })),
  ];
  const stale = choices.find((c) => c.capacity?.acceptsNewCustomers === 'yes' && c.capacity.confirmedOn < cutoff && c.services.length > 0);
  expect(stale, 'fixturen ska ha ett "ja" som är äldre än gränsen').toBeDefined();
  const service = stale!.services.find((s) => choices.some((c) => c.id === stale!.id && c.services.includes(s)))!;

  await page.goto(`tjanster/${service}/`);
  const card = page.locator(`#choices > li[data-choice-id="${stale!.id}"]`);
  await expect(card.locator('[data-capacity-age="old"]')).toContainText(/Uppgiften är \d+ (månader|år) gammal – ring och fråga om det finns plats\./);

  // What the page says, card by card: a current "yes" is counted, anything else not.
  const cards = await readCards(page);
  const current = await page.$$eval('#choices > li[data-choice-id]', (items) =>
    items
      .filter((li) => li.querySelector('[data-capacity-age="current"] strong')?.textContent?.trim() === 'Tar emot nya kunder')
      .map((li) => (li as HTMLElement).dataset.choiceId!),
  );
  expect(current).not.toContain(stale!.id);
  await expect(page.locator('#accepts-new-now')).toContainText(`${current.length} av ${cards.length} tar emot nya kunder nu`);

  await waitForFinder(page);
  await page.locator('.filters summary').click();
  const filter = page.getByLabel(/Tar emot nya kunder nu/);
  await expect(page.locator('label[for="filter-accepts-new"]')).toContainText(`(${current.length})`);
  await filter.check();
  await expect.poll(async () => (await shownIds(page)).sort()).toEqual([...current].sort());
});

test('sidan börjar med en sammanfattning, och diagrammen är hopfällda under tabellerna (390 px)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [`enheter/${warned.unit.id}/`, `anordnare/${warned.followUp.providerId}/`]) {
    await page.goto(path);
    const summary = page.locator('#status');
    await expect(summary.getByRole('heading', { name: 'I korthet' })).toBeVisible();
    await expect(summary).toContainText(/Varning från kommunen|Anordnaren fick en varning/);
    await expect(summary.getByRole('link', { name: new RegExp(formatDate(warned.followUp.date)) })).toHaveAttribute(
      'href',
      `#uppfoljning-${warned.followUp.id}`,
    );
    const top = async (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const summaryTop = await top('#status');
    const followUps = await top('#followups-heading');
    if ((await page.locator('figure.history').count()) > 0) {
      expect(summaryTop, `${path}: sammanfattningen före diagrammen`).toBeLessThan(await top('figure.history'));
      // Every chart is folded: closed, under its table, behind a summary that says what it opens.
      expect(await page.locator('svg.history-chart:visible').count(), `${path}: inga öppna diagram`).toBe(0);
      await expect(page.locator('details.history-chart-fold > summary').first()).toContainText('Visa diagram');
      const tableBeforeChart = await page
        .locator('figure.history')
        .first()
        .evaluate((f) => {
          const table = f.querySelector('table');
          const details = f.querySelector('details');
          return !details || (!!table && !!(table.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING));
        });
      expect(tableBeforeChart, `${path}: tabellen före diagrammet`).toBe(true);
    }
    test.info().annotations.push({ type: 'uppföljningar börjar', description: `${path}: ${Math.round(followUps)} px` });
    expect(summaryTop).toBeLessThan(followUps);
  }
});

// The axe sweep (scripts/check-site/axe-sweep.ts) opens every page of the sitemap in both sizes;
// here the pages this journey changed, with the cases in them, and the states the sweep never
// sees: a chart opened from its fold and the comparison of the warned unit.
for (const viewport of [
  { name: 'mobil', width: 390, height: 844 },
  { name: 'dator', width: 1280, height: 900 },
]) {
  test(`axe hittar inga fel på de ändrade sidorna (${viewport.name})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(viewport);
    const { provider } = plannedEnd();
    const other = content.units.find((u) => u.serviceId === warned.unit.serviceId && u.id !== warned.unit.id && !u.closedOn)!;
    for (const path of [
      `tjanster/${warned.unit.serviceId}/`,
      `tjanster/${warned.unit.serviceId}/tabell/`,
      `anordnare/${warned.followUp.providerId}/`,
      `anordnare/${provider.id}/`,
    ]) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} ${viewport.width}px`);
    }
    await page.goto(`enheter/${warned.unit.id}/`);
    await page.locator('details.history-chart-fold > summary').first().click();
    await expect(page.locator('svg.history-chart:visible').first()).toBeVisible();
    await expectNoAxeViolations(page, `enheten med ett diagram öppet ${viewport.width}px`);
    await page.goto(`jamfor/?tjanst=${warned.unit.serviceId}&val=${warned.unit.id},${other.id}`);
    await expect(page.locator('.compare-table')).toBeVisible();
    await expectNoAxeViolations(page, `jämförelsen ${viewport.width}px`);
  });
}
