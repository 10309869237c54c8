import { mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BundleServer, serveBundle } from '../src/serveBundle';
import { useTempDir } from './useTempDir';

const dir = useTempDir('cw-serve-');
let server: BundleServer;
let bundle: string;
beforeEach(async () => {
  bundle = join(dir(), 'bundle');
  await mkdir(bundle);
  await writeFile(
    join(bundle, 'posts.json'),
    '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]}',
  );
  await writeFile(join(bundle, 'events.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  await writeFile(join(bundle, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(dir(), 'secret.txt'), 'outside the bundle');
  server = await serveBundle(bundle, { port: 0 });
});
afterEach(async () => {
  await server.close();
});

/** A raw request, as curl sends it: the path is not normalised and no header is added. */
function raw(
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url);
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveBundle', () => {
  it('serves feeds like a CDN: JSON Feed type, CORS, caching, ETag revalidation', async () => {
    const response = await raw('/posts.json', 'GET', { Origin: 'http://partner.example' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cache-control']).toBe(
      'public, max-age=300, stale-while-revalidate=86400',
    );
    const etag = String(response.headers.etag);
    expect(etag).toMatch(/^(W\/)?"/);
    const again = await raw('/posts.json', 'GET', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    // A 304 carries what a cache needs to keep using its copy across origins.
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['access-control-allow-origin']).toBe('*');
    expect(again.headers['cache-control']).toBe(
      'public, max-age=300, stale-while-revalidate=86400',
    );
    expect((await raw('/posts.json', 'GET', { 'If-None-Match': `"x", ${etag}` })).status).toBe(304);
    expect((await raw('/posts.json', 'GET', { 'If-None-Match': '*' })).status).toBe(304);
    expect((await raw('/posts.json', 'GET', { 'If-None-Match': '"x", "y"' })).status).toBe(200);
  });

  it('answers from what is on disk now: new content, new files, no stale ETag', async () => {
    const first = await raw('/posts.json');
    const etag = String(first.headers.etag);
    const next = '{"version":"https://jsonfeed.org/version/1.1","title":"Rebuilt","items":[1,2]}';
    await writeFile(join(bundle, '.new'), next);
    await rename(join(bundle, '.new'), join(bundle, 'posts.json'));
    await writeFile(join(bundle, 'posts-2.json'), '{"page":2}');
    const after = await raw('/posts.json', 'GET', { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.body).toBe(next);
    expect(after.headers['content-length']).toBe(String(Buffer.byteLength(next)));
    expect((await raw('/posts-2.json')).body).toBe('{"page":2}');
  });

  it('serves calendars as text/calendar and answers CORS preflight', async () => {
    const ics = await raw('/events.ics');
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const preflight = await raw('/posts.json', 'OPTIONS', {
      Origin: 'http://partner.example',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'if-none-match',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers['access-control-allow-headers']).toBe('if-none-match');
  });

  it('serves the index.html of a folder as HTML, for / too', async () => {
    const { status, headers, body } = await raw('/');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(body).toContain('<title>x</title>');
  });

  it('answers 405 to methods other than GET, HEAD and OPTIONS', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await raw('/posts.json', method);
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
    }
    const head = await raw('/posts.json', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('returns 404 with CORS for a missing file', async () => {
    const missing = await raw('/nope.json');
    expect(missing.status).toBe(404);
    expect(missing.headers['access-control-allow-origin']).toBe('*');
  });

  it('never serves anything outside the bundle: paths, encoded paths, symlinks, dotfiles', async () => {
    await symlink('/etc/passwd', join(bundle, 'passwd.json'));
    await symlink(dir(), join(bundle, 'up'));
    await writeFile(join(bundle, '.cw-lock'), '123');
    await mkdir(join(bundle, '.cw-tmp-1'));
    await writeFile(join(bundle, '.cw-tmp-1', 'posts.json'), '{"half":"written"}');
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/up/secret.txt',
      '/passwd.json',
      '/.cw-lock',
      '/.cw-tmp-1/posts.json',
      '/posts.json%00',
    ]) {
      const response = await raw(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body, path).not.toContain('outside the bundle');
      expect(response.body, path).not.toContain('root:');
    }
  });
});
