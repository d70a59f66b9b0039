// An Atom feed (RFC 4287) as text. Generic: callers decide what the entries say.
import { escapeXml } from '../safe-text/xml';

export interface AtomEntry {
  /** A permanent IRI; never reused for another entry. */
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) or date-time; a date becomes midnight UTC. */
  updated: string;
  /** Absolute address of the page the entry is about. */
  link: string;
  summary?: string;
  categories?: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute address of the feed itself. */
  selfUrl: string;
  /** Absolute address of the HTML page with the same list. */
  alternateUrl: string;
  author: { name: string; email?: string; uri?: string };
  /** Used when there are no entries; otherwise the newest entry's date. */
  fallbackUpdated: string;
  rights?: string;
  language?: string;
  entries: AtomEntry[];
}

/** RFC 3339 date-time as Atom requires; dates from content have no time of day. */
export function atomDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}

const el = (name: string, text: string, indent = '  ') => `${indent}<${name}>${escapeXml(text)}</${name}>`;

function entryXml(e: AtomEntry): string {
  const lines = [
    '  <entry>',
    el('id', e.id, '    '),
    `    <title type="text">${escapeXml(e.title)}</title>`,
    el('updated', atomDate(e.updated), '    '),
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`),
  ];
  if (e.summary) lines.push(`    <summary type="text">${escapeXml(e.summary)}</summary>`);
  lines.push('  </entry>');
  return lines.join('\n');
}

export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, e) => (atomDate(e.updated) > latest ? atomDate(e.updated) : latest), '') || atomDate(feed.fallbackUpdated);
  const author = [
    '  <author>',
    el('name', feed.author.name, '    '),
    ...(feed.author.email ? [el('email', feed.author.email, '    ')] : []),
    ...(feed.author.uri ? [el('uri', feed.author.uri, '    ')] : []),
    '  </author>',
  ];
  const lang = feed.language ? ` xml:lang="${escapeXml(feed.language)}"` : '';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${lang}>`,
    el('id', feed.id),
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    el('updated', updated),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    ...author,
    ...(feed.rights ? [`  <rights type="text">${escapeXml(feed.rights)}</rights>`] : []),
    `  <generator>Kundvalsguiden</generator>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
