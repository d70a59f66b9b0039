// Renders one component with plain props through Astro's container API and
// checks the HTML by the same html-validate rules as the built site.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { HtmlValidate } from 'html-validate';
import { CONFIG } from '../../../scripts/check-site/lib/html-validate-config';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;
const validator = new HtmlValidate(CONFIG);

export async function render(component: Component, props: Record<string, unknown> = {}, slots?: Record<string, string>): Promise<string> {
  container ??= await AstroContainer.create();
  return container.renderToString(component, { props, ...(slots ? { slots } : {}) });
}

/** Where a fragment may stand: a <li> in a list, cells in a table row. */
export const inList = (html: string) => `<ul>${html}</ul>`;
export const inRow = (html: string) => `<table><caption>Test</caption><tbody><tr><th scope="row">Test</th>${html}</tr></tbody></table>`;

/** html-validate's messages for the fragment as the body of a minimal page; empty when valid. */
export async function htmlProblems(fragment: string, wrap: (html: string) => string = (h) => h): Promise<string[]> {
  const page = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Test</title></head><body><main>${wrap(fragment)}</main></body></html>`;
  const report = await validator.validateString(page, 'component.html');
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? ''})`));
}

/** The text of the HTML, tags left out and spaces collapsed, for assertions on what people read. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A fragment whose own headings start at h3 stands under a page's h1 and h2. */
export const underH2 =
  (wrap: (html: string) => string = (h) => h) =>
  (html: string) =>
    `<h1>Sida</h1><h2>Avsnitt</h2>${wrap(html)}`;
/** A fragment whose own headings start at h2 stands under the page's h1. */
export const underH1 = (html: string) => `<h1>Sida</h1>${html}`;
