import {
  clipText,
  formatPath,
  type ItemKeys,
  type ReportField,
  readItemId,
  readItemNumber,
  readItemObject,
  readItemText,
} from '@competencyworks/core/browser';
import { loadError } from './fetchJson';
import { plainText } from './plainText';
import { type Json, malformed, readItems } from './readEach';
import { safeUrl } from './safeUrl';

/**
 * One post as the post widgets show it, from a JSON Feed item (with or without our extension) or
 * a `Post`. Read in two steps so a 10,000-item feed costs little up front: what the filters and
 * checks need at once, the text and links (see {@link postText}) only when the card is rendered.
 */
export interface PostView {
  id: string;
  /** An ISO instant or a calendar date `YYYY-MM-DD`. */
  date: string | undefined;
  /** The authors' names. */
  authors: string[];
  /** The position in its series ("Part 24"). */
  part: number | undefined;
  /** Who first published the post ("Getting Smart"). */
  origin: string | undefined;
  /** Lower-cased names, slugs and ids per filter attribute of `<cw-post-list>`. */
  category: string[];
  tag: string[];
  series: string[];
  /** The item's checked text and links as written, and the URL of the file it came from, for {@link postText}. */
  source: {
    title: string | undefined;
    body: string | undefined;
    url: string | undefined;
    externalUrl: string | undefined;
    originUrl: string | undefined;
    base: string | undefined;
  };
}

/** A post's text and links, made from its item when its card is first rendered. */
export interface PostText {
  title: string;
  excerpt: string;
  url: string | undefined;
  originUrl: string | undefined;
}

/**
 * A post feed as the widgets read it: lazily, so a 10,000-item feed costs only what is shown.
 * `read` holds the posts read so far, in feed order; `rest` reads the ones after them; `next` is
 * the absolute URL of the feed's next page.
 */
export interface PostPage {
  read: PostView[];
  rest: IterableIterator<PostView>;
  next: string | undefined;
}

/** Values that may be one or many, as a list. */
const list = (value: unknown) => [value ?? []].flat() as (Json | undefined)[];
/** Lower-cased terms from strings and `{ name, slug }` objects, one or many per argument. */
const terms = (...values: unknown[]): string[] =>
  list(values)
    .flatMap((value) => list(value))
    .flatMap((term) => [term, term?.name, term?.slug])
    .flatMap((each) => (typeof each === 'string' && each.trim().toLowerCase()) || []);

/** Text as shown: trimmed, and empty counts as missing. */
const shown = (value: string | undefined) => value?.trim() || undefined;

/**
 * Reads one JSON Feed 1.0/1.1 item, or a `Post` from @competencyworks/posts, with the field
 * readers the posts package's JSON Feed reader uses: a field of the wrong kind (an object where
 * text belongs, which Lit would take for a template) is dropped and reported through `report`,
 * the rest of the item is kept; only an item with no usable id, url or external_url is skipped.
 * Every field is checked here, at once (cheap), so the warning names it when the feed is read;
 * the HTML becomes text only when the card is rendered (see {@link postText}).
 *
 * @param item - the JSON Feed item or Post
 * @param base - the feed's URL, for relative links
 * @param report - told of each dropped field (keys from the item)
 * @returns the view
 * @example
 * toPostView({ id: '1', title: 'Hi', content_html: '<p>Hello</p>' });
 * //=> { id: '1', authors: [], ... }; postText(view) //=> { title: 'Hi', excerpt: 'Hello', ... }
 */
