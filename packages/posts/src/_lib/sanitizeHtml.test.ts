import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParsePost } from '../post';
import { findUnsafeHtml } from './findUnsafeHtml';
import { sanitizeHtml } from './sanitizeHtml';

describe('sanitizeHtml', () => {
  it.each([
    ['<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['<img src="https://x.org/a.png" onerror="alert(1)">', '<img src="https://x.org/a.png" />'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', '<img />'],
    ['<svg onload="alert(1)"><circle/></svg>b', 'b'],
    ['<iframe src="https://evil.example"></iframe>c', 'c'],
    ['<p style="background:url(javascript:x)" class="y">d</p>', '<p>d</p>'],
    ['<form action="https://x"><input name="q"></form>e', 'e'],
  ])('neutralises %s', (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });

  it('keeps the structure and links a post needs', () => {
    const html =
      '<p>This post originally appeared at <a href="https://www.gettingsmart.com/x/" title="GS">Getting Smart</a>.</p><ul><li><strong>a</strong></li></ul><blockquote cite="https://q.org">q</blockquote>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('resolves relative links and images against the base URL', () => {
    expect(
      sanitizeHtml(
        '<a href="/2016/08/x/">x</a><img src="img/a.png">',
        'https://www.competencyworks.org/blog/',
      ),
    ).toBe(
      '<a href="https://www.competencyworks.org/2016/08/x/">x</a><img src="https://www.competencyworks.org/blog/img/a.png" />',
    );
  });

  // In the manner of OWASP's XSS filter evasion cheat sheet: every output below is what a reader
  // gets, and none of them can run script.
  it.each([
    ['<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>x', 'x'],
    ['<ScRiPt>alert(1)</sCrIpT>x', 'x'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="&#x6A;avascript:alert(1)">x</a>', '<a>x</a>'],
    [
      '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
      '<a>x</a>',
    ],
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="jav\tascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="jav&#x0A;ascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" &#14;  javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href=" javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="javascript&colon;alert(1)">x</a>', '<a>x</a>'],
    ['<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', '<a>x</a>'],
    ['<a href="//evil.example/">x</a>', '<a>x</a>'],
    ['<a href="mailto:chris@example.org">mail</a>', '<a href="mailto:chris@example.org">mail</a>'],
    ['<img src=x onerror=alert(1)>', '<img src="x" />'],
    ['<img src="x" onerror="alert(1)"//>', '<img src="x" />'],
    ['<IMG SRC="jav&#x0D;ascript:alert(1);">', '<img />'],
    ['<img """><script>alert(1)</script>">', '<img />"&gt;'],
    [
      '<img src="https://x.org/a.png" alt="a > b" title="javascript:alert(1)">',
      '<img src="https://x.org/a.png" alt="a &gt; b" />',
    ],
    ['<svg><script>alert(1)</script></svg>x', 'x'],
    ['<svg/onload=alert(1)>x', 'x'],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<table></table>'],
    ['<math href="javascript:alert(1)">CLICK</math>', 'CLICK'],
    ['<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
    ['<<script>alert(1);//<</script>', '&lt;'],
    [
      '<p>unclosed <b>bold <a href="https://x.org/">link',
      '<p>unclosed <b>bold <a href="https://x.org/">link</a></b></p>',
    ],
    [
      '<a href="https://x.org/?a=1&b=2" title=\'q "x" > y\'>t</a>',
      '<a href="https://x.org/?a=1&amp;b=2" title="q &quot;x&quot; &gt; y">t</a>',
    ],
    ['<a title="x>y" href="https://x.org/">t</a>', '<a title="x&gt;y" href="https://x.org/">t</a>'],
    ['<!-- <script>alert(1)</script> -->after', 'after'],
    ['<!--[if gte IE 4]><script>alert(1)</script><![endif]-->z', 'z'],
    // Outside svg and math, "<![CDATA[" opens a bogus comment that ends at the first ">": a
    // browser shows "alert(1)]]>y" as text (parse5 agrees), and so does the output.
    ['<![CDATA[<script>alert(1)</script>]]>y', 'alert(1)]]&gt;y'],
    ['<iframe src="javascript:alert(1)"></iframe><style>@import url(x)</style>w', 'w'],
    ['<div style="background-image:url(javascript:alert(1))">d</div>', '<div>d</div>'],
    ['<a href="https://x.org/" onmouseover="alert(1)">m</a>', '<a href="https://x.org/">m</a>'],
    ['<body onload=alert(1)>b', 'b'],
    // An object's content is its fallback, what a browser shows when it cannot load the object.
    ['<object data="javascript:alert(1)"><p>fallback</p></object>o', '<p>fallback</p>o'],
    [
      '<p>a <object data="x.swf"><param name="m" value="x.swf">b</p><p>after',
      '<p>a b</p><p>after</p>',
    ],
    ['<textarea><script>alert(1)</script></textarea>t', 't'],
    ['<p>5 &lt; 6 &amp; 7 &gt; 3 &nbsp;&copy</p>', '<p>5 &lt; 6 &amp; 7 &gt; 3  ©</p>'],
    ['<a href="/rel/">r</a>', '<a href="/rel/">r</a>'],
  ])('defeats the evasion %s', (input, expected) => {
    const output = sanitizeHtml(input);
    expect(output).toBe(expected);
    expect(findUnsafeHtml(output)).toBeUndefined();
  });

  it('drops a javascript: value from any attribute, which the post schema would refuse', () => {
    expect(sanitizeHtml('<abbr title=" java&#x09;script:x">a</abbr><img alt="javascript:">')).toBe(
      '<abbr>a</abbr><img />',
    );
  });

  it('leaves out an element the next parse would close early, so the output is stable', () => {
    // <svg> is dropped; a <div> directly inside the <p> would close it on the next parse.
    expect(sanitizeHtml('<p>a<svg><div>b</div></svg>c</p>')).toBe('<p>abc</p>');
  });

  it('trims and joins the output of a long post, blank runs of thousands of pieces at both ends included', () => {
    // Each " " between two left-out tags is a piece of its own; the output is written in parts of
    // thousands of pieces, so blank parts begin and end it.
    const blank = ' <x> </x>\n'.repeat(6000);
    const body = '<p>It&#8217;s <em>a</em> &amp; b</p>\n'.repeat(5000);
    const expected = '<p>It\u2019s <em>a</em> &amp; b</p>\n'.repeat(5000).trimEnd();
    expect(sanitizeHtml(blank + body + blank)).toBe(expected);
    expect(sanitizeHtml(blank)).toBe('');
    expect(sanitizeHtml(` ${body}`)).toBe(expected);
  });

  it('copies what it would write unchanged and writes the rest, in the same order', () => {
    // Runs copied from the input (plain text, bare tags) meet written pieces (decoded text, an
    // attribute resolved, a tag in upper case, a tag left out) at every kind of boundary.
    expect(
      sanitizeHtml(
        '<p>a<b>b</b><I>i</I> c&amp;d <span class="x">s</span><a href="/r">r</a><a href="https://x.org/">x</a></p>\n<P>e</P>',
        'https://example.org/',
      ),
    ).toBe(
      '<p>a<b>b</b><i>i</i> c&amp;d <span>s</span><a href="https://example.org/r">r</a><a href="https://x.org/">x</a></p>\n<p>e</p>',
    );
  });

  it('decodes character references in text and writes only &, < and > escaped', () => {
    expect(sanitizeHtml('<p>It&#8217;s 5 &lt; 6 &#38; &#x3E; &#150; &#0;&nbsp;&copy</p>')).toBe(
      '<p>It\u2019s 5 &lt; 6 &amp; &gt; \u2013 \ufffd\u00a0\u00a9</p>',
    );
  });
});

// HTML-ish strings built from the pieces that matter: allowed and dropped tags in any case,
// quoted, unquoted and missing attribute values, entities, comments, CDATA, stray < and >.
const piece = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<P CLASS=x>',
    '<a href="/x">',
    '<a href=javascript:alert(1)>',
    '</a>',
    '<ul>',
    '</ul>',
    '<li>',
    '<ol reversed start=3>',
    '<div>',
    '</div>',
    '<h2>',
    '<table>',
    '<tr>',
    '<td>',
    '<dd>',
    '<dt>',
    '<br/>',
    '</br>',
    '<hr>',
    '<b>',
    '</b>',
    '<i>',
    '<img src=x onerror=alert(1)>',
    '<img alt="">',
    '<image src="https://a.org/b">',
    '<svg>',
    '</svg>',
    '<math>',
    '<script>',
    '</script>',
    '<style>',
    '<iframe>',
    '</iframe>',
    '<title>',
    '<textarea>',
    '<form>',
    '<q cite="//evil">',
    '<a title="javascript:x">',
    '<!-- c -->',
    '<!-->',
    '<!--->',
    '<!-- a --!> b -->',
    '<![CDATA[x]]>',
    '<!DOCTYPE html>',
    '<?xml ?>',
    '</ x>',
    '</>',
    '&amp;',
    '&lt;',
    '&#106;',
    '&#x6A;',
    '&#8217;',
    '&#99999;',
    '&#x80;',
    '&#0;',
    '&#xD800;',
    // Edges of the fast reader's in-place digit reading: upper-case X, mixed-case hex digits, no
    // digits, a non-digit, five and six decimal digits, five hex digits.
    '&#X2019;',
    '&#xfF;',
    '&#x;',
    '&#;',
    '&#12a;',
    '&#x2g;',
    '&#00065;',
    '&#000065;',
    '&#x00041;',
    '&nbsp;',
    '&notin',
    '&',
    '<',
    '>',
    '"',
    "'",
    '=',
    ' ',
    '\t',
    '\n',
    'javascript:',
    'java\tscript:',
  ),
  fc.string({ maxLength: 4 }),
);
const htmlish = fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join(''));
const anyInput = fc.oneof(htmlish, fc.string(), fc.string({ unit: 'binary', maxLength: 40 }));
const base = fc.constantFrom(undefined, 'https://www.competencyworks.org/blog/');

