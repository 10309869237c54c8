import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../test/expectGolden';
import { thrown } from '../test/thrown';
import { safeParsePost } from './post';
import { readFeed } from './readFeed';

const fixture = (path: string) =>
  readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url));
const text = (path: string) => fixture(path).toString('utf8');

describe('readFeed golden files', () => {
  it.each([
    ['rss/dcrainmaker.xml', 'rss-dcrainmaker'],
    ['rss/natasha.xml', 'rss-natasha'],
    ['rss/wordpress-entities.xml', 'rss-wordpress-entities'],
    ['atom/OneFootTsunami.atom', 'atom-OneFootTsunami'],
    ['atom/xhtml-base.atom', 'atom-xhtml-base'],
  ])('%s', (path, golden) => {
    const result = readFeed(fixture(path), { file: path });
    for (const post of result.posts) expect(safeParsePost(post).success).toBe(true);
    expectGolden(result, golden);
  });
});

describe('readFeed on WordPress RSS 2.0', () => {
  const { format, posts, issues } = readFeed(fixture('rss/dcrainmaker.xml'));

  it('reads every item with its title, link, date, author, categories and comments', () => {
    expect(format).toBe('rss');
    expect(issues).toEqual([]);
    expect(posts).toHaveLength(8);
    const [first] = posts;
    expect(first).toMatchObject({
      id: 'https://www.dcrainmaker.com/?p=81603',
      url: 'https://www.dcrainmaker.com/2017/11/trainers-power-meters-fenix5-sale.html',
      title:
        'Huge Fall Sale: 20% of All Trainers & Most Power Meters, $100 off Fenix 5, GoPro Hero6 deal!',
      published: '2017-11-09T05:00:00Z',
      authors: [{ name: 'DC Rainmaker' }],
      categories: [
        { name: 'Blog' },
        { name: 'Clever Training' },
        { name: 'Clever Training VIP' },
        { name: 'Sales' },
      ],
      tags: [],
      language: 'en-US',
      commentCount: 148,
      continuationUrl: 'https://www.dcrainmaker.com/2017/11/trainers-power-meters-fenix5-sale.html',
      extra: {
        commentsUrl:
          'https://www.dcrainmaker.com/2017/11/trainers-power-meters-fenix5-sale.html#comments',
      },
      source: { format: 'rss', line: 28, index: 0, id: 'https://www.dcrainmaker.com/?p=81603' },
    });
  });

  it('takes the excerpt from the description without its "Read More" link', () => {
    expect(posts[0]?.excerpt).toMatch(/^It’s that time of year again!/);
    expect(posts[0]?.excerpt).toMatch(/just released …$/);
    expect(posts[0]?.excerpt).not.toContain('Read More');
  });

  it('keeps content:encoded as sanitised HTML', () => {
    const html = posts[0]?.contentHtml ?? '';
    expect(html).toContain(
      '<a href="https://www.dcrainmaker.com/2017/05/huge-spring-sale-20-of-all-trainers-all-power-meters-and-plenty-more.html">the spring</a>',
    );
    expect(html).not.toMatch(/srcset|class=/);
  });

  it('reads the line each item starts on', () => {
    const lines = text('rss/dcrainmaker.xml').split('\n');
    for (const post of posts) {
      expect(lines[(post.source.line ?? 0) - 1]).toMatch(/^\s*<item>/);
    }
  });
});

describe("readFeed on the RSS 2.0 specification's sample feed", () => {
  const { posts, issues } = readFeed(fixture('rss/rss2sample.xml'));

  it('keeps all four items, the untitled one too', () => {
    expect(issues).toEqual([]);
    expect(posts.map((post) => post.title)).toEqual([
      'Star City',
      undefined,
      'The Engine That Does More',
      "Astronauts' Dirty Laundry",
    ]);
  });

  it('reads the untitled item: its permalink guid as its url, its description as its excerpt', () => {
    expect(posts[1]).not.toHaveProperty('title');
    expect(posts[1]).toMatchObject({
      id: 'http://liftoff.msfc.nasa.gov/2003/05/30.html#item572',
      url: 'http://liftoff.msfc.nasa.gov/2003/05/30.html#item572',
      published: '2003-05-30T11:06:42Z',
      excerpt:
        'Sky watchers in Europe, Asia, and parts of Alaska and Canada will experience a partial eclipse of the Sun on Saturday, May 31st.',
    });
  });
});

