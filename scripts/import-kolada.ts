// npm run import:kolada: the command line only; the import is src/import/kolada/ (cli.ts first).
import { main } from '../src/import/kolada/cli';
import { assertNodeVersion } from './lib/node-version';

process.exitCode = await main(process.argv.slice(2), assertNodeVersion);
