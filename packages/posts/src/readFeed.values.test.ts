import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeed } from './readFeed';
import { readWxr } from './readWxr';

const validator = (path: string) =>
  readFeed(readFileSync(new URL(`../test/fixtures/feedvalidator/${path}`, import.meta.url)));

function rssItem(fields: string, namespaces = ''): string {
  return `<rss version="2.0"${namespaces}><channel><title>T</title><item><link>https://example.org/a</link>${fields}</item></channel></rss>`;
}

function atomEntry(fields: string): string {
  return `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>urn:x</id>${fields}</entry></feed>`;
}

const first = (xml: string) => readFeed(xml).posts[0];

describe('titles are plain text', () => {
  it('removes the markup an RSS title carries as escaped HTML', () => {
    const post = validator('rss20/element-channel-item-title/invalid_item_title.xml').posts[0];
    expect(post?.title).toBe('Invalid title');
    expect(first(rssItem('<title>Title &lt;em&gt;With&lt;/em&gt; Markup</title>'))?.title).toBe(
      'Title With Markup',
    );
    expect(first(rssItem('<title><![CDATA[Fish &amp; <b>Chips</b>]]></title>'))?.title).toBe(
      'Fish & Chips',
    );
  });

  it('keeps a lone "<" that starts no tag', () => {
    expect(first(rssItem('<title>1 &lt; 2 and 3 &gt; 2</title>'))?.title).toBe('1 < 2 and 3 > 2');
  });

  it('reads Atom titles by their type: text is literal, html and xhtml lose their markup', () => {
    expect(validator('atom/3.1.1.1/example_text_title.xml').posts[0]?.title).toBe('Less: <');
    expect(validator('atom/3.1.1.2/example_html_title.xml').posts[0]?.title).toBe('Less: <');
    expect(
      first(atomEntry('<title type="text">&lt;em&gt;Hi&lt;/em&gt; &amp;amp;</title>'))?.title,
    ).toBe('<em>Hi</em> &amp;');
    expect(
      first(atomEntry('<title type="html">Title &lt;em&gt;With&lt;/em&gt; Markup</title>'))?.title,
    ).toBe('Title With Markup');
    expect(
      first(
        atomEntry(
          '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Title <em>With</em> Markup</div></title>',
        ),
      )?.title,
    ).toBe('Title With Markup');
  });

  it('removes the markup of a WordPress export title', () => {
    const wxr = `<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version><item><title><![CDATA[Title <em>With</em> Markup]]></title><link>https://example.org/a</link><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item></channel></rss>`;
    expect(readWxr(wxr).posts[0]?.title).toBe('Title With Markup');
  });
});

describe('extension categories', () => {
  const names = (post: { categories: { name: string }[] } | undefined) =>
    post?.categories.map((term) => term.name);
  const DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"';
  const MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"';
  const ITUNES = ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"';

  it('reads dc:subject as a category, once beside an equal <category>', () => {
    expect(names(validator('rss/should/duplicate_item_category.xml').posts[0])).toEqual([
      'Weblogging',
    ]);
    expect(
      names(
        first(rssItem('<dc:subject>Apple</dc:subject><dc:subject>Weblogging</dc:subject>', DC)),
      ),
    ).toEqual(['Apple', 'Weblogging']);
  });

  it('reads dc:subject in an Atom entry', () => {
    expect(names(validator('atom/must/valid_dc_all.xml').posts[0])).toContain('Example Items');
  });

  it('reads media:category inside media:content and media:group, by its label when it has one', () => {
    expect(names(validator('ext/media/example3.xml').posts[0])).toEqual([
      'music/artist name/album/song',
    ]);
    expect(names(validator('ext/media/invalid_category_label.xml').posts[0])).toEqual([
      'R\u00f6ckD\u00f6ts',
    ]);
    expect(names(first(rssItem('<media:category>Sport</media:category>', MEDIA)))).toEqual([
      'Sport',
    ]);
  });

  it('reads an item itunes:category by its text attribute, nested ones too', () => {
    const item =
      '<itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category><itunes:category text="Kids &amp; Family"/>';
    expect(names(first(rssItem(item, ITUNES)))).toEqual(['Technology', 'Gadgets', 'Kids & Family']);
  });

  it('leaves the podcast categories of the channel off its episodes', () => {
    expect(names(validator('ext/itunes/valid_subcategory.xml').posts[0])).toEqual([]);
  });
});

