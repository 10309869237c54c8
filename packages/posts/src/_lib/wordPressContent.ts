// A WXR post's content as WordPress renders it. A WXR export holds post_content as typed; WordPress
// runs it through the `the_content` filters when it shows the post (wp-includes/default-filters.php
// and class-wp-embed.php, WordPress 6.1): [embed] and URLs on their own line (priority 8), wpautop
// and shortcode_unautop (10), then do_shortcode (11). Each step below follows its PHP function:
// shortcodes.php (the shortcode grammar, attributes, [[escapes]]), media.php (img_caption_shortcode,
// gallery_shortcode, wp_audio_shortcode, wp_video_shortcode) and class-wp-embed.php. The markup is
// WordPress's own, classes and all; the sanitiser then keeps what its allow-list allows, as it does
// for the HTML a site's REST API renders, so both sources give the same content.

import { mimeTypeOf, urlExtension } from './mimeTypes';
import { replaceNewlinesInTags, wpautop } from './wpautop';

/** An image size an attachment's metadata lists (`sizes` of `_wp_attachment_metadata`). */
export interface MediaSize {
  file: string;
  width: number;
  height: number;
}

/** A WXR attachment item, as galleries, media shortcodes and featured images need it. */
export interface MediaItem {
  id: number;
  /** `wp:attachment_url`, the file itself. */
  url: string;
  /** The attachment page (the item's `<link>`), where a gallery links by default. */
  link: string | undefined;
  title: string;
  /** The attachment's caption (its excerpt), HTML as typed. */
  caption: string;
  alt: string;
  mimeType: string | undefined;
  parent: number;
  menuOrder: number;
  width: number | undefined;
  height: number | undefined;
  sizes: ReadonlyMap<string, MediaSize>;
}

/** The export's attachments, by id and by the post they are attached to. */
export interface MediaLibrary {
  get(id: number): MediaItem | undefined;
  /** Attachments whose parent is `postId`, in WordPress's order (menu order, then id). */
  childrenOf(postId: number): readonly MediaItem[];
}

/** What rendering one post needs besides its content. */
export interface RenderContext {
  postId: number;
  media: MediaLibrary;
  /** Called for each shortcode that no core handler renders and that is therefore removed. */
  removed(name: string): void;
}

/** The shortcodes WordPress core registers (media.php, class-wp-embed.php). */
const CORE_TAGS: ReadonlySet<string> = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'playlist',
  'audio',
  'video',
  'embed',
]);
const AUDIO_EXTENSIONS = ['mp3', 'ogg', 'flac', 'm4a', 'wav'];
const VIDEO_EXTENSIONS = ['mp4', 'm4v', 'webm', 'ogv', 'flv'];
/** The boxes WordPress's default image sizes fit in (options thumbnail_size_w and so on). */
const SIZE_BOXES: Record<string, [number, number]> = {
  thumbnail: [150, 150],
  thumb: [150, 150],
  medium: [300, 300],
  medium_large: [768, 0],
  large: [1024, 1024],
};

type Attributes = Record<string, string>;

/** One shortcode found in the text, as get_shortcode_regex() matches it. */
interface Shortcode {
  start: number;
  end: number;
  name: string;
  /** The text between the name and the closing bracket (group 3). */
  attributes: string;
  /** The enclosed content (group 5), undefined for a self-closing or unclosed shortcode. */
  content: string | undefined;
  /** `[[name]]`: the doubled brackets that make it literal text. */
  escapedOpen: boolean;
  escapedClose: boolean;
}

const NAME = /[\w-]+/y;

/**
 * Finds shortcodes of the given names left to right, as preg_replace_callback with
 * get_shortcode_regex() does, in one pass: where the closing tag of a name is sought, the answer
 * is kept for the next shortcode of that name, so an export full of unclosed shortcodes is not
 * searched to its end once per shortcode.
 */
