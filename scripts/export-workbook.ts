// npm run export:workbook: the command line only; the export is src/import/workbook/export/ (cli.ts first).
import { main } from '../src/import/workbook/export/cli';
import { assertNodeVersion } from './lib/node-version';

process.exitCode = await main(process.argv.slice(2), assertNodeVersion);