describe('dcterms dates', () => {
  const DCTERMS = ' xmlns:dcterms="http://purl.org/dc/terms/"';

  it('reads dcterms:issued as published and dcterms:modified as modified in RSS 1.0', () => {
    // The item gives created "2005" (a year alone), issued and modified "2005-07-04".
    const post = validator('rss/must/valid_dcterms_all.xml').posts[0];
    expect(post?.title).toBe('One particular element');
    expect(post?.published).toBe('2005-07-04');
    expect(post?.modified).toBe('2005-07-04');
  });

  it('falls back to dcterms:created, and never overrides pubDate', () => {
    const created = first(
      rssItem('<dcterms:created>2020-03-01T10:00:00Z</dcterms:created>', DCTERMS),
    );
    expect(created?.published).toBe('2020-03-01T10:00:00Z');
    const both = first(
      rssItem(
        '<pubDate>Mon, 02 Mar 2020 09:00:00 GMT</pubDate><dcterms:issued>2020-03-01</dcterms:issued><dcterms:modified>2020-03-05T08:00:00+01:00</dcterms:modified>',
        DCTERMS,
      ),
    );
    expect(both?.published).toBe('2020-03-02T09:00:00Z');
    expect(both?.modified).toBe('2020-03-05T08:00:00+01:00');
  });

  it('reads dcterms dates in an Atom entry that lacks its own', () => {
    const entry = `<feed xmlns="http://www.w3.org/2005/Atom"${DCTERMS}><title>T</title><entry><id>urn:x</id><title>A</title><dcterms:issued>2021-01-02</dcterms:issued><dcterms:modified>2021-01-03</dcterms:modified></entry></feed>`;
    const post = readFeed(entry).posts[0];
    expect(post?.published).toBe('2021-01-02');
    expect(post?.modified).toBe('2021-01-03');
  });
});

describe('author names', () => {
  const authorNames = (post: { authors: { name: string }[] } | undefined) =>
    post?.authors.map((person) => person.name);
  const DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"';

  it('reads "email (Name)" as the name, entities decoded', () => {
    expect(
      authorNames(validator('rss20/element-channel-item-author/item_author.xml').posts[0]),
    ).toEqual(['Mark Pilgrim']);
    expect(
      authorNames(validator('rss20/element-channel-item-author/html_in_item_author.xml').posts[0]),
    ).toEqual(['Lo\u00efc Le Meur']);
    expect(authorNames(validator('rss/should/duplicate_item_dccreator.xml').posts[0])).toEqual([
      'Mark Pilgrim',
    ]);
  });

  it('reads "Name <email>" as the name, in an Atom name too', () => {
    expect(authorNames(validator('atom/3.2.1/contains-email.xml').posts[0])).toEqual(['John Doe']);
    expect(
      authorNames(first(rssItem('<dc:creator>"Jo Smith" &lt;jo@example.org&gt;</dc:creator>', DC))),
    ).toEqual(['Jo Smith']);
  });

  it('reads "Name (email)", keeps a bare address and brackets that hold no address', () => {
    const names = [
      'Me (me@example.com)',
      'jo@example.org',
      'Jo Smith (editor)',
      '&lt;al@example.org&gt;',
    ];
    const fields = names.map((name) => `<dc:creator>${name}</dc:creator>`).join('');
    expect(authorNames(first(rssItem(fields, DC)))).toEqual([
      'Me',
      'jo@example.org',
      'Jo Smith (editor)',
      'al@example.org',
    ]);
    expect(authorNames(first(rssItem('<author>Jo Smith (editor)</author>')))).toEqual([
      'Jo Smith (editor)',
    ]);
  });
});

