// site.yaml's publishing settings as kommun staff read the errors: theme
// colours checked for contrast, the headers (frame-ancestors, HSTS) and the
// kommun's own frame (kommunFrame). Each error names the field, the value and
// what is expected, in Swedish.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site';
import { originSchema } from '../../src/schemas/site-headers';
import { copyValidContent } from './support/content-fixture';

/** Errors from the fixture content with YAML added to the end of site.yaml. */
function errorsWith(yaml: string): string[] {
  const c = copyValidContent();
  appendFileSync(c.path('site.yaml'), yaml);
  return c.errors();
}

describe('theme colours must be readable (WCAG AA 4,5:1)', () => {
  it('accepts the default colours and any dark enough', () => {
    const base = siteSchema.shape.theme;
    expect(base.parse(undefined)).toEqual({ primary: '#005a9c', accent: '#6b2c91' });
    expect(base.safeParse({ primary: '#1d1d1b', accent: '#003366' }).success).toBe(true);
  });

  it('refuses a light primary colour, naming the field, the value and the ratios', () => {
    expect(errorsWith('theme:\n  primary: "#7fb2e5"\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 33, fält theme.primary: värdet är "#7fb2e5". Förväntat: en färg med kontrast minst 4,5:1 mot vit och mot ljusgrå #f4f5f7 (WCAG 2.1 AA), eftersom färgen är bakgrund till vit text i sidhuvudet och på knappar, och färg på länkar på vit och ljusgrå botten. #7fb2e5 ger 2,23:1 mot vit och 2,04:1 mot ljusgrå #f4f5f7. Välj en mörkare färg.",
      ]
    `);
  });

  it('refuses a primary that passes on white but not on the grey footer', () => {
    expect(errorsWith('theme:\n  primary: "#767676"\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 33, fält theme.primary: värdet är "#767676". Förväntat: en färg med kontrast minst 4,5:1 mot vit och mot ljusgrå #f4f5f7 (WCAG 2.1 AA), eftersom färgen är bakgrund till vit text i sidhuvudet och på knappar, och färg på länkar på vit och ljusgrå botten. #767676 ger 4,54:1 mot vit och 4,16:1 mot ljusgrå #f4f5f7. Välj en mörkare färg.",
      ]
    `);
  });

  it('refuses a light accent colour', () => {
    expect(errorsWith('theme:\n  accent: "#ffcc00"\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 33, fält theme.accent: värdet är "#ffcc00". Förväntat: en färg med kontrast minst 4,5:1 mot vit (WCAG 2.1 AA), eftersom färgen är bakgrund till vit text i kommunens sidfot. #ffcc00 ger 1,51:1 mot vit. Välj en mörkare färg.",
      ]
    `);
  });

  it('still says how to write a colour', () => {
    expect(errorsWith('theme:\n  primary: blå\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 33, fält theme.primary: värdet är "blå". Förväntat: en färg skriven #RRGGBB, t.ex. #005a9c.",
      ]
    `);
  });
});

describe('headers: which sites may frame this one, and HSTS', () => {
  it('defaults to the site itself only and a year of HSTS', () => {
    expect(siteSchema.shape.headers.parse(undefined)).toEqual({ frameAncestors: [], hsts: { maxAge: 31536000, includeSubDomains: false } });
  });

  it.each([
    ['https://www.kommun.se', 'https://www.kommun.se'],
    ['https://www.kommun.se/', 'https://www.kommun.se'],
    ['HTTPS://WWW.Kommun.SE', 'https://www.kommun.se'],
    ['http://intranat.kommun.se:8080', 'http://intranat.kommun.se:8080'],
    ['https://www.håbo.se', 'https://www.xn--hbo-ula.se'],
  ])('accepts the origin %j as %j', (value, origin) => {
    expect(originSchema.parse(value)).toBe(origin);
  });

  it.each([
    ['a quote', 'https://www.kommun.se" always; add_header X "y'],
    ['a line break', 'https://www.kommun.se\nadd_header X y;'],
    ['a semicolon', "https://www.kommun.se; script-src 'unsafe-inline'"],
    ['a space', 'https://www.kommun.se https://annan.example'],
    ['a path', 'https://www.kommun.se/omsorg/'],
    ['a keyword', "'none'"],
    ['a wildcard', '*'],
    ['another scheme', 'ftp://www.kommun.se'],
    ['a dollar sign', 'https://www.kommun.se$host'],
    ['a user name', 'https://user@www.kommun.se'],
  ])('refuses %s', (_what, value) => {
    const result = originSchema.safeParse(value);
    expect(result.success).toBe(false);
  });

  it('names the field and the value, and says what an origin is', () => {
    expect(errorsWith('headers:\n  frameAncestors:\n    - https://www.kommun.se\n    - "https://www.kommun.se\\"; add_header X y"\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 35, fält headers.frameAncestors[1]: värdet är "https://www.kommun.se\\"; add_header X y". Förväntat: en webbplats adress utan sökväg, t.ex. https://www.exempelkommun.se: https:// eller http://, värdnamnet och eventuellt :port, inget mer (ingen sökväg, inga mellanslag, citattecken eller semikolon).",
      ]
    `);
  });

  it('refuses an HSTS max-age over two years or below 0', () => {
    expect(errorsWith('headers:\n  hsts:\n    maxAge: 99999999999\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 34, fält headers.hsts.maxAge: värdet är 99999999999. Förväntat: ett heltal sekunder mellan 0 (skicka ingen HSTS) och 63072000 (två år), t.ex. 31536000 (ett år).",
      ]
    `);
    expect(errorsWith('headers:\n  hsts:\n    maxAge: -1\n    preload: true\n')).toMatchInlineSnapshot(`
      [
        "content/site.yaml, rad 34, fält headers.hsts.maxAge: värdet är -1. Förväntat: ett heltal sekunder mellan 0 (skicka ingen HSTS) och 63072000 (två år), t.ex. 31536000 (ett år).",
        "content/site.yaml, rad 35, fält headers.hsts.preload: värdet är true. Förväntat: inget sådant fält. Kontrollera stavningen mot content/README.md.",
      ]
    `);
  });
});
