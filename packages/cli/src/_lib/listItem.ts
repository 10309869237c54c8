import { clipText, decodeEntities, htmlToPlainText } from '@competencyworks/core';
import type { JsonFeedItem, Origin, SeriesMembership, Term } from '@competencyworks/posts';

/** Characters of excerpt a list item carries: what `<cw-post-list>` shows (it clips at 300). */
export const LIST_EXCERPT = 300;

/**
 * Plain text from the start of some HTML, for a post that has content but no excerpt: one line,
 * made as `<cw-post-list>` makes it from `content_html`, so the widget shows the same words.
 */
function leadText(html: string): string {
  return htmlToPlainText(html.slice(0, LIST_EXCERPT * 8), decodeEntities);
}

/** The `_competencyworks` fields a list item keeps: what a list shows or filters on. */
export interface ListItemExtension {
  published?: string;
  modified?: string;
  categories?: Term[];
  tags?: Term[];
  origin?: Omit<Origin, 'evidence'>[];
  series?: Omit<SeriesMembership, 'evidence'>;
}

/** A JSON Feed item of a list page. */
export type ListItem = Omit<JsonFeedItem, '_competencyworks'> & {
  _competencyworks: ListItemExtension;
};

/**
 * A post as a list page carries it: the item's standard fields without `content_html` and
 * `attachments`, the
 * excerpt as `content_text` clipped to {@link LIST_EXCERPT} characters, and of the
 * `_competencyworks` extension only what a list shows or filters on (calendar dates, categories
 * and tags with slugs, origin publisher and URL, series id and part, no evidence). The full item
 * is in the matching `full/` page.
 *
 * @param item - The full JSON Feed item.
 * @returns The list item.
 * @example
 * listItem({ id: '1', title: 'Hi', content_html: '<p>Hello</p>', summary: 'Hello', _competencyworks: { about, source } });
 * //=> { id: '1', title: 'Hi', content_text: 'Hello', _competencyworks: {} }
 */
export function listItem(item: JsonFeedItem): ListItem {
  // Attachments are in the full item, with the content they belong to.
  const {
    content_html,
    content_text,
    summary,
    attachments: _attachments,
    _competencyworks: full,
    ...rest
  } = item;
  const text = summary ?? content_text ?? leadText(content_html ?? '');
  const ext: ListItemExtension = {};
  if (full?.published !== undefined) ext.published = full.published;
  if (full?.modified !== undefined) ext.modified = full.modified;
  if (full?.categories) ext.categories = full.categories;
  if (full?.tags) ext.tags = full.tags;
  if (full?.origin) ext.origin = full.origin.map(({ evidence: _evidence, ...origin }) => origin);
  if (full?.series) {
    const { evidence: _evidence, ...series } = full.series;
    ext.series = series;
  }
  return { ...rest, content_text: clipText(text, LIST_EXCERPT), _competencyworks: ext };
}
