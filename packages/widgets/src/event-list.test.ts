import type { Event } from '@competencyworks/events';
import { describe, expect, it, vi } from 'vitest';
import {
  cardCount,
  expectAccessible,
  expectChunkedRendering,
  json,
  mount,
  rendered,
  scrollToEnd,
  serve,
  settled,
  shadow,
} from '../test/helpers';
import { CHUNK } from './_lib/pause';
import type { CwEventList } from './event-list';
import type { CwLoadEvent } from './events/cw-load';
import './event-list';

const make = (id: string, date: string, time?: string): Event => ({
  id,
  title: `Event ${id}`,
  kind: 'webinar',
  start: time ? { date, time, timeZone: 'America/New_York' } : { date },
  allDay: !time,
  yearInferred: false,
  attendanceMode: 'online',
  presenters: [],
  status: 'scheduled',
  sourcePostId: 'p',
  evidence: [],
});

const events = [
  make('a', '2017-01-11', '14:00'),
  make('b', '2016-12-01'),
  make('c', '2017-02-03'),
  make('d', '2017-01-20', '09:00'),
];

/** `n` events at 10:00 in New York, one a day from February 1, 2017. */
const dailyEvents = (n: number): Event[] =>
  Array.from({ length: n }, (_, k) =>
    make(
      `e${k}`,
      new Date(Date.UTC(2017, 1, 1) + k * 86_400_000).toISOString().slice(0, 10),
      '10:00',
    ),
  );

const headings = (el: HTMLElement, level: number) =>
  [...shadow(el).querySelectorAll(`h${level}`)].map((h) => h.textContent?.trim());

