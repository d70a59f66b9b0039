// Text from the address (a search word, an id) shown back on the kommun's page.
// Anyone can send a link with any text in it, so the page shows only a short,
// plain piece of it: a long or invisible message cannot be planted there.

/** How many characters of someone's search text a page repeats. */
export const MAX_ECHO_LENGTH = 40;

/**
 * The text as a page may repeat it: invisible and control characters (including
 * direction overrides) removed, white space collapsed, at most `max` characters
 * (whole code points) with "…" when cut. Show it inside <bdi>.
 */
export function echoedText(text: string, max = MAX_ECHO_LENGTH): string {
  const plain = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = Array.from(plain);
  return chars.length <= max ? plain : `${chars.slice(0, max).join('').trimEnd()}…`;
}
