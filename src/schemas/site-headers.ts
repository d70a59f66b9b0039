// The HTTP headers a kommun sets in site.yaml (`headers:`): which other sites
// may show this one in a frame, and how long browsers keep to https (HSTS).
// Every value ends up inside nginx, Apache and _headers files, so only values
// that cannot break out of a quoted header value are accepted.
import { z } from 'zod';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** Scheme, host and optional port, nothing else: the form CSP calls a host source. */
const ORIGIN = new RegExp(`^https?://${LABEL}(?:\\.${LABEL})*(?::[0-9]{1,5})?$`);

export const ORIGIN_EXPECTED =
  'en webbplats adress utan sökväg, t.ex. https://www.exempelkommun.se: https:// eller http://, värdnamnet och eventuellt :port, inget mer (ingen sökväg, inga mellanslag, citattecken eller semikolon)';

/** "https://www.håbo.se/" -> "https://www.xn--hbo-qla.se": lower case, punycode, no trailing slash. */
function asOrigin(value: string): string {
  const v = value.trim().replace(/\/$/, '');
  if (!/^https?:\/\/[^/?#@\s"'`$;\\]+$/i.test(v)) return v;
  try {
    const url = new URL(v);
    return `${url.protocol}//${url.host}`;
  } catch {
    return v;
  }
}

export const originSchema = z
  .string({ error: ORIGIN_EXPECTED })
  .overwrite(asOrigin)
  .refine((v) => ORIGIN.test(v) && URL.canParse(v), { error: ORIGIN_EXPECTED });

/** One year: long enough to protect visitors between visits, short enough to undo a mistake. */
export const DEFAULT_HSTS_MAX_AGE = 31_536_000;
/** Two years, the most browsers' preload lists ask for; more only makes a mistake last longer. */
const MAX_HSTS_MAX_AGE = 63_072_000;
const HSTS_MAX_AGE_EXPECTED = `ett heltal sekunder mellan 0 (skicka ingen HSTS) och ${MAX_HSTS_MAX_AGE} (två år), t.ex. ${DEFAULT_HSTS_MAX_AGE} (ett år)`;

export const headersSchema = z
  .strictObject({
    /**
     * Sites that may show this one in a frame (an iframe in the kommun's CMS).
     * The site itself always may ('self'); nobody else unless listed here.
     */
    frameAncestors: z.array(originSchema, { error: 'en lista med webbplatsers adresser' }).max(20, { error: 'högst 20 adresser' }).default([]),
    /** Strict-Transport-Security: sent only when siteUrl is https. */
    hsts: z
      .strictObject({
        maxAge: z
          .number({ error: HSTS_MAX_AGE_EXPECTED })
          .int({ error: HSTS_MAX_AGE_EXPECTED })
          .min(0, { error: HSTS_MAX_AGE_EXPECTED })
          .max(MAX_HSTS_MAX_AGE, { error: HSTS_MAX_AGE_EXPECTED })
          .default(DEFAULT_HSTS_MAX_AGE),
        /** Also every subdomain of the host: only when the kommun knows all of them speak https. */
        includeSubDomains: z.boolean({ error: 'true eller false' }).default(false),
      })
      .default({ maxAge: DEFAULT_HSTS_MAX_AGE, includeSubDomains: false }),
  })
  .default({ frameAncestors: [], hsts: { maxAge: DEFAULT_HSTS_MAX_AGE, includeSubDomains: false } });

export type SiteHeaders = z.infer<typeof headersSchema>;