describe('<cw-event-list>', () => {
  it('shows upcoming events soonest first, grouped by month, with real headings', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2017-01-05T00:00:00Z') });
    const element = await mount<CwEventList>('<cw-event-list></cw-event-list>');
    element.items = events;
    await rendered(element);
    expect(element.state).toBe('ready');
    expect(headings(element, 2)).toEqual(['January 2017', 'February 2017']);
    expect(headings(element, 3)).toEqual(['Event a', 'Event d', 'Event c']);
    await expectAccessible(element);
  });

  it('shows past events latest first with when="past", all with when="all", and limit', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2017-01-25T00:00:00Z') });
    const element = await mount<CwEventList>(
      '<cw-event-list when="past" heading-level="3"></cw-event-list>',
    );
    element.items = events;
    await rendered(element);
    expect(headings(element, 4)).toEqual(['Event d', 'Event a', 'Event b']);
    element.when = 'all';
    element.limit = 2;
    await rendered(element);
    expect(headings(element, 4)).toEqual(['Event b', 'Event a']);
  });

  it('moves an event to the past when it ends, on the shared timer', async () => {
    vi.useFakeTimers({
      toFake: ['Date', 'setInterval', 'clearInterval'],
      now: Date.parse('2017-02-03T23:59:00Z'),
    });
    const element = await mount<CwEventList>('<cw-event-list></cw-event-list>');
    element.items = [make('c', '2017-02-03')];
    await rendered(element);
    expect(element.state).toBe('ready');
    vi.advanceTimersByTime(60_000 * 10);
    await rendered(element);
    expect(element.state).toBe('empty');
  });

  it('reads a 10,000-event events.json, shows the first chunk and a chunk more per scroll', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2017-01-01T00:00:00Z') });
    serve({ 'https://b.example/e.json': json({ version: 1, events: dailyEvents(10_000) }) });
    const element = await mount<CwEventList>(
      '<cw-event-list src="https://b.example/e.json"></cw-event-list>',
    );
    const load = (await settled(element)) as CwLoadEvent;
    await rendered(element);
    expect(element.state).toBe('ready');
    expect(load.count).toBe(10_000);
    expect(shadow(element).querySelector('[role=status]')?.textContent).toBe('Loaded 10000 events');
    // The page holds the cards near the viewport, not all 10,000.
    await expectChunkedRendering(element);
    expect(headings(element, 3)[4 * CHUNK - 1]).toBe(`Event e${4 * CHUNK - 1}`);
  }, 60_000);

  it('shows 10,000 events set as a property, the first chunk at once', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2017-01-01T00:00:00Z') });
    const element = await mount<CwEventList>('<cw-event-list when="all"></cw-event-list>');
    element.items = dailyEvents(10_000);
    await rendered(element);
    expect(element.state).toBe('ready');
    expect(shadow(element).querySelector('[role=status]')?.textContent).toBe('Loaded 10000 events');
    expect(cardCount(element)).toBe(CHUNK);
    expect(headings(element, 3)[0]).toBe('Event e0');
    const added = await scrollToEnd(element, 2 * CHUNK);
    expect(added.every((count) => count === CHUNK)).toBe(true);
  });

  it('reaches every event of a long list by scrolling, soonest first, each under its month', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2017-01-01T00:00:00Z') });
    const element = await mount<CwEventList>('<cw-event-list></cw-event-list>');
    element.items = dailyEvents(1000);
    await rendered(element);
    await scrollToEnd(element, 1000);
    const titles = headings(element, 3);
    expect(titles[0]).toBe('Event e0');
    expect(titles.at(-1)).toBe('Event e999');
    expect(new Set(titles).size).toBe(1000);
    // February 2017 to October 2019.
    expect(headings(element, 2)).toHaveLength(33);
  }, 60_000);

  it('keeps a failed load in the error state when the shared timer ticks', async () => {
    vi.useFakeTimers({
      toFake: ['Date', 'setInterval', 'clearInterval'],
      now: Date.parse('2016-01-01T00:00:00Z'),
    });
    serve({ 'https://b.example/e.json': json({ version: 1, events }) });
    const element = await mount<CwEventList>(
      '<cw-event-list src="https://b.example/e.json"></cw-event-list>',
    );
    await settled(element);
    expect(element.state).toBe('ready');
    element.src = 'https://b.example/missing.json';
    await settled(element);
    expect(element.state).toBe('error');
    vi.advanceTimersByTime(60_000);
    await rendered(element);
    expect(element.state).toBe('error');
  });

  it('loads events.json or a bare array from src', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2016-01-01T00:00:00Z') });
    serve({
      'https://b.example/events.json': json({ version: 1, events }),
      'https://b.example/bare.json': json(events.slice(0, 1)),
    });
    const element = await mount<CwEventList>(
      '<cw-event-list src="https://b.example/events.json"></cw-event-list>',
    );
    await settled(element);
    await rendered(element);
    expect(headings(element, 3)).toHaveLength(4);
    element.src = 'https://b.example/bare.json';
    await settled(element);
    await rendered(element);
    expect(headings(element, 3)).toEqual(['Event a']);
  });

  it('keeps the date badge styles on the badge: titles and details are not uppercased', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2017-01-05T00:00:00Z') });
    const element = await mount<CwEventList>('<cw-event-list></cw-event-list>');
    element.items = [{ ...events[0], description: 'An hour on New England.' } as Event];
    await rendered(element);
    const root = shadow(element);
    const style = (selector: string) => {
      const found = root.querySelector(selector);
      if (!found) throw new Error(`no ${selector}`);
      return getComputedStyle(found);
    };
    expect(root.querySelectorAll('section[part=month-group]')).toHaveLength(1);
    expect(root.querySelectorAll('[part=month]')).toHaveLength(1);
    for (const selector of [
      '[part=month-group]',
      '[part=title]',
      '[part=description]',
      '[part=google]',
    ]) {
      expect(style(selector).textTransform, selector).toBe('none');
    }
    // The group is as large as the host text; only the badge's month is small.
    expect(style('[part=description]').fontSize).toBe(getComputedStyle(element).fontSize);
    expect(style('[part=month]').textTransform).toBe('uppercase');
  });

  it('is empty, accessible, with no upcoming events', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2030-01-01T00:00:00Z') });
    const element = await mount<CwEventList>('<cw-event-list></cw-event-list>');
    element.items = events;
    await rendered(element);
    expect(element.state).toBe('empty');
    expect(shadow(element).textContent).toContain('No events to show.');
    await expectAccessible(element);
  });

  it('skips malformed remote events and names them in one warning; bad ends are dropped', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = [
      null,
      'not an event',
      { id: 'x', title: 'No start' },
      {
        ...make('m', '2017-03-01', '2pm'),
        end: 'tomorrow',
        location: 'Somewhere',
        presenters: [null, 'Ann', { name: 'Paul Leather' }],
      },
      { ...make('n', '2017-03-02', '10:00'), end: { date: 'soon', time: 'later' } },
      // Not a real day: dropped rather than rolled over into March.
      make('o', '2017-02-30', '10:00'),
      { ...make('p', '2017-03-03'), start: { date: '2017-03-03', time: '25:00' } },
    ];
    serve({ 'https://b.example/e.json': json({ version: 1, events: hostile }) });
    const element = await mount<CwEventList>(
      '<cw-event-list src="https://b.example/e.json" when="all"></cw-event-list>',
    );
    await settled(element);
    await rendered(element);
    expect(element.state).toBe('ready');
    expect(headings(element, 3)).toEqual(['Event n', 'Event p']);
    const [n, p] = [...shadow(element).querySelectorAll('[part~=card]')];
    expect(p?.querySelector('[part=when]')?.textContent).toContain('all day');
    expect(n?.querySelector('[part=time]')?.textContent).toContain('10:00');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      '<cw-event-list> skipped what it could not read in https://b.example/e.json: ' +
        'events[0], events[1], events[2].start, events[3].location, events[5].start',
    );
    warn.mockRestore();
  });
});
