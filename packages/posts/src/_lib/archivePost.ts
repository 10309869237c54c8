import type { CalendarDate, ParseIssue, Person } from '@competencyworks/core';
import type { Post, Term } from '../post';
import { keepPost } from './keepPost';
import { derivePostId } from './postId';

const MORE_MARKER =
  /[ \t\u00A0]*\((?:more|continue reading)[ \t]*(?:\u2026|\.\.\.)?\)[ \t\u00A0]*$/i;

/**
 * Removes the "(more…)" marker WordPress prints where it cut a post, from the end of an excerpt.
 * Returns the excerpt without it and whether it was there.
 */
export function stripMoreMarker(excerpt: string): { excerpt: string; truncated: boolean } {
  const trimmed = excerpt.replace(/\s+$/, '');
  if (!MORE_MARKER.test(trimmed)) return { excerpt: trimmed, truncated: false };
  return { excerpt: trimmed.replace(MORE_MARKER, '').replace(/\s+$/, ''), truncated: true };
}

/** What an archive parser found for one post, before it becomes a validated {@link Post}. */
export interface ArchivePostParts {
  format: 'archive-text' | 'archive-html';
  index: number;
  line: number;
  /** Absent for an untitled post (an aside or status a theme lists by its date). */
  title?: string;
  excerpt: string;
  authors: Person[];
  /** True when the page cut the post at a "(more…)" link or marker. */
  truncated: boolean;
  published?: CalendarDate;
  modified?: CalendarDate;
  byline?: string;
  imageCaption?: string;
  image?: string;
  url?: string;
  slug?: string;
  sourceId?: string;
  continuationUrl?: string;
  contentHtml?: string;
  categories?: Term[];
  tags?: Term[];
  file?: string;
  /** The page shows a password form instead of the post. */
  passwordProtected?: boolean;
}

/**
 * Builds the post both archive parsers return and validates it at the boundary. A post the
 * page cut at its "(more…)" link carries `extra.truncated: true`: the excerpt is the start of a
 * longer post (archive text has no URL for the rest, archive HTML also sets `continuationUrl`).
 */
export function buildArchivePost(parts: ArchivePostParts, issues: ParseIssue[]): Post | undefined {
  const post: Post = {
    id: derivePostId(parts.title ?? parts.slug ?? '', parts.published),
    ...(parts.url !== undefined ? { url: parts.url } : {}),
    ...(parts.slug !== undefined ? { slug: parts.slug } : {}),
    ...(parts.title !== undefined ? { title: parts.title } : {}),
    ...(parts.published !== undefined ? { published: parts.published } : {}),
    ...(parts.modified !== undefined ? { modified: parts.modified } : {}),
    authors: parts.authors,
    excerpt: parts.excerpt,
    ...(parts.contentHtml !== undefined ? { contentHtml: parts.contentHtml } : {}),
    categories: parts.categories ?? [],
    tags: parts.tags ?? [],
    ...(parts.image !== undefined ? { image: parts.image } : {}),
    ...(parts.imageCaption !== undefined ? { imageCaption: parts.imageCaption } : {}),
    ...(parts.continuationUrl !== undefined ? { continuationUrl: parts.continuationUrl } : {}),
    origin: [],
    source: {
      format: parts.format,
      ...(parts.file !== undefined && parts.file !== '' ? { file: parts.file } : {}),
      line: parts.line,
      index: parts.index,
      ...(parts.sourceId !== undefined ? { id: parts.sourceId } : {}),
      ...(parts.byline !== undefined ? { byline: parts.byline } : {}),
    },
    ...(parts.truncated || parts.passwordProtected
      ? {
          extra: {
            ...(parts.truncated ? { truncated: true } : {}),
            ...(parts.passwordProtected ? { passwordProtected: true } : {}),
          },
        }
      : {}),
  };
  return keepPost(post, issues);
}
