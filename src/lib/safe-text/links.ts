// The one link sanitiser: text from content files may only become a link when
// its scheme is http(s), mailto or tel, and a web address only when it goes
// where it seems to: no user part before "@" (https://kommun.se@elsewhere.example/
// goes to elsewhere.example) and no host name mixing look-alike scripts
// (a Cyrillic "о" among Latin letters). Anything else is shown as plain text.

const SAFE_SCHEME = /^(https?:\/\/|mailto:|tel:)/i;
// Control, bidi-override and zero-width characters can hide a different target.
const HIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export type HrefProblem = 'scheme' | 'user-info' | 'mixed-script';

/** Why an address must not become a link, or undefined when it may. */
export function hrefProblem(href: string): HrefProblem | undefined {
  const value = href.trim();
  if (!SAFE_SCHEME.test(value) || HIDDEN_CHARS.test(value)) return 'scheme';
  if (/^https?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return 'scheme';
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname.length === 0) return 'scheme';
    // The authority as written: any "@" in it makes what comes before a user name, not the host.
    const authority = /^https?:\/\/([^/?#\\]*)/i.exec(value)?.[1] ?? '';
    if (authority.includes('@') || url.username || url.password) return 'user-info';
    if (mixesScripts(url.hostname)) return 'mixed-script';
    return undefined;
  }
  if (value.length <= 'mailto:'.length) return 'scheme';
  // An e-mail address's domain can imitate another just like a web address's host.
  const mailDomain = /^mailto:[^?]*@([^?@]+)/i.exec(value)?.[1];
  if (mailDomain && mixesScripts(mailDomain)) return 'mixed-script';
  return undefined;
}

export function isSafeHref(href: string): boolean {
  return hrefProblem(href) === undefined;
}

/** Scripts with letters that look like Latin ones: mixed with Latin in one host name they can imitate another address. */
const LOOKALIKE_SCRIPTS = ['Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Cherokee', 'Coptic'];
const KNOWN_SCRIPTS = [
  'Latin',
  ...LOOKALIKE_SCRIPTS,
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
  'Arabic',
  'Hebrew',
  'Thai',
  'Devanagari',
  'Ethiopic',
];
const SCRIPT_TESTS = KNOWN_SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
/** Combinations one label may hold: East Asian writing mixes these by nature. */
const ALLOWED_MIXES = [new Set(['Latin', 'Han', 'Hiragana', 'Katakana']), new Set(['Latin', 'Han', 'Bopomofo']), new Set(['Latin', 'Han', 'Hangul'])];

function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const ch of label) {
    if (!/\p{L}/u.test(ch)) continue;
    scripts.add(SCRIPT_TESTS.find(([, re]) => re.test(ch))?.[0] ?? 'other');
  }
  return scripts;
}

/**
 * Whether a host name (as the URL parser gives it, with xn-- labels) mixes
 * scripts: one label with letters of two scripts (other than the East Asian
 * combinations), or Latin anywhere in the name next to a look-alike script.
 * Swedish å, ä, ö are Latin. A label that is not valid punycode counts as mixed.
 */
export function mixesScripts(hostname: string): boolean {
  const all = new Set<string>();
  for (const raw of hostname.toLowerCase().split('.')) {
    const label = raw.startsWith('xn--') ? punycodeDecode(raw.slice(4)) : raw;
    if (label === undefined) return true;
    const scripts = scriptsOf(label);
    if (scripts.size > 1 && !ALLOWED_MIXES.some((mix) => [...scripts].every((s) => mix.has(s)))) return true;
    for (const s of scripts) all.add(s);
  }
  return all.has('Latin') && LOOKALIKE_SCRIPTS.some((s) => all.has(s));
}

/** RFC 3492 punycode decoding of one label (without "xn--"); undefined when it is not valid. */
function punycodeDecode(input: string): string | undefined {
  const [base, tMin, tMax, skew, damp] = [36, 1, 26, 38, 700];
  const basicEnd = Math.max(0, input.lastIndexOf('-'));
  const output: number[] = [];
  for (let j = 0; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return undefined;
    output.push(c);
  }
  let [n, bias, i] = [128, 72, 0];
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldI = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (index >= input.length) return undefined;
      const c = input.charCodeAt(index++);
      const digit = c >= 48 && c <= 57 ? c - 22 : c >= 97 && c <= 122 ? c - 97 : c >= 65 && c <= 90 ? c - 65 : base;
      if (digit >= base) return undefined;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (i > 0x7fffffff || w > 0x7fffffff) return undefined;
    }
    const length = output.length + 1;
    let delta = oldI === 0 ? Math.floor((i - oldI) / damp) : Math.floor((i - oldI) / 2);
    delta += Math.floor(delta / length);
    let k = 0;
    while (delta > ((base - tMin) * tMax) >> 1) {
      delta = Math.floor(delta / (base - tMin));
      k += base;
    }
    bias = k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
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