describe('readFeed on hand-written WordPress habits', () => {
  const { posts, issues } = readFeed(fixture('rss/wordpress-entities.xml'));
  const [voices, stumble, untitled, relative] = posts;

  it('decodes HTML named entities outside CDATA instead of failing', () => {
    expect(voices?.title).toBe('Students’ Voices:\u00a0Moving Beyond “When I Grow Up…”');
    expect(voices?.excerpt).toBe('Students told us what mastery means…');
  });

  it('matches namespaces by URI, not by prefix', () => {
    // creator: is bound to Dublin Core here, and dc: to something else.
    expect(voices?.authors).toEqual([{ name: 'Chris Sturgis' }]);
    expect(voices?.contentHtml).toContain('what mastery means');
  });

  it('resolves relative links against xml:base and the item link', () => {
    expect(voices?.url).toBe('https://www.competencyworks.org/2016/12/students-voices/');
    expect(voices?.contentHtml).toContain(
      'href="https://www.competencyworks.org/2016/08/mastery/"',
    );
    // xml:base in scope wins over the item link, as XML Base says.
    expect(voices?.contentHtml).toContain(
      'src="https://www.competencyworks.org/images/voices.jpg"',
    );
    expect(voices?.continuationUrl).toBe(
      'https://www.competencyworks.org/2016/12/students-voices/#more-12001',
    );
    expect(voices?.extra).toEqual({
      commentsUrl: 'https://www.competencyworks.org/2016/12/students-voices/#comments',
    });
    expect(relative?.url).toBe('https://www.competencyworks.org/2016/12/relative/');
    // A link in the description resolves against the xml:base in scope (the <rss> element's),
    // as the item's own link does, not against the item's link.
    expect(relative?.contentHtml).toContain('href="https://www.competencyworks.org/more.html"');
  });

  it('strips scripts and event handlers from content', () => {
    expect(voices?.contentHtml).not.toMatch(/script|onerror|alert/);
  });

  it('keeps the offset of an RFC 822 date, and reads named zones and two-digit years', () => {
    expect(voices?.published).toBe('2016-12-19T09:05:00-05:00');
    expect(relative?.published).toBe('2016-12-20T14:05:00-05:00');
  });

  it('sorts categories and tags by domain, with slugs, without duplicates', () => {
    expect(voices?.categories).toEqual([{ name: 'Student Voice', slug: 'student-voice' }]);
    expect(voices?.tags).toEqual([{ name: 'New Hampshire', slug: 'new-hampshire' }]);
    expect(voices?.commentCount).toBe(4);
  });

  it('keeps an item with an unreadable date, without the date, and says so', () => {
    expect(stumble?.title).toBe('Three Ways Districts Stumble in Implementation');
    expect(stumble).not.toHaveProperty('published');
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-date', severity: 'warning', index: 1, line: 29 }),
    );
  });

  it('keeps an item with no title and no link: its description makes it a post', () => {
    expect(posts).toHaveLength(4);
    expect(untitled).not.toHaveProperty('title');
    expect(untitled?.excerpt).toBe('An item with neither a title nor a link.');
    expect(untitled?.source).toMatchObject({ index: 2, line: 37 });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('skips an item with nothing to show or follow, and says where', () => {
    const result = readFeed(
      '<rss version="2.0"><channel><item><title>Kept</title></item>\n<item><guid isPermaLink="false">x-1</guid><pubDate>Mon, 19 Dec 2016 14:05:00 +0000</pubDate></item></channel></rss>',
    );
    expect(result.posts.map((post) => post.title)).toEqual(['Kept']);
    expect(result.issues).toEqual([
      {
        code: 'empty-item',
        severity: 'error',
        message: 'item has no title, description, content, link or enclosure (guid x-1); skipped',
        line: 2,
        index: 1,
      },
    ]);
  });

  it('uses a permalink guid as the id and the link as the url', () => {
    expect(voices?.id).toBe('https://www.competencyworks.org/?p=12001');
    expect(relative?.id).toBe('2016/12/relative/');
  });
});

describe('readFeed on Atom 1.0', () => {
  it('reads WordPress Atom: mixed text and CDATA titles, xml:base, published and updated', () => {
    const { format, posts, issues } = readFeed(fixture('atom/OneFootTsunami.atom'));
    expect(format).toBe('atom');
    expect(issues).toEqual([]);
    expect(posts).toHaveLength(25);
    expect(posts[0]).toMatchObject({
      id: 'http://onefoottsunami.com/?p=14863',
      title: 'Link: Pillow Fight Leaves 24 Concussed',
      url: 'http://www.nytimes.com/2015/09/05/us/at-west-point-annual-pillow-fight-becomes-weaponized.html?mwrsm=Email&_r=1&pagewanted=all',
      published: '2015-09-08T14:21:41Z',
      modified: '2015-09-07T18:14:11Z',
      authors: [{ name: 'Paul Kafasis' }],
      source: { format: 'atom', index: 0, line: 18 },
    });
  });

  it('reads xhtml content, relative links, feed authors, labels, thr:count and offsets', () => {
    const { posts, issues } = readFeed(fixture('atom/xhtml-base.atom'));
    const [mastery, noWay] = posts;
    expect(mastery).toMatchObject({
      title: 'Mastery Motivates Students',
      url: 'https://www.competencyworks.org/blog/2016/12/mastery-motivates/',
      published: '2016-12-19T09:05:00-05:00',
      modified: '2016-12-20T10:00:00.250+01:00',
      authors: [{ name: 'CompetencyWorks Staff', url: 'https://www.competencyworks.org/about/' }],
      categories: [{ name: 'Leadership', slug: 'leadership' }],
      excerpt: 'Why “not yet” works.',
      commentCount: 3,
      language: 'en-US',
      extra: {
        commentsUrl: 'https://www.competencyworks.org/blog/2016/12/mastery-motivates/#comments',
      },
    });
    expect(mastery?.contentHtml).toBe(
      '<p>See <a href="https://www.competencyworks.org/2016/12/part-1/">part one</a> and <img src="https://www.competencyworks.org/2016/12/mastery-motivates/chart.png" alt="chart" />.</p>',
    );
    expect(noWay).toMatchObject({
      title: 'No Way & Not Yet',
      excerpt: 'Plain text content <not markup>.',
    });
    expect(noWay?.contentHtml).toBe('Plain text content &lt;not markup&gt;.');
    expect(noWay).not.toHaveProperty('published');
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'invalid-date',
        index: 1,
        message: expect.stringContaining('<published>'),
      }),
    ]);
  });
});