describe('excerpt length', () => {
  const words = (count: number, from = 1) =>
    Array.from({ length: count }, (_, i) => `w${i + from}`).join(' ');
  const CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"';

  it('keeps a summary the source gives whole up to 150 words, and cuts a longer one at a word', () => {
    expect(first(rssItem(`<description>${words(150)}</description>`))?.excerpt).toBe(words(150));
    const long = first(
      rssItem(
        `<description>&lt;p&gt;${words(100)}&lt;/p&gt;&lt;p&gt;${words(900, 101)}&lt;/p&gt;</description>`,
      ),
    );
    expect(long?.excerpt).toBe(`${words(100)}\n\n${words(50, 101)}\u2026`);
  });

  it('makes an excerpt of 55 words from content when there is no summary, however long the content', () => {
    const post = first(rssItem(`<content:encoded>${words(200_000)}</content:encoded>`, CONTENT));
    expect(post?.excerpt).toBe(`${words(55)}\u2026`);
    const atom = first(atomEntry(`<title>A</title><content type="html">${words(1000)}</content>`));
    expect(atom?.excerpt).toBe(`${words(55)}\u2026`);
  });

  it('cuts an Atom summary and a WordPress manual excerpt at 150 words', () => {
    expect(first(atomEntry(`<title>A</title><summary>${words(151)}</summary>`))?.excerpt).toBe(
      `${words(150)}\u2026`,
    );
    const wxr = `<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"><channel><wp:wxr_version>1.2</wp:wxr_version><item><title>A</title><link>https://example.org/a</link><excerpt:encoded><![CDATA[${words(400)}]]></excerpt:encoded><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item></channel></rss>`;
    expect(readWxr(wxr).posts[0]?.excerpt).toBe(`${words(150)}\u2026`);
  });
});

describe('embedded objects', () => {
  it('keeps the text after an unclosed <object> in the content and the excerpt', () => {
    const html =
      '<p>Watch the webinar:</p><object data="https://example.org/player.swf"><param name="movie" value="player.swf"><p>Slides and notes follow.</p>';
    const post = first(rssItem(`<description><![CDATA[${html}]]></description>`));
    expect(post?.contentHtml).toBe('<p>Watch the webinar:</p><p>Slides and notes follow.</p>');
    expect(post?.excerpt).toBe('Watch the webinar:\n\nSlides and notes follow.');
  });
});

