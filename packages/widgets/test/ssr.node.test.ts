// renderFragment in Node (Lit SSR): the fragment's structure, read back with an HTML parser the
// way a browser reads it, and what hostile data can and cannot do in it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderFragment } from '../src/ssr';
import { attr, type Element, readFragment as read, shown, text } from './readFragment';

const FEED = 'https://jsonfeed.org/version/1.1';
const SRC = 'https://cdn.example/cw/posts.json';

const item = (id: number, extra: object = {}) => ({
  id: String(id),
  url: `https://example.org/posts/${id}/`,
  title: `Post ${id}`,
  summary: `Summary of post ${id}.`,
  date_published: `2016-12-${String(id).padStart(2, '0')}`,
  ...extra,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('renderFragment', () => {
  it('renders <cw-post-list> into declarative shadow DOM with its data carried as inert JSON', () => {
    const data = { version: FEED, title: 'T', items: [1, 2, 3].map((id) => item(id)) };
    const now = new Date('2026-12-07T10:00:00Z');
    const html = renderFragment({
      tag: 'cw-post-list',
      attributes: { src: SRC, limit: '2' },
      data,
      now,
    });
    const { host, root, inside, scripts } = read(html);

    expect(host.tagName).toBe('cw-post-list');
    expect(host.attrs).toEqual([
      { name: 'src', value: SRC },
      { name: 'limit', value: '2' },
      { name: 'state', value: 'ready' },
    ]);
    expect(attr(root, 'shadowrootmode')).toBe('open');
    // The data first, exactly as given, and when it was current.
    expect(scripts).toHaveLength(1);
    const [seed] = scripts as [Element];
    expect(attr(seed, 'type')).toBe('application/json');
    expect(attr(seed, 'data-at')).toBe(String(now.getTime()));
    expect(JSON.parse(text(seed))).toEqual(data);
    // The first `limit` posts, as links with their titles, dates and summaries.
    const links = inside.filter((e) => e.tagName === 'a');
    expect(links.map((a) => [text(a), attr(a, 'href')])).toEqual([
      ['Post 1', 'https://example.org/posts/1/'],
      ['Post 2', 'https://example.org/posts/2/'],
    ]);
    expect(inside.filter((e) => e.tagName === 'time').map(text)).toEqual([
      'December 1, 2016',
      'December 2, 2016',
    ]);
    expect(shown(root)).toContain('Summary of post 2.');
    expect(shown(root)).not.toContain('Post 3');
    // Styles travel with it; the Load more button waits, invisible but in place, for the script.
    expect(
      inside
        .filter((e) => e.tagName === 'style')
        .map(text)
        .join(''),
    ).toContain(':host(:not(:defined)) button{visibility:hidden}');
    expect(inside.some((e) => attr(e, 'part') === 'load-more')).toBe(true);
  });

  it('keeps hostile text as text: no script, event handler or unsafe URL from the data survives', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(2)>',
      '</template><script>alert(3)</script>',
      '</script><script>alert(4)</script>',
      '<!--<script>alert(5)</script>-->',
      '<svg onload=alert(6)>',
    ];
    const data = {
      version: FEED,
      title: 'T',
      items: payloads.map((payload, index) =>
        item(index + 1, {
          title: `Title ${payload}`,
          url: index % 2 ? `javascript:alert(${index})` : `https://example.org/${payload}`,
          summary: payload,
          authors: [{ name: payload }],
          _competencyworks: { origin: [{ publisher: payload, url: `data:text/html,${payload}` }] },
        }),
      ),
    };
    const html = renderFragment({
      tag: 'cw-post-list',
      attributes: { src: SRC, category: payloads[1] as string },
      data,
    });
    // The attribute value stays one attribute.
    const { host } = read(html);
    expect(attr(host, 'category')).toBe(payloads[1]);
    const unfiltered = renderFragment({ tag: 'cw-post-list', attributes: { src: SRC }, data });
    const { inside, scripts, root } = read(unfiltered);

    expect(scripts).toHaveLength(1);
    expect(attr(scripts[0] as Element, 'type')).toBe('application/json');
    // The inert JSON cannot be ended early, and reads back as the data.
    expect(text(scripts[0] as Element)).not.toMatch(/<\/|<!--/);
    expect(JSON.parse(text(scripts[0] as Element))).toEqual(data);
    for (const element of inside) {
      expect(['svg', 'img', 'iframe', 'object']).not.toContain(element.tagName);
      for (const { name, value } of element.attrs) {
        expect(name).not.toMatch(/^on/);
        if (name === 'href' || name === 'src') expect(value).toMatch(/^https:\/\//);
      }
    }
    // Author names are plain text in JSON Feed: shown as typed, markup and all.
    expect(shown(root)).toContain('by <script>alert(1)</script>');
    // Unsafe links were dropped, so those titles are not links.
    expect(inside.filter((e) => e.tagName === 'a' && attr(e, 'part') === 'link')).toHaveLength(3);
  });

  it('decodes every character reference in Node, which has no HTML parser to ask (Caf&eacute;)', () => {
    const data = {
      version: FEED,
      title: 'T',
      items: [
        item(1, {
          title: 'Caf&eacute; &mdash; Stra&szlig;e',
          summary: undefined,
          content_html: '<p>Caf&eacute;s&nbsp;&hellip; &copy 2016 &lt;b&gt;</p>',
        }),
      ],
    };
    const { inside } = read(
      renderFragment({ tag: 'cw-post-card', attributes: { src: SRC }, data }),
    );
    const part = (name: string) => inside.filter((e) => attr(e, 'part') === name).map(text);
    expect(part('link')).toEqual(['Café — Straße']);
    expect(part('excerpt')).toEqual(['Cafés … © 2016 <b>']);
  });

  it('writes dates in the given language and zone (default en-US, UTC), not the machine’s', () => {
    const data = {
      version: FEED,
      title: 'T',
      items: [item(1, { date_published: '2016-12-19T23:30:00-05:00' })],
    };
    const dates = (options: { lang?: string; timeZone?: string }) => {
      const { inside } = read(
        renderFragment({ tag: 'cw-post-card', attributes: { src: SRC }, data, ...options }),
      );
      return inside.filter((e) => e.tagName === 'time').map(text);
    };
    expect(dates({})).toEqual(['December 20, 2016']);
    expect(dates({ timeZone: 'America/New_York' })).toEqual(['December 19, 2016']);
    expect(dates({ lang: 'fr-FR', timeZone: 'America/New_York' })).toEqual(['19 décembre 2016']);
  });

  it('renders the whole list however slow the machine: a server render never pauses', () => {
    // Every clock reading 20 ms later than the last: a browser would pause after each item.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    const data = { version: FEED, title: 'T', items: [1, 2, 3, 4, 5].map((id) => item(id)) };
    const html = renderFragment({ tag: 'cw-post-list', attributes: { src: SRC }, data });
    const { host, inside } = read(html);
    expect(host.attrs).toContainEqual({ name: 'state', value: 'ready' });
    expect(inside.filter((e) => e.tagName === 'a').map(text)).toEqual([
      'Post 1',
      'Post 2',
      'Post 3',
      'Post 4',
      'Post 5',
    ]);
  });

  it('renders every widget: event card and list, series navigation', () => {
    const event = {
      id: 'webinar',
      title: 'Advancing <b>Competency</b> Education',
      kind: 'webinar',
      start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
      end: { date: '2017-01-11', time: '15:00', timeZone: 'America/New_York' },
      attendanceMode: 'online',
      presenters: [],
      status: 'scheduled',
      registrationUrl: 'register.html',
    };
    const events = { version: 1, events: [event] };
    const src = 'https://cdn.example/cw/events.json';
    const card = read(
      renderFragment({
        tag: 'cw-event-card',
        attributes: { src, 'event-id': 'webinar' },
        data: events,
      }),
    );
    expect(shown(card.root)).toContain('Advancing <b>Competency</b> Education');
    // A relative link resolves against the file it came from.
    expect(card.inside.map((e) => attr(e, 'href')).filter(Boolean)).toContain(
      'https://cdn.example/cw/register.html',
    );
    const list = read(
      renderFragment({ tag: 'cw-event-list', attributes: { src, when: 'all' }, data: events }),
    );
    expect(shown(list.root)).toContain('January 2017');

    const series = {
      id: 's',
      title: 'Rethinking',
      kind: 'series',
      parts: [1, 2].map((position) => ({
        position,
        title: `Part ${position} title`,
        url: `https://example.org/${position}/`,
        evidence: [],
      })),
    };
    const nav = read(
      renderFragment({
        tag: 'cw-series-nav',
        attributes: {
          src: 'https://cdn.example/cw/series/s.json',
          current: 'https://example.org/2/',
        },
        data: series,
      }),
    );
    expect(shown(nav.root).replace(/\s+/g, ' ')).toContain('Part 2 in the series Rethinking');
    expect(nav.inside.filter((e) => attr(e, 'rel') === 'prev').map(text)).toEqual([
      '← Previous: Part 1 title',
    ]);
  });

  it('accepts every attribute each widget observes', () => {
    const data = { version: FEED, title: 'T', items: [] };
    for (const tag of [
      'cw-post-list',
      'cw-post-card',
      'cw-event-card',
      'cw-event-list',
      'cw-series-nav',
    ] as const) {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      expect(observed).toContain('src');
      for (const name of observed.filter((name) => name !== 'state')) {
        let message = '';
        try {
          renderFragment({ tag, attributes: { src: SRC, [name]: '1' }, data });
        } catch (error) {
          message = String(error);
        }
        expect(message).not.toContain('is not an attribute the widgets read');
      }
    }
  });

  it('says what is wrong, and never fetches, when the input is not what the widget reads', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const data = { version: FEED, title: 'T', items: [] };
    expect(() =>
      renderFragment({ tag: 'cw-nope' as 'cw-post-list', attributes: { src: SRC }, data }),
    ).toThrow('"cw-nope" is not one of the widgets');
    expect(() =>
      renderFragment({ tag: 'cw-post-list', attributes: { src: SRC, onclick: 'x' }, data }),
    ).toThrow('"onclick" is not an attribute the widgets read');
    expect(() => renderFragment({ tag: 'cw-post-list', attributes: {}, data })).toThrow(
      '<cw-post-list> needs a src that is an http(s) URL',
    );
    expect(() =>
      renderFragment({ tag: 'cw-post-list', attributes: { src: 'posts.json' }, data }),
    ).toThrow('or a relative one with a base');
    expect(() =>
      renderFragment({ tag: 'cw-post-list', attributes: { src: SRC }, data: { items: 'no' } }),
    ).toThrow(`<cw-post-list> could not render the data given for ${SRC}`);
    expect(fetch).not.toHaveBeenCalled();
    // A relative src is written as given and resolved against the base while rendering.
    const { host } = read(
      renderFragment({
        tag: 'cw-post-list',
        attributes: { src: 'posts.json' },
        data,
        base: 'https://cdn.example/cw/',
      }),
    );
    expect(attr(host, 'src')).toBe('posts.json');
    expect(attr(host, 'state')).toBe('empty');
  });
});
