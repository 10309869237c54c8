#!/usr/bin/env node
import { CommanderError } from 'commander';
import { CliError, EXIT } from './_lib/cliError';
import { createProgram } from './createProgram';

createProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof CliError) {
      process.stderr.write(`cw: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(
      `cw: unexpected error, please report it:\n${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = EXIT.usage;
  });
