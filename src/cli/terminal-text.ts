// Text from files and from the network, made safe to print in a terminal:
// escape sequences (colours, cursor moves, window titles, hyperlinks), other
// control characters and bidi overrides are removed, so a cell or a KPI title
// can neither rewrite the screen nor make a line read differently from what it says.

/** ESC or CSI followed by a whole sequence: CSI ... final byte, OSC/DCS/APC/PM/SOS ... terminator, or one ESC + character. */
const ESCAPE_SEQUENCES =
  /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;
/** C0 controls except tab and line feed, DEL, C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Bidi embeddings, overrides and isolates, and the marks that steer them. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Line and paragraph separators some terminals honour. */
const SEPARATORS = /[\u2028\u2029]/g;

/** Text safe to print: no escape sequences, control or bidi characters. Line feeds and tabs stay. */
export function terminalSafe(text: string): string {
  return String(text).replace(ESCAPE_SEQUENCES, '').replace(SEPARATORS, '\n').replace(CONTROLS, '').replace(BIDI, '');
}

/** A value echoed inside one line of output (a cell, a title): also without line breaks or tabs. */
export function terminalValue(text: string): string {
  return terminalSafe(text).replace(/[\t\n]+/g, ' ');
}