describe('readFeed on an Atom Entry Document', () => {
  it('reads the one entry of a document whose root is <entry> (RFC 4287 section 4.1.2)', () => {
    const { format, posts, issues } = readFeed(
      fixture('feedvalidator/atom/2/brief-entry-noerror.xml'),
    );
    expect(format).toBe('atom');
    expect(issues).toEqual([]);
    expect(posts).toEqual([
      expect.objectContaining({
        id: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
        title: 'Atom-Powered Robots Run Amok',
        url: 'http://example.org/2003/12/13/atom03',
        modified: '2003-12-13T18:30:02Z',
        authors: [{ name: 'John Doe' }],
        excerpt: 'Some text.',
        source: expect.objectContaining({ format: 'atom', index: 0, line: 11 }),
      }),
    ]);
  });

  it('reads an Atom Publishing Protocol entry with its own namespaces', () => {
    const { posts } = readFeed(fixture('feedvalidator/ext/app/invalid-edited.xml'));
    expect(posts.map((post) => post.title)).toEqual(['Atom-Powered Robots Run Amok']);
  });
});

describe('readFeed byte input and encodings', () => {
  const titleOf = (input: Uint8Array, charset?: string) =>
    readFeed(input, charset ? { charset } : {}).posts[0]?.title;

  it.each([
    ['utf-8-bom.xml', 'Café – ‘Not Yet’ …'],
    ['utf-16le-bom.xml', 'Café – ‘Not Yet’ …'],
    ['utf-16be-bom.xml', 'Café – ‘Not Yet’ …'],
    ['windows-1252.xml', 'Café – ‘Not Yet’ …'],
    ['iso-8859-1.xml', 'Café ¿Qué tal?'],
  ])('decodes %s from its BOM or XML declaration', (file, title) => {
    expect(titleOf(fixture(`encodings/${file}`))).toBe(title);
  });

  it('uses the caller charset when the bytes declare none', () => {
    expect(titleOf(fixture('encodings/latin1-undeclared.xml'), 'iso-8859-1')).toBe(
      'Café ¿Qué tal?',
    );
  });

  it('replaces a few bytes that are not valid in the encoding, reporting each where it is', () => {
    const { posts, issues } = readFeed(fixture('encodings/latin1-undeclared.xml'));
    expect(posts[0]?.title).toBe('Caf\uFFFD \uFFFDQu\uFFFD tal?');
    expect(issues.map((issue) => [issue.code, issue.severity, issue.line, issue.column])).toEqual([
      ['invalid-encoding', 'warning', 6, 11],
      ['invalid-encoding', 'warning', 6, 13],
      ['invalid-encoding', 'warning', 6, 16],
      ['invalid-encoding', 'warning', 9, 16],
      ['invalid-encoding', 'warning', 9, 20],
    ]);
    expect(issues[0]?.message).toBe('bytes not valid UTF-8 were replaced with U+FFFD (\uFFFD)');
    expect(issues[0]?.hint).toMatchObject({ option: 'charset' });
  });

  it('refuses an encoding it cannot decode', () => {
    const error = thrown(() => readFeed(fixture('encodings/unsupported-encoding.xml')));
    expect(error.code).toBe('unsupported-encoding');
  });
});

