import sanitize from 'sanitize-html';

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
];

const OPTIONS: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    time: ['datetime'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start', 'reversed'],
    blockquote: ['cite'],
    q: ['cite'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'template',
  ],
};

/**
 * Sanitises post HTML to an allow-list: structural and inline text elements, links and images
 * with http(s) URLs only; no scripts, styles, frames, forms, event handlers or `javascript:` /
 * `data:` URLs. Relative URLs are resolved against `baseUrl` when one is known.
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  const options: sanitize.IOptions = baseUrl
    ? {
        ...OPTIONS,
        transformTags: {
          a: resolveAttribute('href', baseUrl),
          img: resolveAttribute('src', baseUrl),
        },
      }
    : OPTIONS;
  return sanitize(html, options).trim();
}

function resolveAttribute(name: string, baseUrl: string): sanitize.Transformer {
  return (tagName, attribs) => {
    const value = attribs[name];
    if (value !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(value.trim())) {
      try {
        return { tagName, attribs: { ...attribs, [name]: new URL(value.trim(), baseUrl).href } };
      } catch {
        // An unparsable relative URL is left for the scheme allow-list to judge.
      }
    }
    return { tagName, attribs };
  };
}
