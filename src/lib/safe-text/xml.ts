// Text and attribute values for hand-built XML (feed, sitemap): escaped, and
// stripped of characters XML 1.0 cannot hold, so no content makes a file invalid.
import { xmlSafeText } from './text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Safe both as element text and inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}
