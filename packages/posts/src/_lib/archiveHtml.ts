import { parseUrl } from '@competencyworks/core';
import { DomUtils, ElementType, type parseDocument } from 'htmlparser2';

/** A parsed HTML document and its nodes, as htmlparser2's DOM handler builds them. */
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = NonNullable<ReturnType<typeof DomUtils.findOne>>;
type HtmlParent = NonNullable<ReturnType<typeof DomUtils.getParent>>;
type HtmlText = Extract<HtmlNode, { type: typeof ElementType.Text }>;

/** True for an element node (tags, including `<script>` and `<style>`). */
export function isElement(node: HtmlNode | HtmlParent): node is HtmlElement {
  return (
    node.type === ElementType.Tag ||
    node.type === ElementType.Script ||
    node.type === ElementType.Style
  );
}

function isText(node: HtmlNode): node is HtmlText {
  return node.type === ElementType.Text;
}

export function hasClass(element: HtmlElement, name: string): boolean {
  const value = element.attribs.class;
  return value?.split(/[\t\n\f\r ]+/).includes(name) === true;
}

/** Every element under `root` (not `root` itself) that passes the test, in document order. */
export function findAll(
  root: HtmlElement | HtmlDocument,
  test: (element: HtmlElement) => boolean,
): HtmlElement[] {
  return DomUtils.findAll(test, root.children);
}

/** The first element under `root` that passes the test. */
export function findFirst(
  root: HtmlElement | HtmlDocument,
  test: (element: HtmlElement) => boolean,
): HtmlElement | undefined {
  return DomUtils.findOne(test, root.children, true) ?? undefined;
}

/** True when `node` is `ancestor` or lies inside it. */
export function isInside(node: HtmlNode, ancestor: HtmlElement): boolean {
  for (
    let current: HtmlNode | null = node;
    current;
    current = DomUtils.getParent(current) as HtmlNode | null
  ) {
    if (current === ancestor) return true;
  }
  return false;
}

// Twenty Sixteen hides these with CSS: screen-reader text, and the "updated" time beside "published".
function isHidden(element: HtmlElement): boolean {
  if (element.name === 'script' || element.name === 'style' || element.name === 'template')
    return true;
  if (hasClass(element, 'screen-reader-text')) return true;
  return element.name === 'time' && hasClass(element, 'updated') && !hasClass(element, 'published');
}

/** The text a reader sees in an element: hidden parts skipped, white space collapsed. */
export function visibleText(node: HtmlNode): string {
  const parts: string[] = [];
  const walk = (current: HtmlNode) => {
    if (isText(current)) {
      parts.push(current.data);
      return;
    }
    if (isElement(current)) {
      if (isHidden(current)) return;
      for (const child of current.children) walk(child);
    }
  };
  walk(node);
  // Not \s: a no-break space is visible text.
  return parts
    .join('')
    .replace(/[\t\n\f\r ]+/g, ' ')
    .replace(/^ | $/g, '');
}

/** Resolves an attribute URL to an absolute http(s) URL, or undefined. */
export function resolveUrl(
  value: string | undefined,
  base: string | undefined,
): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    return parseUrl(value, base);
  } catch {
    return undefined;
  }
}

/**
 * Removes the image a post opens with (before any text), with its caption box and the link or
 * paragraph that only wrapped it. Returns the image's URL and caption: the caption box's text,
 * else the image's alt text. Archive text shows that caption glued to the first word.
 */
export function takeLeadingImage(
  content: HtmlElement,
): { src: string | undefined; caption: string | undefined } | undefined {
  let image: HtmlElement | undefined;
  const walk = (node: HtmlNode): boolean => {
    if (isText(node)) return node.data.replace(/[\t\n\f\r ]+/g, '') !== '';
    if (!isElement(node) || isHidden(node)) return false;
    if (node.name === 'img') {
      image = node;
      return true;
    }
    return node.children.some(walk);
  };
  content.children.some(walk);
  if (!image) return undefined;
  const src = image.attribs.src;
  const box = ancestorUntil(
    image,
    content,
    (element) => hasClass(element, 'wp-caption') || element.name === 'figure',
  );
  let caption: string | undefined;
  if (box) {
    const text = findFirst(
      box,
      (element) => hasClass(element, 'wp-caption-text') || element.name === 'figcaption',
    );
    caption = text ? visibleText(text) : undefined;
    DomUtils.removeElement(box);
  } else {
    let removed: HtmlElement = image;
    for (
      let parent = DomUtils.getParent(removed);
      parent && parent !== content;
      parent = DomUtils.getParent(removed)
    ) {
      if (!isElement(parent) || !['a', 'p', 'span', 'div'].includes(parent.name)) break;
      if (parent.children.some((child) => child !== removed && hasContent(child))) break;
      removed = parent;
    }
    DomUtils.removeElement(removed);
  }
  const alt = image.attribs.alt?.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
  return { src, caption: caption || alt || undefined };
}

function hasContent(node: HtmlNode): boolean {
  if (isText(node)) return node.data.replace(/[\t\n\f\r ]+/g, '') !== '';
  return isElement(node);
}

function ancestorUntil(
  node: HtmlElement,
  stop: HtmlElement,
  test: (element: HtmlElement) => boolean,
): HtmlElement | undefined {
  for (
    let parent = DomUtils.getParent(node);
    parent && parent !== stop;
    parent = DomUtils.getParent(parent)
  ) {
    if (isElement(parent) && test(parent)) return parent;
  }
  return undefined;
}
