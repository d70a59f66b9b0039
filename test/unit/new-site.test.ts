// npm run new-site as a kommun runs it: a valid site for a real kommunkod with
// no providers, and never a kommun's content lost: refused without --force,
// and a dated backup, identical to what was there, before anything is replaced.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/data/load-content';
import { COUNTIES, findKommun, KOMMUNER } from '../../src/lib/kommuner/kommuner';
import { EDIT_MARK, findPlaceholders, placeholderKind } from '../../src/lib/placeholders/placeholders';
import { replaceFolder, replaceProblem } from '../../src/new-site/replace-folder';
import { DEFAULT_SERVICE_IDS, SERVICE_TEMPLATES } from '../../src/new-site/service-templates';
import { ROOT, runScript } from './support/run-script';

const work = mkdtempSync(join(tmpdir(), 'kvg-new-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** SCB's list as the repository keeps it for tests: kommunkod, kommun, lanskod. */
const CSV: { kommunkod: string; kommun: string; lanskod: string }[] = parseCsv(readFileSync(join(ROOT, 'test/fixtures/kommuner.csv'), 'utf8'), {
  columns: true,
});

/** Every file under a folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(dir, join(e.parentPath, e.name)).split('\\').join('/'), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
  );
}

let n = 0;
/** A fresh folder to run the command from (backups go to its .backups/). */
const freshCwd = () => {
  const cwd = join(work, `run-${++n}`);
  mkdirSync(cwd);
  return cwd;
};
const newSite = (cwd: string, ...args: string[]) => runScript('new-site', cwd, ...args);
const readYaml = (path: string) => parseYaml(readFileSync(path, 'utf8'));
const backupsIn = (cwd: string) => (existsSync(join(cwd, '.backups')) ? readdirSync(join(cwd, '.backups')).map((d) => join(cwd, '.backups', d)) : []);

describe('the list of kommuner', () => {
  it("is SCB's list of 290 kommuner, with the län of each", () => {
    expect(KOMMUNER).toHaveLength(290);
    expect(KOMMUNER.map((k) => [k.code, k.name, k.countyCode])).toEqual(CSV.map((r) => [r.kommunkod, r.kommun, r.lanskod]));
    expect(Object.keys(COUNTIES)).toHaveLength(21);
    for (const k of KOMMUNER) expect(k.countyName, k.code).toMatch(/ län$/);
  });

  it('finds a kommun by its four-digit code only', () => {
    const first = CSV[0];
    expect(findKommun(first.kommunkod)?.name).toBe(first.kommun);
    expect(findKommun(String(Number(first.kommunkod)))).toBeUndefined();
    expect(findKommun('9999')).toBeUndefined();
  });
});

describe('placeholders', () => {
  it.each([
    [`${EDIT_MARK} Skriv här`, 'text'],
    ['https://kundval.andra.invalid', 'address'],
    ['https://kundval.andra.invalid/kundval/', 'address'],
    ['kundval@andra.invalid', 'address'],
    ['https://www.kommun.se', undefined],
    ['kundval@kommun.se', undefined],
    ['Invalid är ett engelskt ord', undefined],
  ])('%s is %s', (text, kind) => {
    expect(placeholderKind(text)).toBe(kind);
  });

  it('are found anywhere in a record, with their path', () => {
    expect(findPlaceholders({ a: { b: [`x ${EDIT_MARK}`] }, c: 'ok' }).map((h) => h.path)).toEqual([['a', 'b', 0]]);
  });
});

describe('a new site for a real kommun', () => {
  // The first and the last kommun in SCB's list: two län, two kinds of code.
  const cases = [CSV[0], CSV[CSV.length - 1]];

  it.each(cases)('$kommunkod $kommun: valid, with its name, code and län, the default services and nothing else', (row) => {
    const cwd = freshCwd();
    const r = newSite(cwd, '--kommun', row.kommunkod);
    expect(r.status, r.stderr).toBe(0);
    const county = COUNTIES[row.lanskod];
    expect(r.stdout).toContain(`Kundvalsguiden för ${row.kommun} (kommunkod ${row.kommunkod}, ${county}) är skapad i content/`);
    expect(r.stdout).toContain('Så här fortsätter ni:');
    expect(r.stdout).toContain('npm run import:workbook');

    const content = join(cwd, 'content');
    const site = readYaml(join(content, 'site.yaml'));
    expect(site).toMatchObject({ name: row.kommun, municipalityCode: row.kommunkod, isExample: false });
    expect(readFileSync(join(content, 'site.yaml'), 'utf8')).toContain(`# Kundvalsguiden för ${row.kommun}, kommunkod ${row.kommunkod}, ${county}.`);
    expect(readdirSync(content).sort()).toEqual(['services', 'site.yaml']);
    expect(readdirSync(join(content, 'services'))).toEqual(DEFAULT_SERVICE_IDS.map((id) => `${id}.yaml`));

    const loaded = loadContent(content, cwd);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.model.providers).toEqual([]);
    expect(loaded.model.units).toEqual([]);
    expect(loaded.model.site.municipalityCode).toBe(row.kommunkod);
    // Every text written for the kommun to edit is marked, and every address is a placeholder.
    expect(loaded.warnings.map((w) => w.field)).toEqual(
      expect.arrayContaining(['siteUrl', 'contact.email', 'accessibility.feedbackEmail', 'publisher', 'description', 'howToApply']),
    );
    expect(backupsIn(cwd)).toEqual([]);
  });

  it('validate says it is valid and lists the placeholders left', () => {
    const cwd = freshCwd();
    expect(newSite(cwd, '--kommun', CSV[1].kommunkod).status).toBe(0);
    const v = runScript('validate', cwd);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('Innehållet är giltigt: 1 tjänst, 0 anordnare, 0 enheter');
    expect(v.stderr).toMatch(/Men \d+ uppgifter från npm run new-site är platshållare/);
    expect(v.stderr).toContain('content/site.yaml, rad');
    expect(v.stderr).toContain('fält siteUrl: https://kundval.andra.invalid är en platshållare');
  });

  it('writes the services asked for, in --services, and only those', () => {
    const cwd = freshCwd();
    const r = newSite(cwd, '--kommun', CSV[2].kommunkod, '--services', 'sarskilt-boende, daglig-verksamhet-lss');
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(cwd, 'content/services')).sort()).toEqual(['daglig-verksamhet-lss.yaml', 'sarskilt-boende.yaml']);
    const loaded = loadContent(join(cwd, 'content'), cwd);
    expect(loaded.ok && loaded.model.services.map((s) => [s.id, s.choiceLevel, s.legalBasis])).toEqual([
      ['sarskilt-boende', 'unit', 'SoL'],
      ['daglig-verksamhet-lss', 'unit', 'LSS'],
    ]);
  });

  it('every one of the twelve services is valid, and each text is marked for the kommun', () => {
    expect(SERVICE_TEMPLATES).toHaveLength(12);
    expect(new Set(SERVICE_TEMPLATES.map((s) => s.legalBasis))).toEqual(new Set(['SoL', 'LSS', 'HSL']));
    const cwd = freshCwd();
    const r = newSite(cwd, '--kommun', CSV[3].kommunkod, '--services', SERVICE_TEMPLATES.map((s) => s.id).join(','));
    expect(r.status, r.stderr).toBe(0);
    const loaded = loadContent(join(cwd, 'content'), cwd);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.model.services).toHaveLength(12);
    for (const s of loaded.model.services) {
      for (const text of [s.targetGroup, s.description, s.howToApply, s.howToSwitch, s.payment.description, s.noChoiceAlternative?.description])
        expect(text, s.id).toMatch(/^\[Ändra\] /);
    }
  });
});

