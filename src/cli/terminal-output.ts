// The one way import and validate scripts print: every line passes terminalSafe,
// because messages echo cell text, KPI titles, unit names and HTTP answers that
// may carry escape codes.
import { terminalSafe } from './terminal-text';

/** A summary or result line on stdout. */
export function printOut(text: string): void {
  process.stdout.write(`${terminalSafe(text)}\n`);
}

/** Progress, warnings and errors on stderr. */
export function printErr(text: string): void {
  process.stderr.write(`${terminalSafe(text)}\n`);
}
