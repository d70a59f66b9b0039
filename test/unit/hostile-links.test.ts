// Address fields in content can only ever become http(s), mailto or tel links,
// whatever someone types into them (property-based, many runs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref, telHref } from '../../src/lib/safe-text/links';
import { emailSchema, phoneSchema, webUrlSchema } from '../../src/schemas/common';

const prefixes = [
  'javascript:',
  'JAVASCRIPT:',
  ' javascript:',
  'java\tscript:',
  'data:text/html,',
  'vbscript:',
  'file:///',
  '//',
  'https://',
  'http://',
  'mailto:',
  'tel:',
  'https:\\\\',
  '\u202Ehttps://',
  'https://\u200B',
];
const hostileAddress = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.tuple(fc.constantFrom(...prefixes), fc.string({ unit: 'grapheme', maxLength: 40 })).map(([p, s]) => p + s),
  fc.webUrl().map((u) => `${u}"><script>alert(1)</script>`),
  fc.webUrl(),
);

describe('web addresses from content', () => {
  it('are accepted only as http(s) and then render as the same safe link', () => {
    fc.assert(
      fc.property(hostileAddress, (value) => {
        const parsed = webUrlSchema.safeParse(value);
        if (!parsed.success) return;
        expect(parsed.data).toMatch(/^https?:\/\//i);
        expect(safeHref(parsed.data)).toBe(parsed.data);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('e-mail and phone from content', () => {
  it('become only mailto: or tel: links, or no link at all', () => {
    fc.assert(
      fc.property(hostileAddress, (value) => {
        const email = emailSchema.safeParse(value);
        if (email.success) expect(mailtoHref(email.data) ?? 'mailto:').toMatch(/^mailto:[^\s<>"']+$/);
        const phone = phoneSchema.safeParse(value);
        if (phone.success) expect(telHref(phone.data) ?? 'tel:').toMatch(/^tel:\+?\d*$/);
        expect(telHref(value) ?? 'tel:').toMatch(/^tel:\+?\d*$/);
        const href = safeHref(value);
        if (href) expect(href).toMatch(/^(https?:\/\/|mailto:|tel:)/i);
      }),
      { numRuns: 5000 },
    );
  });
});
