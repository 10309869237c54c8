// Reads a server-rendered widget back with an HTML parser (parse5, the HTML standard's parsing),
// entering its declarative shadow root: what a browser would build from the fragment.
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { expect } from 'vitest';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const isTemplate = (node: Node): node is Template => isElement(node) && node.tagName === 'template';

/** A node's children, a template's content included. */
const children = (node: Node): Node[] => [
  ...('childNodes' in node ? node.childNodes : []),
  ...(isTemplate(node) ? node.content.childNodes : []),
];

/** An attribute's value. */
export const attr = (element: Element, name: string): string | undefined =>
  element.attrs.find((a) => a.name === name)?.value;

/** Every element in document order, inside templates too. */
function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  for (const child of children(node)) yield* elements(child);
}

/** The text of a node and its descendants, a script's or style's own included. */
export const text = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node ? node.value : children(node).map(text).join('');

/** The text a reader sees: without scripts and styles. */
export const shown = (node: Node): string =>
  isElement(node) && (node.tagName === 'script' || node.tagName === 'style')
    ? ''
    : node.nodeName === '#text' && 'value' in node
      ? node.value
      : children(node).map(shown).join('');

/**
 * The one element of a fragment, its declarative shadow root, every element inside it, and the
 * data carried in its inert JSON script (with the time it was current).
 */
export function readFragment(html: string): {
  host: Element;
  root: Element;
  inside: Element[];
  scripts: Element[];
  data: unknown;
  at: string | undefined;
} {
  const [host, ...rest] = parseFragment(html).childNodes.filter(isElement);
  expect(rest).toEqual([]);
  if (!host) throw new Error('the fragment holds no element');
  const root = host.childNodes.filter(isElement).find((child) => child.tagName === 'template');
  if (!root || attr(root, 'shadowrootmode') !== 'open')
    throw new Error('no declarative shadow root');
  const inside = [...elements(root)].slice(1);
  const scripts = inside.filter((e) => e.tagName === 'script');
  const seed = scripts[0];
  return {
    host,
    root,
    inside,
    scripts,
    data: seed && (JSON.parse(text(seed)) as unknown),
    at: seed && attr(seed, 'data-at'),
  };
}
