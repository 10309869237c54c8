import { Command } from 'commander';
import { version } from './_lib/version';

/**
 * Builds the `cw` command-line program. Commands are added by their own modules; the program is
 * returned unparsed so tests and other tools can run it in-process with `parseAsync`.
 *
 * @example
 * await createProgram().parseAsync(['node', 'cw', '--version']);
 * // prints '0.0.0'
 */
export function createProgram(): Command {
  const program = new Command('cw')
    .description('Turn blog sources into a static content bundle that partner sites embed.')
    .version(version, '-v, --version', 'print the version of cw')
    .showHelpAfterError('(run "cw --help" for usage)');
  return program;
}
