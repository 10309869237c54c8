import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

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

/**
 * Serves a bundle folder the way a CDN would for partner pages on other origins: correct
 * content types (`application/feed+json` for the paged feeds, `text/calendar` for `.ics`,
 * `application/ld+json`), `Access-Control-Allow-Origin: *`, `ETag` with 304 revalidation, and
 * `Cache-Control: max-age=300, stale-while-revalidate=86400` on feeds and calendars.
 *
 * @example
 * const { url, close } = await serveBundle('public/cw', { port: 0 });
 * // fetch(`${url}posts.json`) from any origin
 */
export async function serveBundle(dir: string, options: ServeOptions = {}): Promise<BundleServer> {
  const files = sirv(dir, {
    etag: true,
    dev: false,
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (/^\/posts(-\d+)?\.json$/.test(pathname)) {
        res.setHeader('Content-Type', 'application/feed+json; charset=utf-8');
      } else if (pathname.endsWith('.jsonld')) {
        res.setHeader('Content-Type', 'application/ld+json; charset=utf-8');
      } else if (pathname.endsWith('.ics')) {
        res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      }
      if (/\.(json|jsonld|ics)$/.test(pathname)) res.setHeader('Cache-Control', FEED_CACHE);
      else res.setHeader('Cache-Control', 'public, max-age=300');
    },
  });
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Max-Age': '86400',
      });
      res.end();
      return;
    }
    files(req, res, () => {
      res.writeHead(404, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
      });
      res.end('Not found\n');
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
    close: () => new Promise((done) => server.close(() => done())),
  };
}
