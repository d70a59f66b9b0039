// JSON-LD for providers and units: facts only, and no text can break out of its script block.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonForScriptBlock, providerJsonLd, unitJsonLd } from '../../src/lib/pages/structured-data';
import { provider, unit } from './support/model-builder';

describe('jsonForScriptBlock', () => {
  it('means the same JSON and never contains "<" or a line separator (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        const data = { value, text, tag: '</script><script>alert(1)</script><!--' };
        const out = jsonForScriptBlock(data);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('providerJsonLd', () => {
  it('describes the organisation with address and contact, and no figures', () => {
    const p = provider({
      address: { street: 'Gatan 1', postalCode: '123 45', city: 'Staden' },
      contact: { phone: '08-1', email: 'a@b.se', web: 'https://a.example/' },
    });
    expect(providerJsonLd(p, 'https://x.example/anordnare/p1/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': 'https://x.example/anordnare/p1/#organisation',
      url: 'https://x.example/anordnare/p1/',
      name: 'Anordnare 1',
      description: 'x',
      identifier: { '@type': 'PropertyValue', propertyID: 'organisationsnummer', value: '212000-0142' },
      address: { '@type': 'PostalAddress', streetAddress: 'Gatan 1', postalCode: '123 45', addressLocality: 'Staden', addressCountry: 'SE' },
      telephone: '08-1',
      email: 'a@b.se',
      sameAs: 'https://a.example/',
    });
  });
  it("leaves out a sole trader's number", () => {
    expect(providerJsonLd(provider({ soleTrader: true, orgNumber: undefined }), 'https://x.example/')).not.toHaveProperty('identifier');
  });
});

describe('unitJsonLd', () => {
  it('names the provider as parent organisation and gives coordinates when known', () => {
    const u = unit({ coordinates: { lat: 59.3, lon: 18.1 } });
    expect(unitJsonLd(u, 'https://x.example/enheter/u1/', provider(), 'https://x.example/anordnare/p1/')).toMatchObject({
      geo: { '@type': 'GeoCoordinates', latitude: 59.3, longitude: 18.1 },
      parentOrganization: { '@id': 'https://x.example/anordnare/p1/#organisation', name: 'Anordnare 1' },
    });
  });
});
