// Free text from content files, made safe to carry anywhere: control characters
// nobody can see or mean (pasted from Word or Excel) are removed, because they
// make HTML and XML invalid and can hide what a text really says.

/** Vertical tab and form feed: the line and page breaks Word and Excel export. */
const BREAKS = /[\u000B\u000C]/g;
/** C0 controls except tab, line feed and carriage return; DEL; C1 controls; the noncharacters U+FFFE and U+FFFF. */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** The text without invisible control characters, trimmed. Line breaks and tabs stay. */
export function cleanText(text: string): string {
  return text.replace(BREAKS, '\n').replace(INVISIBLE_CONTROLS, '').trim();
}

/** Characters XML 1.0 cannot hold in any form (not even escaped), including lone surrogates. */
const NOT_IN_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text that XML 1.0 can hold; escaping still has to be done by the writer. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}