describe('xml:base', () => {
  it("resolves Atom links against the feedvalidator corpus's xml:base cases", () => {
    expect(validator('atom/2/xml-base.xml').posts[0]?.url).toBe(
      'http://example.org/2003/12/13/atom03',
    );
    // The entry's "/2003/..." is resolved against the document's xml:base, not the feed link.
    expect(validator('atom/2/xml-base-elem-ne-doc.xml').posts[0]?.url).toBe(
      'http://www.feedvalidator.org/2003/12/13/atom03',
    );
    // White space around an xml:base value is not part of the URL.
    expect(validator('atom/3/ws-xml-base.xml').posts[0]?.url).toBe(
      'http://example.org/2003/12/13/atom03',
    );
  });

  it('resolves links and image sources in Atom content against the xml:base in scope', () => {
    const { posts } = readFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/"><entry xml:base="posts/"><id>u</id><title>t</title><link href="a/"/><content type="html" xml:base="/media/">&lt;a href="x.html"&gt;x&lt;/a&gt;&lt;img src="i.png"&gt;</content></entry></feed>',
    );
    expect(posts[0]?.url).toBe('https://example.org/posts/a/');
    expect(posts[0]?.contentHtml).toBe(
      '<a href="https://example.org/media/x.html">x</a><img src="https://example.org/media/i.png" />',
    );
  });

  it('resolves links in Atom xhtml content against the xml:base of its wrapping div and of the elements inside', () => {
    // RFC 4287 section 2: xml:base may be used anywhere, xhtml content included; an element's own
    // xml:base counts for its attributes and for what it holds, and relative values stack.
    const { posts } = readFeed(
      atomEntry(
        '<title>t</title><link href="https://example.org/entry/"/><content type="xhtml" xml:base="https://example.org/blog/"><div xmlns="http://www.w3.org/1999/xhtml" xml:base="2016/"><p><a href="a.html">a</a></p><p xml:base="/docs/"><a href="b.html">b</a> <img src="i.png" xml:base="img/"/><span xml:base="https://cdn.example.net/x/"><a href="c.html">c</a></span></p><p><a href="d.html">d</a></p></div></content>',
      ),
    );
    expect(posts[0]?.contentHtml).toBe(
      '<p><a href="https://example.org/blog/2016/a.html">a</a></p>' +
        '<p><a href="https://example.org/docs/b.html">b</a> <img src="https://example.org/docs/img/i.png" /><span><a href="https://cdn.example.net/x/c.html">c</a></span></p>' +
        '<p><a href="https://example.org/blog/2016/d.html">d</a></p>',
    );
  });

  it('keeps the inherited base where an xml:base in xhtml content is unusable', () => {
    const { posts } = readFeed(
      atomEntry(
        '<title>t</title><content type="xhtml" xml:base="https://example.org/"><div xmlns="http://www.w3.org/1999/xhtml"><p xml:base="http://[bad"><a href="a.html">a</a></p></div></content>',
      ),
    );
    expect(posts[0]?.contentHtml).toBe('<p><a href="https://example.org/a.html">a</a></p>');
  });

  it('reads xml:base in Atom html content as text markup, not XML: it changes nothing there', () => {
    // Escaped HTML is HTML, where xml:base means nothing to a browser.
    const { posts } = readFeed(
      atomEntry(
        '<title>t</title><content type="html" xml:base="https://example.org/">&lt;p xml:base="/docs/"&gt;&lt;a href="a.html"&gt;a&lt;/a&gt;&lt;/p&gt;</content>',
      ),
    );
    expect(posts[0]?.contentHtml).toBe('<p><a href="https://example.org/a.html">a</a></p>');
  });

  it('resolves links in an RSS description against the xml:base in scope before the item link', () => {
    const xml = (description: string) =>
      `<rss version="2.0" xml:base="https://example.org/feed/"><channel><title>T</title><item xml:base="https://example.org/2016/12/"><link>https://www.example.com/p/1/</link>${description}</item></channel></rss>`;
    const item = readFeed(
      xml('<description>&lt;a href="a.html"&gt;a&lt;/a&gt; &lt;img src="i.png"&gt;</description>'),
    ).posts[0];
    expect(item?.contentHtml).toBe(
      '<a href="https://example.org/2016/12/a.html">a</a> <img src="https://example.org/2016/12/i.png" />',
    );
    // The description's own xml:base counts too, and the "Continue reading" link resolves with it.
    const own = readFeed(
      xml(
        '<description xml:base="/media/">Text. &lt;a class="more-link" href="more/"&gt;Continue reading&lt;/a&gt;</description>',
      ),
    ).posts[0];
    expect(own?.continuationUrl).toBe('https://example.org/media/more/');
    // Without xml:base, the item link is the base, as before.
    const plain = readFeed(
      '<rss version="2.0"><channel><title>T</title><item><link>https://www.example.com/p/1/</link><description>&lt;a href="a.html"&gt;a&lt;/a&gt;</description></item></channel></rss>',
    ).posts[0];
    expect(plain?.contentHtml).toBe('<a href="https://www.example.com/p/1/a.html">a</a>');
  });
});
