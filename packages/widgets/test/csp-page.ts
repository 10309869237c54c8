// Loaded as the only script of a page with a strict Content-Security-Policy and Trusted Types
// enforced (see csp.test.ts). Renders every element and reports back to the parent page.
import { violations } from './csp-violations';
import '../src/index';
import type { Event } from '@competencyworks/events';

const event: Event = {
  id: 'e1',
  title: 'Webinar',
  kind: 'webinar',
  start: { date: '2017-01-11', time: '14:00', timeZone: 'America/New_York' },
  allDay: false,
  yearInferred: false,
  attendanceMode: 'online',
  presenters: [],
  status: 'scheduled',
  sourcePostId: 'p',
  evidence: [],
};

async function run() {
  const host = document.createElement('main');
  host.append(
    ...['cw-post-list', 'cw-post-card', 'cw-event-card', 'cw-event-list', 'cw-series-nav'].map(
      (tag) => document.createElement(tag),
    ),
  );
  document.body.append(host);
  const [list, card, eventCard, eventList, nav] = [...host.children] as [
    HTMLElementTagNameMap['cw-post-list'],
    HTMLElementTagNameMap['cw-post-card'],
    HTMLElementTagNameMap['cw-event-card'],
    HTMLElementTagNameMap['cw-event-list'],
    HTMLElementTagNameMap['cw-series-nav'],
  ];
  const item = {
    id: '1',
    url: 'https://e.example/1',
    title: '<img src=x onerror=alert(1)>',
    summary: 'Hi',
  };
  list.items = [item, { ...item, id: '2' }];
  card.post = item;
  eventCard.event = event;
  eventList.when = 'all';
  eventList.items = [event];
  nav.series = {
    id: 's',
    title: 'S',
    kind: 'series',
    parts: [{ position: 1, url: 'https://e.example/1', evidence: [] }],
  };
  await Promise.all([...host.children].map((el) => (el as typeof list).updateComplete));
  const report = {
    rendered: [...host.children].map(
      (el) =>
        `${el.localName}:${el.getAttribute('state')}:${el.shadowRoot?.childElementCount ?? 0}`,
    ),
    adopted: [...host.children].every((el) => (el.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0),
    styleAttributes: [...host.children].reduce(
      (n, el) => n + (el.shadowRoot?.querySelectorAll('[style]').length ?? 0),
      0,
    ),
    violations: [...violations],
    innerHTMLBlocked: false,
    evalBlocked: false,
  };
  try {
    document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
  } catch {
    report.innerHTMLBlocked = true;
  }
  try {
    // The Function constructor is eval by another name: 'unsafe-eval' is off, so it throws.
    new Function('return 1')();
  } catch {
    report.evalBlocked = true;
  }
  parent.postMessage({ cspReport: report }, '*');
}

run().catch((error) =>
  parent.postMessage({ cspReport: { error: String(error), violations } }, '*'),
);
