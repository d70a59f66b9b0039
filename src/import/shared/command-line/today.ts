// Today's date in Sweden as YYYY-MM-DD: the publication date an import writes.
import { ArgsError } from '../../../cli/cli-args';
import { isRealIsoDate } from '../../../lib/locale/dates';

export function swedishToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The --date given on the command line, or today. */
export function importDate(given: string | undefined): string {
  if (given === undefined) return swedishToday();
  if (!isRealIsoDate(given)) throw new ArgsError(`--date ska vara ett datum skrivet ÅÅÅÅ-MM-DD (fick "${given}").`);
  return given;
}
