// What stopped an import, in Swedish words kommun staff can act on: file-system
// codes ("EACCES") and Node's own messages never reach them bare.
import { KoladaResponseError } from '../kolada/normalise/response';
import { terminalValue } from '../../cli/terminal-text';

/** The import's files could not be staged or switched in; the message says which and what state content/ is in. */
export class ImportWriteError extends Error {}

const FS_WORDS: Record<string, string> = {
  EACCES: 'behörighet saknas',
  EPERM: 'behörighet saknas',
  ENOSPC: 'disken är full',
  EDQUOT: 'diskkvoten är slut',
  EROFS: 'disken är skrivskyddad',
  ENOENT: 'en fil eller mapp saknas',
  EISDIR: 'en mapp står där en fil ska vara',
  ENOTDIR: 'en fil står där en mapp ska vara',
  EMFILE: 'för många öppna filer',
  ENFILE: 'för många öppna filer',
  EBUSY: 'filen används av ett annat program',
  EXDEV: 'mapparna ligger på olika diskar',
  EIO: 'disken gick inte att läsa eller skriva',
};

/** A file-system error in words, with the path it concerns when Node names one. */
export function fileProblem(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const words = (err?.code && FS_WORDS[err.code]) || 'filen gick inte att läsa eller skriva';
  return err?.path ? `${words}: ${err.path}` : words;
}

/** Errors whose message is already written for kommun staff. */
const OWN_MESSAGES = [KoladaResponseError, ImportWriteError];

/**
 * Any error that stopped an import, as one Swedish sentence or more. Own errors
 * keep their message; file-system errors are put in words; anything else says
 * that nothing was written and what to do, with Node's first line as detail.
 */
export function describeImportError(e: unknown, own: (new (...args: never[]) => Error)[] = []): string {
  if ([...OWN_MESSAGES, ...own].some((c) => e instanceof c)) return (e as Error).message;
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) return `Importen stoppades: ${fileProblem(e)}. Inget skrevs.`;
  const detail = terminalValue(String((e as Error)?.message ?? e).split('\n')[0]).slice(0, 200);
  return `Importen stoppades av ett oväntat fel, och inget skrevs. Kör den igen; kvarstår felet, skicka den här texten till den som förvaltar webbplatsen (tekniskt: ${detail}).`;
}
