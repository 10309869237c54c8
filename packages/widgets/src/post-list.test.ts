import { type Post, toJsonFeed } from '@competencyworks/posts';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  expectAccessible,
  expectChunkedRendering,
  feed,
  json,
  mount,
  posts,
  rendered,
  scrollToEnd,
  serve,
  settled,
  shadow,
  text,
} from '../test/helpers';
import { CHUNK } from './_lib/pause';
import type { CwErrorEvent } from './events/cw-error';
import type { CwItemActivateEvent } from './events/cw-item-activate';
import type { CwLoadEvent } from './events/cw-load';
import './post-list';
import type { CwPostList } from './post-list';

const URL1 = 'https://feeds.example/posts.json';
const URL2 = 'https://feeds.example/posts-2.json';

const richItem = {
  id: 'cw-2016-12-20-continuous-improvement',
  url: 'https://competencyworks.example/continuous-improvement/',
  title: 'Continuous Improvement &amp; Innovation',
  content_html: '<p>Districts <b>learn</b> as they go.</p>',
  date_published: '2016-12-20T00:00:00Z',
  authors: [{ name: 'Chris Sturgis' }, { name: 'Susan Patrick' }],
  _competencyworks: {
    published: '2016-12-20',
    series: { seriesId: 'implementing-k12', position: 24 },
    origin: [{ publisher: 'Getting Smart', url: 'https://www.gettingsmart.com/x' }],
  },
};

async function loaded(markup: string): Promise<CwPostList> {
  const element = await mount<CwPostList>(markup);
  if (element.state === 'loading' || element.state === 'stale') await settled(element);
  await rendered(element);
  return element;
}

const titles = (element: HTMLElement) =>
  [...shadow(element).querySelectorAll('[part~=title]')].map((h) => h.textContent?.trim());

