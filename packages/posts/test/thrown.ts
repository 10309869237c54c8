import { ParseError } from '@competencyworks/core';

/** Runs `run` and returns the ParseError it throws; any other outcome fails the test. */
export function thrown(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}
