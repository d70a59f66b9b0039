// npm run import:workbook: the command line only; the import is src/import/workbook/ (cli.ts first).
import { main } from '../src/import/workbook/cli';
import { assertNodeVersion } from './lib/node-version';

process.exitCode = await main(process.argv.slice(2), assertNodeVersion);
