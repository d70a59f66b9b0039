// The one link sanitiser: only http(s), mailto and tel become links.
import { describe, expect, it } from 'vitest';
import { isSafeHref, mailtoHref, safeHref, telHref } from '../../src/lib/safe-text/links';

describe('isSafeHref', () => {
  it.each([
    ['https://www.testkommun.example/'],
    ['http://testkommun.example/sida?a=1&b=2#del'],
    ['HTTPS://TESTKOMMUN.EXAMPLE'],
    ['mailto:kundval@testkommun.example'],
    ['tel:+46812345600'],
    ['  https://testkommun.example  '],
    // Swedish letters are Latin; a host in one script alone is fine.
    ['https://växjö.se/'],
    // The same as the URL parser writes it (punycode).
    [`https://${new URL('https://växjö.se').hostname}/`],
    ['https://пример.рф/'],
    ['https://例子.中国/'],
    ['https://日本語テキスト.jp/'],
    ['https://testkommun.example/sida?mejl=a@b.example'],
    ['https://testkommun.example/@konto'],
  ])('allows %j', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript, upper case', 'JavaScript:alert(1)'],
    ['javascript, leading space', '  javascript:alert(1)'],
    ['javascript, tab inside the scheme', 'java\tscript:alert(1)'],
    ['data', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['file', 'file:///etc/passwd'],
    ['ftp', 'ftp://testkommun.example'],
    ['relative path', 'sida/annan'],
    ['root-relative path', '/kundval/'],
    ['protocol-relative', '//evil.example/'],
    ['fragment only', '#main'],
    ['backslashes', 'https:\\\\evil.example'],
    ['no host', 'https://'],
    ['bare mailto', 'mailto:'],
    ['bare tel', 'tel:'],
    ['right-to-left override', 'https://testkommun.example/\u202Efdp.exe'],
    ['left-to-right isolate', 'https://testkommun.example/\u2066x'],
    ['zero-width space', 'https://test\u200Bkommun.example/'],
    ['zero-width joiner', 'mailto:a\u200D@testkommun.example'],
    ['byte order mark inside', 'https://testkommun.\uFEFFexample/'],
    ['newline', 'https://testkommun.example/\njavascript:alert(1)'],
    ['null byte', 'https://testkommun.example/\u0000'],
    ['empty', ''],
    ['a user part before the host', 'https://kommun.se@elsewhere.example/'],
    ['a user and password', 'https://kommun:se@elsewhere.example/'],
    ['an empty user part', 'https://@elsewhere.example/'],
    ['a user part over http', 'http://www.testkommun.example@10.0.0.1/'],
    ['a Cyrillic о among Latin letters', 'https://k\u043emmun.se/'],
    ['the same as punycode', 'https://xn--kmmun-jye.se/'],
    ['a Greek ε among Latin letters', 'https://testkommun\u03b5.example/'],
    ['an all-Cyrillic look-alike label under a Latin top-level domain', 'https://\u0430\u0440\u0440\u04cf\u0435.com/'],
    ['Cyrillic mixed with Latin in another label', 'https://www.testkommun.\u0441\u0435/'],
    ['invalid punycode', 'https://xn--zz.se/'],
    ['an e-mail domain with a Cyrillic о', 'mailto:kundval@k\u043emmun.se'],
  ])('refuses %s', (_what, href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});

describe('safeHref', () => {
  it.each([
    [' https://testkommun.example/ ', 'https://testkommun.example/'],
    // trim() removes a leading byte order mark, so the href rendered is clean.
    ['\uFEFFhttps://testkommun.example/', 'https://testkommun.example/'],
    ['mailto:a@testkommun.example', 'mailto:a@testkommun.example'],
    ['javascript:alert(1)', undefined],
    ['/relative', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j -> %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });
});

describe('mailtoHref', () => {
  it.each([
    ['kundval@testkommun.example', 'mailto:kundval@testkommun.example'],
    ['  kundval@testkommun.example ', 'mailto:kundval@testkommun.example'],
    ['kund\u200Bval@testkommun.example', undefined],
    ['', undefined],
  ])('%j -> %j', (email, expected) => {
    expect(mailtoHref(email)).toBe(expected);
  });
});

describe('telHref', () => {
  it.each([
    ['08-123 456 78', 'tel:0812345678'],
    ['070-123 45 67', 'tel:0701234567'],
    ['+46 8 123 456 78', 'tel:+46812345678'],
    ['+46 (0)8-123 456 78', 'tel:+460812345678'],
    ['08+123+45', 'tel:0812345'],
    ['javascript:alert(1)', undefined],
    ['112', undefined],
    ['', undefined],
    ['ring oss', undefined],
  ])('%j -> %j', (phone, expected) => {
    expect(telHref(phone)).toBe(expected);
  });
});
