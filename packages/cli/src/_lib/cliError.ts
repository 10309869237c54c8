/** Exit codes of the `cw` command. */
export const EXIT = {
  /** Everything worked. */
  ok: 0,
  /** Issues were found and `--strict` was given. */
  issues: 1,
  /** Unusable input or arguments. */
  usage: 2,
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
