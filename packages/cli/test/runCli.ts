import { CommanderError } from 'commander';
import { CliError } from '../src/_lib/cliError';
import { createProgram } from '../src/createProgram';

/** Runs `cw` in-process as a user would from a shell, capturing output and the exit code. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const previousExitCode = process.exitCode;
  process.exitCode = 0;
  const program = createProgram({
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    isTTY: false,
  });
  let code = 0;
  try {
    await program.parseAsync(['node', 'cw', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode;
    else if (error instanceof CliError) {
      err += `cw: ${error.message}\n`;
      code = error.exitCode;
    } else throw error;
  } finally {
    process.exitCode = previousExitCode;
  }
  return { code, out, err };
}
