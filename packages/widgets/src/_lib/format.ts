import { serverPage } from './serverPage';

// Formatters are built once per locale, zone and options for the whole page: building an
// `Intl.DateTimeFormat` costs far more than formatting with one.
const formats = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();

/**
 * The `lang` and time zone a widget inherits, like GitHub's `<relative-time>`: the closest
 * `lang` attribute (else the browser's language) and the closest `time-zone` attribute (else the
 * viewer's zone). A `lang` or zone the runtime does not know (a typo in the host page) falls
 * back to the browser's, so it never breaks the widget.
 *
 * @example
 * context(document.body); //=> { lang: 'en-US', timeZone: 'America/New_York' }
 */
export function context(element: Element): { lang: string; timeZone: string } {
  // On the server (Lit SSR's DOM shim has no `closest`) the rendering's own settings stand in.
  const read = (name: 'lang' | 'time-zone') =>
    element.closest?.(`[${name}]`)?.getAttribute(name) || serverPage[name];
  let format: Intl.DateTimeFormat;
  try {
    format = dateFormat(read('lang'), { timeZone: read('time-zone') });
  } catch {
    format = dateFormat(undefined, {});
  }
  const { locale, timeZone } = format.resolvedOptions();
  return { lang: locale, timeZone };
}

/**
 * A cached `Intl.DateTimeFormat` for a `lang` (undefined: the browser's) and options. Throws,
 * like the constructor, for a `lang` or zone the runtime does not know.
 *
 * @example
 * dateFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(0); //=> 'January 1, 1970'
 */
export function dateFormat(
  lang: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formats.set(key, format);
  }
  return format as Intl.DateTimeFormat;
}

/** Milliseconds since the epoch of a calendar date's midnight in UTC (for zone-free formatting). */
const utcDay = (date: string): number => Date.parse(`${date}T00:00Z`);

/**
 * Calendar dates (`YYYY-MM-DD`) formatted as those days whatever the viewer's zone: one day, or
 * the range from `first` to `last`.
 *
 * @example
 * formatDays('en-US', { month: 'long', year: 'numeric' }, '2017-01-01'); //=> 'January 2017'
 */
export function formatDays(
  lang: string,
  options: Intl.DateTimeFormatOptions,
  first: string,
  last?: string,
): string {
  const format = dateFormat(lang, { ...options, timeZone: 'UTC' });
  return last ? format.formatRange(utcDay(first), utcDay(last)) : format.format(utcDay(first));
}

/**
 * Formats a post date: a calendar date (`YYYY-MM-DD`, which `Date.parse` reads as UTC) as that
 * day, an instant in the inherited zone.
 *
 * @example
 * formatDate('2016-12-19', 'en-US', 'Asia/Tokyo'); //=> 'December 19, 2016'
 */
export function formatDate(value: string, lang: string, timeZone: string): string {
  const ms = Date.parse(value);
  return ms
    ? dateFormat(lang, {
        dateStyle: 'long',
        timeZone: value.length === 10 ? 'UTC' : timeZone,
      }).format(ms)
    : value;
}

/**
 * People's names joined as the inherited `lang` joins a list ("Chris Sturgis and Susan Patrick").
 *
 * @example
 * names(['Chris Sturgis', 'Susan Patrick'], 'en'); //=> 'Chris Sturgis and Susan Patrick'
 */
export function names(people: string[], lang: string): string {
  // One name needs no list format (building the first one on a page costs milliseconds).
  if (!people[1]) return people[0] ?? '';
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang);
    formats.set(lang, format);
  }
  return (format as Intl.ListFormat).format(people);
}
