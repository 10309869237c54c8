import { createReadStream, statSync } from 'node:fs';
import { streamWxr } from '@competencyworks/posts';
import type { BenchSuite } from './_lib/suite';
import { ensureWxrExport } from './generate/wxr';

const countStream = async (stream: AsyncIterable<unknown>) => {
  let n = 0;
  for await (const _ of stream) n++;
  return n;
};

export const suite: BenchSuite = {
  title: 'WXR 1.2 export, streamed from disk',
  input: async () => {
    const { path, items } = await ensureWxrExport();
    return `${items.toLocaleString('en-US')} items (posts, pages, attachments), ${(statSync(path).size / 1e6).toFixed(0)} MB`;
  },
  cases: [
    {
      name: 'ours streamWxr (posts, sanitised contentHtml)',
      setup: async () => (await ensureWxrExport()).path,
      runs: 1,
      run: (path) => countStream(streamWxr(createReadStream(path as string))),
    },
    {
      name: 'ours streamWxr includeContent:false',
      setup: async () => (await ensureWxrExport()).path,
      runs: 1,
      run: (path) =>
        countStream(streamWxr(createReadStream(path as string), { includeContent: false })),
    },
  ],
  targets: [
    {
      case: 'ours streamWxr (posts, sanitised contentHtml)',
      metric: 'peakRssMb',
      op: '<',
      value: 200,
    },
    {
      case: 'ours streamWxr (posts, sanitised contentHtml)',
      metric: 'peakHeapMb',
      op: '<',
      value: 100,
    },
  ],
};
