import { describe, expect, it } from 'vitest';
import { scanHtml } from './scanHtml';

/** The events as one line: `<tag a="v">`, text in quotes, `</tag>`. */
function events(html: string): string {
  const out: string[] = [];
  scanHtml(html, {
    open(tag, attributes) {
      let written = '';
      for (let i = 0; i < attributes.length; i += 2) {
        written += ` ${attributes[i]}=${JSON.stringify(attributes[i + 1])}`;
      }
      out.push(`<${tag}${written}>`);
    },
    text(text) {
      out.push(JSON.stringify(text));
    },
    close(tag) {
      out.push(`</${tag}>`);
    },
  });
  return out.join('');
}

// Expected values are what the WHATWG tokenizer reads (checked by hand against the spec's states
// and parse5), with htmlparser2's tree rules (implied ends, `</p>`, `</br>`).
describe('scanHtml', () => {
  it.each([
    ['<p>a &amp; b</p>', '<p>"a & b"</p>'],
    ["<P CLASS=x Title='y' data-z>t", '<p class="x" title="y" data-z="">"t"</p>'],
    ['<a href="1" href="2">t</a>', '<a href="1">"t"</a>'],
    ['<img src="x" alt="a > b"/>after', '<img src="x" alt="a > b"></img>"after"'],
    ['<div/>x', '<div>"x"</div>'],
    ['<svg><circle/>x</svg>', '<svg><circle></circle>"x"</svg>'],
    ['<b title="a&ampb&amp=c">', '<b title="a&ampb&amp=c"></b>'],
    ['&copy 2016 &notit; &#8217;', '"© 2016 ¬it; ’"'],
    ['<a/b/c=d>', '<a b="" c="d"></a>'],
    ['<a =x>', '<a =x=""></a>'],
    ['a<!-- c -->b<!-->c<!--->d<!-- x --!>e', '"a""b""c""d""e"'],
    ['a<!x>b<?php x ?>c</3>d</>e', '"a""b""c""d""e"'],
    ['<![CDATA[<b>x</b>]]>', '"x""]]>"'],
    ['<math><![CDATA[<b>x</b>]]></math>', '<math>"<b>x</b>"</math>'],
    ['<script>if (a<b) "</div>"</script >x', '<script>"if (a<b) \\"</div>\\""</script>"x"'],
    ['<xmp><p title="</xmp><img src=x>">', '<xmp>"<p title=\\""</xmp><img src="x"></img>"\\">"'],
    ['<title>a &amp; <b></title>', '<title>"a & <b>"</title>'],
    ['<textarea>x</textareax></textarea>y', '<textarea>"x</textareax>"</textarea>"y"'],
    ['<plaintext></plaintext><b>', '<plaintext>"</plaintext><b>"</plaintext>'],
    ['<p>a<div>b</div>', '<p>"a"</p><div>"b"</div>'],
    ['<ul><li>a<li>b</ul>', '<ul><li>"a"</li><li>"b"</li></ul>'],
    ['a</p>b</br>c</span>d', '"a"<p></p>"b"<br></br>"c""d"'],
    ['<b><i>x</b>y', '<b><i>"x"</i></b>"y"'],
    ['<form><form>x</form>', '<form>"x"</form>'],
    ['a <b', '"a "'],
    ['a <b title="x>', '"a "'],
    ['a < b <', '"a < b <"'],
    ['<object data="x">fallback<p>after', '<object data="x">"fallback"<p>"after"</p></object>'],
  ])('%s', (html, expected) => {
    expect(events(html)).toBe(expected);
  });
});
