// Text echoed to the terminal from cells, KPI titles, unit names and HTTP answers:
// no escape sequence, control or bidi character survives to rewrite the screen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalValue } from '../../src/cli/terminal-text';

const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

describe('terminalSafe', () => {
  it.each([
    ['colour (CSI)', 'Solgården \u001b[31mRÖD\u001b[0m', 'Solgården RÖD'],
    ['cursor up and erase line', 'ok\u001b[1A\u001b[2KInget ändrades.', 'okInget ändrades.'],
    ['window title (OSC ... BEL)', '\u001b]0;pwned\u0007Titel', 'Titel'],
    ['hyperlink (OSC 8 ... ST)', '\u001b]8;;https://elsewhere.example/\u001b\\länk\u001b]8;;\u001b\\', 'länk'],
    ['C1 CSI', 'a\u009b31mb', 'ab'],
    ['reset (ESC c)', 'a\u001bcb', 'ab'],
    ['carriage return that overwrites the line', 'Avvisad\rGodkänd', 'AvvisadGodkänd'],
    ['backspace and DEL', 'ab\u0008\u007fc', 'abc'],
    ['bidi override', 'enhet \u202Egnik\u202C', 'enhet gnik'],
    ['bidi isolates and marks', '\u2066a\u2069\u200Fb\u061C', 'ab'],
    ['plain Swedish text with tab and line feed', 'Hemtjänst Åby\tÖrebro\nnästa rad', 'Hemtjänst Åby\tÖrebro\nnästa rad'],
  ])('removes %s', (_what, input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });

  it('keeps a value on its own line: line breaks and tabs become spaces', () => {
    expect(terminalValue('Utförare\nInget ändrades.\u2028x\ty')).toBe('Utförare Inget ändrades. x y');
  });

  it('leaves no control, escape or bidi character in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(terminalSafe(text)).not.toMatch(FORBIDDEN);
        expect(terminalValue(text)).not.toMatch(/[\n\t]/);
      }),
      { numRuns: 500 },
    );
  });
});
