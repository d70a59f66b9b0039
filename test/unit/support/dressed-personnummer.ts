// Valid personnummer (random real dates, samordningsnummer too, correct Luhn
// digit) dressed as an adversary or a careless copy from Word, Excel or e-mail
// would: other digit forms, other dashes and spaces, and invisible, control,
// bidi and soft-hyphen characters between any two characters. Generated, so no
// real person's number is written down here.
import fc from 'fast-check';
import { luhnCheckDigit } from '../../../src/lib/safe-text/identity-numbers';

export interface Personnummer {
  /** The digits only: 10 (YYMMDDNNNC) or 12 (YYYYMMDDNNNC). */
  digits: string;
  /** As usually written: YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN or without a separator. */
  written: string;
}

export const personnummer: fc.Arbitrary<Personnummer> = fc
  .record({
    date: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true }),
    samordning: fc.boolean(),
    serial: fc.integer({ min: 0, max: 999 }),
    long: fc.boolean(),
    separator: fc.constantFrom('-', '+', ''),
  })
  .map(({ date, samordning, serial, long, separator }) => {
    const yyyy = String(date.getUTCFullYear());
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    const dd = String(date.getUTCDate() + (samordning ? 60 : 0)).padStart(2, '0');
    const nine = `${yyyy.slice(2)}${mm}${dd}${String(serial).padStart(3, '0')}`;
    const ten = `${nine}${luhnCheckDigit(nine)}`;
    const digits = long ? `${yyyy.slice(0, 2)}${ten}` : ten;
    const sep = long && separator === '+' ? '-' : separator;
    const cut = long ? 8 : 6;
    return { digits, written: `${digits.slice(0, cut)}${sep}${digits.slice(cut)}` };
  });

const DIGIT_FORMS = [
  (d: number) => String(d),
  (d: number) => String.fromCodePoint(0x0660 + d), // Arabic-Indic
  (d: number) => String.fromCodePoint(0x06f0 + d), // extended Arabic-Indic
  (d: number) => String.fromCodePoint(0x0966 + d), // Devanagari
  (d: number) => String.fromCodePoint(0xff10 + d), // full-width
  (d: number) => String.fromCodePoint(0x1d7ce + d), // mathematical bold
];

export const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD', // zero-width, soft hyphen
  '\u0000',
  '\u0007',
  '\u0008',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F', // controls
  '\u200E',
  '\u200F',
  '\u061C',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069', // bidi
];
const VISIBLE = [
  ' ',
  '\u00A0',
  '\u2007',
  '\u2009',
  '\u202F',
  '\u3000', // spaces
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2212',
  '\uFE63',
  '\uFF0D', // dashes
];

/** Between two characters: up to two invisible characters and at most one visible separator (short enough for every field). */
const gap = fc
  .tuple(fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 2 }), fc.option(fc.constantFrom(...VISIBLE), { nil: undefined, freq: 3 }), fc.nat(3))
  .map(([invisible, visible, at]) => {
    const parts = [...invisible];
    if (visible) parts.splice(Math.min(at, parts.length), 0, visible);
    return parts.join('');
  });

/** A personnummer in disguise, and the plain one it hides. */
export const dressedPersonnummer: fc.Arbitrary<{ plain: Personnummer; dressed: string }> = personnummer.chain((plain) =>
  fc
    .tuple(
      fc.array(fc.nat(DIGIT_FORMS.length - 1), { minLength: plain.written.length, maxLength: plain.written.length }),
      fc.array(gap, { minLength: plain.written.length - 1, maxLength: plain.written.length - 1 }),
    )
    .map(([forms, gaps]) => {
      const chars = [...plain.written].map((ch, i) => (/\d/.test(ch) ? DIGIT_FORMS[forms[i]](Number(ch)) : ch));
      return { plain, dressed: chars.map((ch, i) => ch + (gaps[i] ?? '')).join('') };
    }),
);
