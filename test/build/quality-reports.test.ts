// A provider authorised for several services shows each service's own quality
// report, labelled with service and year, never another service's report beside
// this service's figures; earlier years stay reachable from the page.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_CONTENT } from '../unit/support/content-fixture';
import { buildSite } from './support/site-build';

const work = mkdtempSync(join(tmpdir(), 'kvg-reports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// egen-regi in the fixture runs both hemtjanst and sarskilt-boende. Distinct
// figures tell the reports apart; the särskilt boende report is submitted last,
// so "the newest report of any service" would pick it for the whole page.
const REPORTS = `
- id: egen-hemtjanst-2024
  providerId: egen-regi
  serviceId: hemtjanst
  year: 2024
  submittedOn: 2024-03-01
  aspects: { safety: Hemtjänstens text för 2024. }
  figures: { trainedStaffShare: 41 }
- id: egen-hemtjanst-2025
  providerId: egen-regi
  serviceId: hemtjanst
  year: 2025
  submittedOn: 2025-03-01
  aspects: { safety: Hemtjänstens text för 2025. }
  figures: { trainedStaffShare: 52 }
- id: egen-boende-2025
  providerId: egen-regi
  serviceId: sarskilt-boende
  year: 2025
  submittedOn: 2025-04-01
  aspects: { safety: Boendets text för 2025. }
  figures: { trainedStaffShare: 71 }
`;

let html = '';
beforeAll(() => {
  const content = join(work, 'content');
  cpSync(VALID_CONTENT, content, { recursive: true });
  appendFileSync(join(content, 'quality-reports/2025.yaml'), REPORTS);
  const out = join(work, 'dist');
  const build = buildSite(content, out);
  expect(build.status, build.output.slice(-3000)).toBe(0);
  html = readFileSync(join(out, 'anordnare/egen-regi/index.html'), 'utf8');
});

/** The text of each h3 in the quality-report section, and the text that follows it up to the next h3. */
function reportSections(page: string): Map<string, string> {
  const doc = parseDocument(page);
  const text = (n: import('domhandler').AnyNode): string => ('data' in n && n.type === 'text' ? n.data : 'children' in n ? n.children.map(text).join('') : '');
  const section = findSection(doc, 'report-heading');
  const out = new Map<string, string>();
  let current: string | undefined;
  for (const child of section?.children ?? []) {
    if (child.type === 'tag' && child.name === 'h3') out.set((current = text(child).trim()), '');
    else if (current) out.set(current, out.get(current) + text(child));
  }
  return out;
}

function findSection(node: import('domhandler').AnyNode, labelledBy: string): import('domhandler').Element | undefined {
  if (node.type === 'tag' && node.name === 'section' && node.attribs['aria-labelledby'] === labelledBy) return node;
  for (const child of 'children' in node ? node.children : []) {
    const hit = findSection(child, labelledBy);
    if (hit) return hit;
  }
  return undefined;
}

describe('quality reports on a provider page', () => {
  it('shows one latest report per service, each labelled with its service and year', () => {
    const sections = reportSections(html);
    expect([...sections.keys()]).toEqual(['Hemtjänst 2025', 'Särskilt boende 2025']);
    expect(sections.get('Hemtjänst 2025')).toContain('52 %');
    expect(sections.get('Hemtjänst 2025')).not.toContain('71 %');
    expect(sections.get('Särskilt boende 2025')).toContain('71 %');
    expect(sections.get('Särskilt boende 2025')).not.toContain('52 %');
  });

  it('links to the earlier years of the same service', () => {
    const link = /<a href="#(kvalitetsredovisning-egen-hemtjanst-2024)">Hemtjänst 2024<\/a>/.exec(html);
    expect(link).not.toBeNull();
    expect(html).toContain(`id="${link![1]}"`);
    expect(reportSections(html).get('Hemtjänst 2025')).toContain('Hemtjänstens text för 2024.');
  });
});
