// Free text loses the control characters nobody can see or mean, and XML gets only what it can hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSchema } from '../../src/schemas/common';
import { cleanText, xmlSafeText } from '../../src/lib/text';

describe('cleanText', () => {
  it.each([
    ['plain', 'Solgården', 'Solgården'],
    ['trims', '  Solgården \n', 'Solgården'],
    ['keeps line breaks and tabs inside', 'rad 1\nrad 2\tslut', 'rad 1\nrad 2\tslut'],
    ['removes NUL and bell', 'a\u0000b\u0007c', 'abc'],
    ['vertical tab from Word becomes a line break', 'rad 1\u000Brad 2', 'rad 1\nrad 2'],
    ['removes DEL and C1 controls', 'a\u007Fb\u0085c\u009Fd', 'abcd'],
    ['removes U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
    ['trims after removing', '\u0001 text \u0002', 'text'],
    ['keeps emoji, zero-width joiner and bidi text', '👩‍⚕️ العربية \u200B', '👩‍⚕️ العربية \u200B'.trim()],
  ])('%s', (_what, input, expected) => expect(cleanText(input)).toBe(expected));

  it('is idempotent and leaves no control character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = cleanText(s);
        expect(cleanText(once)).toBe(once);
        expect(once).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('textSchema cleans before it checks', () => {
  it('refuses a text that is only control characters as empty', () => {
    expect(textSchema(10).safeParse('\u0001\u0002').success).toBe(false);
  });
  it('gives the cleaned text', () => {
    expect(textSchema(10).parse(' a\u0000b ')).toBe('ab');
  });
});

describe('xmlSafeText', () => {
  it('keeps everything XML 1.0 allows and drops the rest', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(xmlSafeText(s)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 2000 },
    );
    expect(xmlSafeText('a\u0000b\uD800c😀')).toBe('abc😀');
  });
});
