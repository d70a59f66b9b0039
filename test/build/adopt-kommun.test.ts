// Journey: a real kommun adopts Kundvalsguiden in an afternoon without writing
// YAML. Every step is the real command: new-site for its kommunkod, the
// workbook exported, a provider and a unit added in "Excel" (exceljs, as a
// person would), imported; then the provider's phone number changed and
// imported again; then validate, build and the link check. Two kommuner from
// SCB's list, none of them the example's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { editWorkbook, excelDay } from '../unit/support/workbook-edit';
import { buildSite, filesIn, PROJECT_ROOT, readText } from './support/site-build';

const BIN = join(PROJECT_ROOT, 'node_modules/.bin');
const work = mkdtempSync(join(tmpdir(), 'kvg-adopt-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function command(content: string, script: string, ...args: string[]) {
  const env = { ...process.env, PATH: `${BIN}${delimiter}${process.env.PATH ?? ''}`, KVG_CONTENT_DIR: content, NO_COLOR: '1' };
  const r = spawnSync(join(BIN, 'tsx'), [join(PROJECT_ROOT, script), ...args], { cwd: work, env, encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Every file of a content folder with its text, to see exactly what an import changed. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
}

// Two names with a hyphen and a space, far from the example's 0182.
const kommuner: { kommunkod: string; kommun: string }[] = parseCsv(readFileSync(join(PROJECT_ROOT, 'test/fixtures/kommuner.csv'), 'utf8'), { columns: true });
const chosen = [kommuner.find((k) => k.kommun.includes('-'))!, kommuner.find((k) => k.kommun.includes(' ') && k.kommunkod !== '0182')!];

describe.each(chosen)('$kommun ($kommunkod) tar Kundvalsguiden i bruk', ({ kommunkod, kommun }) => {
  const root = join(work, kommunkod);
  const content = join(root, 'content');
  const book = join(root, 'kundval.xlsx');
  const providerId = 'nya-omsorgen';
  const unitId = 'nya-hemmet';

  it('från new-site till en byggd webbplats med egna anordnare, utan att skriva YAML', async () => {
    const made = command(content, 'scripts/new-site.ts', '--kommun', kommunkod, '--services', 'hemtjanst,sarskilt-boende', '--content', content);
    expect(made.status, made.output).toBe(0);
    expect(readText(content, 'site.yaml')).toContain(kommunkod);

    const exported = command(content, 'scripts/export-workbook.ts', '--content', content, '--out', book);
    expect(exported.status, exported.output).toBe(0);

    // A person fills in a provider in hemtjänst and särskilt boende, and one of its boenden.
    await editWorkbook(book, (b) => {
      const services = b.sheet('Tjänster');
      const homeCareArea = String(services.get('hemtjanst', 'Område-id 1'));
      const housingArea = String(services.get('sarskilt-boende', 'Område-id 1'));
      b.sheet('Anordnare').addRow({
        Id: providerId,
        Namn: 'Nya Omsorgen AB',
        Organisationsnummer: '556677-1233',
        Driftform: 'privat',
        'Tjänst 1': 'hemtjanst',
        'Tjänst 2': 'sarskilt-boende',
        Områden: homeCareArea,
        'Auktoriserad sedan': excelDay('2026-01-01'),
        'Status 1': 'aktiv',
        'Statusdatum 1': excelDay('2026-01-01'),
        Telefon: '08-555 100 00',
        Beskrivning: 'Hemtjänst och ett boende med fokus på trygghet.',
        Uppdaterad: excelDay('2026-11-01'),
      });
      b.sheet('Enheter').addRow({
        Id: unitId,
        Namn: 'Nya hemmet',
        Anordnare: providerId,
        Tjänst: 'sarskilt-boende',
        Gatuadress: 'Nygatan 1',
        Postnummer: '123 45',
        Ort: kommun,
        Område: housingArea,
        Platser: 24,
        Beskrivning: 'Ett boende med egen trädgård.',
        'Tar emot nya kunder': 'ja',
        'Kapacitet bekräftad': excelDay('2026-11-01'),
        Uppdaterad: excelDay('2026-11-01'),
      });
    });
    const beforeImport = snapshot(content);
    const imported = command(content, 'scripts/import-workbook.ts', book, '--content', content);
    expect(imported.status, imported.output).toBe(0);
    expect(changedFiles(beforeImport, snapshot(content))).toEqual([`providers/${providerId}.yaml`, `units/${unitId}.yaml`]);

    // Later the phone number changes: only that provider's file changes.
    await editWorkbook(book, (b) => b.sheet('Anordnare').set(providerId, 'Telefon', '08-555 200 00'));
    const beforePhone = snapshot(content);
    const phone = command(content, 'scripts/import-workbook.ts', book, '--content', content);
    expect(phone.status, phone.output).toBe(0);
    expect(changedFiles(beforePhone, snapshot(content))).toEqual([`providers/${providerId}.yaml`]);
    expect(readText(content, `providers/${providerId}.yaml`)).toContain('08-555 200 00');

    // The same workbook again changes nothing.
    const again = snapshot(content);
    expect(command(content, 'scripts/import-workbook.ts', book, '--content', content).status).toBe(0);
    expect(changedFiles(again, snapshot(content))).toEqual([]);

    const validated = command(content, 'scripts/validate.ts', '--content', content);
    expect(validated.status, validated.output).toBe(0);

    const dist = join(root, 'dist');
    const build = buildSite(content, dist);
    expect(build.status, build.output).toBe(0);
    const pages = filesIn(dist);
    const providerPage = pages.find((f) => f.endsWith(`/${providerId}/index.html`));
    const unitPage = pages.find((f) => f.endsWith(`/${unitId}/index.html`));
    expect(providerPage, 'en sida för den nya anordnaren').toBeDefined();
    expect(unitPage, 'en sida för det nya boendet').toBeDefined();
    expect(readText(dist, providerPage!)).toContain('08-555 200 00');
    expect(readText(dist, 'index.html')).toContain(kommun);
    expect(readText(dist, 'index.html'), 'en riktig kommun är inte exempeldata').not.toContain('Exempeldata');

    const links = command(content, 'scripts/check-site/links.ts', '--dist', dist);
    expect(links.status, links.output).toBe(0);
  });
});
