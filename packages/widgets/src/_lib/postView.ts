import { loadError } from './fetchJson';
import { plainText } from './plainText';
import { safeUrl } from './safeUrl';

/** What a post card shows, from a JSON Feed item (with or without our extension) or a Post. */
export interface PostView {
  id: string;
  title: string;
  url: string | undefined;
  /** An ISO instant or a calendar date `YYYY-MM-DD`. */
  date: string | undefined;
  /** The authors' names. */
  authors: string[];
  excerpt: string;
  /** The position in its series ("Part 24"). */
  part: number | undefined;
  /** Who first published the post ("Getting Smart") and where. */
  origin: string | undefined;
  originUrl: string | undefined;
  /** Lower-cased names, slugs and ids per filter attribute of `<cw-post-list>`. */
  category: string[];
  tag: string[];
  series: string[];
}

/** A page of a post feed: its items and the absolute URL of the next page. */
export interface PostPage {
  items: PostView[];
  next: string | undefined;
}

type Json = Record<string, unknown>;

/** Only strings are read from remote data; anything else counts as missing. */
const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : undefined;
/** Values that may be one or many, as a list. */
const list = (value: unknown) => [value ?? []].flat() as (Json | undefined)[];
/** Lower-cased terms from strings and `{ name, slug }` objects, one or many per argument. */
const terms = (...values: unknown[]): string[] =>
  list(values)
    .flatMap((value) => list(value))
    .flatMap((term) => [term, term?.name, term?.slug])
    .flatMap((text) => str(text)?.toLowerCase() ?? []);
const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max).replace(/[\s,;:.]*\S*$/, '')}…` : text;

/**
 * Maps one JSON Feed 1.0/1.1 item, or a `Post` from @competencyworks/posts, to what the post
 * widgets display. Only plain text and http(s) URLs come out; nothing is trusted as HTML.
 *
 * @param item - the JSON Feed item or Post
 * @param base - the feed's URL, for relative links
 * @returns the view, or undefined when the input is not an object
 * @example
 * toPostView({ id: '1', title: 'Hi', content_html: '<p>Hello</p>' });
 * //=> { id: '1', title: 'Hi', excerpt: 'Hello', authors: [], ... }
 */
export function toPostView(item: unknown, base?: string): PostView | undefined {
  if (typeof item !== 'object' || !item) return undefined;
  const it = item as Json;
  // A Post carries the extension's fields itself.
  const ext = (it._competencyworks ?? it) as Json;
  const series = ext.series as Json | undefined;
  const [origin] = list(ext.origin);
  const excerpt = clip(
    plainText(
      str(it.summary) ?? str(it.content_text) ?? str(it.content_html) ?? str(it.excerpt) ?? '',
    ),
    300,
  );
  const url = safeUrl(it.url, base) ?? safeUrl(it.external_url, base);
  const date = str(ext.published) ?? str(it.date_published);
  // JSON Feed and the Post model make the title optional (asides, status updates): the link
  // still needs visible text and an accessible name, so the start of the text stands in, else
  // the date; never a bare URL.
  const title =
    plainText(str(it.title) ?? '') ||
    clip(excerpt.split('\n')[0] ?? '', 80) ||
    (date ? `Post of ${date.slice(0, 10)}` : 'Untitled post');
  return {
    id: String(it.id ?? url ?? title),
    title,
    url,
    date,
    authors: list(it.authors ?? it.author).flatMap((author) => str(author?.name) ?? []),
    excerpt,
    part: typeof series?.position === 'number' ? series.position : undefined,
    origin: str(origin?.publisher),
    originUrl: safeUrl(origin?.url, base),
    category: terms(ext.categories),
    tag: terms(it.tags, ext.tags),
    series: terms(series?.seriesId),
  };
}

/**
 * Reads a JSON Feed 1.0/1.1 document into post views and the next page's URL.
 *
 * @throws LoadError of kind `format` when the JSON is not a JSON Feed
 * @example
 * readPostFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] }, 'https://e.org/f.json');
 * //=> { items: [], next: undefined }
 */
export function readPostFeed(json: unknown, base?: string): PostPage {
  const feed = json as Json | null;
  if (
    !/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/.test(String(feed?.version)) ||
    !Array.isArray(feed?.items)
  ) {
    throw loadError('format', 'The response is not a JSON Feed (no "version" and "items").');
  }
  return { items: readPosts(feed.items, base), next: safeUrl(feed.next_url, base) };
}

/**
 * Maps many items with {@link toPostView}, skipping what is not an object.
 *
 * @example
 * readPosts([{ id: '1', title: 'Hi' }, 42]).length; //=> 1
 */
export const readPosts = (items: readonly unknown[], base?: string): PostView[] =>
  items.flatMap((item) => toPostView(item, base) ?? []);
