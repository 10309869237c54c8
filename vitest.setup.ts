import fc from 'fast-check';

// Property tests explore new random inputs on every local run; CI pins the seed so a submission is
// judged on a reproducible run. A failure prints its seed; rerun with FC_SEED=<seed> to replay it.
const seed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : process.env.CI
    ? 20161219
    : undefined;
fc.configureGlobal(seed === undefined ? {} : { seed });
