// site.yaml's publishing settings as kommun staff read the errors: theme
// colours checked for contrast. Each error names the field, the value and
// what is expected, in Swedish.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site';
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
