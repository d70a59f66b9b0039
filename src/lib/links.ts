// The one link sanitiser: text from content files may only become a link when
// its scheme is http(s), mailto or tel. Anything else is shown as plain text.

const SAFE_SCHEME = /^(https?:\/\/|mailto:|tel:)/i;
// Control, bidi-override and zero-width characters can hide a different target.
const HIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (!SAFE_SCHEME.test(value) || HIDDEN_CHARS.test(value)) return false;
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }
  return value.length > 'mailto:'.length;
}

/** The href to render, or undefined when the value must not become a link. */
export function safeHref(href: string | undefined): string | undefined {
  return href && isSafeHref(href) ? href.trim() : undefined;
}

export function mailtoHref(email: string): string | undefined {
  return safeHref(`mailto:${email.trim()}`);
}

/** tel: links keep only digits and a leading plus. */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.length >= 5 ? `tel:${digits}` : undefined;
}
