// npm run validate: the command line only; the check is src/cli/validate-command.ts.
import { main } from '../src/cli/validate-command';
import { assertNodeVersion } from './lib/node-version';

process.exitCode = main(process.argv.slice(2), assertNodeVersion);
