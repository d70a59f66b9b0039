// Journey: a relative reads a unit's results over time. The table comes first;
// the chart, drawn at build time and folded under it, has the same numbers;
// gaps are explained in words. That no page has an inline script, style attribute or event handler is
// checked over all of dist/ by scripts/check-site/inert-content.ts, and axe on
// every indicator page (both widths) by scripts/check-site/axe-sweep.ts.
import { expect, test } from '@playwright/test';
import { sv } from '../../src/i18n/sv';
import { findTemplatePages } from './support/site-pages';

/** The words a table cell uses for a period without a figure: a state from the file or why the site withholds it. */
const NO_FIGURE_WORDS = [...Object.values(sv.figure.states), ...Object.values(sv.figure.withheld)];

/** "87 %", "1 234,5" -> number. */
const parseSwedish = (text: string) =>
  Number(
    text
      .replace(/[\s\u00a0%]/g, '')
      .replace(',', '.')
      .replace(/svar$/, ''),
  );

test('enhetssidans diagram har en tabell med samma siffror', async ({ page }) => {
  // Every point of every chart on the page is checked against its cell: about 22 s
  // alone on two cores, past the default 30 s when other specs run beside it.
  test.setTimeout(90_000);
  const pages = await findTemplatePages(page);
  expect(pages.unitService, 'fixturen ska ha en tjänst där man väljer enhet').toBeDefined();
  await page.goto(pages.unitService!);
  const units = await page.$$eval('#choices h3 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  let checked = 0;
  for (const href of units) {
    await page.goto(href);
    const figures = page.locator('figure.history');
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      const chart = figure.locator('svg.history-chart');
      if ((await chart.count()) === 0) continue;
      await expect(chart).toHaveAttribute('aria-hidden', 'true');
      const points = await chart.locator('circle, rect').evaluateAll((els) =>
        els.map((el) => ({
          series: el.tagName === 'circle' ? 'subject' : 'kommun',
          period: el.getAttribute('data-period')!,
          value: Number(el.getAttribute('data-value')),
        })),
      );
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) {
        const row = figure.locator(`table tr[data-period="${point.period}"]`);
        await expect(row, `${href}: perioden ${point.period} ska stå i tabellen`).toHaveCount(1);
        const cell = row.locator('td').nth(point.series === 'subject' ? 0 : 1);
        expect(Number(await cell.getAttribute('data-value'))).toBe(point.value);
        // What people read: the same number, rounded as the site rounds it.
        // The leading number; an old figure has its "Äldre uppgift" tag after it.
        const shown = parseSwedish(/^[-\d\s\u00a0,]+/.exec((await cell.innerText()).trim())?.[0] ?? '');
        expect(Math.abs(shown - point.value), `${href} ${point.period}: "${await cell.innerText()}" mot ${point.value}`).toBeLessThanOrEqual(0.5);
      }
      // A period in the table without a point in the chart says why in words.
      const rows = await figure
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => ({ period: tr.getAttribute('data-period')!, text: (tr.querySelectorAll('td')[0] as HTMLElement).innerText })));
      for (const row of rows.filter((r) => !points.some((p) => p.series === 'subject' && p.period === r.period)))
        expect(NO_FIGURE_WORDS, `${href} ${row.period}: "${row.text}"`).toContain(row.text.trim());
      checked++;
    }
    if (checked > 0) break;
  }
  expect(checked, 'minst en enhet ska ha ett diagram över tid').toBeGreaterThan(0);
  // The chart is folded under its table; opened, its legend says which line is which.
  const fold = page.locator('details.history-chart-fold').first();
  await fold.locator('summary').click();
  await expect(fold.getByText('Kommunens snitt: streckad linje med fyrkantiga punkter')).toBeVisible();
});

test('varje indikatorsida visar de senaste resultaten för alla, i mobil- och datorstorlek', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('indikatorer/');
  const links = await page.$$eval('main li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links.length).toBeGreaterThan(0);
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize(viewport);
    for (const url of [...new Set(links)]) {
      await page.goto(url);
      await expect(page.locator('svg.strip-plot').or(page.getByText('Senaste resultat för alla')).first(), `${url} ${viewport.width}px`).toBeVisible();
    }
  }
});
