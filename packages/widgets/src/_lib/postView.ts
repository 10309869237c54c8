import { loadError } from './fetchJson';
import { plainText } from './plainText';
import { count, type Json, malformed, readItems, record, text } from './readEach';
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
  /** The item and the URL of the file it came from, for {@link postText}. */
  source: { item: Json; base: string | undefined };
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
const clip = (words: string, max: number): string =>
  words.length > max ? `${words.slice(0, max).replace(/[\s,;:.]*\S*$/, '')}…` : words;

/** The extension's fields: a Post carries them itself, a JSON Feed item under `_competencyworks`. */
const extension = (item: Json): Json => record(item, '_competencyworks') ?? item;

/** The item's body as written: its summary, else its text or HTML content. */
const body = (item: Json): string | undefined =>
  text(item, 'summary') ??
  text(item, 'content_text') ??
  text(item, 'content_html') ??
  text(item, 'excerpt');

/**
 * Reads one JSON Feed 1.0/1.1 item, or a `Post` from @competencyworks/posts, checking every
 * field it will show: an id that is not text or a number, or text that is an object, makes the
 * item malformed (see readEach), so nothing but plain text and http(s) URLs ever comes out.
 *
 * @param item - the JSON Feed item or Post
 * @param base - the feed's URL, for relative links
 * @returns the view
 * @example
 * toPostView({ id: '1', title: 'Hi', content_html: '<p>Hello</p>' });
 * //=> { id: '1', authors: [], ... }; postText(view) //=> { title: 'Hi', excerpt: 'Hello', ... }
 */
export function toPostView(item: Json, base?: string): PostView {
  const ext = extension(item);
  const series = record(ext, 'series', 'series');
  const [origin] = list(ext.origin);
  const id = item.id;
  text(item, 'title');
  body(item);
  return {
    id:
      typeof id === 'number'
        ? String(id)
        : (text(item, 'id') ?? text(item, 'url') ?? text(item, 'external_url') ?? malformed('id')),
    date: text(ext, 'published') ?? text(item, 'date_published'),
    authors: list(item.authors ?? item.author).flatMap(
      (author, index) => text(author, 'name', `authors[${index}].name`) ?? [],
    ),
    part: count(series, 'position', 'series.position'),
    origin: text(origin, 'publisher', 'origin.publisher'),
    category: terms(ext.categories),
    tag: terms(item.tags, ext.tags),
    series: terms(series?.seriesId),
    source: { item, base },
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
    const { item, base } = view.source;
    const [origin] = list(extension(item).origin);
    const excerpt = clip(plainText(body(item) ?? ''), 300);
    const url = safeUrl(item.url, base) ?? safeUrl(item.external_url, base);
    const { date } = view;
    done = {
      // JSON Feed and the Post model make the title optional (asides, status updates): the link
      // still needs visible text and an accessible name, so the start of the text stands in,
      // else the date; never a bare URL.
      title:
        plainText(text(item, 'title') ?? '') ||
        clip(excerpt, 80) ||
        (date ? `Post of ${date.slice(0, 10)}` : 'Untitled post'),
      excerpt,
      url,
      originUrl: safeUrl(origin?.url, base),
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
  return readItems(items, 'items', (item) => toPostView(item, base), issues);
}
