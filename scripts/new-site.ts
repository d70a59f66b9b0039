// npm run new-site: the command line only; the work is src/new-site/cli.ts.
import { main } from '../src/new-site/cli';
import { assertNodeVersion } from './lib/node-version';

process.exitCode = main(process.argv.slice(2), assertNodeVersion);
