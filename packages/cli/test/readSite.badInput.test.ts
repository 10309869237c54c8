import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readSite } from '../src/_lib/readSite';
import { retryAfterMs } from '../src/_lib/siteFetch';
import { runCli } from './runCli';

// Sites that are not what cw expects, served on loopback: each gives one plain sentence and exit 2,
// and a bundle already in --out is left as it was.

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let handler: Handler = (_request, response) => response.end();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => vi.unstubAllGlobals());

const html = (response: ServerResponse, status: number, body: string, headers = {}) => {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=UTF-8', ...headers });
  response.end(body);
};

/** Runs cw build against the site into a folder holding a bundle, and checks it is untouched. */
async function buildFails(url = base): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cw-bad-site-'));
  try {
    const out = join(dir, 'bundle');
    expect((await runCli(['build', '--out', out])).code).toBe(0);
    const manifest = await readFile(join(out, 'manifest.json'), 'utf8');
    const result = await runCli(['build', url, '--out', out]);
    expect(result.code).toBe(2);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(manifest);
    // One sentence on one line, with no stack trace.
    expect(result.err.trim().split('\n')).toHaveLength(1);
    return result.err.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('cw build URL on sites cw cannot read', () => {
  it('a site that is not WordPress and has no feed', async () => {
    handler = (_request, response) =>
      html(response, 200, '<!doctype html><title>Shop</title><p>Hello</p>');
    expect(await buildFails()).toBe(
      `cw: ${base}: this does not look like a WordPress site or a feed (no REST API link, no feed link); give a WordPress site, a feed URL or an export file`,
    );
  });

  it('a site that answers an HTML error page', async () => {
    handler = (_request, response) => html(response, 500, '<h1>Internal Server Error</h1>');
    expect(await buildFails()).toBe(
      `cw: ${base}: the site answered HTTP 500 with an error page; nothing was read`,
    );
  });

  it('a site that redirects to its login page', async () => {
    handler = (request, response) => {
      if (request.url?.startsWith('/wp-login.php'))
        html(response, 200, '<form id="loginform"></form>');
      else {
        response.writeHead(302, { Location: `${base}/wp-login.php?redirect_to=%2F` });
        response.end();
      }
    };
    expect(await buildFails()).toBe(
      `cw: ${base}: the site redirects to a login page (${base}/wp-login.php?redirect_to=%2F), so its posts are not public; nothing was read`,
    );
  });

  it('a REST API that answers invalid JSON, on a site without a feed', async () => {
    handler = (request, response) => {
      if (request.url === '/') {
        html(response, 200, '<p>blog</p>', {
          Link: `<${base}/wp-json/>; rel="https://api.w.org/"`,
        });
      } else if (request.url?.startsWith('/wp-json/')) {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end('{"id": 1, "title": ');
      } else html(response, 404, '<h1>Not found</h1>');
    };
    const message = await buildFails();
    expect(message).toMatch(
      new RegExp(
        `^cw: ${base}: the REST API could not be read \\(posts page 1 could not be read \\(.*GET ${base}/wp-json/wp/v2/posts\\?.*invalid JSON.*\\)\\), and its feed ${base}/\\?feed=rss2 answered HTTP 404; nothing was read$`,
      ),
    );
  });

  it('a host that does not resolve, and a TLS error, each in one sentence', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
      });
    });
    expect(await buildFails('https://blog.example.invalid/')).toBe(
      'cw: https://blog.example.invalid/: cannot find the host blog.example.invalid: check the address (the name does not resolve); nothing was read',
    );
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('self-signed certificate'), {
          code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
        }),
      });
    });
    expect(await buildFails('https://self-signed.example.org/')).toBe(
      'cw: https://self-signed.example.org/: self-signed.example.org failed the secure connection (DEPTH_ZERO_SELF_SIGNED_CERT): its certificate is not one cw can trust; nothing was read',
    );
  });

  it('a site that never answers times out per request, after its retries', async () => {
    let requests = 0;
    handler = () => {
      requests++;
    };
    await expect(
      readSite(base, { fetch: { timeoutMs: 200, retries: 1, backoffMs: 1 } }),
    ).rejects.toThrow(
      `${base}: 127.0.0.1:${new URL(base).port} did not answer within 0.2 s; nothing was read`,
    );
    expect(requests).toBe(2);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(
      retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