export function toPostView(item: Json, base?: string, report: ReportField = () => {}): PostView {
  // The extension's fields: a Post carries them itself, a JSON Feed item under `_competencyworks`.
  const ext = readItemObject(item, ['_competencyworks'], report) ?? item;
  const at: ItemKeys = ext === item ? [] : ['_competencyworks'];
  const textAt = (...keys: ItemKeys) => shown(readItemText(item, keys, report));
  const url = textAt('url');
  const externalUrl = textAt('external_url');
  // A wrong id is reported once: by the skip when nothing stands in for it, else here.
  let wrongId: Parameters<ReportField> | undefined;
  const id =
    shown(readItemId(item, (...problem) => (wrongId = problem))) ??
    url ??
    externalUrl ??
    malformed('id');
  if (wrongId) report(...wrongId);
  const authorsKey = item.authors === undefined ? 'author' : 'authors';
  const authors = item[authorsKey];
  const names = (
    Array.isArray(authors) ? authors.map((_, index) => [authorsKey, index]) : [[authorsKey]]
  ).flatMap((keys) => textAt(...keys, 'name') ?? []);
  const origin = Array.isArray(ext.origin) ? [...at, 'origin', 0] : [...at, 'origin'];
  return {
    id,
    date: textAt(...at, 'published') ?? textAt('date_published'),
    authors: names,
    part: readItemNumber(item, [...at, 'series', 'position'], report),
    origin: textAt(...origin, 'publisher'),
    category: terms(ext.categories),
    tag: terms(item.tags, ext.tags),
    series: terms((ext.series as Json | undefined)?.seriesId),
    source: {
      title: textAt('title'),
      // The item's body as written: its summary, else its text or HTML content (a Post: its excerpt).
      body:
        textAt('summary') ?? textAt('content_text') ?? textAt('content_html') ?? textAt('excerpt'),
      url,
      externalUrl,
      originUrl: textAt(...origin, 'url'),
      base,
    },
  };
}

const texts = new WeakMap<PostView, PostText>();

/**
 * A post's title, excerpt and links, made the first time they are needed and kept: HTML becomes
 * plain text, relative links resolve against the feed, unsafe ones are dropped. An item without a
 * title is named by the start of its excerpt, else its date.
 *
 * @example
 * postText(toPostView({ id: '1', content_html: '<p>Caf&eacute; notes</p>' }));
 * //=> { title: 'Café notes', excerpt: 'Café notes', url: undefined, originUrl: undefined }
 */
export function postText(view: PostView): PostText {
  let done = texts.get(view);
  if (!done) {
    const { title, body, url, externalUrl, originUrl, base } = view.source;
    const excerpt = clipText(plainText(body ?? ''), 300);
    const { date } = view;
    done = {
      // JSON Feed and the Post model make the title optional (asides, status updates): the link
      // still needs visible text and an accessible name, so the start of the text stands in,
      // else the date; never a bare URL.
      title:
        plainText(title ?? '') ||
        clipText(excerpt, 80) ||
        (date ? `Post of ${date.slice(0, 10)}` : 'Untitled post'),
      excerpt,
      url: safeUrl(url, base) ?? safeUrl(externalUrl, base),
      originUrl: safeUrl(originUrl, base),
    };
    texts.set(view, done);
  }
  return done;
}

/**
 * Reads a JSON Feed 1.0/1.1 document into a {@link PostPage}: its items are read into post views
 * as they are asked for; malformed ones are skipped and named in `issues` then.
 *
 * @throws LoadError of kind `format` when the JSON is not a JSON Feed
 * @example
 * readPostFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] }, issues, 'https://e.org/f.json');
 * //=> { read: [], rest: (no posts), next: undefined }
 */
export function readPostFeed(json: unknown, issues: string[], base?: string): PostPage {
  const feed = json as Json | null;
  if (
    typeof feed?.version !== 'string' ||
    !/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/.test(feed.version) ||
    !Array.isArray(feed?.items)
  ) {
    throw loadError('format', 'The response is not a JSON Feed (no "version" and "items").');
  }
  return {
    read: [],
    rest: readPosts(feed.items, issues, base),
    next: safeUrl(feed.next_url, base),
  };
}

/**
 * Reads many items with {@link toPostView}, lazily; what is not an object, or is malformed, is
 * skipped and named in `issues` when reached.
 *
 * @throws LoadError of kind `format` when `items` is not a list
 * @example
 * [...readPosts([{ id: '1', title: 'Hi' }, 42], issues)].length; //=> 1, issues: ['items[1]']
 */
export function readPosts(
  items: unknown,
  issues: string[],
  base?: string,
): IterableIterator<PostView> {
  if (!Array.isArray(items)) throw loadError('format', 'The posts are not a list.');
  return readItems(
    items,
    'items',
    (item, index) =>
      toPostView(item, base, (keys) => issues.push(formatPath(['items', index, ...keys]))),
    issues,
  );
}
