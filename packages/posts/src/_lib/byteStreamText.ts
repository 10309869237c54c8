import { ParseError } from '@competencyworks/core';
import { decodeInput, sniffEncoding } from './decodeInput';

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
 * Decodes a byte stream to text chunk by chunk. The encoding is sniffed once from the first
 * bytes (BOM, then the caller's charset, then the XML declaration, then UTF-8, the same order as
 * for whole inputs) and a streaming TextDecoder carries characters split across chunks. Bytes that
 * are invalid in that encoding stop the stream with a ParseError naming the line and column.
 */
export async function* decodeByteStream(
  source: ByteSource,
  options: { charset?: string } = {},
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let encoding = 'utf-8';
  let head: Uint8Array[] = [];
  let headLength = 0;
  let lines = 0;
  let lastLineLength = 0;

  const track = (text: string) => {
    let at = text.indexOf('\n');
    if (at === -1) {
      lastLineLength += text.length;
      return;
    }
    let last = at;
    while (at !== -1) {
      lines++;
      last = at;
      at = text.indexOf('\n', at + 1);
    }
    lastLineLength = text.length - last - 1;
  };

  const decode = (bytes: Uint8Array, stream: boolean): string => {
    if (decoder === undefined) {
      const sniffed = sniffEncoding(bytes);
      const bom = sniffed?.bomLength ? sniffed : undefined;
      encoding = (
        bom?.encoding ??
        options.charset?.toLowerCase() ??
        sniffed?.encoding ??
        'utf-8'
      ).trim();
      // Same supported set and the same message as for whole inputs.
      decodeInput(new Uint8Array(0), { charset: encoding });
      decoder = new TextDecoder(encoding, { fatal: true });
    }
    try {
      const text = decoder.decode(bytes, { stream });
      track(text);
      return text;
    } catch {
      const lenient = new TextDecoder(encoding).decode(bytes);
      const bad = Math.max(lenient.indexOf('\uFFFD'), 0);
      const before = lenient.slice(0, bad);
      const newline = before.lastIndexOf('\n');
      const line = lines + before.split('\n').length;
      const column = newline === -1 ? lastLineLength + bad + 1 : bad - newline;
      throw new ParseError({
        code: 'invalid-encoding',
        message: `the bytes are not valid ${encoding.toUpperCase()}; pass the right { charset } or fix the file's encoding declaration`,
        line,
        column,
      });
    }
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
