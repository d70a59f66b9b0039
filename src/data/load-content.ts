// Reads and validates the whole content folder. Either every file is valid and
// the model is returned, or every problem is listed: nothing half-valid goes on.
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import type { ContentModel } from '../lib/catalog/model';
import type { IndicatorValue } from '../schemas/indicator-value';
import { contentTypes, type ContentType } from '../schemas/registry';
import type { Site } from '../schemas/site';
import { ANY_ID, checkReferences, type Located, type UnresolvedIds } from './check-references';
import { formatPath, sortErrors, type ContentError } from './content-error';
import { maskPersonalNumber } from '../lib/safe-text/identity-numbers';
import { byName } from '../lib/locale/names';
import { importLeftoverErrors } from './import-leftovers';
import { readKommunLogo } from './kommun-logo';
import { findPersonalNumbersIn, maskError, normaliseContent, NO_PERSONAL_NUMBERS_EXPECTED } from './personal-data';
import { checkContentPath, readCsvFile, readYamlFile, type YamlFile } from './read-files';
import { issueToErrors } from './zod-issues';
import { findPlaceholders } from '../lib/placeholders/placeholders';
import { sortPlaceholders, type PlaceholderWarning } from './placeholder-warning';

/**
 * warnings: placeholders left from npm run new-site (a text starting with
 * [Ändra], an address under .invalid). Valid content, so the site builds, but
 * npm run validate lists each one until the kommun has replaced it.
 */
export type LoadResult = { ok: true; model: ContentModel; warnings: PlaceholderWarning[] } | { ok: false; errors: ContentError[] };

/** Whether anything (a file, a folder, a link, even a broken one) is at the path. */
function present(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The content files in a folder. Any other file there is reported, not skipped:
 * a provider saved as .txt or .YAML would otherwise vanish from the site unnoticed.
 * A folder named like a file, an unreadable file and a link out of the content
 * folder are reported too, and never read.
 */
function listFiles(
  dir: string,
  extensions: string[],
  report: (e: ContentError) => void,
  rel: (abs: string) => string,
  rootReal: string,
  /** A content file that is there but cannot be read: its records are unknown, not missing. */
  unreadable: (name: string) => void = () => {},
): string[] {
  if (!present(dir)) return [];
  const dirProblem = checkContentPath(dir, rel(dir), 'dir', rootReal);
  if (dirProblem) {
    report(dirProblem);
    unreadable(ANY_ID);
    return [];
  }
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    report({ file: rel(dir), expected: 'en mapp som går att läsa. Den saknar läsbehörighet: kontrollera rättigheterna' });
    unreadable(ANY_ID);
    return [];
  }
  const names = entries.filter((name) => !name.startsWith('.') && name !== 'README.md').sort();
  const files: string[] = [];
  for (const name of names) {
    if (!extensions.some((ext) => name.endsWith(ext))) {
      report({
        file: rel(join(dir, name)),
        expected: `bara filer som slutar på ${extensions.join(' eller ')} i den här mappen. Byt namn på filen eller flytta den`,
      });
      continue;
    }
    const problem = checkContentPath(join(dir, name), rel(join(dir, name)), 'file', rootReal);
    if (problem) {
      report(problem);
      unreadable(name);
    } else files.push(name);
  }
  return files;
}

