// The feed is well-formed Atom (RFC 4287) whatever the text in content holds.
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomDate, buildAtomFeed, type AtomFeed } from '../../src/lib/feed/atom';
import { escapeXml } from '../../src/lib/safe-text/xml';

const feed = (over: Partial<AtomFeed> = {}): AtomFeed => ({
  id: 'https://kundval.testkommun.example/uppfoljningar/flode.xml',
  title: 'Uppföljningar',
  selfUrl: 'https://kundval.testkommun.example/uppfoljningar/flode.xml',
  alternateUrl: 'https://kundval.testkommun.example/uppfoljningar/',
  author: { name: 'Testkommun' },
  fallbackUpdated: '2025-06-01',
  entries: [],
  ...over,
});

/**
 * The text a conforming XML reader gets back from content text: without the
 * characters XML 1.0 cannot hold (C0 controls but tab and line ends, lone
 * surrogates, U+FFFE, U+FFFF) and with CR LF and lone CR read as LF (XML 1.0, 2.11).
 */
const asXmlReadsIt = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\r\n?/g, '\n');

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'category'].includes(name) });

describe('atomDate', () => {
  it.each([
    ['2025-03-10', '2025-03-10T00:00:00Z'],
    ['2025-03-10T12:00:00Z', '2025-03-10T12:00:00Z'],
  ])('%s -> %s', (d, e) => expect(atomDate(d)).toBe(e));
});

describe('escapeXml', () => {
  it.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["a & b's", 'a &amp; b&apos;s'],
    [']]>', ']]&gt;'],
    ['a\u0000b\u0008c', 'abc'],
  ])('%j -> %j', (text, expected) => expect(escapeXml(text)).toBe(expected));
});

describe('buildAtomFeed', () => {
  it('has the elements RFC 4287 requires of a feed and its entries', () => {
    const xml = buildAtomFeed(
      feed({
        entries: [
          { id: 'https://x.example/#a', title: 'Varning', updated: '2025-03-10', link: 'https://x.example/a/', summary: 'Text' },
          { id: 'https://x.example/#b', title: 'Ny', updated: '2025-04-01', link: 'https://x.example/b/' },
        ],
      }),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml).feed;
    expect(doc['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.id).toBeTruthy();
    expect(doc.title['#text']).toBe('Uppföljningar');
    expect(doc.updated).toBe('2025-04-01T00:00:00Z');
    expect(doc.author.name).toBe('Testkommun');
    expect(doc.link.map((l: Record<string, string>) => l['@_rel'])).toEqual(['self', 'alternate']);
    for (const entry of doc.entry) for (const key of ['id', 'title', 'updated', 'link']) expect(entry, key).toHaveProperty([key]);
  });

  it('uses the fallback date when there are no entries', () => {
    expect(parser.parse(buildAtomFeed(feed())).feed.updated).toBe('2025-06-01T00:00:00Z');
  });

  it('stays well-formed XML and keeps the text for any title and summary (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        ']]><x/>',
        '&amp;&#0;',
        '"\' onload="x',
        '\u202Egnp.exe',
        '\u0000\u0001\u000B',
        '<![CDATA[x]]>',
        'a\r\nb\rc',
      ),
    );
    const reader = new XMLParser({ ignoreAttributes: false, processEntities: true, trimValues: false, parseTagValue: false, isArray: (n) => n === 'entry' });
    /** What a feed reader shows of an element with type="text": its text, or "" when empty. */
    const shown = (element: { '#text'?: string } | undefined) => element?.['#text'] ?? '';
    fc.assert(
      fc.property(text, text, text, (feedTitle, title, summary) => {
        const xml = buildAtomFeed(
          feed({ title: feedTitle, entries: [{ id: 'https://x.example/#a', title, updated: '2025-03-10', link: 'https://x.example/?a=1&b=2', summary }] }),
        );
        expect(XMLValidator.validate(xml)).toBe(true);
        const doc = reader.parse(xml).feed;
        const entry = doc.entry[0];
        expect(shown(doc.title)).toBe(asXmlReadsIt(feedTitle));
        expect(shown(entry.title)).toBe(asXmlReadsIt(title));
        if (summary) expect(shown(entry.summary)).toBe(asXmlReadsIt(summary));
        else expect(entry.summary).toBeUndefined();
        expect(entry.link['@_href']).toBe('https://x.example/?a=1&b=2');
        expect(xml).not.toMatch(/<script/i);
      }),
      { numRuns: 1000 },
    );
  });
});
