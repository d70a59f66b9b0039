// npm run import:sheet: the command line only; the import is src/import/sheet/ (cli.ts first).
import { main } from '../src/import/sheet/cli';
import { assertNodeVersion } from './lib/node-version';

process.exitCode = await main(process.argv.slice(2), assertNodeVersion);