describe('readFeed bad input', () => {
  const item = '<item><title>One</title><link>https://example.org/1</link></item>';
  it.each([
    ['empty input', '', '1:1: the input is empty; expected an XML feed'],
    ['white space only', '  \n ', '2:2: the input is empty; expected an XML feed'],
    [
      'JSON',
      '{"version": "https://jsonfeed.org/version/1.1"}',
      '1:1: expected an XML feed starting with "<", found JSON',
    ],
    [
      'an HTML page',
      '<!DOCTYPE html>\n<html><head><title>x</title></head></html>',
      '1:1: found an HTML page (<!DOCTYPE html>), expected a feed; use the feed URL',
    ],
    [
      'HTML without a doctype',
      '<html>\n<body><p>Hi</p></body></html>',
      '1:1: found an HTML page (<html>), expected an RSS or Atom feed; use the feed URL (often /feed/) or readArchiveHtml',
    ],
    [
      'another XML vocabulary',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>',
      '1:1: expected an RSS <rss>, Atom <feed> or Atom <entry> root element, found <urlset> (namespace http://www.sitemaps.org/schemas/sitemap/0.9)',
    ],
    [
      'an unclosed first item',
      `<rss version="2.0"><channel>\n<item><title>Two</title>`,
      '2:25: the input ended inside <item> opened at 2:1 (inside <rss>); the file looks truncated',
    ],
    [
      'mismatched tags',
      `<rss version="2.0"><channel>\n<item><title>One</link></item></channel></rss>`,
      '2:17: found </link> where </title> was expected (<title> opened at 2:7)',
    ],
    ['a closing tag with nothing open', '</rss>', '1:1: found </rss> with no open element'],
    [
      'text after the root',
      '<rss version="2.0"><channel/></rss>\nextra',
      '2:1: found text after the end of the root element',
    ],
    [
      'an unquoted attribute',
      '<rss version=2.0><channel/></rss>',
      '1:17: attribute version of <rss> needs a quoted value',
    ],
  ])('%s gives a ParseError with line:column', (_name, input, message) => {
    const error = thrown(() => readFeed(input));
    expect(error.message).toBe(message);
    expect(error.line).toBeGreaterThan(0);
    expect(error.column).toBeGreaterThan(0);
  });

  it('keeps the items read before the XML breaks, with the error as an issue', () => {
    const { posts, issues } = readFeed(
      `<rss version="2.0"><channel>\n${item}\n<item><title>Two</title>`,
    );
    expect(posts.map((post) => post.title)).toEqual(['One']);
    expect(issues).toEqual([
      {
        code: 'malformed-xml',
        severity: 'error',
        message:
          'the input ended inside <item> opened at 3:1 (inside <rss>); the file looks truncated; the 1 post read before it is kept',
        line: 3,
        column: 25,
      },
    ]);
  });

  it('reports a prefix used without a declaration and still reads it', () => {
    const { posts, issues } = readFeed(
      `<rss version="2.0"><channel><item><title>One</title><dc:creator>Jo</dc:creator></item></channel></rss>`,
    );
    expect(posts[0]?.authors).toEqual([{ name: 'Jo' }]);
    expect(issues).toEqual([
      {
        code: 'undeclared-prefix',
        severity: 'warning',
        message:
          'the prefix "dc:" is used but never declared; assumed http://purl.org/dc/elements/1.1/',
        line: 1,
        column: 53,
      },
    ]);
  });

  it('leaves out what it does not read instead of failing: no content, no date, no link', () => {
    const { posts, issues } = readFeed(
      '<rss version="2.0"><channel><item><title>Only a title</title></item></channel></rss>',
    );
    expect(issues).toEqual([]);
    expect(posts).toEqual([
      {
        id: 'cw-only-a-title',
        title: 'Only a title',
        authors: [],
        excerpt: '',
        categories: [],
        tags: [],
        origin: [],
        source: { format: 'rss', line: 1, index: 0 },
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const { format, posts } =
      readFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://example.org/"><title>x</title></channel>
      <item rdf:about="https://example.org/1"><title>First</title><link>https://example.org/1</link>
      <dc:date>2016-12-19T14:05:00+00:00</dc:date></item></rdf:RDF>`);
    expect(format).toBe('rss');
    expect(posts[0]).toMatchObject({
      title: 'First',
      url: 'https://example.org/1',
      published: '2016-12-19T14:05:00Z',
    });
  });

  it('leaves contentHtml out when asked, for speed', () => {
    const { posts } = readFeed(fixture('rss/natasha.xml'), { includeContent: false });
    expect(posts).toHaveLength(10);
    expect(posts.every((post) => post.contentHtml === undefined && post.excerpt !== '')).toBe(true);
  });
});
