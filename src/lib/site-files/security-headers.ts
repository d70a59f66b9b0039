// The one list of HTTP headers every response of the site carries. _headers,
// the nginx configuration and Apache's .htaccess are all written from it, so
// the three can never say different things.
import { REFERRER_POLICY } from './csp';

export type HeaderField = readonly [name: string, value: string];

/** Features the site never uses; no script on it, or in a frame it sits in, may ask for them. */
export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

export interface Hsts {
  /** Seconds; 0 sends no Strict-Transport-Security. */
  maxAge: number;
  includeSubDomains: boolean;
}

export interface HeaderOptions {
  /** The whole Content-Security-Policy, with frame-ancestors (csp.ts). */
  policy: string;
  /** HSTS is sent only when the site's address is https: over http a browser ignores it anyway. */
  siteUrl: string;
  hsts: Hsts;
}

export function hstsValue({ maxAge, includeSubDomains }: Hsts): string {
  return `max-age=${maxAge}${includeSubDomains ? '; includeSubDomains' : ''}`;
}

/**
 * Why a header value cannot be written into a server configuration, or
 * undefined. A line break would start a new directive or header, and `$` (an
 * nginx variable) and `\` (Apache keeps it, nginx reads it as an escape) have
 * no escape both servers read the same way. Quotes are escaped where written.
 */
export function headerValueProblem(value: string): string | undefined {
  if (/[\r\n]/.test(value)) return 'en radbrytning';
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'ett styrtecken';
  if (/[^\u0020-\u007e]/.test(value)) return 'ett tecken utanför ASCII';
  if (/[$\\`]/.test(value)) return 'något av tecknen $ \\ `';
  if (value.trim() !== value || value === '') return 'mellanslag först eller sist, eller inget värde';
  return undefined;
}

/** Throws when a header could break the files it is written into; the schema should have stopped it before. */
export function checkedHeader(name: string, value: string): HeaderField {
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) throw new Error(`Ogiltigt namn på HTTP-rubrik: ${JSON.stringify(name)}`);
  const problem = headerValueProblem(value);
  if (problem) throw new Error(`HTTP-rubriken ${name} kan inte skrivas i serverns inställningar: värdet innehåller ${problem} (${JSON.stringify(value)}).`);
  return [name, value];
}

/** The security headers, in the order every file lists them. */
export function securityHeaders({ policy, siteUrl, hsts }: HeaderOptions): HeaderField[] {
  const fields: HeaderField[] = [
    ['Content-Security-Policy', policy],
    ['Referrer-Policy', REFERRER_POLICY],
    ['X-Content-Type-Options', 'nosniff'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  if (/^https:\/\//i.test(siteUrl) && hsts.maxAge > 0) fields.push(['Strict-Transport-Security', hstsValue(hsts)]);
  return fields.map(([name, value]) => checkedHeader(name, value));
}
