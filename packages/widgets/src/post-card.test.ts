import { describe, expect, it } from 'vitest';
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
} from '../test/helpers';
import { defineElement } from './_lib/defineElement';
import { CwPostCard } from './post-card';

const URL1 = 'https://feeds.example/posts.json';

describe('<cw-post-card>', () => {
  it('shows one post from the post property, at heading-level', async () => {
    const element = await mount<CwPostCard>('<cw-post-card heading-level="4"></cw-post-card>');
    element.post = posts(1)[0];
    await rendered(element);
    const root = shadow(element);
    expect(element.state).toBe('ready');
    expect(root.querySelector('h4 a')?.textContent).toBe('Post number 0');
    expect(root.querySelector('time')?.textContent).toBe('December 19, 2016');
    expect(root.querySelector('[part=excerpt]')?.textContent).toBe('Excerpt of post 0.');
    expect(root.querySelector('[role=status]')?.textContent).toBe('Loaded 1 post');
    await expectAccessible(element);
  });

  it('gives an untitled post a link named by the start of its text, else by its date', async () => {
    const [withText, bare] = posts(2).map(({ title: _, ...rest }) => rest);
    const element = await mount<CwPostCard>('<cw-post-card></cw-post-card>');
    element.post = {
      ...withText,
      summary:
        'Sky watchers in Europe, Asia, and parts of Alaska and Canada will experience a partial eclipse of the Sun on Saturday, May 31st.',
    };
    await rendered(element);
    expect(shadow(element).querySelector('h3 a')?.textContent).toBe(
      'Sky watchers in Europe, Asia, and parts of Alaska and Canada will experience a…',
    );
    await expectAccessible(element);
    element.post = { ...bare, summary: undefined };
    await rendered(element);
    const link = shadow(element).querySelector('h3 a');
    expect(link?.textContent).toBe('Post of 2016-12-19');
    expect(link?.getAttribute('href')).toBe('https://competencyworks.example/post-1/');
    await expectAccessible(element);
  });

  it('shows the item-id item of a feed, or the first, sharing the request', async () => {
    const calls = serve({ [URL1]: json(feed(posts(3))) });
    const host = await mount<HTMLDivElement>(
      `<div><cw-post-card src="${URL1}" item-id="post-2"></cw-post-card><cw-post-card src="${URL1}"></cw-post-card></div>`,
    );
    const [a, b] = [...host.querySelectorAll('cw-post-card')] as [CwPostCard, CwPostCard];
    await Promise.all([settled(a), settled(b)]);
    await Promise.all([rendered(a), rendered(b)]);
    expect(shadow(a).querySelector('a')?.textContent).toBe('Post number 2');
    expect(shadow(b).querySelector('a')?.textContent).toBe('Post number 0');
    expect(calls).toHaveLength(1);
  });

  it('is empty when the item is not in the feed', async () => {
    serve({ [URL1]: json(feed(posts(1))) });
    const element = await mount<CwPostCard>(
      `<cw-post-card src="${URL1}" item-id="nope"></cw-post-card>`,
    );
    await settled(element);
    expect(element.state).toBe('empty');
  });

  it('tolerates a second definition of its tag (two partners loading the widgets)', () => {
    expect(() => defineElement('cw-post-card', class extends HTMLElement {})).not.toThrow();
    expect(customElements.get('cw-post-card')).toBe(CwPostCard);
  });
});
