// One bad value in remote data used to blank a whole element (and throw on the host page): an
// object where text belongs (Lit reads `_$litType$` as a template), or an object `id`. Now each
// is named once in a console warning and the others render: an event with a malformed field is
// skipped; in a feed item the bad field is dropped and the item kept (the posts package's JSON
// Feed reader does the same, with the same field readers), unless nothing identifies it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CwErrorEvent } from '../src/events/cw-error';
import '../src/index';
import {
  expectAccessible,
  feed,
  json,
  mount,
  posts,
  rendered,
  serve,
  settled,
  shadow,
  text,
  webinar,
} from './helpers';

/** Lit treats an object with this key as a template result. */
const template = { _$litType$: 1, strings: ['<b>injected</b>'], values: [] };
/** An object JSON can hold that `String()` cannot convert. */
const unprintable = { toString: 1, valueOf: 1 };

let warn: ReturnType<typeof vi.spyOn>;
afterEach(() => warn?.mockRestore());
const watchWarnings = () => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
};

async function load<T extends HTMLElement & { state: string }>(markup: string): Promise<T> {
  const element = await mount<T>(markup);
  if (element.state === 'loading' || element.state === 'stale') await settled(element);
  await rendered(element);
  return element;
}

const EVENTS = 'https://data.example/cw/events.json';
const other = { ...webinar, id: 'other', title: 'The other event' };

describe('hostile data in one event', () => {
  it.each([
    ['description', { description: template }],
    ['location.name', { attendanceMode: 'offline', location: { name: template } }],
    ['location.address', { location: { name: 'Hall', address: template } }],
    ['capacity', { capacity: template }],
    ['title', { title: template }],
    ['presenters[0].name', { presenters: [{ name: template }] }],
  ])('an object in %s skips that event only', async (field, bad) => {
    watchWarnings();
    serve({ [EVENTS]: json({ version: 1, events: [{ ...webinar, ...bad }, other] }) });
    const list = await load<HTMLElementTagNameMap['cw-event-list']>(
      `<cw-event-list src="${EVENTS}" when="all"></cw-event-list>`,
    );
    expect(list.state).toBe('ready');
    expect([...shadow(list).querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'The other event',
    ]);
    expect(text(list)).not.toContain('injected');
    expect(warn).toHaveBeenCalledWith(
      `<cw-event-list> skipped what it could not read in ${EVENTS}: events[0].${field}`,
    );
    const card = await load<HTMLElementTagNameMap['cw-event-card']>(
      `<cw-event-card src="${EVENTS}"></cw-event-card>`,
    );
    expect(card.state).toBe('ready');
    expect(shadow(card).querySelector('h3')?.textContent).toBe('The other event');
    await expectAccessible(list);
  });

  it('an event set as a property with an object description is skipped, not thrown', async () => {
    watchWarnings();
    const card = await mount<HTMLElementTagNameMap['cw-event-card']>(
      '<cw-event-card></cw-event-card>',
    );
    card.event = { ...webinar, description: template as unknown as string };
    await rendered(card);
    expect(card.state).toBe('empty');
    expect(warn).toHaveBeenCalledWith(
      '<cw-event-card> skipped what it could not read in its data: events[0].description',
    );
  });
});

describe('hostile data in a series', () => {
  it('an object as a part title skips that part only', async () => {
    watchWarnings();
    const nav = await mount<HTMLElementTagNameMap['cw-series-nav']>(
      '<cw-series-nav current="p2"></cw-series-nav>',
    );
    nav.series = {
      id: 's',
      title: 'A series',
      kind: 'series',
      parts: [
        { position: 1, postId: 'p1', title: template as unknown as string, evidence: [] },
        { position: 2, postId: 'p2', title: 'Second', url: 'https://e.example/2', evidence: [] },
        { position: 3, postId: 'p3', title: 'Third', url: 'https://e.example/3', evidence: [] },
      ],
    };
    await rendered(nav);
    expect(nav.state).toBe('ready');
    expect(text(nav)).toContain('Next: Third');
    expect(text(nav)).toContain('All 2 parts');
    expect(text(nav)).not.toContain('injected');
    expect(warn).toHaveBeenCalledWith(
      '<cw-series-nav> skipped what it could not read in its data: parts[0].title',
    );
  });
});

