import { ParseError } from '@competencyworks/core';
import {
  chooseEncoding,
  createDecoder,
  type DecodeOptions,
  InvalidBytes,
  type TextChunkDecoder,
} from './decodeInput';

/** Node's `Readable` without importing Node types into a browser-safe module. */
interface NodeReadableLike {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  [Symbol.asyncIterator](): AsyncIterator<unknown>;
}

/**
 * Anything the streaming parsers read from: a web stream, a Node stream or any async iterable of chunks.
 *
 * @example
 * const fromDisk: ByteSource = createReadStream('export.xml');
 * const fromFetch: ByteSource = (await fetch('https://www.competencyworks.org/feed/')).body;
 */
export type ByteSource =
  | ReadableStream<Uint8Array>
  | NodeReadableLike
  | AsyncIterable<Uint8Array | string>;

// Enough bytes to see a BOM and an XML declaration with its encoding.
const SNIFF_BYTES = 256;

async function* chunksOf(source: ByteSource): AsyncGenerator<unknown> {
  if (Symbol.asyncIterator in source) {
    yield* source as AsyncIterable<unknown>;
    return;
  }
  // A web ReadableStream that is not async-iterable (Safari): read it by hand.
  const reader = (source as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Decodes a byte stream to text chunk by chunk. The encoding is chosen once from the first bytes
 * (BOM, then the caller's charset, then the XML declaration, then UTF-8, the same order as for
 * whole inputs) and a streaming decoder carries characters split across chunks. Invalid bytes are
 * handled as for whole inputs: replaced with U+FFFD and reported to `options.issues` (an error
 * without it, or when they show the encoding is wrong), with their line and column.
 */
export async function* decodeByteStream(
  source: ByteSource,
  options: DecodeOptions = {},
): AsyncGenerator<string> {
  let decoder: TextChunkDecoder | undefined;
  let invalid: InvalidBytes | undefined;
  let head: Uint8Array[] = [];
  let headLength = 0;

  const decode = (bytes: Uint8Array, stream: boolean): string => {
    if (decoder === undefined || invalid === undefined) {
      const { encoding, bomLength } = chooseEncoding(bytes, options.charset);
      decoder = createDecoder(encoding);
      invalid = new InvalidBytes(encoding, options.issues);
      bytes = bytes.subarray(bomLength);
    }
    const text = decoder.decode(bytes, stream);
    invalid.check(text);
    return text;
  };

  for await (const chunk of chunksOf(source)) {
    if (typeof chunk === 'string') {
      if (head.length > 0) {
        yield decode(concat(head), true);
        head = [];
      }
      if (chunk !== '') yield chunk;
      continue;
    }
    if (!(chunk instanceof Uint8Array)) {
      throw new ParseError({
        code: 'invalid-stream',
        message: `expected a stream of bytes (Uint8Array) or strings, got ${chunk === null ? 'null' : typeof chunk}`,
      });
    }
    if (decoder === undefined && headLength + chunk.length < SNIFF_BYTES) {
      head.push(chunk);
      headLength += chunk.length;
      continue;
    }
    const bytes = head.length > 0 ? concat([...head, chunk]) : chunk;
    head = [];
    const text = decode(bytes, true);
    if (text !== '') yield text;
  }
  const rest = decode(head.length > 0 ? concat(head) : new Uint8Array(0), false);
  if (rest !== '') yield rest;
}