export function loadContent(contentDir: string, projectDir = join(contentDir, '..')): LoadResult {
  const errors: ContentError[] = [];
  const warnings: PlaceholderWarning[] = [];
  const rel = (abs: string) => relative(projectDir, abs).split('\\').join('/');
  const report = (e: ContentError) => errors.push(e);
  // Links are followed only to files inside this folder (see checkContentPath).
  let rootReal = contentDir;
  try {
    rootReal = realpathSync(contentDir);
  } catch {
    // A missing content folder: every file is reported missing below.
  }
  /** A single content file (site.yaml, conditions.yaml): there and readable, or reported. */
  const usableFile = (abs: string, unreadable: () => void = () => {}): boolean => {
    if (!present(abs)) return false;
    const problem = checkContentPath(abs, rel(abs), 'file', rootReal);
    if (problem) {
      report(problem);
      unreadable();
    }
    return !problem;
  };
  // Ids of records that exist but failed to load. Their own errors say what to fix;
  // references to them are not reported again as "unknown" (that would send the
  // reader looking for a missing file that is there).
  const unresolved: Record<keyof UnresolvedIds, Set<string>> = {
    services: new Set(),
    providers: new Set(),
    units: new Set(),
    indicators: new Set(),
    conditions: new Set(),
  };

  function parseRecord<S extends z.ZodType>(schema: S, raw: unknown, file: string, yaml: YamlFile, basePath: PropertyKey[] = []): z.infer<S> | undefined {
    // The gate first: the scan and the schema see, and the site stores, the normalised text.
    const data = normaliseContent(raw);
    for (const hit of findPersonalNumbersIn(data))
      errors.push({
        file,
        line: yaml.lineOf([...basePath, ...hit.path]),
        // formatPath, as for every other error: "[0].findings", not "0.findings".
        field: formatPath([...basePath, ...hit.path]) || undefined,
        // Masked: enough to find it in the file, and CI logs do not publish it again.
        value: maskPersonalNumber(hit.match),
        expected: NO_PERSONAL_NUMBERS_EXPECTED,
      });
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) {
      for (const hit of findPlaceholders(data))
        warnings.push({ file, line: yaml.lineOf([...basePath, ...hit.path]), field: formatPath([...basePath, ...hit.path]), kind: hit.kind, text: hit.text });
      return result.data;
    }
    for (const issue of result.error.issues) errors.push(...issueToErrors(issue, data, { file, basePath, lineOf: yaml.lineOf }));
    return undefined;
  }

  /** One record per file; the file name must be the id. */
  function loadOnePerFile<S extends z.ZodType>({ path, schema }: ContentType<S>, kind: keyof UnresolvedIds): Located<z.infer<S>>[] {
    const dir = join(contentDir, path);
    const out: Located<z.infer<S>>[] = [];
    const unreadable = (name: string) => unresolved[kind].add(name.replace(/\.ya?ml$/, ''));
    for (const name of listFiles(dir, ['.yaml', '.yml'], report, rel, rootReal, unreadable)) {
      const file = rel(join(dir, name));
      const expectedId = name.replace(/\.ya?ml$/, '');
      const yaml = readYamlFile(join(dir, name), file);
      if (!('data' in yaml)) {
        errors.push(yaml);
        unresolved[kind].add(expectedId);
        continue;
      }
      const data = parseRecord(schema, yaml.data, file, yaml);
      if (!data) {
        unresolved[kind].add(expectedId);
        continue;
      }
      const id = (data as unknown as { id: string }).id;
      if (id !== expectedId) {
        errors.push({ file, line: yaml.lineOf(['id']), field: 'id', value: id, expected: `samma id som filnamnet ("${expectedId}")` });
        unresolved[kind].add(expectedId);
      }
      out.push({ data, file, lineOf: yaml.lineOf, basePath: [] });
    }
    return out;
  }

  /** Many records per file, as a YAML list (follow-ups, quality reports, conditions). */
  function loadLists<S extends z.ZodType>({ path, layout, schema }: ContentType<S>, kind?: keyof UnresolvedIds): Located<z.infer<S>>[] {
    const abs = join(contentDir, path);
    // A file that cannot be read hides its ids, so no reference to this kind can be judged.
    const unreadable = () => kind && unresolved[kind].add(ANY_ID);
    const paths =
      layout === 'list'
        ? usableFile(abs, unreadable)
          ? [abs]
          : []
        : listFiles(abs, ['.yaml', '.yml'], report, rel, rootReal, unreadable).map((n) => join(abs, n));
    const out: Located<z.infer<S>>[] = [];
    for (const path of paths) {
      const file = rel(path);
      const yaml = readYamlFile(path, file);
      if (!('data' in yaml)) {
        errors.push(yaml);
        // The file's ids are unknown, so no reference to this kind can be judged.
        if (kind) unresolved[kind].add(ANY_ID);
        continue;
      }
      if (yaml.data === null || yaml.data === undefined) continue;
      if (!Array.isArray(yaml.data)) {
        errors.push({ file, line: 1, expected: 'en lista där varje post börjar med "- id: ..."' });
        continue;
      }
      yaml.data.forEach((raw, i) => {
        const data = parseRecord(schema, raw, file, yaml, [i]);
        if (data) out.push({ data, file, lineOf: yaml.lineOf, basePath: [i] });
        else if (kind && typeof (raw as { id?: unknown } | null)?.id === 'string') unresolved[kind].add((raw as { id: string }).id);
      });
    }
    return out;
  }

  function loadIndicatorValues({ path, schema, columns = [] }: ContentType<z.ZodType<IndicatorValue>>): Located<IndicatorValue>[] {
    const dir = join(contentDir, path);
    const out: Located<IndicatorValue>[] = [];
    for (const name of listFiles(dir, ['.csv'], report, rel, rootReal)) {
      const file = rel(join(dir, name));
      const rows = readCsvFile(join(dir, name), file, columns);
      if (rows.length && 'expected' in rows[0]) {
        errors.push(...(rows as ContentError[]));
        continue;
      }
      for (const row of rows as { line: number; record: Record<string, string> }[]) {
        const lineOf = () => row.line;
        const yamlLike: YamlFile = { data: row.record, lineOf };
        const data = parseRecord(schema, row.record, file, yamlLike);
        if (data) out.push({ data, file, lineOf, basePath: [] });
      }
    }
    return out;
  }

  const siteFile = join(contentDir, contentTypes.site.path);
  let site: Located<Site> | undefined;
  if (!present(siteFile)) errors.push({ file: rel(siteFile), expected: 'en fil site.yaml med kommunens uppgifter' });
  else if (usableFile(siteFile)) {
    const yaml = readYamlFile(siteFile, rel(siteFile));
    if (!('data' in yaml)) errors.push(yaml);
    else {
      const data = parseRecord(contentTypes.site.schema, yaml.data, rel(siteFile), yaml);
      if (data) site = { data, file: rel(siteFile), lineOf: yaml.lineOf, basePath: [] };
    }
  }

  const located = {
    services: loadOnePerFile(contentTypes.services, 'services'),
    providers: loadOnePerFile(contentTypes.providers, 'providers'),
    units: loadOnePerFile(contentTypes.units, 'units'),
    indicators: loadOnePerFile(contentTypes.indicators, 'indicators'),
    conditions: loadLists(contentTypes.conditions, 'conditions'),
    qualityReports: loadLists(contentTypes.qualityReports),
    followUps: loadLists(contentTypes.followUps),
    indicatorValues: loadIndicatorValues(contentTypes.indicatorValues),
    koladaUnits: loadLists(contentTypes.koladaUnits),
  };
  const kommunLogo = site ? readKommunLogo(contentDir, rootReal, site, rel) : { errors: [] };
  errors.push(...kommunLogo.errors);
  // Cross-file rules run even when site.yaml is broken, so one run lists every error.
  errors.push(...checkReferences({ site, ...located, unresolved }));
  // A running or stopped import may leave the files half switched: never publish that.
  errors.push(...importLeftoverErrors(contentDir, rel));
  if (errors.length > 0 || !site) return { ok: false, errors: sortErrors(errors.map(maskError)) };

  const plain = <T>(list: Located<T>[]) => list.map((l) => l.data);
  return {
    ok: true,
    warnings: sortPlaceholders(warnings),
    model: {
      site: site.data,
      services: plain(located.services).sort((a, b) => a.order - b.order || byName(a, b)),
      providers: plain(located.providers),
      units: plain(located.units),
      conditions: plain(located.conditions),
      indicators: plain(located.indicators),
      indicatorValues: plain(located.indicatorValues),
      qualityReports: plain(located.qualityReports),
      followUps: plain(located.followUps),
      koladaUnits: plain(located.koladaUnits),
      ...(kommunLogo.logo ? { kommunLogo: kommunLogo.logo } : {}),
    },
  };
}
