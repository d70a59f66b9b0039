// The one way text is folded: for search ("hemtjanst" finds "Hemtjänst"), for
// matching a name or a spreadsheet header however it is written, and for
// slugs (ids and URLs). Lower case, accents and å/ä/ö to plain letters, and
// letters that Unicode does not split into letter + accent (ø, æ, ł, ß, đ, þ)
// to their nearest plain letters, so "Café Øst" is "cafe ost", never "cafe st".

/** Letters with no decomposition, as Scandinavian, German, Polish and Icelandic names are usually written without them. */
const NEAREST_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const UNSPLIT_LETTERS = new RegExp(`[${Object.keys(NEAREST_LETTERS).join('')}]`, 'g');

/** "Solgårdens Omsorg AB" -> "solgardens omsorg ab"; "Café Øst" -> "cafe ost". Letters of other scripts stay. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNSPLIT_LETTERS, (letter) => NEAREST_LETTERS[letter])
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a text, in order: "Björk & Co" -> ["bjork", "co"]. */
export function foldedWords(text: string): string[] {
  const folded = fold(text);
  return folded ? folded.split(' ') : [];
}

/** A value that can stand in a URL and compare equal however it was written: "Persiska (farsi)" -> "persiska-farsi". */
export function foldedKey(text: string): string {
  return foldedWords(text).join('-');
}

/** The longest id the site accepts (schemas/common idSchema). */
export const SLUG_MAX_LENGTH = 80;

/**
 * An id the site accepts (a-z, digits, hyphens), from a name or a case number:
 * "Trygga Händer AB" -> "trygga-hander-ab", "Lugn & Ro" -> "lugn-och-ro",
 * "SN 2025/123" -> "sn-2025-123". At most SLUG_MAX_LENGTH characters, never ending in a hyphen.
 */
export function slug(text: string): string {
  return fold(text.replace(/&/g, ' och '))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}
