// A mistyped option never falls back to content/: validate would call a folder
// valid that it never read, and generate:example would overwrite the kommun's files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArgsError, contentOption } from '../../src/cli/cli-args';
import { runScript } from './support/run-script';

const work = mkdtempSync(join(tmpdir(), 'kvg-options-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('contentOption', () => {
  it('reads --content in both spellings, or nothing', () => {
    expect(contentOption(['--content', 'x'])).toBe('x');
    expect(contentOption(['--content=y'])).toBe('y');
    expect(contentOption([])).toBeUndefined();
  });

  it.each([[['--contnet', 'x']], [['content']], [['--content', 'a', '--content', 'b']], [['--content']]])('refuses %j', (argv) => {
    expect(() => contentOption(argv)).toThrow(ArgsError);
  });
});

describe('the commands with a typo', () => {
  it('validate exits 2 and says the option is unknown', () => {
    const r = runScript('validate', work, '--contnet', '/no/such/folder');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Okänt val --contnet');
    expect(r.stdout).not.toContain('giltigt');
  });

  it('generate:example exits 2 and leaves content/ as it was', () => {
    const cwd = join(work, 'kommun');
    mkdirSync(join(cwd, 'content'), { recursive: true });
    const site = join(cwd, 'content', 'site.yaml');
    writeFileSync(site, 'name: Riktiga kommunen\n');
    const r = runScript('generate-example-data', cwd, '--contnet', 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Inget skrevs');
    expect(readFileSync(site, 'utf8')).toBe('name: Riktiga kommunen\n');
  });
});
