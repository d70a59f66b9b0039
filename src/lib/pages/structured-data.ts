// schema.org JSON-LD for provider and unit pages: who they are, where, how to
// reach them. Only facts from content; no ratings or figures are made up.
import type { Provider } from '../../schemas/provider';
import type { Unit } from '../../schemas/unit';
import { safeHref } from '../safe-text/links';

type Json = Record<string, unknown>;

function postalAddress(a: { street: string; postalCode: string; city: string }): Json {
  return { '@type': 'PostalAddress', streetAddress: a.street, postalCode: a.postalCode, addressLocality: a.city, addressCountry: 'SE' };
}

/** Contact fields that are present, with the web address only when it is a safe link. */
function contactOf(c: { phone?: string; email?: string; web?: string }): Json {
  return {
    ...(c.phone ? { telephone: c.phone } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(c.web && safeHref(c.web) ? { sameAs: safeHref(c.web) } : {}),
  };
}

export function providerJsonLd(p: Provider, pageUrl: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${pageUrl}#organisation`,
    url: pageUrl,
    name: p.name,
    description: p.description,
    // A sole trader's number is a personnummer and is never published.
    ...(p.orgNumber && !p.soleTrader ? { identifier: { '@type': 'PropertyValue', propertyID: 'organisationsnummer', value: p.orgNumber } } : {}),
    ...(p.address ? { address: postalAddress(p.address) } : {}),
    ...contactOf(p.contact),
    ...(p.languages.length ? { knowsLanguage: p.languages } : {}),
  };
}

export function unitJsonLd(u: Unit, pageUrl: string, provider: Provider, providerUrl: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${pageUrl}#organisation`,
    url: pageUrl,
    name: u.name,
    description: u.description,
    address: postalAddress(u.address),
    ...(u.coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: u.coordinates.lat, longitude: u.coordinates.lon } } : {}),
    ...contactOf(u.contact),
    ...(u.languages.length ? { knowsLanguage: u.languages } : {}),
    parentOrganization: { '@type': 'Organization', '@id': `${providerUrl}#organisation`, name: provider.name, url: providerUrl },
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. "<" and the line
 * separators are written as \u escapes, so no text can close the block or
 * start markup; the JSON means exactly the same.
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
