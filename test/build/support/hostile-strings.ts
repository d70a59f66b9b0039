// Text that tries to break a web page, a feed, a spreadsheet or a reader:
// markup, event handlers, script URLs, quotes that end attributes, bidi
// overrides, zero-width and control characters, emoji and very long text.
import fc from 'fast-check';

export const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert("xss")</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '"><script>alert(document.cookie)</script>',
  "' onmouseover='alert(1)' x='",
  '" onfocus="alert(1)" autofocus="',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '<a href="javascript:alert(1)">klicka</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<style>body{display:none}</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<!-- kommentar --><![CDATA[ ]]>',
  ']]></summary><entry><title>falsk</title></entry>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '=HYPERLINK("https://evil.example","klicka")',
  '+SUM(1;1)',
  '-1+1',
  '@SUM(A1)',
  'Omsorg AB\u202Egnp.exe',
  '\u202Dvänster\u202C \u2066isolerad\u2069 \u200Fhöger',
  'noll\u200Bbredd\u200C\u200D\uFEFFtecken',
  'styr\u0000tecken\u0001\u0007\u0008\u000B\u000C\u001B[31m\u007F\u0085\u009F',
  'rad 1\r\nrad 2\rrad 3\n\nstycke 2',
  '👵🏽👨‍👩‍👧 🏳️‍🌈 äldreomsorg 💊',
  'العربية עברית 中文 ພາສາລາວ',
  '&amp; &lt;b&gt; &#x3C;script&#x3E; &#0;',
  '\\"; alert(1); //',
  '\u2028\u2029',
  ';;;"";\r\n;',
  'a'.repeat(10_000),
  `${'<b>långt</b> '.repeat(800)}`,
];

/** Short enough for every field (the shortest holds 60 characters): markup, a handler, a broken attribute, a script. */
export const CORE_ATTACK = `<img src=x onerror=alert(1)>"'><script>alert(2)</script>`;

/** Any of the strings above, arbitrary Unicode, or a mix of both. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom(...HOSTILE_STRINGS))
    .map((parts) => parts.join(' ')),
);