describe('hostile data in a feed item', () => {
  const FEED = 'https://data.example/cw/posts.json';
  // Without a url to stand in for its id, the item cannot be told apart from the others.
  const items = () => [{ ...posts(1)[0], id: unprintable, url: undefined }, ...posts(2, 1)];

  it('an object id and no url skips that item in every list and card reading the feed', async () => {
    watchWarnings();
    serve({ [FEED]: json(feed(items())) });
    const list = await load<HTMLElementTagNameMap['cw-post-list']>(
      `<cw-post-list src="${FEED}"></cw-post-list>`,
    );
    const card = await load<HTMLElementTagNameMap['cw-post-card']>(
      `<cw-post-card src="${FEED}"></cw-post-card>`,
    );
    expect([list.state, card.state]).toEqual(['ready', 'ready']);
    expect(shadow(list).querySelectorAll('[part~=card]')).toHaveLength(2);
    expect(shadow(card).querySelector('[part=link]')?.textContent).toBe('Post number 1');
    expect(warn).toHaveBeenCalledWith(
      `<cw-post-list> skipped what it could not read in ${FEED}: items[0].id`,
    );
  });

  it('set as .items, an object id skips that item; a non-list is an error, not a throw', async () => {
    watchWarnings();
    const list = await mount<HTMLElementTagNameMap['cw-post-list']>(
      '<cw-post-list></cw-post-list>',
    );
    list.items = items();
    await rendered(list);
    expect(list.state).toBe('ready');
    expect(shadow(list).querySelectorAll('[part~=card]')).toHaveLength(2);
    const errors: CwErrorEvent[] = [];
    list.addEventListener('cw-error', (event) => errors.push(event));
    list.items = { not: 'a list' } as unknown as unknown[];
    await rendered(list);
    expect(list.state).toBe('error');
    expect(errors.map((e) => e.kind)).toEqual(['format']);
    expect(text(list)).toContain('Sorry, the posts could not be loaded.');
  });

  it('an object id is dropped and the item read under its url, as the posts package reads it', async () => {
    watchWarnings();
    const list = await mount<HTMLElementTagNameMap['cw-post-list']>(
      '<cw-post-list></cw-post-list>',
    );
    list.items = [{ ...posts(1)[0], id: template }, ...posts(1, 1)];
    await rendered(list);
    expect(list.state).toBe('ready');
    expect(
      [...shadow(list).querySelectorAll('[part=link]')].map((a) => a.getAttribute('data-id')),
    ).toEqual(['https://competencyworks.example/post-0/', 'post-1']);
    expect(warn).toHaveBeenCalledWith(
      '<cw-post-list> skipped what it could not read in its data: items[0].id',
    );
  });

  it('objects in title, summary and author names are dropped; the items are kept', async () => {
    watchWarnings();
    const [a, b, c, d] = posts(4);
    const list = await mount<HTMLElementTagNameMap['cw-post-list']>(
      '<cw-post-list></cw-post-list>',
    );
    list.items = [
      { ...a, title: template },
      { ...b, summary: template },
      { ...c, authors: [{ name: template }] },
      d,
    ];
    await rendered(list);
    expect(list.state).toBe('ready');
    expect(text(list)).not.toContain('injected');
    // The untitled post is named by its excerpt; the others keep what was good.
    expect(
      [...shadow(list).querySelectorAll('[part~=title]')].map((h) => h.textContent?.trim()),
    ).toEqual(['Excerpt of post 0.', 'Post number 1', 'Post number 2', 'Post number 3']);
    expect(shadow(list).querySelectorAll('[part=excerpt]')).toHaveLength(3);
    expect(shadow(list).querySelectorAll('[part=authors]')).toHaveLength(3);
    expect(warn).toHaveBeenCalledWith(
      '<cw-post-list> skipped what it could not read in its data: items[0].title, items[1].summary, items[2].authors[0].name',
    );
  });
});
