import { basename } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';

const MB = 1024 * 1024;

/**
 * A progress bar on stderr for terminal use, in megabytes read over all inputs, so it moves
 * within a large export too; `update` matches buildBundle's `onProgress`.
 */
export function createProgress() {
  const bar = new SingleBar(
    {
      format: 'Reading {bar} {percentage}% | {done}/{all} MB | {file}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update({ bytes, totalBytes, file }: { bytes: number; totalBytes: number; file: string }) {
      const payload = {
        file: basename(file),
        done: (bytes / MB).toFixed(1),
        all: (totalBytes / MB).toFixed(1),
      };
      if (!started) {
        bar.start(Math.max(totalBytes, 1), 0, payload);
        started = true;
      }
      bar.update(bytes, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
