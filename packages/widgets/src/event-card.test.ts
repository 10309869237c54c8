import type { Event } from '@competencyworks/events';
import { describe, expect, it, vi } from 'vitest';
import {
  expectAccessible,
  json,
  mount,
  rendered,
  serve,
  settled,
  shadow,
  symposium,
  webinar,
} from '../test/helpers';
import type { CwEventCard } from './event-card';
import type { CwEventList } from './event-list';
import './event-card';
import './event-list';
import type { CwItemActivateEvent } from './events/cw-item-activate';

const part = (card: HTMLElement, name: string) =>
  shadow(card).querySelector(`[part~=${name}]`)?.textContent?.replace(/\s+/g, ' ').trim();

async function card(event: Event, wrapper = ''): Promise<CwEventCard> {
  const host = await mount<HTMLElement>(`<div ${wrapper}><cw-event-card></cw-event-card></div>`);
  const element = host.querySelector('cw-event-card') as CwEventCard;
  element.event = event;
  await rendered(element);
  return element;
}

describe('<cw-event-card>', () => {
  it('shows times in the event zone and the viewer zone when they differ', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2017-01-01T00:00:00Z') });
    const element = await card(webinar, 'time-zone="America/Los_Angeles"');
    expect(part(element, 'time')).toBe('2:00 – 3:00 PM EST, 11:00 AM – 12:00 PM PST your time');
    expect(part(element, 'when')).toContain('Wednesday, January 11, 2017');
    expect(shadow(element).querySelector('time')?.getAttribute('datetime')).toBe(
      '2017-01-11T19:00:00.000Z',
    );
    expect(part(element, 'month')).toBe('Jan');
    expect(part(element, 'day')).toBe('11');
    expect(part(element, 'status')).toBe('Upcoming');
    expect(part(element, 'place')).toBe('Online');
    expect(part(element, 'capacity')).toBe('Capacity: 60');
    expect(part(element, 'presenters')).toBe('With Paul Leather, David Ruff, and Chris Sturgis');
    expect(shadow(element).querySelector('h3')?.textContent).toBe(webinar.title);
    expect(shadow(element).querySelector('[part=register]')?.getAttribute('href')).toBe(
      webinar.registrationUrl,
    );
    expect(shadow(element).querySelector('[part=google]')?.getAttribute('href')).toMatch(
      /^https:\/\/calendar\.google\.com\/.*ctz=America\/New_York/,
    );
    expect(shadow(element).querySelector('[part=outlook]')?.getAttribute('href')).toContain(
      'startdt=2017-01-11T19:00:00Z',
    );
    await expectAccessible(element);
  });

  it('shows the time once when the viewer is in the event zone', async () => {
    const element = await card(webinar, 'time-zone="America/New_York"');
    expect(part(element, 'time')).toBe('2:00 – 3:00 PM EST');
  });

  it('shows times as written when the event zone is unknown to the browser, links and .ics included', async () => {
    const mars = {
      ...webinar,
      start: { ...webinar.start, timeZone: 'Mars/Olympus_Mons' },
      end: { ...webinar.end, timeZone: 'Mars/Olympus_Mons' },
    } as Event;
    const host = await mount<HTMLElement>(
      '<div time-zone="America/Los_Angeles"><cw-event-list when="all"></cw-event-list></div>',
    );
    const list = host.querySelector('cw-event-list') as CwEventList;
    list.items = [mars];
    await rendered(list);
    const element = await card(mars, 'time-zone="America/Los_Angeles"');
    for (const shown of [element, list]) {
      expect(part(shown, 'time')).toBe('2:00 – 3:00 PM');
      expect(shadow(shown).querySelector('[part=google]')?.getAttribute('href')).toContain(
        'dates=20170111T140000/20170111T150000&',
      );
    }
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    shadow(element).querySelector<HTMLButtonElement>('[part=add-to-calendar]')?.click();
    expect(await blob?.text()).toContain('DTSTART:20170111T140000\r\n');
    vi.restoreAllMocks();
  });

  it('reads the event property like events.json items (missing presenters, a bad end)', async () => {
    const { presenters: _, ...partial } = webinar;
    const element = await card({ ...partial, end: 'soon' } as unknown as Event);
    expect(element.state).toBe('ready');
    expect(part(element, 'presenters')).toBeUndefined();
    expect(part(element, 'time')).toBe('2:00 PM EST, 7:00 PM UTC your time');
  });

  it('shows all-day multi-day ranges and a venue', async () => {
    const element = await card(symposium);
    expect(part(element, 'when')).toBe('October 25 – 28, 2016, all day');
    expect(part(element, 'time')).toBeUndefined();
    expect(part(element, 'place')).toBe('Henry B. González Convention Center, San Antonio, TX');
    expect(shadow(element).querySelector('[part=place] a')?.getAttribute('href')).toBe(
      'https://venue.example/',
    );
    expect(shadow(element).querySelector('time')?.getAttribute('datetime')).toBe('2016-10-25');
  });

  it('moves from upcoming to happening now to ended on the shared timer', async () => {
    vi.useFakeTimers({
      toFake: ['Date', 'setInterval', 'clearInterval'],
      now: Date.parse('2017-01-11T18:59:00Z'),
    });
    const element = await card(webinar);
    expect(part(element, 'status')).toBe('Upcoming');
    vi.advanceTimersByTime(60_000);
    await rendered(element);
    expect(part(element, 'status')).toBe('Happening now');
    vi.advanceTimersByTime(60 * 60_000);
    await rendered(element);
    expect(part(element, 'status')).toBe('Ended');
    element.event = { ...webinar, status: 'cancelled' };
    await rendered(element);
    expect(part(element, 'status')).toBe('Cancelled');
  });

  it('downloads an .ics made in the browser', async () => {
    const element = await card(webinar);
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe(`${webinar.id}.ics`);
    });
    shadow(element).querySelector<HTMLButtonElement>('[part=add-to-calendar]')?.click();
    expect(clicks).toHaveBeenCalledOnce();
    const ics = await blob?.text();
    expect(blob?.type).toBe('text/calendar');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Advancing Competency Education in New England');
    // In UTC (no VTIMEZONE in the page): 2:00 p.m. EST is 19:00 UTC.
    expect(ics).toContain('DTSTART:20170111T190000Z');
    expect(ics).toContain('DTEND:20170111T200000Z');
    vi.restoreAllMocks();
  });

  it('fires cw-item-activate from the Register link', async () => {
    const element = await card(webinar);
    const seen: CwItemActivateEvent[] = [];
    element.addEventListener('cw-item-activate', (e) => {
      seen.push(e);
      e.preventDefault();
    });
    shadow(element).querySelector<HTMLAnchorElement>('[part=register]')?.click();
    expect(seen.map((e) => e.itemId)).toEqual([webinar.id]);
  });

  it('loads one event by event-id from an events.json', async () => {
    serve({ 'https://b.example/events.json': json({ version: 1, events: [symposium, webinar] }) });
    const element = await mount<CwEventCard>(
      `<cw-event-card src="https://b.example/events.json" event-id="${webinar.id}" heading-level="2"></cw-event-card>`,
    );
    await settled(element);
    await rendered(element);
    expect(shadow(element).querySelector('h2')?.textContent).toBe(webinar.title);
    expect(element.state).toBe('ready');
  });

  it('is empty when the id is not in the file, and an error when the JSON is not events', async () => {
    serve({
      'https://b.example/events.json': json([webinar]),
      'https://b.example/bad.json': json({ posts: [] }),
    });
    const element = await mount<CwEventCard>(
      '<cw-event-card src="https://b.example/events.json" event-id="nope"></cw-event-card>',
    );
    await settled(element);
    expect(element.state).toBe('empty');
    await rendered(element);
    await expectAccessible(element);
    element.src = 'https://b.example/bad.json';
    await settled(element);
    expect(element.state).toBe('error');
  });
});
