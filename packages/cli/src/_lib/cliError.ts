/** Exit codes of the `cw` command. */
export const EXIT = {
  /** Everything worked (issues may have been reported). */
  ok: 0,
  /** Issues were found and `--strict` was given: nothing was written. */
  issues: 1,
  /** Unusable input or arguments, or an output folder cw will not write into. */
  usage: 2,
  /** The operating system refused (disk full, read-only folder, port in use, ...). */
  system: 3,
} as const;

/** An error the command reports as one line (no stack trace) and exits with `exitCode`. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
