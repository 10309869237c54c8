import { expect, it } from 'vitest';

const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

it('renders every element under a strict CSP with Trusted Types enforced, with no violation', async () => {
  const page = new URL('./csp-page.ts', import.meta.url).href;
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${POLICY}"><title>CSP</title></head><body><script type="module" src="${page}"></script></body></html>`;
  const report = new Promise<Record<string, unknown>>((resolve) => {
    addEventListener('message', function listen(e: MessageEvent) {
      if (e.data?.cspReport) {
        removeEventListener('message', listen);
        resolve(e.data.cspReport);
      }
    });
  });
  document.body.append(frame);
  const result = await report;
  frame.remove();
  expect(result.error).toBeUndefined();
  expect(result.rendered).toEqual([
    'cw-post-list:ready:2',
    'cw-post-card:ready:2',
    'cw-event-card:ready:2',
    'cw-event-list:ready:2',
    'cw-series-nav:ready:2',
  ]);
  expect(result.adopted).toBe(true);
  expect(result.styleAttributes).toBe(0);
  // The page really enforces the policy: HTML strings and eval are refused...
  expect(result.innerHTMLBlocked).toBe(true);
  expect(result.evalBlocked).toBe(true);
  // ...and rendering the widgets triggered no violation at all.
  expect(result.violations).toEqual([]);
});
