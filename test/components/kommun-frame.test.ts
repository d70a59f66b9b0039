// The kommun's own header and footer, rendered with plain props: the logo
// links to the kommun's start page, the menu is a labelled nav, every text is
// escaped and only http(s), mailto and tel become links. BaseLayout shows them
// only when the site has a frame.
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import KommunFooter from '../../src/components/KommunFooter.astro';
import KommunHeader from '../../src/components/KommunHeader.astro';
import BaseLayout from '../../src/layouts/BaseLayout.astro';
import type { KommunFrameView, LayoutProps } from '../../src/lib/pages/layout';
import { htmlProblems, render, textOf } from './support/render';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

function frame(over: Partial<KommunFrameView> = {}): KommunFrameView {
  return {
    homeUrl: 'https://www.kommun.example/',
    logo: { path: 'kommun/logotyp.svg', alt: 'Kommunen, till startsidan' },
    headerLinks: [
      { text: 'Omsorg och stöd', url: 'https://www.kommun.example/omsorg/' },
      { text: 'Kontakt', url: 'http://www.kommun.example/kontakt/' },
    ],
    footer: {
      address: 'Stadshuset, 999 99 Kommunstad',
      phone: '08-123 456 00',
      links: [
        { text: 'E-post', url: 'mailto:kommun@kommun.example' },
        { text: 'Växeln', url: 'tel:+46812345600' },
        { text: 'Om webbplatsen', url: 'https://www.kommun.example/om/' },
      ],
    },
    ...over,
  };
}

/** Every element and attribute name in the HTML, as a browser would build them. */
function markupOf(html: string): { elements: string[]; attributes: string[] } {
  const found = { elements: [] as string[], attributes: [] as string[] };
  new Parser({
    onopentag(name, attrs) {
      found.elements.push(name);
      found.attributes.push(...Object.keys(attrs));
    },
  }).end(html);
  return found;
}

/** Every href in the fragment. */
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]);

describe('KommunHeader', () => {
  it('shows the logo, leading to the kommun, and the menu as a labelled nav', async () => {
    const html = await render(KommunHeader, { frame: frame() });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).toMatch(
      /<a href="https:\/\/www\.kommun\.example\/" class="kommun-logo"><img src="\/kommun\/logotyp\.svg" alt="Kommunen, till startsidan"><\/a>/,
    );
    expect(html).toContain('<nav aria-label="Kommunens webbplats" class="kommun-nav">');
    expect(hrefs(html)).toEqual(['https://www.kommun.example/', 'https://www.kommun.example/omsorg/', 'http://www.kommun.example/kontakt/']);
    expect(textOf(html)).toBe('Omsorg och stöd Kontakt');
  });

  it('has no nav without header links', async () => {
    const html = await render(KommunHeader, { frame: frame({ headerLinks: [] }) });
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).not.toContain('<nav');
  });

  it('escapes every text and makes no link of another scheme', async () => {
    const html = await render(KommunHeader, {
      frame: frame({
        homeUrl: 'javascript:alert(1)',
        logo: { path: 'kommun/logotyp.svg', alt: HOSTILE },
        headerLinks: [
          { text: HOSTILE, url: 'javascript:alert(1)' },
          { text: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
          { text: 'Vanlig', url: 'https://www.kommun.example/' },
        ],
      }),
    });
    expect(await htmlProblems(html)).toEqual([]);
    expect(markupOf(html).elements.sort()).toEqual(['a', 'div', 'div', 'img', 'li', 'li', 'li', 'nav', 'span', 'span', 'span', 'ul']);
    expect(markupOf(html).attributes.filter((a) => a.startsWith('on'))).toEqual([]);
    expect(hrefs(html)).toEqual(['https://www.kommun.example/']);
    expect(textOf(html)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('KommunFooter', () => {
  it('shows address, phone and links; web, mailto and tel are links', async () => {
    const html = await render(KommunFooter, { frame: frame() });
    expect(await htmlProblems(html)).toEqual([]);
    expect(textOf(html)).toBe('Stadshuset, 999 99 Kommunstad Telefon: 08-123 456 00 E-post Växeln Om webbplatsen');
    expect(hrefs(html)).toEqual(['tel:0812345600', 'mailto:kommun@kommun.example', 'tel:+46812345600', 'https://www.kommun.example/om/']);
  });

  it('escapes every text and makes no link of another scheme', async () => {
    const html = await render(KommunFooter, {
      frame: frame({
        footer: {
          address: HOSTILE,
          links: [
            { text: HOSTILE, url: 'vbscript:msgbox(1)' },
            { text: 'x', url: 'JAVASCRIPT:alert(1)' },
          ],
        },
      }),
    });
    expect(await htmlProblems(html)).toEqual([]);
    expect(markupOf(html).elements.sort()).toEqual(['div', 'div', 'li', 'li', 'p', 'span', 'span', 'ul']);
    expect(markupOf(html).attributes.filter((a) => a.startsWith('on'))).toEqual([]);
    expect(hrefs(html)).toEqual([]);
    expect(textOf(html)).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('renders nothing when the footer has nothing', async () => {
    expect(await render(KommunFooter, { frame: frame({ footer: { links: [] } }) })).toBe('');
  });
});

describe('BaseLayout', () => {
  const layout = (over: Partial<LayoutProps> = {}): LayoutProps => ({
    siteName: 'Testkommun',
    isExample: false,
    language: 'sv',
    siteUrl: 'https://kundval.kommun.example',
    publisher: 'Testkommun',
    dataPublishedOn: '2025-06-01',
    ...over,
  });
  const page = (over: Partial<LayoutProps> = {}) => render(BaseLayout, { layout: layout(over), title: 'Sida' }, { default: '<h1>Sida</h1>' });

  it('with a kommun frame: one banner and one contentinfo, the kommun header inside the first and its footer inside the second', async () => {
    const html = await page({ kommunFrame: frame() });
    expect(html.match(/<header/g)).toHaveLength(1);
    expect(html.match(/<footer/g)).toHaveLength(1);
    expect(html).toMatch(/<header class="site-header"><div class="kommun-header">/);
    expect(html).toMatch(/<div class="kommun-footer">[\s\S]*<\/footer>/);
    expect(html.match(/<nav aria-label="[^"]*"/g)).toEqual(['<nav aria-label="Kommunens webbplats"', '<nav aria-label="Huvudmeny"']);
  });

  it('without one: as before, no trace of a kommun frame', async () => {
    const html = await page();
    expect(html).not.toMatch(/kommun-(header|footer|logo|nav)/);
    expect(html).toMatch(/<header class="site-header"><div class="container header-inner">/);
  });
});
