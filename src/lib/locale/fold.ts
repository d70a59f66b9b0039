// Folds text for search so "hemtjanst" finds "Hemtjänst": lower case, accents
// and å/ä/ö to plain letters, punctuation to spaces. Done once at build time
// for the indexed text; only the short query is folded in the browser.

/** "Solgårdens Omsorg AB" -> "solgardens omsorg ab". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a text, in order: "Björk & Co" -> ["bjork", "co"]. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

/** A value that can stand in a URL and compare equal however it was written: "Persiska (farsi)" -> "persiska-farsi". */
export function foldedKey(text: string): string {
  return foldedWords(text).join('-');
}
