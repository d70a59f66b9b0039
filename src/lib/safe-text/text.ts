// The one text gate: every text from content files, spreadsheets and Kolada is
// normalised here before it is checked (personnummer, links) and before it is
// stored, so what the checks saw is exactly what the site publishes. Invisible,
// control and bidi characters (pasted from Word, Excel or e-mail, or planted)
// are removed; look-alike dashes, spaces and digits become their plain forms.

/**
 * Whole terminal escape sequences: CSI with its final byte (colours, cursor
 * moves), ESC ] and the other ESC strings with their terminator (window
 * titles, links). Text copied from a terminal would otherwise publish "[31m" once the
 * ESC itself is gone. Only complete ones: a lone ESC is removed as a control
 * and the text after it stays.
 */
const ESCAPE_SEQUENCES = /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]|\u001B[\]PX^_][^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

/** Vertical tab and form feed (the line and page breaks Word and Excel export), line and paragraph separators. */
const BREAKS = /[\u000B\u000C\u2028\u2029]/g;

/**
 * Zero-width joiner after an emoji and before another: part of one emoji
 * (👩‍⚕️, 🏳️‍🌈). Kept, since it joins pictures and can never join digits.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: \uFE0F stands alone on purpose: an emoji's variation selector before the joiner.
const EMOJI_JOINER = /(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D(?=\p{Extended_Pictographic})/gu;
/**
 * Zero-width (non-)joiner between two letters of a script that needs it for
 * correct spelling (Persian, Urdu, the Indic scripts). Kept; never next to a digit.
 */
const SCRIPT_JOINER =
  /(?<=[[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Mongolian}]&&[\p{L}\p{M}]])[\u200C\u200D](?=[[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Mongolian}]&&[\p{L}\p{M}]])/gv;
/** Tag characters after a black flag: the flags of England, Scotland and Wales. */
const EMOJI_TAGS = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
/** Placeholders for the joiners and tags kept; private-use characters nobody types. */
const KEEP_ZWJ = '\u{10FFFD}';
const KEEP_ZWNJ = '\u{10FFFC}';
/** The private-use range the placeholders come from, removed from the input first so no text can fake one. */
const PLACEHOLDERS = /[\u{10FE00}-\u{10FFFF}]/gu;

/**
 * Removed everywhere: C0 controls except tab, line feed and carriage return; DEL;
 * C1 controls; every format character (zero-width space and joiners, soft hyphen,
 * word joiner, byte order mark, bidi marks, embeddings, overrides and isolates,
 * invisible operators, tags); the supplementary variation selectors, which can
 * carry hidden text; and the noncharacters U+FFFE and U+FFFF.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the variation selectors are listed alone on purpose, to remove them.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\p{Cf}\u{E0100}-\u{E01EF}\uFFFE\uFFFF]/gu;

/** Every dash: hyphen, non-breaking hyphen, figure, en and em dash, horizontal bar, minus sign, small and full-width hyphen-minus... */
const DASHES = /[\p{Pd}\u2212\u2043\u02D7\u2796\u207B\u208B]/gu;
/** Every space: no-break, en, em, thin, hair, narrow no-break, medium mathematical, ideographic... */
const SPACES = /\p{Zs}/gu;
/** A decimal digit of any script (Arabic-Indic, Devanagari, ...); NFKC has already made full-width ones ASCII. */
const DIGIT = /\p{Nd}/u;
const NON_ASCII_DIGITS = /(?![0-9])\p{Nd}/gu;

/**
 * The value of a decimal digit of any script. Unicode encodes every script's
 * digits as one contiguous run 0-9, so the value is the distance to the run's start.
 */
function digitValue(digit: string): string {
  let cp = digit.codePointAt(0)!;
  let value = 0;
  while (DIGIT.test(String.fromCodePoint(cp - 1))) {
    cp--;
    value++;
  }
  return String(value % 10);
}

/**
 * The gate. NFKC; terminal escape sequences removed; line and page breaks as line feeds; invisible, control and
 * bidi characters removed; every dash "-", every space " ", every digit 0-9;
 * trimmed. Line breaks and tabs inside stay. Idempotent.
 */
export function normaliseText(text: string): string {
  let kept = text.replace(PLACEHOLDERS, '').replace(ESCAPE_SEQUENCES, '').replace(BREAKS, '\n');
  // The joiner and tag rules only where they can apply: most text has neither.
  if (kept.includes('\u{1F3F4}'))
    kept = kept.replace(EMOJI_TAGS, (flag) => flag.replace(/[\u{E0020}-\u{E007F}]/gu, (tag) => String.fromCodePoint(tag.codePointAt(0)! - 0xe0000 + 0x10fe00)));
  if (/[\u200C\u200D]/.test(kept)) kept = kept.replace(EMOJI_JOINER, KEEP_ZWJ).replace(SCRIPT_JOINER, (j) => (j === '\u200D' ? KEEP_ZWJ : KEEP_ZWNJ));
  const visible = kept.replace(INVISIBLE, '').normalize('NFKC');
  return visible
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(NON_ASCII_DIGITS, digitValue)
    .replace(/[\u{10FE20}-\u{10FE7F}]/gu, (p) => String.fromCodePoint(p.codePointAt(0)! - 0x10fe00 + 0xe0000))
    .replaceAll(KEEP_ZWJ, '\u200D')
    .replaceAll(KEEP_ZWNJ, '\u200C')
    .trim();
}

/** Characters XML 1.0 cannot hold in any form (not even escaped), including lone surrogates. */
const NOT_IN_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text that XML 1.0 can hold; escaping still has to be done by the writer. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}
