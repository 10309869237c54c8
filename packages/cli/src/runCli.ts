import { CommanderError } from 'commander';
import { CliError, EXIT } from './_lib/cliError';
import { systemErrorMessage } from './_lib/systemErrorMessage';
import { createProgram, type ProgramIO } from './createProgram';

/**
 * Runs `cw` with the given arguments (without `node` and the script) and returns its exit code.
 * Every failure becomes one plain sentence on stderr and an exit code: 2 for arguments, inputs
 * or an output folder cw will not use, 3 for what the operating system refused (disk full,
 * read-only folder, port in use); only a bug of ours prints a stack trace. With `--json`, the
 * error is also printed on stdout as `{ "error": { "message", "exitCode" } }`.
 *
 * @param args - The command line after `cw`.
 * @param io - Where output goes.
 * @returns The exit code.
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), io);
 */
export async function runCli(args: readonly string[], io: ProgramIO): Promise<number> {
  const previousExitCode = process.exitCode;
  process.exitCode = 0;
  let code: number;
  let message: string | undefined;
  try {
    await createProgram(io).parseAsync(['node', 'cw', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message; it is repeated as JSON only.
      code = error.exitCode;
      if (code !== 0) message = error.message.replace(/^error: /, '');
    } else if (error instanceof CliError) {
      code = error.exitCode;
      message = error.message;
      io.err(`cw: ${message}\n`);
    } else {
      const sentence = systemErrorMessage(error);
      if (sentence === undefined) {
        code = EXIT.usage;
        message = `unexpected error, please report it: ${error instanceof Error ? error.message : String(error)}`;
        io.err(`cw: ${message}\n${error instanceof Error ? error.stack : ''}\n`);
      } else {
        code = EXIT.system;
        message = sentence;
        io.err(`cw: ${sentence}\n`);
      }
    }
  } finally {
    process.exitCode = previousExitCode;
  }
  if (message !== undefined && args.includes('--json')) {
    io.out(`${JSON.stringify({ error: { message, exitCode: code } }, null, 2)}\n`);
  }
  return code;
}
