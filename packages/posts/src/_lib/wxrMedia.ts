import { mimeTypeOf } from './mimeTypes';
import { type PhpArray, phpUnserialize } from './phpUnserialize';
import type { MediaItem, MediaLibrary, MediaSize } from './wordPressContent';

function whole(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined;
}

/** The width, height and named sizes of `_wp_attachment_metadata` (PHP-serialised). */
function imageMetadata(text: string | undefined) {
  const sizes = new Map<string, MediaSize>();
  const value = text ? phpUnserialize(text) : undefined;
  if (!(value instanceof Map)) return { width: undefined, height: undefined, sizes };
  const named = value.get('sizes');
  if (named instanceof Map) {
    for (const [name, size] of named) {
      if (!(size instanceof Map)) continue;
      const file = (size as PhpArray).get('file');
      const width = whole(size.get('width'));
      const height = whole(size.get('height'));
      if (typeof file === 'string' && file && width !== undefined && height !== undefined) {
        sizes.set(name, { file, width, height });
      }
    }
  }
  return { width: whole(value.get('width')), height: whole(value.get('height')), sizes };
}

/** What a WXR attachment item gives: its fields and post meta as the handler read them. */
export interface AttachmentFields {
  id: number;
  url: string;
  link: string | undefined;
  title: string;
  caption: string;
  parent: number;
  menuOrder: number;
  meta: Readonly<Record<string, string>>;
}

/**
 * The attachments of a WXR export, by id and by the post they belong to, as `[gallery]`,
 * `[audio]`, `[video]` and featured images look them up. An attachment takes a few hundred
 * bytes, so an export's media library is kept whole while its posts stream by.
 */
export class WxrMediaLibrary implements MediaLibrary {
  private readonly byId = new Map<number, MediaItem>();
  private readonly byParent = new Map<number, MediaItem[]>();
  private readonly sorted = new Set<number>();

  add(fields: AttachmentFields): void {
    const { width, height, sizes } = imageMetadata(fields.meta._wp_attachment_metadata);
    const item: MediaItem = {
      id: fields.id,
      url: fields.url,
      link: fields.link,
      title: fields.title,
      caption: fields.caption,
      alt: fields.meta._wp_attachment_image_alt ?? '',
      mimeType: mimeTypeOf(fields.meta._wp_attached_file ?? fields.url),
      parent: fields.parent,
      menuOrder: fields.menuOrder,
      width,
      height,
      sizes,
    };
    this.byId.set(item.id, item);
    if (item.parent > 0) {
      const siblings = this.byParent.get(item.parent) ?? [];
      siblings.push(item);
      this.byParent.set(item.parent, siblings);
      this.sorted.delete(item.parent);
    }
  }

  get(id: number): MediaItem | undefined {
    return this.byId.get(id);
  }

  has(id: number): boolean {
    return this.byId.has(id);
  }

  childrenOf(postId: number): readonly MediaItem[] {
    const children = this.byParent.get(postId) ?? [];
    if (!this.sorted.has(postId)) {
      // get_children()' default order: menu_order, then ID.
      children.sort((a, b) => a.menuOrder - b.menuOrder || a.id - b.id);
      this.sorted.add(postId);
    }
    return children;
  }
}