class ShortcodeScanner {
  private readonly closings = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly isTag: (name: string) => boolean,
  ) {}

  /** The shortcode starting at `at` (a "["), or undefined. */
  match(at: number): Shortcode | undefined {
    const text = this.text;
    let next = at + 1;
    const escapedOpen = text.charCodeAt(next) === 91; // [
    if (escapedOpen) next++;
    NAME.lastIndex = next;
    const name = NAME.exec(text)?.[0];
    if (name === undefined || !this.isTag(name)) return undefined;
    const afterName = next + name.length;
    const bracket = text.indexOf(']', afterName);
    if (bracket === -1) return undefined;
    const selfClosing = bracket > afterName && text.charCodeAt(bracket - 1) === 47; // /
    const attributes = text.slice(afterName, selfClosing ? bracket - 1 : bracket);
    let end = bracket + 1;
    let content: string | undefined;
    if (!selfClosing) {
      const closing = this.closing(name, end);
      if (closing !== -1) {
        content = text.slice(end, closing);
        end = closing + name.length + 3;
      }
    }
    const escapedClose = text.charCodeAt(end) === 93; // ]
    if (escapedClose) end++;
    return { start: at, end, name, attributes, content, escapedOpen, escapedClose };
  }

  private closing(name: string, from: number): number {
    const known = this.closings.get(name);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = this.text.indexOf(`[/${name}]`, from);
    this.closings.set(name, found);
    return found;
  }
}

/** Each shortcode of the given names replaced by what `render` makes of it; the rest kept. */
function replaceShortcodes(
  text: string,
  isTag: (name: string) => boolean,
  render: (shortcode: Shortcode) => string,
): string {
  if (!text.includes('[')) return text;
  const scanner = new ShortcodeScanner(text, isTag);
  let out = '';
  let kept = 0;
  for (let at = text.indexOf('['); at !== -1; at = text.indexOf('[', at)) {
    const shortcode = scanner.match(at);
    if (shortcode === undefined) {
      at++;
      continue;
    }
    out += text.slice(kept, at);
    // do_shortcode_tag: [[name]] is the escape for a literal [name].
    if (shortcode.escapedOpen && shortcode.escapedClose) {
      out += text.slice(at + 1, shortcode.end - 1);
    } else {
      out += `${shortcode.escapedOpen ? '[' : ''}${render(shortcode)}${shortcode.escapedClose ? ']' : ''}`;
    }
    kept = at = shortcode.end;
  }
  return out + text.slice(kept);
}

const ATTRIBUTE =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;
const C_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  v: '\v',
  f: '\f',
  a: '\x07',
  b: '\b',
};

/** PHP's stripcslashes(). */
function stripCSlashes(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|[\s\S])/g, (_, code: string) =>
    code[0] === 'x' && code.length > 1
      ? String.fromCharCode(Number.parseInt(code.slice(1), 16))
      : /^[0-7]/.test(code)
        ? String.fromCharCode(Number.parseInt(code, 8) & 255)
        : (C_ESCAPES[code] ?? code),
  );
}

/** shortcode_parse_atts(): named attributes lower-cased; positional ones under "0", "1", ... */
function parseAttributes(text: string): Attributes {
  const attributes: Attributes = {};
  let position = 0;
  for (const m of text.replace(/[\u00a0\u200b]+/g, ' ').matchAll(ATTRIBUTE)) {
    if (m[1]) attributes[m[1].toLowerCase()] = stripCSlashes(m[2] ?? '');
    else if (m[3]) attributes[m[3].toLowerCase()] = stripCSlashes(m[4] ?? '');
    else if (m[5]) attributes[m[5].toLowerCase()] = stripCSlashes(m[6] ?? '');
    else attributes[String(position++)] = stripCSlashes(m[7] ?? m[8] ?? m[9] ?? '');
  }
  // WordPress rejects values with unclosed HTML elements.
  for (const [key, value] of Object.entries(attributes)) {
    if (value.includes('<') && !/^[^<]*(?:<[^>]*>[^<]*)*$/.test(value)) attributes[key] = '';
  }
  return attributes;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#039;',
};

