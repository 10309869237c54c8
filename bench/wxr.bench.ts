import { createReadStream, statSync } from 'node:fs';
import { streamWxr } from '@competencyworks/posts';
import type { BenchSuite } from './_lib/suite';
import { ensureWxrExport } from './generate/wxr';

// No peer reads WXR exports as a stream, so this suite has no baseline: it reports time and, from
// a run of each case alone, peak memory.

const countStream = async (stream: AsyncIterable<unknown>) => {
  let n = 0;
  for await (const _ of stream) n++;
  return n;
};

const exportPath = async () => (await ensureWxrExport()).path;
const STREAM = 'ours streamWxr (posts, sanitised contentHtml)';

export const suite: BenchSuite = {
  title: 'WXR 1.2 export, streamed from disk',
  input: async () => {
    const { path, items } = await ensureWxrExport();
    return `${items.toLocaleString('en-US')} items (posts, pages, attachments), ${(statSync(path).size / 1e6).toFixed(0)} MB`;
  },
  rounds: 2,
  cases: [
    {
      name: STREAM,
      memory: true,
      setup: exportPath,
      run: (path) => countStream(streamWxr(createReadStream(path as string))),
    },
    {
      name: 'ours streamWxr includeContent:false',
      memory: true,
      setup: exportPath,
      run: (path) =>
        countStream(streamWxr(createReadStream(path as string), { includeContent: false })),
    },
  ],
  targets: [
    { case: STREAM, metric: 'peakRssMb', op: '<', value: 200 },
    { case: STREAM, metric: 'peakHeapMb', op: '<', value: 100 },
  ],
};
