// Export and import with no change in between leave every content file byte
// for byte as it was: for the bundled example content and for the small fixture.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/load-content';
import { BUNDLED_CONTENT, exportedContent, summaryOf } from './support/workbook-content';

describe('export och import utan ändringar', () => {
  it.each([
    ['det medföljande innehållet (content/)', BUNDLED_CONTENT],
    ['den lilla testmappen', undefined],
  ])(
    '%s: varje fil är byte för byte densamma',
    async (_name, source) => {
      const c = await exportedContent(source);
      const before = c.snapshot();
      const dry = await c.importBook({ dryRun: true });
      expect(dry.errors).toEqual([]);
      for (const sheet of dry.sheets) expect(sheet.counts, sheet.name).toMatchObject({ new: 0, changed: 0, removed: 0, kept: 0 });
      expect(dry.changedFiles).toEqual([]);
      const report = await c.importBook();
      expect(report.errors).toEqual([]);
      expect(report.written).toBe(false);
      expect(summaryOf(report).at(-1)).toBe('Inget ändrades.');
      expect(c.snapshot()).toEqual(before);
    },
    60_000,
  );

  it('räknar varje rad som oförändrad i den lilla testmappen', async () => {
    const c = await exportedContent();
    expect(summaryOf(await c.importBook({ dryRun: true }))).toMatchInlineSnapshot(`
      [
        "Provkörning (--dry-run), inget skrevs: Import av arbetsboken arbetsbok.xlsx.",
        "Tjänster: 0 nya, 0 ändrade, 2 oförändrade, 0 borttagna.",
        "Anordnare: 0 nya, 0 ändrade, 3 oförändrade, 0 borttagna.",
        "Enheter: 0 nya, 0 ändrade, 2 oförändrade, 0 borttagna.",
        "Villkor: 0 nya, 0 ändrade, 2 oförändrade, 0 borttagna.",
        "Uppföljningar: 0 nya, 0 ändrade, 1 oförändrade, 0 borttagna.",
        "Kvalitetsredovisningar: 0 nya, 0 ändrade, 1 oförändrade, 0 borttagna.",
        "Resultat: 0 nya, 0 ändrade, 8 oförändrade, 0 borttagna.",
        "Inget ändrades.",
      ]
    `);
    expect(loadContent(c.content, c.root).ok).toBe(true);
  });
});