describe('what new-site refuses (exit 2, nothing written)', () => {
  it.each([
    [['--kommun', '9999'], 'Kommunkoden 9999 finns inte i listan över Sveriges 290 kommuner.'],
    [['--kommun', '182'], 'Kommunkoden ska vara fyra siffror, t.ex. 0180 (fick "182"). Menade du --kommun 0182'],
    [['--kommun', 'Nacka'], 'Kommunkoden ska vara fyra siffror'],
    [[], 'Ange kommunens kod: --kommun 0180'],
    [
      ['--kommun', CSV[0].kommunkod, '--services', 'hemtjanst,matlada'],
      `Okänd tjänst: matlada. Tjänsterna som finns: ${SERVICE_TEMPLATES.map((s) => s.id).join(', ')}.`,
    ],
    [['--kommun', CSV[0].kommunkod, '--services', ','], '--services är tomt.'],
  ])('%j', (args, message) => {
    const cwd = freshCwd();
    const r = newSite(cwd, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Inget skrevs.');
    expect(r.stderr).toContain('Användning: npm run new-site');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("a folder with a kommun's content, without --force: left byte for byte as it was", () => {
    const cwd = freshCwd();
    expect(newSite(cwd, '--kommun', CSV[4].kommunkod).status).toBe(0);
    // The kommun has filled in its texts and added a provider.
    writeFileSync(join(cwd, 'content/providers.txt'), 'anteckning');
    mkdirSync(join(cwd, 'content/providers'));
    writeFileSync(join(cwd, 'content/providers/egen-regi.yaml'), 'id: egen-regi\n');
    const before = snapshot(join(cwd, 'content'));
    const r = newSite(cwd, '--kommun', CSV[5].kommunkod);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('har redan en kommuns egna uppgifter');
    expect(r.stderr).toContain('site.yaml har inte isExample: true');
    expect(r.stderr).toContain('providers/egen-regi.yaml');
    expect(r.stderr).toContain('Inget skrevs. Vill ni ersätta innehållet ändå: kör igen med --force.');
    expect(snapshot(join(cwd, 'content'))).toEqual(before);
    expect(backupsIn(cwd)).toEqual([]);
  });

  it('a folder an import is writing to, even with --force', () => {
    const cwd = freshCwd();
    mkdirSync(join(cwd, 'content'));
    writeFileSync(join(cwd, 'content/.import.lock'), '{}');
    const r = newSite(cwd, '--kommun', CSV[0].kommunkod, '--force');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('En import skriver i content');
    expect(readdirSync(join(cwd, 'content'))).toEqual(['.import.lock']);
  });

  it.each([['.'], ['..']])('--content %s: the project folder itself is never replaced', (folder) => {
    const cwd = freshCwd();
    writeFileSync(join(cwd, 'package.json'), '{}');
    const before = snapshot(cwd);
    const r = newSite(cwd, '--kommun', CSV[0].kommunkod, '--content', folder, '--force');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ersätter en hel mapp');
    expect(snapshot(cwd)).toEqual(before);
  });
});

describe('what new-site replaces, it keeps a dated backup of first', () => {
  it("--force over a kommun's content: the backup is the old content, byte for byte", () => {
    const cwd = freshCwd();
    expect(newSite(cwd, '--kommun', CSV[6].kommunkod).status).toBe(0);
    writeFileSync(join(cwd, 'content/README.md'), 'Kommunens anteckningar\n');
    mkdirSync(join(cwd, 'content/providers'));
    writeFileSync(join(cwd, 'content/providers/egen-regi.yaml'), 'id: egen-regi\n');
    const before = snapshot(join(cwd, 'content'));

    const r = newSite(cwd, '--kommun', CSV[7].kommunkod, '--force');
    expect(r.status, r.stderr).toBe(0);
    const [backup, ...more] = backupsIn(cwd);
    expect(more).toEqual([]);
    expect(relative(cwd, backup)).toMatch(/^\.backups\/content-\d{4}-\d{2}-\d{2}T\d{6}$/);
    expect(r.stdout).toContain(`är sparat i ${relative(cwd, backup)}/`);
    expect(snapshot(backup)).toEqual(before);
    // The new content: the other kommun, no providers, and the README carried over.
    expect(readYaml(join(cwd, 'content/site.yaml')).municipalityCode).toBe(CSV[7].kommunkod);
    expect(existsSync(join(cwd, 'content/providers'))).toBe(false);
    expect(readFileSync(join(cwd, 'content/README.md'), 'utf8')).toBe('Kommunens anteckningar\n');
    // Nothing left beside the folder.
    expect(readdirSync(cwd).sort()).toEqual(['.backups', 'content']);
  });

  it('over the example content, without --force: a backup identical to the example', () => {
    const cwd = freshCwd();
    cpSync(join(ROOT, 'content'), join(cwd, 'content'), { recursive: true });
    const before = snapshot(join(cwd, 'content'));
    const r = newSite(cwd, '--kommun', CSV[8].kommunkod);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('(exempeldatan) är sparat i .backups/content-');
    const [backup] = backupsIn(cwd);
    expect(snapshot(backup)).toEqual(before);
    expect(readYaml(join(cwd, 'content/site.yaml'))).toMatchObject({ isExample: false, municipalityCode: CSV[8].kommunkod });
    expect(readdirSync(join(cwd, 'content')).sort()).toEqual(['README.md', 'services', 'site.yaml']);
  });

  it('a second run in the same second gets its own backup folder', () => {
    const cwd = freshCwd();
    const target = join(cwd, 'content');
    const now = new Date(2026, 11, 2, 17, 31, 5);
    const write = (text: string) => (dir: string) => writeFileSync(join(dir, 'site.yaml'), text);
    replaceFolder(target, write('a'), { backupRoot: join(cwd, '.backups'), now });
    const first = replaceFolder(target, write('b'), { backupRoot: join(cwd, '.backups'), now });
    const second = replaceFolder(target, write('c'), { backupRoot: join(cwd, '.backups'), now });
    expect([first.backup, second.backup].map((b) => relative(cwd, b!))).toEqual(['.backups/content-2026-12-02T173105', '.backups/content-2026-12-02T173105-2']);
    expect(readFileSync(join(second.backup!, 'site.yaml'), 'utf8')).toBe('b');
    expect(readFileSync(join(target, 'site.yaml'), 'utf8')).toBe('c');
  });

  it('a failure while writing leaves the old content as it was, and nothing beside it', () => {
    const cwd = freshCwd();
    const target = join(cwd, 'content');
    mkdirSync(target);
    writeFileSync(join(target, 'site.yaml'), 'gammalt');
    expect(() =>
      replaceFolder(
        target,
        (dir) => {
          writeFileSync(join(dir, 'site.yaml'), 'nytt');
          throw new Error('disken är full');
        },
        { backupRoot: join(cwd, '.backups'), now: new Date() },
      ),
    ).toThrow('disken är full');
    expect(snapshot(target)).toEqual({ 'site.yaml': Buffer.from('gammalt').toString('base64') });
    expect(readdirSync(cwd)).toEqual(['content']);
  });

  it('knows a project folder from a content folder', () => {
    const cwd = freshCwd();
    mkdirSync(join(cwd, 'content'));
    expect(replaceProblem(join(cwd, 'content'), cwd)).toBeUndefined();
    expect(replaceProblem(cwd, cwd)).toContain('innehåller mappen du står i');
    mkdirSync(join(cwd, 'content/.git'));
    expect(replaceProblem(join(cwd, 'content'), cwd)).toContain('innehåller .git');
  });
});
