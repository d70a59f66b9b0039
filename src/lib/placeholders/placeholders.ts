// Placeholders that npm run new-site writes for the kommun to replace: texts
// that start with [Ändra], and web and e-mail addresses under .invalid (a
// domain that can never exist, RFC 2606). They are valid content, so the site
// builds, but npm run validate lists every one until it is changed.

/** Starts every text that the kommun must read and rewrite. */
export const EDIT_MARK = '[Ändra]';

/** Host for placeholder addresses: https://kundval.andra.invalid, kundval@andra.invalid. */
export const PLACEHOLDER_HOST = 'andra.invalid';

export type PlaceholderKind = 'text' | 'address';

function hostOf(text: string): string | undefined {
  if (/^https?:\/\//i.test(text)) {
    try {
      return new URL(text).hostname;
    } catch {
      return undefined;
    }
  }
  return /^[^\s@]+@([^\s@]+)$/.exec(text)?.[1];
}

/** Whether a value is a placeholder, and which kind. */
export function placeholderKind(text: string): PlaceholderKind | undefined {
  if (text.includes(EDIT_MARK)) return 'text';
  const host = hostOf(text.trim())?.toLowerCase().replace(/\.$/, '');
  if (host === 'invalid' || host?.endsWith('.invalid')) return 'address';
  return undefined;
}

export interface PlaceholderHit {
  path: PropertyKey[];
  kind: PlaceholderKind;
  text: string;
}

/** Every placeholder in a parsed record, with its path. */
export function findPlaceholders(value: unknown, path: PropertyKey[] = []): PlaceholderHit[] {
  if (typeof value === 'string') {
    const kind = placeholderKind(value);
    return kind ? [{ path, kind, text: value }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  return [];
}
