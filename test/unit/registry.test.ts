import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentKinds, contentTypes } from '../../src/schemas/registry';
import { OWNED_PATHS } from '../../scripts/example-data/write';

const EXAMPLE = join(import.meta.dirname, '../../content');

describe('the registry of content types', () => {
  it.each(contentKinds)('%s is where the registry says, laid out as it says', (kind) => {
    const { path, layout, format } = contentTypes[kind];
    const abs = join(EXAMPLE, path);
    expect(existsSync(abs)).toBe(true);
    const isFolder = statSync(abs).isDirectory();
    expect(isFolder).toBe(layout === 'one-per-file' || layout === 'lists' || layout === 'rows');
    const ending = format === 'csv' ? '.csv' : '.yaml';
    const files = isFolder ? readdirSync(abs) : [path];
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.endsWith(ending))).toBe(true);
  });
  it('is the list of paths the example-data generator owns', () => {
    expect([...OWNED_PATHS].sort()).toEqual(contentKinds.map((k) => contentTypes[k].path).sort());
  });
  it('gives CSV kinds their column order', () => {
    for (const kind of contentKinds) expect(contentTypes[kind].columns !== undefined).toBe(contentTypes[kind].format === 'csv');
  });
});
