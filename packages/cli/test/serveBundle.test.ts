import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BundleServer, serveBundle } from '../src/serveBundle';

let dir: string;
let server: BundleServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-serve-'));
  await writeFile(
    join(dir, 'posts.json'),
    '{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]}',
  );
  await writeFile(join(dir, 'events.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  server = await serveBundle(dir, { port: 0 });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('serveBundle', () => {
  it('serves feeds like a CDN: JSON Feed type, CORS, caching, ETag revalidation', async () => {
    const response = await fetch(new URL('posts.json', server.url), {
      headers: { Origin: 'http://partner.example' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=300, stale-while-revalidate=86400',
    );
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(new URL('posts.json', server.url), {
      // A browser revalidating its cached copy; fetch() alone would add Cache-Control: no-cache.
      headers: { 'If-None-Match': etag ?? '', 'Cache-Control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
  });

  it('serves calendars as text/calendar and answers CORS preflight', async () => {
    const ics = await fetch(new URL('events.ics', server.url));
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const preflight = await fetch(new URL('posts.json', server.url), { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('returns 404 with CORS for a missing file', async () => {
    const missing = await fetch(new URL('nope.json', server.url));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
  });
});
