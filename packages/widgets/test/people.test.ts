// What screen-reader users and visitors meet: names that say which event, new tabs announced,
// a live region that speaks while loading, plain plurals, links that point where the data meant.
import { describe, expect, it } from 'vitest';
import '../src/index';
import { hang, json, mount, rendered, serve, settled, shadow, text, webinar } from './helpers';

const name = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim();

describe('people', () => {
  it('names the event in every calendar button and link, and says which open a new tab', async () => {
    const list = await mount<HTMLElementTagNameMap['cw-event-list']>(
      '<cw-event-list when="all"></cw-event-list>',
    );
    list.items = [webinar, { ...webinar, id: 'b', title: 'Another webinar' }];
    await rendered(list);
    const [first, second] = [...shadow(list).querySelectorAll('[part~=card]')];
    expect(name(first?.querySelector('[part=add-to-calendar]'))).toBe(
      `Add to calendar (.ics): ${webinar.title}`,
    );
    expect(name(second?.querySelector('[part=add-to-calendar]'))).toBe(
      'Add to calendar (.ics): Another webinar',
    );
    expect(name(first?.querySelector('[part=register]'))).toBe(`Register: ${webinar.title}`);
    for (const part of ['google', 'outlook']) {
      const link = second?.querySelector(`[part=${part}]`);
      expect(link?.getAttribute('target')).toBe('_blank');
      expect(name(link)).toMatch(
        /^(Google Calendar|Outlook): Another webinar \(opens in a new tab\)$/,
      );
    }
  });

  it('announces loading, then how many items loaded', async () => {
    let release = (_: Response) => {};
    serve({
      'https://d.example/posts.json': () =>
        new Promise<Response>((resolve) => {
          release = resolve;
        }),
    });
    const list = await mount<HTMLElementTagNameMap['cw-post-list']>(
      '<cw-post-list src="https://d.example/posts.json"></cw-post-list>',
    );
    const live = shadow(list).querySelector('[role=status]');
    expect(live?.textContent).toBe('Loading posts…');
    const skeleton = shadow(list).querySelector('[part=skeleton]') as Element;
    expect(Number(getComputedStyle(skeleton).opacity)).toBeGreaterThanOrEqual(0.15);
    const done = settled(list);
    release(
      json({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{ id: '1' }] }),
    );
    await done;
    await rendered(list);
    expect(live?.textContent).toBe('Loaded 1 post');
  });

  it('announces an error in plain words', async () => {
    serve({ 'https://d.example/e.json': hang });
    const card = await mount<HTMLElementTagNameMap['cw-event-card']>(
      '<cw-event-card src="https://d.example/e.json" timeout="20"></cw-event-card>',
    );
    await settled(card);
    await rendered(card);
    expect(shadow(card).querySelector('[role=status]')?.textContent).toBe('Could not load events');
    expect(text(card)).toContain('Sorry, the events could not be loaded. Retry');
  });

  it('says "The only part" for a one-part series, "All 2 parts" for two', async () => {
    const nav = await mount<HTMLElementTagNameMap['cw-series-nav']>(
      '<cw-series-nav></cw-series-nav>',
    );
    const part = (position: number) => ({ position, title: `P${position}`, evidence: [] });
    nav.series = { id: 's', title: 'S', kind: 'series', parts: [part(1)] };
    await rendered(nav);
    expect(name(shadow(nav).querySelector('[part=toc-summary]'))).toBe('The only part');
    nav.series = { id: 's', title: 'S', kind: 'series', parts: [part(1), part(2)] };
    await rendered(nav);
    expect(name(shadow(nav).querySelector('[part=toc-summary]'))).toBe('All 2 parts');
  });

  it('resolves relative registration and venue links against the events file', async () => {
    const file = 'https://data.example/cw/v1/events.json';
    serve({
      [file]: json({
        version: 1,
        events: [
          {
            ...webinar,
            attendanceMode: 'offline',
            registrationUrl: '../register/123',
            location: { name: 'Hall', url: 'venues/hall.html' },
          },
        ],
      }),
    });
    const card = await mount<HTMLElementTagNameMap['cw-event-card']>(
      `<cw-event-card src="${file}"></cw-event-card>`,
    );
    await settled(card);
    await rendered(card);
    const root = shadow(card);
    expect(root.querySelector('[part=register]')?.getAttribute('href')).toBe(
      'https://data.example/cw/register/123',
    );
    expect(root.querySelector('[part=place] a')?.getAttribute('href')).toBe(
      'https://data.example/cw/v1/venues/hall.html',
    );
  });
});