describe('<cw-post-list>', () => {
  it('shows every piece of a post from a JSON Feed with our extension', async () => {
    const calls = serve({ [URL1]: json(feed([richItem])) });
    const element = await loaded(`<cw-post-list src="${URL1}"></cw-post-list>`);
    const root = shadow(element);
    expect(element.getAttribute('state')).toBe('ready');
    const link = root.querySelector('a[part=link]');
    expect(link?.getAttribute('href')).toBe(richItem.url);
    expect(link?.textContent).toBe('Continuous Improvement & Innovation');
    expect(root.querySelector('h3')?.contains(link ?? null)).toBe(true);
    const time = root.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2016-12-20');
    expect(time?.textContent).toBe('December 20, 2016');
    expect(root.querySelector('[part=authors]')?.textContent).toBe(
      'by Chris Sturgis and Susan Patrick',
    );
    expect(root.querySelector('[part=excerpt]')?.textContent).toBe('Districts learn as they go.');
    expect(root.querySelector('[part=badge]')?.textContent).toBe('Part 24');
    expect(root.querySelector('[part=origin]')?.textContent?.replace(/\s+/g, ' ')).toBe(
      'Originally published by Getting Smart',
    );
    expect(root.querySelector('[part=origin] a')?.getAttribute('href')).toBe(
      'https://www.gettingsmart.com/x',
    );
    expect(root.querySelectorAll('ul[part=list] > li[part=item]')).toHaveLength(1);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Loaded 1 post');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init?.credentials).toBe('omit');
  });

  it('decodes every HTML character reference, as a browser would', async () => {
    const element = await mount<CwPostList>('<cw-post-list></cw-post-list>');
    element.items = [
      {
        id: '1',
        title:
          'Caf&eacute; &mdash; Stra&szlig;e &frac34; &ThickSpace;&notin; &#8220;x&#x201D; &amp;c',
        content_html: '<p>Caf&eacute;s&nbsp;&hellip; &copy 2016 &bogus; &lt;b&gt;</p>',
      },
    ];
    await rendered(element);
    // White space (&ThickSpace; is two characters of it) collapses to one space.
    expect(titles(element)).toEqual(['Café — Straße ¾ ∉ “x” &c']);
    expect(shadow(element).querySelector('[part=excerpt]')?.textContent).toBe(
      'Cafés … © 2016 &bogus; <b>',
    );
  });

  it('reads a plain JSON Feed 1.0 (author object, HTML content, no extension)', async () => {
    serve({
      [URL1]: json({
        version: 'https://jsonfeed.org/version/1',
        title: 'x',
        items: [
          {
            id: '1',
            url: '/relative/',
            title: 'One',
            content_html: '<p>Hi &#8211; there</p>',
            date_published: '2014-05-09T14:04:00-07:00',
            author: { name: 'Brent' },
          },
        ],
      }),
    });
    const element = await loaded(`<cw-post-list src="${URL1}"></cw-post-list>`);
    const root = shadow(element);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://feeds.example/relative/');
    expect(root.querySelector('time')?.textContent).toBe('May 9, 2014');
    expect(root.querySelector('[part=authors]')?.textContent).toBe('by Brent');
    expect(root.querySelector('[part=excerpt]')?.textContent).toBe('Hi – there');
  });

  it('takes an items property of JSON Feed items or Post objects', async () => {
    const element = await mount<CwPostList>('<cw-post-list></cw-post-list>');
    const events: CwLoadEvent[] = [];
    element.addEventListener('cw-load', (event) => events.push(event));
    element.items = [
      {
        id: 'p1',
        title: 'A Post model',
        published: '2016-08-18',
        authors: [{ name: 'Eliot Levine' }],
        excerpt: 'Plain text excerpt.',
        categories: [],
        tags: [],
        origin: [],
        source: { format: 'archive-text' },
      },
      ...posts(1),
    ];
    await rendered(element);
    expect(titles(element)).toEqual(['A Post model', 'Post number 0']);
    expect(shadow(element).querySelector('time')?.textContent).toBe('August 18, 2016');
    expect(element.state).toBe('ready');
    expect(events.map((e) => [e.count, e.url, e.fromCache])).toEqual([[2, undefined, false]]);
  });

  it('is empty with no posts, showing the empty slot when given', async () => {
    const element = await mount<CwPostList>(
      '<cw-post-list><p slot="empty">Nothing yet</p></cw-post-list>',
    );
    element.items = [];
    await rendered(element);
    expect(element.getAttribute('state')).toBe('empty');
    const slot = shadow(element).querySelector<HTMLSlotElement>('slot[name=empty]');
    expect(slot?.assignedElements()[0]?.textContent).toBe('Nothing yet');
    await expectAccessible(element);
  });

  it('filters by category, tag and series, and re-filters when they change', async () => {
    const items = [...posts(4), richItem];
    const element = await mount<CwPostList>('<cw-post-list category="POLICY"></cw-post-list>');
    element.items = items;
    await rendered(element);
    expect(titles(element)).toHaveLength(4);
    element.setAttribute('tag', 'odd');
    await rendered(element);
    expect(titles(element)).toEqual(['Post number 1', 'Post number 3']);
    element.removeAttribute('tag');
    element.removeAttribute('category');
    element.series = 'implementing-k12';
    await rendered(element);
    expect(titles(element)).toEqual(['Continuous Improvement & Innovation']);
    element.series = 'nope';
    await rendered(element);
    expect(element.state).toBe('empty');
  });

  it('renders titles at heading-level, clamped to 1-6', async () => {
    const element = await mount<CwPostList>('<cw-post-list heading-level="2"></cw-post-list>');
    element.items = posts(1);
    await rendered(element);
    expect(shadow(element).querySelector('h2[part=title]')).not.toBeNull();
    element.headingLevel = 9;
    await rendered(element);
    expect(shadow(element).querySelector('h6[part=title]')).not.toBeNull();
  });

  it('reveals `limit` more posts, then follows next_url, moving focus to the first new post', async () => {
    serve({
      [URL1]: json(feed(posts(4), { next_url: 'posts-2.json' })),
      [URL2]: json(feed(posts(2, 4))),
    });
    const element = await loaded(`<cw-post-list src="${URL1}" limit="3"></cw-post-list>`);
    const root = shadow(element);
    expect(titles(element)).toHaveLength(3);
    const more = root.querySelector<HTMLButtonElement>('[part=load-more]');
    more?.click();
    await vi.waitFor(() => expect(titles(element)).toHaveLength(4));
    const focused = () => root.activeElement?.querySelector('[part=link]')?.textContent;
    await vi.waitFor(() => expect(focused()).toBe('Post number 3'));
    expect(root.querySelector('[role=status]')?.textContent).toBe('Loaded 1 post more');
    const loads: CwLoadEvent[] = [];
    element.addEventListener('cw-load', (event) => loads.push(event));
    await element.loadMore();
    expect(titles(element)).toHaveLength(6);
    expect(focused()).toBe('Post number 4');
    expect(loads[0]?.url).toBe(URL2);
    expect(root.querySelector('[part=load-more]')).toBeNull();
  });

  it.each(['mouse', 'keyboard'])(
    'shows a focus ring on the first new post after Load more by %s',
    async (by) => {
      const element = await mount<CwPostList>('<cw-post-list limit="2"></cw-post-list>');
      element.items = posts(4);
      await rendered(element);
      const more = shadow(element).querySelector<HTMLButtonElement>('[part=load-more]');
      if (by === 'mouse') await userEvent.click(more as HTMLButtonElement);
      else {
        more?.focus();
        await userEvent.keyboard('{Enter}');
      }
      await vi.waitFor(() => expect(shadow(element).activeElement?.localName).toBe('article'));
      const ring = getComputedStyle(shadow(element).activeElement as Element);
      expect(ring.outlineStyle).toBe('solid');
      expect(ring.outlineWidth).toBe('2px');
    },
  );

  it('reports a failing next page without losing the loaded posts', async () => {
    serve({ [URL1]: json(feed(posts(2), { next_url: URL2 })), [URL2]: json({}, 500) });
    const element = await loaded(`<cw-post-list src="${URL1}"></cw-post-list>`);
    const errors: CwErrorEvent[] = [];
    element.addEventListener('cw-error', (event) => errors.push(event));
    await element.loadMore();
    expect(errors.map((e) => [e.kind, e.status, e.url])).toEqual([['http', 500, URL2]]);
    expect(titles(element)).toHaveLength(2);
    expect(shadow(element).querySelector('[role=status]')?.textContent).toBe(
      'Could not load more posts',
    );
  });

  it('fires a cancelable cw-item-activate when a title link is followed', async () => {
    const element = await mount<CwPostList>('<cw-post-list></cw-post-list>');
    element.items = posts(1);
    await rendered(element);
    const seen: CwItemActivateEvent[] = [];
    document.addEventListener('cw-item-activate', (event) => {
      seen.push(event);
      event.preventDefault();
    });
    const link = shadow(element).querySelector('a');
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link?.dispatchEvent(click);
    expect(seen.map((e) => [e.itemId, e.url])).toEqual([
      ['post-0', 'https://competencyworks.example/post-0/'],
    ]);
    expect(click.defaultPrevented).toBe(true);
  });

  /** A list of one post (2016-12-19T20:00Z) inside `<div {attributes}>`, rendered. */
  async function listUnder(attributes: string): Promise<CwPostList> {
    const host = await mount<HTMLDivElement>(
      `<div ${attributes}><cw-post-list></cw-post-list></div>`,
    );
    const element = host.querySelector('cw-post-list') as CwPostList;
    element.items = [{ id: '1', title: 'x', date_published: '2016-12-19T20:00:00Z' }];
    await rendered(element);
    return element;
  }

  it('formats dates in the lang inherited from an ancestor and the inherited time-zone', async () => {
    const element = await listUnder('lang="fr" time-zone="Asia/Tokyo"');
    expect(shadow(element).querySelector('time')?.textContent).toBe('20 décembre 2016');
  });

  it('falls back to the browser language and zone when the page has a typo in them', async () => {
    const element = await listUnder('lang="en-US-x-not a tag!" time-zone="Europe/Atlantis"');
    // The test browser runs in en-US and UTC.
    expect(element.state).toBe('ready');
    expect(shadow(element).querySelector('time')?.textContent).toBe('December 19, 2016');
  });

  it('reads a 10,000-item feed, shows the first chunk and a chunk more per scroll', async () => {
    serve({ [URL1]: json(feed(posts(10_000))) });
    const element = await loaded(`<cw-post-list src="${URL1}"></cw-post-list>`);
    expect(element.state).toBe('ready');
    expect(shadow(element).querySelector('[role=status]')?.textContent).toBe('Loaded 10000 posts');
    // The page holds the cards near the viewport, not all 10,000.
    await expectChunkedRendering(element);
    expect(titles(element)[4 * CHUNK - 1]).toBe(`Post number ${4 * CHUNK - 1}`);
    expect(shadow(element).querySelector('[part=load-more]')).toBeNull();
  }, 60_000);

  it('reaches every post of a long feed by scrolling', async () => {
    const element = await mount<CwPostList>('<cw-post-list></cw-post-list>');
    element.items = posts(1000);
    await rendered(element);
    await scrollToEnd(element, 1000);
    expect(titles(element)[999]).toBe('Post number 999');
    expect(new Set(titles(element)).size).toBe(1000);
  }, 60_000);

  it('shows the first `limit` posts of a 10,000-item feed, and `limit` more per Load more', async () => {
    serve({ [URL1]: json(feed(posts(10_000))) });
    const element = await loaded(`<cw-post-list limit="10" src="${URL1}"></cw-post-list>`);
    expect(element.state).toBe('ready');
    expect(shadow(element).querySelector('[role=status]')?.textContent).toBe('Loaded 10 posts');
    expect(titles(element)).toHaveLength(10);
    await element.loadMore();
    expect(titles(element)).toHaveLength(20);
    expect(titles(element)[19]).toBe('Post number 19');
  });

  it('with a limit, reads only the posts it shows; without one, all of them', async () => {
    const items: Record<string, unknown>[] = posts(1000);
    // Without a url to stand in for it, an item whose id is not text is skipped.
    items[900] = { ...items[900], id: { object: true }, url: undefined };
    serve({ [URL1]: json(feed(items)) });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const limited = await loaded(`<cw-post-list limit="10" src="${URL1}"></cw-post-list>`);
    expect(titles(limited)).toHaveLength(10);
    expect(shadow(limited).querySelector('[part=load-more]')).not.toBeNull();
    // items[900] was never read, so nothing was skipped yet.
    expect(warn).not.toHaveBeenCalled();
    const all = await loaded(`<cw-post-list src="${URL1}"></cw-post-list>`);
    expect(all.state).toBe('ready');
    expect(shadow(all).querySelector('[role=status]')?.textContent).toBe('Loaded 999 posts');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('items[900].id');
    warn.mockRestore();
  });

  it('has no axe violations when ready, with load more', async () => {
    serve({ [URL1]: json(feed([richItem, ...posts(3)], { next_url: URL2 })) });
    const element = await loaded(`<cw-post-list src="${URL1}"></cw-post-list>`);
    await expectAccessible(element);
    expect(text(element)).toContain('Load more');
  });
});

