// Server rendering of the widgets with Lit SSR: Node only (it imports @lit-labs/ssr, an
// optional peer dependency). The browser entries never import this module.
import { decodeEntities } from '@competencyworks/core';
import { renderThunked } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { cache } from './_lib/fetchJson';
import { useEntityDecoder } from './_lib/plainText';
import { safeUrl } from './_lib/safeUrl';
import { serverPage } from './_lib/serverPage';
// Registers the elements in the server's registry (Lit's DOM shim), where Lit SSR finds them.
import './index';

// Node has no HTML parser to ask about `&eacute;`: the fragments decode with the model's table.
useEntityDecoder(decodeEntities);

/** The elements {@link renderFragment} renders. */
export type FragmentTag =
  | 'cw-post-list'
  | 'cw-post-card'
  | 'cw-event-card'
  | 'cw-event-list'
  | 'cw-series-nav';

const TAGS: ReadonlySet<string> = new Set<FragmentTag>([
  'cw-post-list',
  'cw-post-card',
  'cw-event-card',
  'cw-event-list',
  'cw-series-nav',
]);

/** What {@link renderFragment} renders. */
export interface FragmentOptions {
  /** The element. */
  tag: FragmentTag;
  /**
   * Its attributes as written into the fragment, `src` among them: the URL of the JSON the live
   * element reads (`posts.json`, `events.json`, ...). Other attributes are the element's own
   * (`limit`, `event-id`, ...).
   */
  attributes: Readonly<Record<string, string>>;
  /** The JSON at `src`, as the element would fetch it: rendered now and carried in the fragment. */
  data: unknown;
  /**
   * The URL a relative `src` (and relative links in the data) resolve against while rendering:
   * where the fragment will be pasted, or the bundle's URL. Default: `src` must be absolute.
   */
  base?: string;
  /** The language dates and lists are written in (default `en-US`); the live element then follows the page. */
  lang?: string;
  /** The time zone instants are shown in (default `UTC`); the live element then shows the viewer's. */
  timeZone?: string;
  /**
   * When the data was current (default: now). The live element shows the carried data at once
   * and refreshes it from `src` only once it is older than its `ttl` (5 minutes by default).
   */
  now?: Date;
}

/**
 * Renders a widget over its data to HTML with declarative shadow DOM (`<template
 * shadowrootmode="open">`), for pages without JavaScript: the content is readable and its links
 * work as plain HTML. The data is carried inside the shadow root as inert JSON (`<script
 * type="application/json">`, with every `<` escaped), so when the drop-in script runs, the live
 * element takes its data from there: no second fetch, and it renders the same content in the same
 * frame (no layout shift). Text from the data is escaped by Lit; URLs go through the widgets'
 * http(s)-only check. Node only.
 *
 * @param options - The element, its attributes, the data and how to render it.
 * @returns The element's HTML: `<cw-post-list src=...><template shadowrootmode="open">...`
 * @throws {Error} When the tag is not a widget, an attribute name is not a plain name, `src` is
 *   missing or not an http(s) URL, or the element cannot read the data.
 * @example
 * renderFragment({
 *   tag: 'cw-post-list',
 *   attributes: { src: 'https://example.org/cw/posts.json', limit: '10' },
 *   data: JSON.parse(await readFile('public/cw/posts.json', 'utf8')),
 * });
 * //=> '<cw-post-list src="https://example.org/cw/posts.json" limit="10" state="ready"><template shadowrootmode="open">...'
 */
