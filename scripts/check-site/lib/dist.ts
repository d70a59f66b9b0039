// What the site checks read from a built site: its files, its pages (from
// sitemap.xml) and the parsed HTML of each page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { sitemapUrls } from '../../../src/lib/site-files/sitemap';
import { readSiteAddress } from '../../lib/site-address.mjs';
import { ArgsError, readCommandLine, single, type ArgSpec, type ParsedArgs } from '../../../src/cli/cli-args';

export interface Dist {
  dir: string;
  /** The site's address (site.yaml siteUrl) and base path, as the build used them. */
  site: string;
  base: string;
}

export function openDist(dir = 'dist'): Dist {
  const abs = resolve(dir);
  if (!existsSync(join(abs, 'index.html'))) throw new Error(`${join(abs, 'index.html')} saknas. Kör npm run build först.`);
  const { site, base } = readSiteAddress();
  return { dir: abs, site, base };
}

/** Every file in dist/, relative and with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

export const htmlFiles = (dist: Dist) => listFiles(dist.dir).filter((f) => f.endsWith('.html'));

/**
 * The pages listed in sitemap.xml, as paths under the base ("", "anordnare/x/"),
 * plus the 404 page, which is never in a sitemap but is still a page people see.
 */
export function sitemapPages(dist: Dist, { with404 = true } = {}): string[] {
  const file = join(dist.dir, 'sitemap.xml');
  if (!existsSync(file)) throw new Error(`${file} saknas: bygget ska skriva en webbplatskarta.`);
  const prefix = new URL(dist.base, dist.site).href;
  const pages = sitemapUrls(readFileSync(file, 'utf8')).map((url) => {
    if (!url.startsWith(prefix)) throw new Error(`sitemap.xml har en adress utanför webbplatsen: ${url} (väntade ${prefix}...)`);
    return url.slice(prefix.length);
  });
  return with404 && existsSync(join(dist.dir, '404.html')) ? [...pages, '404.html'] : pages;
}

/** The file a site path is served from, or undefined when none (a folder gives its index.html). */
export function fileForPath(dist: Dist, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  if (clean.includes('\0')) return undefined;
  const abs = resolve(dist.dir, `.${clean.startsWith('/') ? clean : `/${clean}`}`);
  if (!abs.startsWith(dist.dir)) return undefined;
  try {
    const s = statSync(abs);
    if (s.isFile()) return abs;
    if (s.isDirectory() && clean.endsWith('/') && existsSync(join(abs, 'index.html'))) return join(abs, 'index.html');
  } catch {
    return undefined;
  }
  return undefined;
}

export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}

export function elements(doc: Document, test: (el: Element) => boolean = () => true): Element[] {
  return DomUtils.findAll(test, doc.children);
}

export function textOf(el: Element): string {
  return DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
}

/** The options of a check that reads a built site: --dist <mapp>. */
export const DIST_OPTION: ArgSpec = { values: ['dist'], flags: [] };

/**
 * Runs a check's main: the options are read strictly first (an unknown option
 * or a stray argument prints the error and the help, exit 2, nothing checked),
 * then an unexpected error is printed plainly and the exit code set.
 */
export async function runCheck(help: string, spec: ArgSpec, main: (args: ParsedArgs) => Promise<number> | number): Promise<void> {
  const command = readCommandLine(process.argv.slice(2), { help, spec }, (args) => args);
  if (!command.ok) {
    process.exitCode = command.exitCode;
    return;
  }
  try {
    process.exitCode = await main(command.options);
  } catch (error) {
    if (error instanceof ArgsError) console.error(`${error.message}\n\n${help}`);
    else console.error(`Kontrollen kunde inte köras: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}

/** --dist <mapp>, default dist. */
export function distArg(args: ParsedArgs): string {
  return single(args, 'dist') ?? 'dist';
}

/** Prints at most `max` problems, then how many more there were. */
export function reportProblems(title: string, problems: string[], max = 50): void {
  console.error(`\n${title}: ${problems.length}`);
  for (const p of problems.slice(0, max)) console.error(`  - ${p}`);
  if (problems.length > max) console.error(`  ... och ${problems.length - max} till.`);
}
