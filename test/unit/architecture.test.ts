// The design as a test: which folder under src/ may import what (STYLE.md
// habits 1 and 13). Each broken rule names the file, the line and the import.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LIB_NODE_EXCEPTIONS,
  SRC_RULES,
  astroCode,
  describeViolation,
  findViolations,
  importsOf,
  inScope,
  isScriptFile,
  type SourceFile,
} from './support/import-rules';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(): SourceFile[] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && isScriptFile(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
}

const src = sourceFiles();

describe('importreglerna i src/', () => {
  it.each(SRC_RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    // A rule over a folder that no longer exists would pass without checking anything.
    expect(src.filter((f) => inScope(rule, f.path)).length, `inga filer under ${rule.scope.join(', ')}`).toBeGreaterThan(0);
    expect(findViolations(src, [rule]).map(describeViolation)).toEqual([]);
  });

  it('varje undantag från "inget node:*" i src/lib finns och används fortfarande', () => {
    for (const e of LIB_NODE_EXCEPTIONS) {
      const file = src.find((f) => f.path === e.file);
      expect(file, e.file).toBeDefined();
      expect(
        importsOf(file!).map((r) => r.specifier),
        `${e.file} behöver inte längre undantaget för ${e.specifier}`,
      ).toContain(e.specifier);
    }
  });

  it('läser importerna i .ts, .tsx och .astro (frontmatter och <script>)', () => {
    const count = (path: string) => importsOf(src.find((f) => f.path === path)!).length;
    expect(count('src/layouts/BaseLayout.astro')).toBeGreaterThan(3);
    expect(count('src/islands/CompareBar.tsx')).toBeGreaterThan(0);
    expect(importsOf(src.find((f) => f.path === 'src/pages/jamfor/index.astro')!).map((r) => r.target)).toContain('src/islands/mount');
  });
});

// The checker itself, on small made-up files: it must find what it is for.
describe('regelkontrollen', () => {
  const check = (files: Record<string, string>) =>
    findViolations(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      SRC_RULES,
    ).map(describeViolation);

  it.each([
    ['src/lib/x/a.ts', "import { readFileSync } from 'node:fs';", 'node:fs'],
    ['src/lib/x/a.ts', "import fs from 'fs';", 'fs'],
    ['src/lib/x/a.ts', "import { join } from 'path';", 'path'],
    ['src/lib/x/a.ts', "import { getCollection } from 'astro:content';", 'astro:content'],
    ['src/lib/x/a.ts', "import type { AstroIntegration } from 'astro';", 'astro'],
    ['src/lib/x/a.ts', "import { useState } from 'react';", 'react'],
    ['src/lib/x/a.ts', "import { createRoot } from 'react-dom/client';", 'react-dom/client'],
    ['src/lib/x/a.ts', "import { getCatalog } from '../../data/catalog-source';", '../../data/catalog-source'],
    ['src/lib/x/a.ts', "export { runImport } from '../../import/kolada/run-import';", '../../import/kolada/run-import'],
    ['src/lib/x/a.ts', "export * from '../../components/Card.astro';", '../../components/Card.astro'],
    ['src/lib/x/a.ts', "const m = await import('../../islands/mount');", '../../islands/mount'],
    ['src/lib/x/a.ts', "type P = typeof import('../../pages/index.astro');", '../../pages/index.astro'],
    ['src/lib/x/a.ts', "import '../../layouts/BaseLayout.astro';", '../../layouts/BaseLayout.astro'],
    ['src/lib/x/a.ts', 'const m = await import(name);', '(not a string)'],
    ['src/lib/site-files/other.ts', "import { createHash } from 'node:crypto';", 'node:crypto'],
    ['src/components/Card.astro', "---\nimport { getCatalog } from '../data/catalog-source';\n---\n<p>x</p>", '../data/catalog-source'],
    [
      'src/components/Card.astro',
      "---\nconst a = 1;\n---\n<p>x</p>\n<script>\nimport { read } from '../import/sheet/read-sheet';\n</script>",
      '../import/sheet/read-sheet',
    ],
    ['src/layouts/Base.astro', "---\nimport type { Catalog } from '/src/data/catalog-source';\n---\n", '/src/data/catalog-source'],
    ['src/islands/A.tsx', "import { loadContent } from '../data/load-content';", '../data/load-content'],
    ['src/schemas/a.ts', "import { sortChoices } from '../lib/choice-list/sort';", '../lib/choice-list/sort'],
    ['src/schemas/a.ts', "import { parse } from 'yaml';", 'yaml'],
    ['src/schemas/a.ts', "import type { Catalog } from '../data/catalog-source';", '../data/catalog-source'],
    ['src/schemas/a.ts', "import { z } from 'astro:content';", 'astro:content'],
    ['src/import/x/a.ts', "import Card from '../../components/Card.astro';", '../../components/Card.astro'],
    ['src/data/a.ts', "import { runSheetImport } from '../import/sheet/run-sheet-import';", '../import/sheet/run-sheet-import'],
  ])('%s med %j bryter en regel', (path, text, specifier) => {
    const found = check({ [path]: text });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${path}:`);
    expect(found[0]).toContain(`importerar '${specifier}'`);
  });

  it('godtar det reglerna tillåter', () => {
    expect(
      check({
        'src/lib/x/a.ts': "import { z } from 'zod';\nimport type { Unit } from '../../schemas/unit';\nimport Fuse from 'fuse.js';\nexport { b } from './b';",
        'src/lib/site-files/csp.ts': "import { createHash } from 'node:crypto';",
        'src/components/Card.astro':
          "---\nimport { formatNumber } from '../lib/locale/format';\nimport { t } from '../i18n';\n---\n<script type=\"application/ld+json\" set:html={json} />\n<p>import x from '../data/y'</p>",
        'src/schemas/a.ts':
          "import { z } from 'zod';\nimport { common } from './common';\nimport { isSafeLink } from '../lib/safe-text/links';\nimport { isIsoDate } from '../lib/locale/dates';\nimport { contrastRatio } from '../lib/colour/contrast';",
        'src/import/x/a.ts':
          "import { readFileSync } from 'node:fs';\nimport { loadContent } from '../../data/load-content';\nimport { unitSchema } from '../../schemas/unit';",
        'src/pages/index.astro': "---\nimport { getCatalog } from '../data/catalog-source';\n---\n",
      }),
    ).toEqual([]);
  });

  it('säger fil, rad och import', () => {
    expect(check({ 'src/lib/x/a.ts': "// one\n\nimport { readFileSync } from 'node:fs';" })).toEqual([
      `src/lib/x/a.ts:3 importerar 'node:fs' (${SRC_RULES[0].name})`,
    ]);
  });

  it('.astro: frontmatter och skript behåller sina radnummer, resten blir blanksteg', () => {
    const code = astroCode("---\nimport A from './A';\n---\n<p>import B from './B'</p>\n<script>\nimport C from './C';\n</script>");
    expect(code.split('\n')).toHaveLength(7);
    expect(
      importsOf({ path: 'src/x.astro', text: "---\nimport A from './A';\n---\n<p>import B from './B'</p>\n<script>\nimport C from './C';\n</script>" }),
    ).toEqual([
      { specifier: './A', target: 'src/A', line: 2 },
      { specifier: './C', target: 'src/C', line: 6 },
    ]);
  });
});