describe('<cw-post-list> on what toJsonFeed writes', () => {
  // Two posts as the archive-text parser reads them from the seed archive
  // (archive-2016-12.txt and archive-2016-08.txt), through the real JSON Feed writer.
  const evidence = (postId: string, sentence: string, rule: string) => ({
    postId,
    field: 'excerpt' as const,
    sentence,
    start: 0,
    end: sentence.length,
    rule,
  });
  const seriesPost: Post = {
    id: 'cw-2016-12-20-continuous-improvement-and-innovation',
    url: 'https://www.competencyworks.org/continuous-improvement-and-innovation/',
    title: 'Continuous Improvement and Innovation',
    published: '2016-12-20',
    authors: [{ name: 'Chris Sturgis' }],
    excerpt:
      'This is the twenty-fourth article in the series Implementing Competency Education in K-12 Systems: Insights from Local Leaders.',
    categories: [{ name: 'Insights from Local Leaders', slug: 'insights-from-local-leaders' }],
    tags: [],
    origin: [],
    series: {
      seriesId: 'implementing-competency-education-in-k-12-systems',
      position: 24,
      evidence: evidence(
        'cw-2016-12-20-continuous-improvement-and-innovation',
        'This is the twenty-fourth article in the series Implementing Competency Education in K-12 Systems: Insights from Local Leaders.',
        'series.ordinal-article-in-series',
      ),
    },
    source: { format: 'archive-text', line: 25 },
  };
  const republished: Post = {
    id: 'cw-2016-08-18-student-voices-moving-beyond-when-i-grow-up',
    title: 'Student Voices: Moving Beyond “When I Grow Up…”',
    published: '2016-08-18',
    authors: [],
    excerpt: 'This post originally appeared at Getting Smart on July 25, 2016.',
    categories: [],
    tags: [{ name: 'Student Voices' }],
    origin: [
      {
        publisher: 'Getting Smart',
        date: '2016-07-25',
        evidence: evidence(
          'cw-2016-08-18-student-voices-moving-beyond-when-i-grow-up',
          'This post originally appeared at Getting Smart on July 25, 2016.',
          'origin.originally-appeared-at',
        ),
      },
    ],
    source: { format: 'archive-text', line: 7 },
  };

  it('shows the series badge, origin, day and category filter from the extension', async () => {
    const document = toJsonFeed([seriesPost, republished], { title: 'CompetencyWorks' });
    // What a browser gets from a bundle's posts.json: the JSON text, not the objects.
    serve({ [URL1]: json(JSON.parse(JSON.stringify(document))) });
    const element = await loaded(`<cw-post-list src="${URL1}"></cw-post-list>`);
    const cards = [...shadow(element).querySelectorAll('article')];
    expect(cards).toHaveLength(2);
    const [first, second] = cards;
    expect(first?.querySelector('[part=badge]')?.textContent).toBe('Part 24');
    expect(first?.querySelector('time')?.getAttribute('datetime')).toBe('2016-12-20');
    expect(first?.querySelector('time')?.textContent).toBe('December 20, 2016');
    expect(first?.querySelector('[part=origin]')).toBeNull();
    expect(second?.querySelector('[part=origin]')?.textContent?.replace(/\s+/g, ' ')).toBe(
      'Originally published by Getting Smart',
    );
    expect(second?.querySelector('[part=badge]')).toBeNull();
    expect(second?.querySelector('h3')?.textContent).toBe(
      'Student Voices: Moving Beyond “When I Grow Up…”',
    );
    element.setAttribute('category', 'insights-from-local-leaders');
    await rendered(element);
    expect(titles(element)).toEqual(['Continuous Improvement and Innovation']);
    element.removeAttribute('category');
    element.setAttribute('series', 'implementing-competency-education-in-k-12-systems');
    await rendered(element);
    expect(titles(element)).toEqual(['Continuous Improvement and Innovation']);
  });
});