export function renderFragment(options: FragmentOptions): string {
  const { tag, attributes, data } = options;
  if (!TAGS.has(tag)) throw new Error(`renderFragment: "${tag}" is not one of the widgets.`);
  const unknown = Object.keys(attributes).find((name) => !ATTRIBUTES.includes(name));
  if (unknown !== undefined) {
    throw new Error(
      `renderFragment: "${unknown}" is not an attribute the widgets read (${ATTRIBUTES.join(', ')}).`,
    );
  }
  // `about:blank` is no base for a relative URL: without `base`, only an absolute src passes.
  const url = safeUrl(attributes.src, options.base ?? 'about:blank');
  if (!url) {
    throw new Error(
      `renderFragment: <${tag}> needs a src that is an http(s) URL, or a relative one with a base; got ${JSON.stringify(attributes.src)}.`,
    );
  }
  const now = (options.now ?? new Date()).getTime();
  const fetch = globalThis.fetch;
  // The element reads `src` through the page-wide cache: the data put there is rendered by the
  // element's own load path, the one the live element takes with the data from the fragment.
  cache.set(url, { data, at: Date.now() });
  serverPage.url = options.base ?? url;
  serverPage.lang = options.lang ?? 'en-US';
  serverPage['time-zone'] = options.timeZone ?? 'UTC';
  // Data the element cannot read would send it to the network: never from a build.
  globalThis.fetch = () => Promise.reject(new Error('renderFragment does not fetch'));
  let markup: string;
  try {
    markup = collectResultSync(renderThunked(host(tag, attributes)))
      // The host is not inside a template on the partner's page: no markers around it, and no
      // gaps where attributes were left out (values are escaped, so no `"` or `>` inside them).
      .replace(/^<!--lit-part [^>]*--><!--lit-node \d+-->/, '')
      .replace(/<!--\/lit-part-->$/, '')
      .replace(/^(<[a-z-]+)\s+/, '$1 ');
  } catch (error) {
    // E.g. data it could not read leaves it loading, which needs the page's DOM to render.
    throw new Error(
      `renderFragment: <${tag}> could not render the data given for ${url}: ${error}`,
      {
        cause: error,
      },
    );
  } finally {
    globalThis.fetch = fetch;
    cache.delete(url);
    delete serverPage.url;
    delete serverPage.lang;
    delete serverPage['time-zone'];
  }
  const state = /^<[a-z-]+[^>]* state="([a-z]+)"/.exec(markup)?.[1];
  if (state !== 'ready' && state !== 'empty') {
    throw new Error(
      `renderFragment: <${tag}> could not read the data given for ${url} (it went to the "${state}" state).`,
    );
  }
  const open = 'shadowrootmode="open">';
  const at = markup.indexOf(open) + open.length;
  // The data goes first in the shadow root: the live element reads it before it renders.
  // Inert JSON: `<` escaped, so no `</script>` or `<!--` in the data can end the element early.
  const seed = `<script type="application/json" data-at="${now}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
  // Buttons (Load more, Retry, Add to calendar) do nothing without the script: hidden, but in
  // their place, so the page does not move when the element comes alive and shows them.
  const idle = '<style>:host(:not(:defined)) button{visibility:hidden}</style>';
  return `${markup.slice(0, at)}${seed}${idle}${markup.slice(at)}`;
}

/** Every attribute the widgets read from a page (properties without an attribute are not here). */
const ATTRIBUTES = [
  'src',
  'ttl',
  'timeout',
  'limit',
  'category',
  'tag',
  'series',
  'when',
  'heading-level',
  'item-id',
  'event-id',
  'series-id',
  'current',
  'toc-open',
  'lang',
  'time-zone',
];

/** The host element: a literal template (the tag is one of five), every value bound and escaped. */
function host(tag: string, a: Readonly<Record<string, string>>) {
  const name = unsafeStatic(tag);
  const or = (value: string | undefined) => value ?? nothing;
  return html`<${name} src=${or(a.src)} ttl=${or(a.ttl)} timeout=${or(a.timeout)} limit=${or(a.limit)} category=${or(a.category)} tag=${or(a.tag)} series=${or(a.series)} when=${or(a.when)} heading-level=${or(a['heading-level'])} item-id=${or(a['item-id'])} event-id=${or(a['event-id'])} series-id=${or(a['series-id'])} current=${or(a.current)} toc-open=${or(a['toc-open'])} lang=${or(a.lang)} time-zone=${or(a['time-zone'])}></${name}>`;
}