/** esc_attr() / esc_html(): the characters that would end an attribute or open a tag. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** esc_url() for display: spaces encoded, characters URLs never hold dropped, then escaped. */
function escapeUrl(url: string): string {
  return escapeHtml(
    url
      .trim()
      .replaceAll(' ', '%20')
      .replace(/[^a-z0-9\-~+_.?#=!&;,/:%@$|*'()[\]\u0080-\uffff]/gi, ''),
  );
}

/** sanitize_html_class(): percent-encoded octets and anything but letters, digits, _ and - dropped. */
function htmlClass(value: string): string {
  return value.replace(/%[a-fA-F0-9][a-fA-F0-9]/g, '').replace(/[^A-Za-z0-9_-]/g, '');
}

/** wp_validate_boolean(). */
function isTrue(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value.toLowerCase() !== 'false' && value !== '0';
}

/** An attribute's value with WordPress's default for an absent key (shortcode_atts()). */
function attribute(attributes: Attributes, name: string, fallback: string): string {
  return Object.hasOwn(attributes, name) ? (attributes[name] ?? fallback) : fallback;
}

// -- [caption] --------------------------------------------------------------------------------

/** img_caption_shortcode(), as an HTML5 theme (every default theme since 2019) renders it. */
function renderCaption(shortcode: Shortcode, render: (text: string) => string): string {
  const attributes = parseAttributes(shortcode.attributes);
  let content = shortcode.content ?? '';
  let caption = attributes.caption;
  if (caption === undefined) {
    // The caption follows the image (and its link) inside the shortcode.
    const parts = /((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*<\/a>)?)([\s\S]*)/i.exec(content);
    if (parts) {
      content = parts[1] ?? '';
      caption = (parts[2] ?? '').trim();
    }
  }
  const width = Number.parseInt(attribute(attributes, 'width', ''), 10);
  if (!(width >= 1) || !caption) return content;
  const id = htmlClass(attribute(attributes, 'id', ''));
  const captionId = attributes.caption_id
    ? htmlClass(attributes.caption_id)
    : id
      ? `caption-${id.replaceAll('_', '-')}`
      : '';
  const classes =
    `wp-caption ${attribute(attributes, 'align', 'alignnone')} ${attribute(attributes, 'class', '')}`.trim();
  return (
    `<figure ${id ? `id="${escapeHtml(id)}" ` : ''}` +
    `${captionId ? `aria-describedby="${escapeHtml(captionId)}" ` : ''}` +
    `style="width: ${width}px" class="${escapeHtml(classes)}">${render(content)}` +
    `<figcaption ${captionId ? `id="${escapeHtml(captionId)}" ` : ''}class="wp-caption-text">${caption}</figcaption></figure>`
  );
}

// -- [gallery] --------------------------------------------------------------------------------

/** wp_constrain_dimensions(): a size scaled to fit a box, keeping its proportions. */
function constrain(width: number, height: number, maxWidth: number, maxHeight: number) {
  if (!maxWidth && !maxHeight) return [width, height] as const;
  let widthRatio = 1;
  let heightRatio = 1;
  const didWidth = maxWidth > 0 && width > 0 && width > maxWidth;
  const didHeight = maxHeight > 0 && height > 0 && height > maxHeight;
  if (didWidth) widthRatio = maxWidth / width;
  if (didHeight) heightRatio = maxHeight / height;
  const smaller = Math.min(widthRatio, heightRatio);
  const larger = Math.max(widthRatio, heightRatio);
  const ratio =
    Math.round(width * larger) > maxWidth || Math.round(height * larger) > maxHeight
      ? smaller
      : larger;
  let w = Math.max(1, Math.round(width * ratio));
  let h = Math.max(1, Math.round(height * ratio));
  if (didWidth && w === maxWidth - 1) w = maxWidth;
  if (didHeight && h === maxHeight - 1) h = maxHeight;
  return [w, h] as const;
}

/** wp_get_attachment_image_src(): the file of a named size and its dimensions. */
function imageSource(item: MediaItem, size: string) {
  const named = item.sizes.get(size);
  if (named) {
    const folder = item.url.slice(0, item.url.lastIndexOf('/') + 1);
    return { src: folder + named.file, width: named.width, height: named.height };
  }
  const width = item.width ?? 0;
  const height = item.height ?? 0;
  const box = SIZE_BOXES[size];
  const [w, h] = box ? constrain(width, height, box[0], box[1]) : [width, height];
  return { src: item.url, width: w, height: h };
}

function isImage(item: MediaItem): boolean {
  return (item.mimeType ?? mimeTypeOf(item.url) ?? '').startsWith('image/');
}

/** wp_get_attachment_image(). */
function attachmentImage(item: MediaItem, size: string, describedBy: string | undefined): string {
  const { src, width, height } = imageSource(item, size);
  const dimensions = `${width ? `width="${width}" ` : ''}${height ? `height="${height}" ` : ''}`;
  const sizeClass = htmlClass(size);
  return (
    `<img ${dimensions}src="${escapeHtml(src)}" class="attachment-${sizeClass} size-${sizeClass}" ` +
    `alt="${escapeHtml(item.alt.replace(/<[^>]*>/g, '').trim())}" decoding="async" loading="lazy"` +
    `${describedBy ? ` aria-describedby="${describedBy}"` : ''} />`
  );
}

/** get_posts()' ordering of a gallery's images by its `orderby` and `order`. */
function orderImages(images: MediaItem[], orderBy: string, order: string, listed: number[]) {
  const descending = order.toUpperCase() === 'DESC';
  if (orderBy === 'post__in') return images;
  const keys = orderBy.split(/[\s,]+/).filter(Boolean);
  const compare = (a: MediaItem, b: MediaItem): number => {
    for (const key of keys) {
      let difference = 0;
      if (key === 'menu_order') difference = a.menuOrder - b.menuOrder;
      else if (key === 'ID' || key === 'id') difference = a.id - b.id;
      else if (key === 'title' || key === 'post_title')
        difference = a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
      if (difference !== 0) return descending ? -difference : difference;
    }
    return listed.indexOf(a.id) - listed.indexOf(b.id);
  };
  return images.sort(compare);
}

function idList(value: string): number[] {
  return value
    .split(/[\s,]+/)
    .map((id) => Number(id))
    .filter((id) => Number.isInteger(id) && id > 0);
}

/** gallery_shortcode() as an HTML5 theme renders it. */
function renderGallery(shortcode: Shortcode, context: RenderContext, instance: number): string {
  const attributes = parseAttributes(shortcode.attributes);
  if (attributes.ids) {
    attributes.orderby ||= 'post__in';
    attributes.include = attributes.ids;
  }
  const postId = Number(attribute(attributes, 'id', String(context.postId))) || 0;
  const include = idList(attribute(attributes, 'include', ''));
  const exclude = new Set(idList(attribute(attributes, 'exclude', '')));
  const found =
    include.length > 0
      ? include.flatMap((id) => context.media.get(id) ?? [])
      : context.media.childrenOf(postId).filter((item) => !exclude.has(item.id));
  const images = orderImages(
    found.filter(isImage),
    attribute(attributes, 'orderby', 'menu_order ID'),
    attribute(attributes, 'order', 'ASC'),
    include,
  );
  if (images.length === 0) return '';
  const tag = (name: string, fallback: string, allowed: string[]) => {
    const value = attribute(attributes, name, fallback).toLowerCase();
    return allowed.includes(value) ? value : fallback;
  };
  const itemTag = tag('itemtag', 'figure', ['figure', 'dl', 'div', 'li', 'span']);
  const iconTag = tag('icontag', 'div', ['div', 'dt', 'span']);
  const captionTag = tag('captiontag', 'figcaption', ['figcaption', 'dd', 'p', 'div', 'span']);
  const columns = Number.parseInt(attribute(attributes, 'columns', '3'), 10) || 0;
  const size = attribute(attributes, 'size', 'thumbnail');
  const link = attribute(attributes, 'link', '');
  const selector = `gallery-${instance}`;
  let out = `<div id='${selector}' class='gallery galleryid-${postId} gallery-columns-${columns} gallery-size-${htmlClass(size)}'>`;
  for (const item of images) {
    const caption = item.caption.trim();
    const describedBy = caption ? `${selector}-${item.id}` : undefined;
    const image = attachmentImage(item, size, describedBy);
    const href = link === 'file' ? item.url : item.link;
    const output =
      link === 'none' || href === undefined ? image : `<a href='${escapeUrl(href)}'>${image}</a>`;
    const orientation =
      item.width !== undefined && item.height !== undefined
        ? item.height > item.width
          ? 'portrait'
          : 'landscape'
        : '';
    out += `<${itemTag} class='gallery-item'>\n\t\t\t<${iconTag} class='gallery-icon ${orientation}'>\n\t\t\t\t${output}\n\t\t\t</${iconTag}>`;
    if (caption) {
      out += `\n\t\t\t\t<${captionTag} class='wp-caption-text gallery-caption' id='${describedBy}'>\n\t\t\t\t${caption}\n\t\t\t\t</${captionTag}>`;
    }
    out += `</${itemTag}>`;
  }
  return `${out}\n\t\t</div>\n`;
}

// -- [audio], [video], [playlist] -------------------------------------------------------------

/** WordPress's wp_check_filetype() extension test: the extension ends the whole URL. */
function hasExtension(url: string, extensions: readonly string[]): boolean {
  const extension = urlExtension(url);
  return extensions.includes(extension) && url.toLowerCase().endsWith(`.${extension}`);
}

/** add_query_arg('_', instance, url). */
function withInstance(url: string, instance: number): string {
  const hash = url.indexOf('#');
  const [path, fragment] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${path}${path.includes('?') ? '&' : '?'}_=${instance}${fragment}`;
}

interface MediaKind {
  tag: 'audio' | 'video';
  extensions: readonly string[];
}

/**
 * The `<source>`s and fallback link of wp_audio_shortcode() and wp_video_shortcode(), or a plain
 * link for a file of a type the element cannot play, or undefined when there is nothing to play.
 */
function mediaSources(
  kind: MediaKind,
  attributes: Attributes,
  context: RenderContext,
  instance: number,
): { sources: string; fallback: string } | string | undefined {
  const types = [...kind.extensions];
  const src = attributes.src;
  const isStream = kind.tag === 'video' && src !== undefined && isVideoHost(src);
  if (src) {
    if (!isStream && !hasExtension(src, kind.extensions)) {
      return `<a class="wp-embedded-${kind.tag}" href="${escapeUrl(src)}">${escapeHtml(src)}</a>`;
    }
    types.unshift('src');
  } else if (
    !kind.extensions.some((ext) => attributes[ext] && hasExtension(attributes[ext], [ext]))
  ) {
    // No file named: the first file of that kind attached to the post.
    const attached = context.media
      .childrenOf(context.postId)
      .find((item) => (item.mimeType ?? mimeTypeOf(item.url) ?? '').startsWith(`${kind.tag}/`));
    if (attached === undefined) return undefined;
    attributes.src = attached.url;
    types.unshift('src');
  }
  let sources = '';
  let file = '';
  for (const type of types) {
    const url = attributes[type];
    if (!url) continue;
    file ||= url;
    const mime =
      type === 'src' && isStream
        ? `video/${/vimeo\.com/.test(url) ? 'vimeo' : 'youtube'}`
        : (mimeTypeOf(url) ?? '');
    sources += `<source type="${mime}" src="${escapeUrl(withInstance(url, instance))}" />`;
  }
  return { sources, fallback: `<a href="${escapeUrl(file)}">${escapeUrl(file)}</a>` };
}

function isVideoHost(url: string): boolean {
  return (
    /^https?:\/\/(?:www\.)?(?:youtube\.com\/watch|youtu\.be\/)/.test(url) ||
    /^https?:\/\/(.+\.)?vimeo\.com\/.*/.test(url)
  );
}

/** The comment WordPress writes before its first player of a page (the sanitiser drops it). */
function ieShim(tag: 'audio' | 'video', instance: number): string {
  return instance === 1
    ? `<!--[if lt IE 9]><script>document.createElement('${tag}');</script><![endif]-->\n`
    : '';
}

function mediaFlags(attributes: Attributes, names: readonly string[]): string {
  return names.map((name) => (isTrue(attributes[name]) ? ` ${name}="1"` : '')).join('');
}

/** wp_audio_shortcode(). */
function renderAudio(shortcode: Shortcode, context: RenderContext, instance: number): string {
  const attributes = parseAttributes(shortcode.attributes);
  const media = mediaSources(
    { tag: 'audio', extensions: AUDIO_EXTENSIONS },
    attributes,
    context,
    instance,
  );
  if (media === undefined || typeof media === 'string') return media ?? '';
  const preload = attribute(attributes, 'preload', 'none');
  return (
    ieShim('audio', instance) +
    `<audio class="${escapeHtml(attribute(attributes, 'class', 'wp-audio-shortcode'))}" id="audio-${context.postId}-${instance}"` +
    `${mediaFlags(attributes, ['loop', 'autoplay'])}${preload ? ` preload="${escapeHtml(preload)}"` : ''}` +
    ` style="${escapeHtml(attribute(attributes, 'style', 'width: 100%;'))}" controls="controls">` +
    `${media.sources}${media.fallback}</audio>`
  );
}

/** wp_video_shortcode(); the theme's content width is unknown here, so sizes are as written. */
function renderVideo(shortcode: Shortcode, context: RenderContext, instance: number): string {
  const attributes = parseAttributes(shortcode.attributes);
  const media = mediaSources(
    { tag: 'video', extensions: VIDEO_EXTENSIONS },
    attributes,
    context,
    instance,
  );
  if (media === undefined || typeof media === 'string') return media ?? '';
  const width = Math.abs(Number.parseInt(attribute(attributes, 'width', '640'), 10) || 0);
  const height = Math.abs(Number.parseInt(attribute(attributes, 'height', '360'), 10) || 0);
  const poster = attributes.poster ? ` poster="${escapeUrl(attributes.poster)}"` : '';
  const preload = attribute(attributes, 'preload', 'metadata');
  const inner = (shortcode.content ?? '').replace(/\r\n|\n|\t/g, '').trim();
  return (
    `<div style="${width ? `width: ${width}px;` : ''}" class="wp-video">${ieShim('video', instance)}` +
    `<video class="${escapeHtml(attribute(attributes, 'class', 'wp-video-shortcode'))}" id="video-${context.postId}-${instance}"` +
    ` width="${width}" height="${height}"${poster}${mediaFlags(attributes, ['loop', 'autoplay', 'muted'])}` +
    `${preload ? ` preload="${escapeHtml(preload)}"` : ''} controls="controls">` +
    `${media.sources}${inner}${media.fallback}</video></div>`
  );
}

/**
 * [playlist]: WordPress renders a script-driven player whose only markup without scripts is a
 * list of the files inside <noscript>; the list is what is kept here, as links.
 */
function renderPlaylist(shortcode: Shortcode, context: RenderContext): string {
  const attributes = parseAttributes(shortcode.attributes);
  const type = attribute(attributes, 'type', 'audio') === 'video' ? 'video' : 'audio';
  const ids = idList(attributes.ids ?? attributes.include ?? '');
  const items = (
    ids.length > 0
      ? ids.flatMap((id) => context.media.get(id) ?? [])
      : context.media.childrenOf(context.postId)
  ).filter((item) => (item.mimeType ?? mimeTypeOf(item.url) ?? '').startsWith(`${type}/`));
  if (items.length === 0) return '';
  const links = items.map(
    (item) => `<li><a href="${escapeUrl(item.url)}">${escapeHtml(item.title || item.url)}</a></li>`,
  );
  return `<ol class="wp-playlist-tracks">${links.join('')}</ol>`;
}

// -- [embed] and auto-embeds ------------------------------------------------------------------

/**
 * WP_Embed::shortcode() where no oEmbed provider answers (an export is read offline): a media
 * file becomes the [audio] or [video] shortcode that renders it, anything else a link.
 */
function renderEmbed(url: string, attributes: Attributes): string {
  const target = url.trim().replaceAll('&amp;', '&');
  if (target === '') return '';
  if (/^https?:\/\/.+?\.(?:mp3|ogg|flac|m4a|wav)$/i.test(target)) {
    return `[audio src="${escapeUrl(target)}" /]`;
  }
  if (/^https?:\/\/.+?\.(?:mp4|m4v|webm|ogv|flv)$/i.test(target)) {
    const width = Number.parseInt(attributes.width ?? '', 10);
    const height = Number.parseInt(attributes.height ?? '', 10);
    const dimensions = width && height ? `width="${width}" height="${height}" ` : '';
    return `[video ${dimensions}src="${escapeUrl(target)}" /]`;
  }
  return `<a href="${escapeUrl(target)}">${escapeHtml(target)}</a>`;
}

/** WP_Embed::run_shortcode(): [embed] runs before wpautop, with no other shortcode. */
function runEmbeds(content: string): string {
  return replaceShortcodes(
    content,
    (name) => name === 'embed',
    (shortcode) => {
      const attributes = parseAttributes(shortcode.attributes);
      return renderEmbed(shortcode.content ?? attributes.src ?? '', attributes);
    },
  );
}

const LINE_BREAK = '<!-- wp-line-break -->';

/** WP_Embed::autoembed(): a URL alone on its line (or in its own paragraph) is embedded. */
function autoEmbed(content: string): string {
  if (!/(?:^|\s|>)https?:\/\//i.test(content)) return content;
  const embed = (_: string, before: string, url: string, after: string) =>
    `${before}${renderEmbed(url, {})}${after}`;
  return replaceNewlinesInTags(content, LINE_BREAK)
    .replace(/^(\s*)(https?:\/\/[^\s<>"]+)(\s*)$/gim, embed)
    .replace(/(<p(?: [^>]*)?>\s*)(https?:\/\/[^\s<>"]+)(\s*<\/p>)/gi, embed)
    .replaceAll(LINE_BREAK, '\n');
}

// -- shortcodes that no core handler renders ---------------------------------------------------

/**
 * The names of the shortcodes in `content` that WordPress core does not render: a plugin's, on
 * the site the export came from. Only what is clearly a shortcode counts (it has attributes, is
 * self-closing or closed, or stands alone on its line), so bracketed text such as "[sic]" stays.
 */
function pluginShortcodes(content: string): Set<string> {
  const names = new Set<string>();
  if (!content.includes('[')) return names;
  const candidates = new ShortcodeScanner(
    content,
    (name) => /^[A-Za-z]/.test(name) && !CORE_TAGS.has(name),
  );
  for (let at = content.indexOf('['); at !== -1; at = content.indexOf('[', at + 1)) {
    const found = candidates.match(at);
    if (found === undefined || names.has(found.name)) continue;
    if (found.escapedOpen && found.escapedClose) continue;
    const lineStart = content.lastIndexOf('\n', at) + 1;
    const lineEnd = content.indexOf('\n', found.end);
    const alone =
      content.slice(lineStart, at).trim() === '' &&
      content.slice(found.end, lineEnd === -1 ? content.length : lineEnd).trim() === '';
    if (
      found.content !== undefined ||
      found.attributes.includes('=') ||
      found.attributes.trimEnd().endsWith('/') ||
      content.charCodeAt(found.end - 2) === 47 ||
      alone
    ) {
      names.add(found.name);
    }
  }
  return names;
}

/** wp_spaces_regexp(). */
const SPACES = '(?:[\\r\\n\\t ]|\\xC2\\xA0|\\u00A0|&nbsp;)';

/** shortcode_unautop(): a shortcode alone in a paragraph loses the paragraph wpautop gave it. */
function unautop(text: string, isTag: (name: string) => boolean): string {
  if (!text.includes('<p>')) return text;
  const scanner = new ShortcodeScanner(text, isTag);
  const open = new RegExp(`<p>${SPACES}*`, 'y');
  const close = new RegExp(`${SPACES}*</p>`, 'y');
  let out = '';
  let kept = 0;
  for (let at = text.indexOf('<p>'); at !== -1; at = text.indexOf('<p>', at + 1)) {
    open.lastIndex = at;
    if (!open.test(text)) continue;
    const start = open.lastIndex;
    if (text.charCodeAt(start) !== 91) continue;
    const shortcode = scanner.match(start);
    // The escape's doubled bracket is not part of this pattern.
    if (shortcode === undefined || shortcode.escapedOpen) continue;
    // The pattern has no optional closing "]": a "]" after the shortcode belongs to the text.
    const end = shortcode.escapedClose ? shortcode.end - 1 : shortcode.end;
    close.lastIndex = end;
    if (!close.test(text)) continue;
    out += text.slice(kept, at) + text.slice(start, end);
    kept = close.lastIndex;
    at = kept - 1;
  }
  return out + text.slice(kept);
}

/**
 * A post's content as WordPress renders it (the `the_content` filters): [embed] and bare URLs,
 * then (for classic-editor content; block content skips it) wpautop and shortcode_unautop, then
 * the core shortcodes ([caption], [gallery], [audio], [video], [playlist]). Shortcodes of
 * plugins are removed (enclosed text kept) and reported through `context.removed`. Oembed
 * providers are not asked: an [embed] of a page is a link, as WordPress shows it when the
 * provider does not answer.
 *
 * @param content - `post_content` as the export holds it.
 * @param context - The post's id, the export's attachments and where to report removals.
 * @returns The HTML, still to be sanitised.
 */
export function renderWordPressContent(content: string, context: RenderContext): string {
  const isBlock = content.includes('<!-- wp:');
  const plugins = pluginShortcodes(content);
  let text = content.includes('http') ? autoEmbed(runEmbeds(content)) : runEmbeds(content);
  const isTag = (name: string) => CORE_TAGS.has(name) || plugins.has(name);
  if (!isBlock) text = unautop(wpautop(text), isTag);
  if (!text.includes('[')) return text;
  const instances = { gallery: 0, audio: 0, video: 0 };
  const render = (part: string): string =>
    replaceShortcodes(part, isTag, (shortcode) => {
      switch (shortcode.name) {
        case 'caption':
        case 'wp_caption':
          return renderCaption(shortcode, render);
        case 'gallery':
          return renderGallery(shortcode, context, ++instances.gallery);
        case 'audio':
          return renderAudio(shortcode, context, ++instances.audio);
        case 'video':
          return renderVideo(shortcode, context, ++instances.video);
        case 'playlist':
          return renderPlaylist(shortcode, context);
        case 'embed':
          // Registered as __return_false once WP_Embed has run.
          return '';
        default:
          context.removed(shortcode.name);
          return shortcode.content === undefined ? '' : render(shortcode.content);
      }
    });
  return render(text);
}
