import type { ByteSource } from './_lib/byteStreamText';
import { WxrHandler, type WxrOptions } from './_lib/wxrHandler';
import { toPostStream } from './_lib/xmlFeed';
import type { PostStream } from './streamFeed';

/**
 * How many posts a stream holds back while their featured image or gallery attachments may still
 * come: WordPress exports items by id, and a post's uploads get the ids right after it, so they
 * follow within a few items; the bound keeps memory flat when they never come.
 */
const MEDIA_WAIT = 256;

/**
 * Streams a WordPress export: each post is yielded as its `<item>` closes, so a 200 MB export
 * is read with a small, flat heap. Posts are read exactly as {@link readWxr} reads them; the
 * skipped-post-type counts are added to `issues` at the end. A post whose featured image is an
 * attachment further down the export waits for it, and one with a gallery or media shortcode
 * for the attachments that follow it; each is yielded once they are read, 256 posts later at
 * most (or at the end), so posts may come out of the export's order. In an export in the order
 * of ids, as WordPress writes one, an image with a lower id than the items already read is not
 * waited for: it would have come already.
 *
 * @param source - A web `ReadableStream<Uint8Array>`, a Node `Readable` or an `AsyncIterable` of chunks.
 * @param options - As for {@link readWxr}.
 * @returns A {@link PostStream}.
 * @example
 * const stream = streamWxr(createReadStream('competencyworks.wordpress.2017-01-01.xml'));
 * let drafts = 0;
 * for await (const post of stream) if (post.status === 'draft') drafts++;
 * console.log(drafts, stream.issues); //=> 3 [{ code: 'skipped-post-type', message: 'skipped 41 items of post type "attachment"; ...' }]
 */
export function streamWxr(source: ByteSource, options: WxrOptions = {}): PostStream {
  return toPostStream(source, new WxrHandler(options, MEDIA_WAIT), options.charset);
}
