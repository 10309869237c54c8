import { open, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, sep } from 'node:path';
import etag from 'etag';
import fresh from 'fresh';
import { contentType as mimeType } from 'mime-types';

/** Options for {@link serveBundle}. */
export interface ServeOptions {
  /** Port to listen on; 0 picks a free one (default 8787). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
}

/** A running preview server. */
export interface BundleServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const FEED_CACHE = 'public, max-age=300, stale-while-revalidate=86400';
const ALLOWED = 'GET, HEAD, OPTIONS';

/** Headers every answer carries, 304s and errors included, so partner pages can read them. */
function setCommonHeaders(res: ServerResponse, pathname: string): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (/\.(json|jsonld|ics)$/.test(pathname)) res.setHeader('Cache-Control', FEED_CACHE);
  else res.setHeader('Cache-Control', 'public, max-age=300');
}

function contentType(pathname: string): string {
  if (/\/posts(-\d+)?\.json$/.test(pathname)) return 'application/feed+json; charset=utf-8';
  if (pathname.endsWith('.jsonld')) return 'application/ld+json; charset=utf-8';
  if (pathname.endsWith('.ics')) return 'text/calendar; charset=utf-8';
  return mimeType(basename(pathname)) || 'application/octet-stream';
}

/**
 * One version of a file: opened once, so the size, the bytes and the ETag all belong to the same
 * file even when a rebuild renames a new one over it mid-request (a path-based server can send
 * the old length with the new bytes). Bundle files are small enough to read whole.
 */
async function readVersion(
  file: string,
): Promise<{ body: Buffer; mtime: Date } | 'directory' | undefined> {
  const handle = await open(file).catch(() => undefined);
  if (handle === undefined) return undefined;
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return 'directory';
    return { body: await handle.readFile(), mtime: info.mtime };
  } finally {
    await handle.close();
  }
}

function answer(res: ServerResponse, status: number, text: string, headers = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(`${text}\n`);
}

/**
 * The file a request path names, or undefined when it leaves the bundle: `..` after decoding, a
 * NUL byte, a dotfile, or a symlink (at any level) whose target is outside the bundle folder.
 */
async function fileInBundle(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // No `..`, and no dotfile or dot folder (a build's `.cw-tmp-*`, its `.cw-lock`).
  if (decoded.includes('\0') || decoded.split(/[/\\]/).some((part) => part.startsWith('.'))) {
    return undefined;
  }
  const target = join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  const real = await realpath(target).catch(() => undefined);
  // A missing file is left to `send`, which answers 404; an existing one must resolve inside.
  if (real === undefined) return target;
  return real === root || real.startsWith(`${root}${sep}`) ? target : undefined;
}

/**
 * Serves a bundle folder the way a CDN would for partner pages on other origins, from what is on
 * disk at each request (a rebuild is seen at once, and each answer is one complete version of
 * the file): correct content types (`application/feed+json` for the paged feeds, `text/calendar`
 * for `.ics`, `mime-types` for the rest), CORS on every answer, `ETag` with 304 revalidation
 * (`If-None-Match` lists and `*`, decided by `fresh`), `Cache-Control` on 200 and 304 alike, CORS
 * preflight, and 405 for methods other than GET, HEAD and OPTIONS. No path, encoded path,
 * dotfile or symlink reaches outside the folder.
 *
 * @param dir - The bundle folder.
 * @param options - Port and interface.
 * @returns The server and its URL.
 * @example
 * const { url, close } = await serveBundle('public/cw', { port: 0 });
 * // fetch(`${url}posts.json`) from any origin
 */
export async function serveBundle(dir: string, options: ServeOptions = {}): Promise<BundleServer> {
  const root = await realpath(dir);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': ALLOWED,
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
        'Access-Control-Max-Age': '86400',
        Allow: ALLOWED,
      });
      res.end();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      answer(res, 405, 'Method not allowed', { Allow: ALLOWED });
      return;
    }
    const file = await fileInBundle(root, pathname);
    if (file === undefined) {
      answer(res, 404, 'Not found');
      return;
    }
    const version = await readVersion(file);
    if (version === 'directory') {
      res.setHeader('Location', `${pathname}/`);
      answer(res, 301, 'Moved');
      return;
    }
    if (version === undefined) {
      answer(res, 404, 'Not found');
      return;
    }
    setCommonHeaders(res, pathname);
    res.setHeader('ETag', etag(version.body));
    res.setHeader('Last-Modified', version.mtime.toUTCString());
    // `fresh` decides as RFC 9110 says: If-None-Match with one tag, a list or `*`, else the date.
    if (
      fresh(req.headers, {
        etag: String(res.getHeader('ETag')),
        'last-modified': String(res.getHeader('Last-Modified')),
      })
    ) {
      res.writeHead(304);
      res.end();
      return;
    }
    res.writeHead(200, {
      // From the file served, so `/` (its index.html) is HTML, not a download.
      'Content-Type': contentType(file),
      'Content-Length': version.body.byteLength,
    });
    res.end(req.method === 'HEAD' ? undefined : version.body);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) answer(res, 500, 'Cannot read the file');
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    server,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
