import { decodeEntities } from '@competencyworks/core';
import type { SourceFormat } from '@competencyworks/posts';

/** The site a source belongs to, as the source states it. */
export interface SiteInfo {
  title?: string;
  url?: string;
}

/** How much of a file's start is searched: channel and feed headers come before the items. */
export const SITE_HEAD = 64 * 1024;

const XML_FORMATS: readonly SourceFormat[] = ['rss', 'atom', 'wxr'];

const text = (raw: string | undefined): string | undefined => {
  if (raw === undefined) return undefined;
  const cdata = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  const plain = decodeEntities(cdata.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  return plain || undefined;
};

const httpUrl = (raw: string | undefined): string | undefined => {
  const value = text(raw);
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

function fromXml(head: string): SiteInfo {
  // The channel's (or feed's) own elements come before its first item or entry.
  const end = head.search(/<(item|entry)[\s>]/);
  const channel = end === -1 ? head : head.slice(0, end);
  const title = text(/<title(?:\s[^>]*)?>([\s\S]*?)<\/title>/.exec(channel)?.[1]);
  const rssLink = /<link>([^<]+)<\/link>/.exec(channel)?.[1];
  const atomLink =
    /<link\b(?=[^>]*\brel=["']alternate["'])[^>]*\bhref=["']([^"']+)["']/.exec(channel)?.[1] ??
    /<link\b(?![^>]*\brel=)[^>]*\bhref=["']([^"']+)["']/.exec(channel)?.[1];
  const url = httpUrl(rssLink) ?? httpUrl(atomLink);
  return { ...(title ? { title } : {}), ...(url ? { url } : {}) };
}

function fromJsonFeed(head: string): SiteInfo {
  // The feed's own fields come before "items" in every feed seen; an item's title never counts.
  const items = head.indexOf('"items"');
  const top = items === -1 ? head : head.slice(0, items);
  const title = text(fieldIn(top, 'title'));
  const url = httpUrl(fieldIn(top, 'home_page_url'));
  return { ...(title ? { title } : {}), ...(url ? { url } : {}) };
}

function fieldIn(json: string, name: string): string | undefined {
  const match = new RegExp(`"${name}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(json)?.[1];
  try {
    return match === undefined ? undefined : (JSON.parse(match) as string);
  } catch {
    return undefined;
  }
}

/**
 * The site's title and link from the start of a source: an RSS or WXR channel's `<title>` and
 * `<link>`, an Atom feed's `<title>` and alternate link, a JSON Feed's `title` and
 * `home_page_url`. Other formats (REST pages, archive pages) state neither.
 *
 * @param head - The first {@link SITE_HEAD} bytes of the file.
 * @param format - The format the file was read as.
 * @returns What the source states; empty when it states nothing.
 */
export function readSiteInfo(head: Uint8Array, format: SourceFormat): SiteInfo {
  const decoded = new TextDecoder('utf-8').decode(head);
  if (XML_FORMATS.includes(format)) return fromXml(decoded);
  if (format === 'json-feed') return fromJsonFeed(decoded);
  return {};
}
