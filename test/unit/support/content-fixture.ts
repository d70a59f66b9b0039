// Copies of test/fixtures/content-valid in a temp folder, broken one thing at a
// time, so each validation rule is tested against otherwise valid content.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { formatContentError, type ContentError } from '../../../src/data/content-error';
import { loadContent } from '../../../src/data/load-content';

export const VALID_CONTENT = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/content-valid');

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface ContentCopy {
  /** The temp project folder; the content is in <root>/content, so files read "content/...". */
  root: string;
  content: string;
  path: (file: string) => string;
  read: (file: string) => string;
  write: (file: string, text: string | Buffer) => void;
  /** Replaces text that must occur exactly once in the file (so a test cannot silently break nothing). */
  replace: (file: string, from: string, to: string) => void;
  /** Every error loadContent reports, formatted as kommun staff read them. */
  errors: () => string[];
  rawErrors: () => ContentError[];
}

export function copyValidContent(): ContentCopy {
  const root = mkdtempSync(join(tmpdir(), 'kvg-content-'));
  created.push(root);
  const content = join(root, 'content');
  cpSync(VALID_CONTENT, content, { recursive: true });
  const path = (file: string) => join(content, file);
  const read = (file: string) => readFileSync(path(file), 'utf8');
  const write = (file: string, text: string | Buffer) => writeFileSync(path(file), text);
  const rawErrors = () => {
    const result = loadContent(content, root);
    if (result.ok) throw new Error('loadContent accepted the broken content');
    return result.errors;
  };
  return {
    root,
    content,
    path,
    read,
    write,
    replace(file, from, to) {
      const text = read(file);
      expect(text.split(from).length - 1, `"${from}" once in ${file}`).toBe(1);
      write(file, text.replace(from, to));
    },
    rawErrors,
    errors: () => rawErrors().map(formatContentError),
  };
}
