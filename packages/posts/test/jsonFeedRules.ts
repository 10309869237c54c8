// The rules of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) that a writer must follow,
// as a checker returning every broken rule. Tests run it on our output and on the spec's own
// examples, so the checker itself is shown to accept valid feeds and refuse broken ones.

const RFC_3339 =
  /^\d{4}-\d{2}-\d{2}[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const FEED_KEYS = new Set([
  'version',
  'title',
  'home_page_url',
  'feed_url',
  'description',
  'user_comment',
  'next_url',
  'icon',
  'favicon',
  'authors',
  'author',
  'language',
  'expired',
  'hubs',
  'items',
]);
const ITEM_KEYS = new Set([
  'id',
  'url',
  'external_url',
  'title',
  'content_html',
  'content_text',
  'summary',
  'image',
  'banner_image',
  'date_published',
  'date_modified',
  'authors',
  'author',
  'tags',
  'language',
  'attachments',
]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkExtensions(object: Json, where: string, known: Set<string>, problems: string[]) {
  for (const [key, value] of Object.entries(object)) {
    if (known.has(key)) continue;
    if (!/^_[A-Za-z]/.test(key)) {
      problems.push(`${where}${key}: not a JSON Feed field and not an extension ("_" + letter)`);
    } else if (!isObject(value)) {
      problems.push(`${where}${key}: an extension must be an object`);
    }
  }
}

function checkAuthors(value: unknown, where: string, problems: string[]) {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    problems.push(`${where}authors: must be an array`);
    return;
  }
  value.forEach((author, index) => {
    if (
      !isObject(author) ||
      !['name', 'url', 'avatar'].some((key) => typeof author[key] === 'string')
    ) {
      problems.push(`${where}authors[${index}]: needs at least one of name, url, avatar`);
    }
  });
}

/** Every JSON Feed 1.1 rule the document breaks; empty when it is a valid feed. */
export function jsonFeedProblems(feed: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(feed)) return ['the feed must be an object'];
  if (feed.version !== 'https://jsonfeed.org/version/1.1') {
    problems.push('version: must be "https://jsonfeed.org/version/1.1"');
  }
  if (typeof feed.title !== 'string' || feed.title === '') problems.push('title: required');
  for (const key of [
    'home_page_url',
    'feed_url',
    'next_url',
    'icon',
    'favicon',
    'description',
    'language',
  ]) {
    if (feed[key] !== undefined && typeof feed[key] !== 'string')
      problems.push(`${key}: must be a string`);
  }
  checkAuthors(feed.authors, '', problems);
  checkExtensions(feed, '', FEED_KEYS, problems);
  if (!Array.isArray(feed.items)) {
    problems.push('items: required array');
    return problems;
  }
  const ids = new Set<string>();
  feed.items.forEach((item: unknown, index) => {
    const at = `items[${index}].`;
    if (!isObject(item)) {
      problems.push(`items[${index}]: must be an object`);
      return;
    }
    if (typeof item.id !== 'string' || item.id === '') problems.push(`${at}id: required string`);
    else if (ids.has(item.id)) problems.push(`${at}id: must be unique`);
    else ids.add(item.id);
    if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string') {
      problems.push(`${at}content_html or content_text: one is required`);
    }
    for (const key of [
      'url',
      'external_url',
      'title',
      'content_html',
      'content_text',
      'summary',
      'image',
      'banner_image',
      'language',
    ]) {
      if (item[key] !== undefined && typeof item[key] !== 'string')
        problems.push(`${at}${key}: must be a string`);
    }
    for (const key of ['date_published', 'date_modified']) {
      const value = item[key];
      if (value !== undefined && (typeof value !== 'string' || !RFC_3339.test(value))) {
        problems.push(`${at}${key}: must be an RFC 3339 date-time`);
      }
    }
    if (
      item.tags !== undefined &&
      (!Array.isArray(item.tags) || !item.tags.every((tag) => typeof tag === 'string'))
    ) {
      problems.push(`${at}tags: must be an array of strings`);
    }
    checkAuthors(item.authors, at, problems);
    checkExtensions(item, at, ITEM_KEYS, problems);
  });
  return problems;
}
