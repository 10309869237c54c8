// What the sanitiser keeps: one table, read by the sanitiser and by its oracle test.

/** Allowed tags and, for each, its allowed attributes. */
export const ALLOWED_ATTRIBUTES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    a: ['href', 'title', 'rel'],
    abbr: [],
    b: [],
    blockquote: ['cite'],
    br: [],
    caption: [],
    cite: [],
    code: [],
    dd: [],
    del: [],
    div: [],
    dl: [],
    dt: [],
    em: [],
    figcaption: [],
    figure: [],
    h1: [],
    h2: [],
    h3: [],
    h4: [],
    h5: [],
    h6: [],
    hr: [],
    i: [],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ins: [],
    kbd: [],
    li: [],
    mark: [],
    ol: ['start', 'reversed'],
    p: [],
    pre: [],
    q: ['cite'],
    s: [],
    small: [],
    span: [],
    strong: [],
    sub: [],
    sup: [],
    table: [],
    tbody: [],
    td: ['colspan', 'rowspan'],
    tfoot: [],
    th: ['colspan', 'rowspan', 'scope'],
    thead: [],
    time: ['datetime'],
    tr: [],
    u: [],
    ul: [],
  }).map(([tag, attributes]) => [tag, new Set(attributes)]),
);

/** Allowed void elements: written `<br />`, never given children or an end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['br', 'hr', 'img']);

/**
 * Elements dropped together with everything inside them. Not `object`: its content is the
 * fallback a browser shows when it cannot load the object (every Flash movie today), and an
 * unclosed one holds the rest of the post.
 */
export const DROP_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'iframe',
  'embed',
  'template',
]);
