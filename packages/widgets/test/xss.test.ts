// Remote text is rendered as text and every link goes through the http(s) allow-list, so none of
// these payloads can run, whichever field they sit in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../src/index';
import type { CwEventCard } from '../src/event-card';
import type { CwPostList } from '../src/post-list';
import type { CwSeriesNav } from '../src/series-nav';
import { mount, rendered, scrollToEnd, shadow } from './helpers';

declare global {
  interface Window {
    pwned?: number | undefined;
  }
}

const SCRIPT_PAYLOADS = [
  '<script>window.pwned=(window.pwned||0)+1</script>',
  '<img src=x onerror="window.pwned=(window.pwned||0)+1">',
  '<svg onload="window.pwned=(window.pwned||0)+1"><script>window.pwned=1</script></svg>',
  '"><img src=x onerror=window.pwned=1>',
  '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  '&lt;script&gt;window.pwned=1&lt;/script&gt;',
  '<a href="javascript:window.pwned=1">x</a>',
  '{{constructor.constructor("window.pwned=1")()}}',
];
const URL_PAYLOADS = [
  'javascript:window.pwned=1',
  ' JaVaScRiPt:window.pwned=1',
  'java\tscript:window.pwned=1',
  'data:text/html,<script>window.pwned=1</script>',
  'data:image/svg+xml,<svg onload=window.pwned=1>',
  'vbscript:msgbox(1)',
  'blob:https://evil.example/x',
];

const ELEMENT_SELECTORS = 'script, img, svg, iframe, object, embed, [onerror], [onload]';

function expectInert(element: HTMLElement) {
  const root = shadow(element);
  expect(root.querySelectorAll(ELEMENT_SELECTORS)).toHaveLength(0);
  for (const link of root.querySelectorAll('a')) {
    expect(['http:', 'https:']).toContain(new URL(link.href).protocol);
  }
  expect(window.pwned).toBeUndefined();
}

beforeEach(() => {
  window.pwned = undefined;
});
afterEach(async () => {
  // Give any event handler or late script a chance to run before the next check.
  await new Promise((r) => setTimeout(r, 50));
  expect(window.pwned).toBeUndefined();
});

describe('XSS payloads render inert', () => {
  it('in post titles, excerpts, authors, links, origins and terms', async () => {
    const items = SCRIPT_PAYLOADS.flatMap((payload, i) =>
      URL_PAYLOADS.map((url, j) => ({
        id: `${i}-${j}`,
        url,
        external_url: url,
        title: payload,
        content_html: payload,
        summary: i % 2 ? payload : undefined,
        authors: [{ name: payload, url }],
        tags: [payload],
        _competencyworks: {
          origin: [{ publisher: payload, url }],
          series: { seriesId: payload, position: 1 },
        },
      })),
    );
    const element = await mount<CwPostList>('<cw-post-list></cw-post-list>');
    element.items = items;
    await rendered(element);
    await scrollToEnd(element, items.length);
    expectInert(element);
    // The text is shown literally, tags and all, where the field is plain text.
    expect(shadow(element).querySelector('[part=authors]')?.textContent).toContain('<script>');
  });

  it('in events and series', async () => {
    const host = await mount<HTMLDivElement>(
      '<div><cw-event-card></cw-event-card><cw-series-nav></cw-series-nav></div>',
    );
    const card = host.querySelector('cw-event-card') as CwEventCard;
    const nav = host.querySelector('cw-series-nav') as CwSeriesNav;
    const [payload = ''] = SCRIPT_PAYLOADS;
    card.event = {
      id: payload,
      title: payload,
      kind: 'webinar',
      description: SCRIPT_PAYLOADS[1] ?? '',
      start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
      allDay: false,
      yearInferred: false,
      attendanceMode: 'offline',
      location: { name: payload, address: SCRIPT_PAYLOADS[2] ?? '', url: URL_PAYLOADS[0] ?? '' },
      registrationUrl: URL_PAYLOADS[3] ?? '',
      organizer: { name: payload, url: URL_PAYLOADS[1] ?? '' },
      presenters: [{ name: payload }],
      status: 'scheduled',
      sourcePostId: 'x',
      evidence: [],
    };
    nav.series = {
      id: 's',
      title: payload,
      kind: 'series',
      parts: URL_PAYLOADS.map((url, i) => ({
        position: i + 1,
        postId: `p${i}`,
        title: payload,
        url,
        evidence: [],
      })),
    };
    nav.current = 'p2';
    await rendered(card);
    await rendered(nav);
    expectInert(card);
    expectInert(nav);
  });
});