describe('sanitizeHtml properties', () => {
  it('never outputs HTML that could run script, and sanitising the output changes nothing', () => {
    fc.assert(
      fc.property(anyInput, base, (input, baseUrl) => {
        const output = sanitizeHtml(input, baseUrl);
        expect(findUnsafeHtml(output)).toBeUndefined();
        expect(sanitizeHtml(output, baseUrl)).toBe(output);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('findUnsafeHtml after sanitizeHtml', () => {
  it('passes what sanitizeHtml returned and refuses hand-built HTML', () => {
    const safe = sanitizeHtml('<p>Hello <a href="https://x.org/">there</a></p>');
    expect(findUnsafeHtml(safe)).toBeUndefined();
    const handBuilt = `${safe}<img src=x onerror=alert(1)>`;
    expect(findUnsafeHtml(handBuilt)).toBe('an event handler attribute onerror= on <img>');
    const post = {
      id: 'p1',
      title: 'Hello',
      authors: [],
      excerpt: '',
      categories: [],
      tags: [],
      origin: [],
      source: { format: 'rss' as const },
    };
    expect(safeParsePost({ ...post, contentHtml: safe }).success).toBe(true);
    const refused = safeParsePost({ ...post, contentHtml: '<a href="jav&#x09;ascript:x">a</a>' });
    expect(refused.success).toBe(false);
  });
});
