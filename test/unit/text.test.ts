// The one text gate: free text loses the invisible, control and bidi characters
// nobody can see or mean, look-alike dashes, spaces and digits become plain ones,
// and XML gets only what it can hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSchema } from '../../src/schemas/common';
import { normaliseText, xmlSafeText } from '../../src/lib/safe-text/text';

describe('normaliseText', () => {
  it.each([
    ['plain', 'Solgården', 'Solgården'],
    ['trims', '  Solgården \n', 'Solgården'],
    ['keeps line breaks and tabs inside', 'rad 1\nrad 2\tslut', 'rad 1\nrad 2\tslut'],
    ['removes NUL and bell', 'a\u0000b\u0007c', 'abc'],
    ['vertical tab from Word becomes a line break', 'rad 1\u000Brad 2', 'rad 1\nrad 2'],
    ['removes DEL and C1 controls', 'a\u007Fb\u0085c\u009Fd', 'abcd'],
    ['removes terminal colours, titles and cursor moves whole', '\u001B[31mRöd\u001B[0m \u001B]0;titel\u0007text\u009B1A', 'Röd text'],
    ['keeps the text after a lone escape', '12\u001B34 \u001B[12', '1234 [12'],
    ['removes U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
    ['trims after removing', '\u0001 text \u0002', 'text'],
    // Changed with the text gate: the zero-width space is now removed (it could hide a personnummer).
    ['keeps emoji with their zero-width joiner and Arabic text, drops a zero-width space', '👩‍⚕️ العربية \u200B', '👩‍⚕️ العربية'],
  ])('%s', (_what, input, expected) => expect(normaliseText(input)).toBe(expected));

  const DASHES: [string, string][] = [
    ['hyphen U+2010', '\u2010'],
    ['non-breaking hyphen U+2011', '\u2011'],
    ['figure dash U+2012', '\u2012'],
    ['en dash U+2013', '\u2013'],
    ['em dash U+2014', '\u2014'],
    ['horizontal bar U+2015', '\u2015'],
    ['minus sign U+2212', '\u2212'],
    ['small hyphen-minus U+FE63', '\uFE63'],
    ['full-width hyphen-minus U+FF0D', '\uFF0D'],
    ['hyphen bullet U+2043', '\u2043'],
    ['modifier letter minus U+02D7', '\u02D7'],
    ['heavy minus U+2796', '\u2796'],
    ['superscript minus U+207B', '\u207B'],
    ['Armenian hyphen U+058A', '\u058A'],
    ['two-em dash U+2E3A', '\u2E3A'],
  ];
  it.each(DASHES)('every dash becomes "-": %s', (_what, dash) => expect(normaliseText(`12${dash}34`)).toBe('12-34'));

  const SPACES: [string, string][] = [
    ['no-break space U+00A0', '\u00A0'],
    ['en quad U+2000', '\u2000'],
    ['em space U+2003', '\u2003'],
    ['figure space U+2007', '\u2007'],
    ['thin space U+2009', '\u2009'],
    ['hair space U+200A', '\u200A'],
    ['narrow no-break space U+202F', '\u202F'],
    ['medium mathematical space U+205F', '\u205F'],
    ['ideographic space U+3000', '\u3000'],
    ['Ogham space mark U+1680', '\u1680'],
  ];
  it.each(SPACES)('every space becomes " ": %s', (_what, space) => expect(normaliseText(`12${space}34`)).toBe('12 34'));

  const REMOVED: [string, string][] = [
    ['zero-width space U+200B', '\u200B'],
    ['zero-width non-joiner U+200C', '\u200C'],
    ['zero-width joiner U+200D', '\u200D'],
    ['word joiner U+2060', '\u2060'],
    ['byte order mark U+FEFF', '\uFEFF'],
    ['soft hyphen U+00AD', '\u00AD'],
    ['left-to-right mark U+200E', '\u200E'],
    ['right-to-left mark U+200F', '\u200F'],
    ['Arabic letter mark U+061C', '\u061C'],
    ['left-to-right embedding U+202A', '\u202A'],
    ['right-to-left embedding U+202B', '\u202B'],
    ['pop directional formatting U+202C', '\u202C'],
    ['left-to-right override U+202D', '\u202D'],
    ['right-to-left override U+202E', '\u202E'],
    ['left-to-right isolate U+2066', '\u2066'],
    ['right-to-left isolate U+2067', '\u2067'],
    ['first strong isolate U+2068', '\u2068'],
    ['pop directional isolate U+2069', '\u2069'],
    ['invisible separator U+2063', '\u2063'],
    ['Mongolian vowel separator U+180E', '\u180E'],
    ['tag letter U+E0041', '\u{E0041}'],
    ['variation selector U+E0100', '\u{E0100}'],
    ['NUL', '\u0000'],
    ['bell', '\u0007'],
    ['escape', '\u001B'],
    ['DEL', '\u007F'],
    ['C1 next line U+0085', '\u0085'],
    ['C1 U+009F', '\u009F'],
    ['noncharacter U+FFFE', '\uFFFE'],
  ];
  it.each(REMOVED)('removes %s, even between digits', (_what, invisible) => expect(normaliseText(`12${invisible}34`)).toBe('1234'));

  const DIGITS: [string, string][] = [
    ['Arabic-Indic', '٠١٢٣٤٥٦٧٨٩'],
    ['extended Arabic-Indic (Persian)', '۰۱۲۳۴۵۶۷۸۹'],
    ['Devanagari', '०१२३४५६७८९'],
    ['Bengali', '০১২৩৪৫৬৭৮৯'],
    ['Thai', '๐๑๒๓๔๕๖๗๘๙'],
    ['full-width', '０１２３４５６７８９'],
    ['mathematical bold', '𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗'],
    ['superscript', '⁰¹²³⁴⁵⁶⁷⁸⁹'],
    ["N'Ko", '߀߁߂߃߄߅߆߇߈߉'],
  ];
  it.each(DIGITS)('%s digits become 0-9', (_what, digits) => expect(normaliseText(digits)).toBe('0123456789'));

  it.each([
    ['full-width letters (NFKC)', 'Ｓｏｌｇåｒｄｅｎ', 'Solgården'],
    ['decomposed å (NFKC composes it)', 'Solga\u030Arden', 'Solgården'],
    ['a ligature (NFKC)', 'ﬁka', 'fika'],
    ['line and paragraph separators become line breaks', 'a\u2028b\u2029c', 'a\nb\nc'],
    [
      'keeps the flag of England (tag characters after a black flag)',
      '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
      '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
    ],
    ['keeps the zero-width non-joiner inside a Persian word', 'می\u200Cخواهم', 'می\u200Cخواهم'],
    ['drops a zero-width non-joiner inside a Latin word', 'Sol\u200Cgården', 'Solgården'],
    ['drops a zero-width joiner between an emoji and a digit', '👩\u200D1', '👩1'],
    ['a private-use character cannot pose as a kept joiner', '1\u{10FFFD}2\u{10FFFC}3', '123'],
    ['a whole personnummer in disguise', '١٢\u200B1２\u00AD12\u2011\u202E12\u200D12', '121212-1212'],
  ])('%s', (_what, input, expected) => expect(normaliseText(input)).toBe(expected));

  it('is idempotent and leaves no control character', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(fc.constantFrom('1', '٢', '\u200D', '\u200C', 'ب', '👩', '\u{10FFFD}', '\u{E0041}', '🏴', '\u202E', '-', ' ')).map((a) => a.join('')),
        ),
        (s) => {
          const once = normaliseText(s);
          expect(normaliseText(once)).toBe(once);
          expect(once).not.toMatch(
            /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u2010-\u2015\u2212\u00A0\u2000-\u200A\u202F\u3000]/,
          );
          expect(once).not.toMatch(/(?![0-9])\p{Nd}/u);
          // A kept joiner never touches a digit, so it can never split a number.
          expect(once).not.toMatch(/[0-9][\u200C\u200D]|[\u200C\u200D][0-9]/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('textSchema passes the gate before it checks', () => {
  it('refuses a text that is only control characters as empty', () => {
    expect(textSchema(10).safeParse('\u0001\u0002').success).toBe(false);
  });
  it('gives the cleaned text', () => {
    expect(textSchema(10).parse(' a\u0000b ')).toBe('ab');
  });
  it('stores the normalised text', () => {
    expect(textSchema(40).parse('Tel\u00A008\u2013123\u200B45')).toBe('Tel 08-12345');
  });
});

describe('xmlSafeText', () => {
  it('keeps everything XML 1.0 allows and drops the rest', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(xmlSafeText(s)).not.toMatch(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        );
      }),
      { numRuns: 2000 },
    );
    expect(xmlSafeText('a\u0000b\uD800c😀')).toBe('abc😀');
  });
});
