// Files the loader must not trust: YAML that expands without end or refers to an
// anchor that is not there, folders named like files, files nobody may read, and
// links out of the content folder. Each is one content error naming the file;
// nothing is followed, and nothing from a linked file reaches the output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatContentError } from '../../src/data/content-error';
import { loadContent } from '../../src/data/load-content';
import { copyValidContent } from './support/content-fixture';

const outside: string[] = [];
afterEach(() => {
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder outside the content folder, holding a file with a secret marker in it. */
function secretOutside(): { dir: string; file: string; marker: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kvg-outside-'));
  outside.push(dir);
  const marker = 'HEMLIG-SYSTEMFIL-7f3a';
  const file = join(dir, 'secret.yaml');
  writeFileSync(file, `id: egen-regi\nname: ${marker}\n${marker}: ${marker}\n`);
  return { dir, file, marker };
}

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n');

describe('YAML aliases', () => {
  it('an alias bomb is one content error, not a stack trace', () => {
    const c = copyValidContent();
    c.write('providers/egen-regi.yaml', `${BOMB}\n`);
    expect(c.errors()).toEqual([
      'content/providers/egen-regi.yaml. Förväntat: en fil utan så många hänvisningar (*namn) till ankare (&namn): filen skulle bli orimligt stor. Skriv ut uppgifterna i stället för att hänvisa till dem.',
    ]);
  });

  it('an alias before its anchor names the file and the line', () => {
    const c = copyValidContent();
    c.replace('units/solgarden.yaml', 'places: 24', 'places: *antal\nextra: &antal 24');
    expect(c.errors()).toEqual([
      'content/units/solgarden.yaml, rad 10. Förväntat: ett ankare (&antal) före hänvisningen *antal. Hänvisningen står före ankaret eller så finns inget sådant ankare.',
    ]);
  });

  it('an alias to no anchor at all, in a list file', () => {
    const c = copyValidContent();
    c.write('follow-ups/2024.yaml', '- *saknas\n');
    expect(c.errors()).toEqual([
      'content/follow-ups/2024.yaml, rad 1. Förväntat: ett ankare (&saknas) före hänvisningen *saknas. Hänvisningen står före ankaret eller så finns inget sådant ankare.',
    ]);
  });
});

describe('paths that are not plain files', () => {
  it('a folder named like a content file', () => {
    const c = copyValidContent();
    mkdirSync(c.path('providers/ny-utforare.yaml'));
    writeFileSync(c.path('providers/ny-utforare.yaml/inne.txt'), 'x');
    expect(c.errors()).toEqual([
      'content/providers/ny-utforare.yaml. Förväntat: en fil, men det här är en mapp. Byt namn på mappen eller flytta det den innehåller.',
    ]);
  });

  it('a file where a folder belongs', () => {
    const c = copyValidContent();
    rmSync(c.path('follow-ups'), { recursive: true });
    writeFileSync(c.path('follow-ups'), 'x');
    expect(c.errors()).toEqual(['content/follow-ups. Förväntat: en mapp, men det här är en fil.']);
  });

  it('a named pipe (it would make the loader wait for ever)', () => {
    const c = copyValidContent();
    const made = spawnSync('mkfifo', [c.path('units/ror.yaml')]);
    if (made.status !== 0) return expect.soft(made.status, 'mkfifo saknas').toBe(0);
    expect(c.errors()).toEqual(['content/units/ror.yaml. Förväntat: en vanlig fil (det här är varken en fil eller en mapp).']);
  });
});

describe('a file the system refuses to read', () => {
  it('is a content error, not a crash', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (importOriginal) => {
      const fs = await importOriginal<typeof import('node:fs')>();
      const readFileSync = ((path: unknown, ...rest: unknown[]) => {
        if (String(path).endsWith('solgarden.yaml')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
      }) as typeof fs.readFileSync;
      return { ...fs, default: { ...fs, readFileSync }, readFileSync };
    });
    try {
      const { loadContent: load } = await import('../../src/data/load-content');
      const c = copyValidContent();
      const result = load(c.content, c.root);
      expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([
        'content/units/solgarden.yaml. Förväntat: en fil som går att läsa. Den saknar läsbehörighet: kontrollera rättigheterna.',
      ]);
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
  });
});

describe('symbolic links', () => {
  it('a link to a file outside content/ is refused and never read', () => {
    const c = copyValidContent();
    const secret = secretOutside();
    unlinkSync(c.path('providers/egen-regi.yaml'));
    symlinkSync(secret.file, c.path('providers/egen-regi.yaml'));
    const errors = c.errors();
    expect(errors).toEqual([
      'content/providers/egen-regi.yaml. Förväntat: en fil i innehållsmappen. Det här är en genväg (symbolisk länk) till något utanför innehållsmappen, och den följs inte. Kopiera in filen i stället.',
    ]);
    expect(JSON.stringify(c.rawErrors())).not.toContain(secret.marker);
    expect(JSON.stringify(c.rawErrors())).not.toContain(secret.dir);
  });

  it('a link to a system file as site.yaml', () => {
    const c = copyValidContent();
    unlinkSync(c.path('site.yaml'));
    symlinkSync('/etc/passwd', c.path('site.yaml'));
    const errors = c.errors();
    expect(errors).toContain(
      'content/site.yaml. Förväntat: en fil i innehållsmappen. Det här är en genväg (symbolisk länk) till något utanför innehållsmappen, och den följs inte. Kopiera in filen i stället.',
    );
    expect(errors.join('\n')).not.toMatch(/root:|\/bin\/|nologin/);
  });

  it('a linked folder outside content/ is refused and none of its files is read', () => {
    const c = copyValidContent();
    const secret = secretOutside();
    rmSync(c.path('follow-ups'), { recursive: true });
    symlinkSync(secret.dir, c.path('follow-ups'));
    expect(c.errors()).toEqual([
      'content/follow-ups. Förväntat: en mapp i innehållsmappen. Det här är en genväg (symbolisk länk) till något utanför innehållsmappen, och den följs inte. Kopiera in mappen i stället.',
    ]);
    expect(JSON.stringify(c.rawErrors())).not.toContain(secret.marker);
  });

  it('a link through a folder inside content/ to outside is refused too', () => {
    const c = copyValidContent();
    const secret = secretOutside();
    symlinkSync(secret.dir, c.path('ut'));
    symlinkSync(join(c.content, 'ut', 'secret.yaml'), c.path('units/ny.yaml'));
    const errors = c.errors();
    expect(errors).toContain(
      'content/units/ny.yaml. Förväntat: en fil i innehållsmappen. Det här är en genväg (symbolisk länk) till något utanför innehållsmappen, och den följs inte. Kopiera in filen i stället.',
    );
    expect(JSON.stringify(c.rawErrors())).not.toContain(secret.marker);
  });

  it('a dangling link', () => {
    const c = copyValidContent();
    symlinkSync(join(c.content, 'finns-inte.yaml'), c.path('units/borta.yaml'));
    expect(c.errors()).toEqual([
      'content/units/borta.yaml. Förväntat: en fil som finns. Det här är en genväg (symbolisk länk) som pekar på något som inte finns.',
    ]);
  });

  it('a link to another file inside content/ is read as that file', () => {
    const c = copyValidContent();
    c.write('delad-villkor.yaml', c.read('conditions.yaml'));
    unlinkSync(c.path('conditions.yaml'));
    symlinkSync(c.path('delad-villkor.yaml'), c.path('conditions.yaml'));
    const result = loadContent(c.content, c.root);
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([]);
  });
});
