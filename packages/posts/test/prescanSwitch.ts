import type * as PostFieldsModule from '../src/postFields';

// Whether postFields, as the switchable module gives it, passes its cue on to the pre-scan.
const prescan = { on: true };

/**
 * The postFields module with a switch for the extractors' tests: under
 * {@link withAndWithoutPrescan} its `postFields` ignores the cue, so every body is read whole, as
 * without the shared pre-scan (`postCues`). Install it in a test file with
 * `vi.mock('../../posts/src/postFields', async (original) => (await import('../../posts/test/prescanSwitch')).switchablePostFields(await original()))`.
 *
 * @param actual - The real module.
 * @returns The module to use in its place.
 * @example
 * switchablePostFields(actual).postFields(post, 'origin'); // as actual.postFields unless switched off
 */
export function switchablePostFields(actual: typeof PostFieldsModule): typeof PostFieldsModule {
  return {
    ...actual,
    postFields: (post, cue) => actual.postFields(post, prescan.on ? cue : undefined),
  };
}

/**
 * Runs `run` twice, with the shared pre-scan and with every body read whole, so a test can
 * check that skipping bodies the pre-scan rules out loses nothing.
 *
 * @example
 * const { withPrescan, without } = withAndWithoutPrescan(() => extractEvents(posts));
 * expect(withPrescan).toEqual(without);
 */
export function withAndWithoutPrescan<T>(run: () => T): { withPrescan: T; without: T } {
  const withPrescan = run();
  prescan.on = false;
  try {
    return { withPrescan, without: run() };
  } finally {
    prescan.on = true;
  }
}
