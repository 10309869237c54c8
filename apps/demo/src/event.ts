// The event page: one <cw-event-card> (default: the January 11, 2017 webinar), the post that
// announced it as a <cw-post-card>, the bundle's .ics files, and links to the other events.
import type { Event } from '@competencyworks/events';

const DEFAULT_EVENT = '2017-01-11-advancing-competency-education-in-new-england';

const wanted = new URLSearchParams(location.search).get('id') ?? DEFAULT_EVENT;

async function main(): Promise<void> {
  const response = await fetch('/bundle/events.json');
  const { events } = (await response.json()) as { events: Event[] };
  const event = events.find((e) => e.id === wanted) ?? events.find((e) => e.id === DEFAULT_EVENT);
  if (!event) return;

  document.title = `${event.title} — CompetencyWorks content kit demo`;
  document.getElementById('event-card')?.setAttribute('event-id', event.id);
  document
    .getElementById('event-ics')
    ?.setAttribute('href', `/bundle/events/${encodeURIComponent(event.id)}.ics`);
  const source = document.getElementById('source-post');
  if (event.sourcePostId && source) {
    source.setAttribute('item-id', event.sourcePostId);
    source.setAttribute('src', '/bundle/posts.json');
  } else source?.closest('section')?.remove();

  const others = document.getElementById('other-events');
  others?.replaceChildren(
    ...events
      .filter((e) => e !== event)
      .map((e) => {
        const link = document.createElement('a');
        link.href = `/event.html?id=${encodeURIComponent(e.id)}`;
        link.textContent = e.title;
        const item = document.createElement('li');
        item.append(link, ` (${e.start.date})`);
        return item;
      }),
  );
}

void main();
