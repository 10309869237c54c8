import { basename } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on stderr for terminal use; `update` matches buildBundle's `onProgress`. */
export function createProgress() {
  const bar = new SingleBar(
    {
      format: 'Reading {bar} {value}/{total} inputs | {file}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update({ done, total, file }: { done: number; total: number; file: string }) {
      if (!started) {
        bar.start(total, 0, { file: '' });
        started = true;
      }
      bar.update(done, { file: basename(file) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
