import { readFileSync } from 'node:fs';
import { ParseError } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { readAny } from './readAny';
import { readArchiveHtml } from './readArchiveHtml';
import { readArchiveText } from './readArchiveText';
import { readFeed } from './readFeed';
import { readJsonFeed } from './readJsonFeed';
import type { ReadResult } from './readResult';
import { readWordPressRest } from './readWordPressRest';
import { readWxr } from './readWxr';

const fixture = (path: string) =>
  readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>CompetencyWorks</title><link>https://www.competencyworks.org</link>
<item><title>Continuous Improvement and Innovation</title>
<link>https://www.competencyworks.org/continuous-improvement-and-innovation/</link>
<pubDate>Tue, 20 Dec 2016 10:00:42 +0000</pubDate><dc:creator><![CDATA[Chris Sturgis]]></dc:creator>
<guid isPermaLink="false">https://www.competencyworks.org/?p=13003</guid>
<description><![CDATA[This is the twenty-fourth article in the series.]]></description>
<content:encoded><![CDATA[<p>This is the twenty-fourth article in the series.</p>]]></content:encoded></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>CompetencyWorks</title><id>https://www.competencyworks.org/feed/atom/</id>
<updated>2016-12-20T10:00:42Z</updated>
<entry><title>Continuous Improvement and Innovation</title><id>https://www.competencyworks.org/?p=13003</id>
<link rel="alternate" href="https://www.competencyworks.org/continuous-improvement-and-innovation/"/>
<published>2016-12-20T10:00:42Z</published><updated>2016-12-20T10:00:42Z</updated>
<author><name>Chris Sturgis</name></author><summary>This is the twenty-fourth article in the series.</summary></entry>
</feed>`;

const WXR = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>CompetencyWorks</title><link>https://www.competencyworks.org</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Continuous Improvement and Innovation</title>
<link>https://www.competencyworks.org/continuous-improvement-and-innovation/</link>
<dc:creator><![CDATA[chris]]></dc:creator><guid isPermaLink="false">https://www.competencyworks.org/?p=13003</guid>
<content:encoded><![CDATA[<p>This is the twenty-fourth article in the series.</p>]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>13003</wp:post_id>
<wp:post_date><![CDATA[2016-12-20 05:00:42]]></wp:post_date><wp:post_date_gmt><![CDATA[2016-12-20 10:00:42]]></wp:post_date_gmt>
<wp:post_name><![CDATA[continuous-improvement-and-innovation]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type></item>
</channel></rss>`;

function withoutSniffed(result: ReadResult & { sniffed?: unknown }): ReadResult {
  const { sniffed: _sniffed, ...rest } = result;
  return rest;
}

describe('readAny', () => {
  it.each([
    ['archive/archive-2016-08.txt', 'archive-text', readArchiveText],
    ['archive/archive-2016-12.txt', 'archive-text', readArchiveText],
    ['archive/archive-2016-08.html', 'archive-html', readArchiveHtml],
    ['archive/archive-2016-12.html', 'archive-html', readArchiveHtml],
    ['jsonfeed/pxlnv.json', 'json-feed', readJsonFeed],
    ['jsonfeed/v1.1-example-6.json', 'json-feed', readJsonFeed],
    ['wordpress-rest/PostsCollection.json', 'wordpress-rest', readWordPressRest],
    ['wordpress-rest/PostModel.json', 'wordpress-rest', readWordPressRest],
    ['wordpress-rest/competencyworks-posts-embed.json', 'wordpress-rest', readWordPressRest],
  ] as const)('reads %s as %s, exactly as its own parser does', (path, format, parser) => {
    const bytes = fixture(path);
    const result = readAny(bytes, { file: path });
    expect(result.sniffed.format).toBe(format);
    expect(result.format).toBe(format);
    expect(result.posts.length).toBeGreaterThan(0);
    expect(withoutSniffed(result)).toEqual(parser(bytes, { file: path }));
    expect(readAny(bytes.toString('utf8'), { file: path }).posts).toEqual(result.posts);
  });

  it('says why it chose a format', () => {
    expect(readAny(fixture('archive/archive-2016-12.txt')).sniffed).toEqual({
      format: 'archive-text',
      reason: 'plain text with 8 date lines like "December 21, 2016 by" (first at line 9)',
    });
    expect(readAny(fixture('jsonfeed/pxlnv.json')).sniffed.reason).toBe(
      'a JSON object whose "version" is http://jsonfeed.org/version/1',
    );
  });

  it.each([
    [RSS, 'rss', readFeed],
    [ATOM, 'atom', readFeed],
    [WXR, 'wxr', readWxr],
  ] as const)('hands %#: %s to its XML parser', (xml, format, parser) => {
    const result = readAny(xml);
    expect(result.sniffed.format).toBe(format);
    expect(withoutSniffed(result)).toEqual(parser(xml));
    expect(result.posts.map((post) => post.title)).toEqual([
      'Continuous Improvement and Innovation',
    ]);
  });

  // Titles checked by hand against the files of the W3C Feed Validation Service.
  it.each([
    [
      'rss/must/valid_rss_090.xml',
      [
        'New Status Updates',
        'Bugzilla Reorganized',
        'Mozilla Party, 2.0!',
        'Unix Platform Parity',
        'NPL 1.0M published',
      ],
    ],
    [
      'rss11/must/pos-multiple-item.xml',
      [
        "The Restful Web: Amazon's Simple Queue Service",
        'Transforming XML: Extending XSLT with EXSLT',
      ],
    ],
    ['rss/should/rss91_plain.xml', ['title']],
    ['atom/1.2/missing-namespace.xml', ['Atom-Powered Robots Run Amok']],
    ['atom/1.2/wrong-namespace.xml', ['Atom-Powered Robots Run Amok']],
  ])('reads the items of %s', (path, titles) => {
    const result = readAny(fixture(`feedvalidator/${path}`), { file: path });
    expect(result.posts.map((post) => post.title)).toEqual(titles);
  });

  it('says when it reads a <feed> outside the Atom namespace by its element names', () => {
    const { issues } = readAny(fixture('feedvalidator/atom/1.2/missing-namespace.xml'));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'unexpected-namespace',
        severity: 'warning',
        message: expect.stringMatching(/^<feed> is in no namespace, not Atom's/),
      }),
    ]);
  });

  // The corpus has no Atom 0.3 entry nor any feed in userland's namespace: these are written here.
  it.each([
    [
      'Atom 0.3',
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title><entry><title>Old Atom</title><link rel="alternate" type="text/html" href="http://example.org/old"/><id>tag:example.org,2004:1</id></entry></feed>',
    ],
    [
      'RSS in the userland namespace',
      '<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>t</title><item><title>Old Atom</title><link>http://example.org/old</link></item></channel></rss>',
    ],
  ])('reads the items of %s', (_kind, xml) => {
    expect(readAny(xml).posts.map((post) => [post.title, post.url])).toEqual([
      ['Old Atom', 'http://example.org/old'],
    ]);
  });

  it('passes the XML parsers their own options', () => {
    const light = readAny(RSS, { includeContent: false });
    expect(light.posts[0]).not.toHaveProperty('contentHtml');
    expect(readAny(RSS).posts[0]).toHaveProperty('contentHtml');
  });

  it('obeys options.format and says it was forced', () => {
    const result = readAny(fixture('wordpress-rest/PostsCollection.json'), {
      format: 'wordpress-rest',
    });
    expect(result.sniffed).toEqual({
      format: 'wordpress-rest',
      reason: 'forced by options.format',
    });
    expect(result.posts).toHaveLength(1);
    expect(() => readAny(RSS, { format: 'json-feed' })).toThrow(ParseError);
  });

  it('throws a ParseError for input that is none of the formats', () => {
    expect(() => readAny('just some words')).toThrow(
      /could not tell the format: plain text without a date line .*; supported: WordPress archive pages/,
    );
    expect(() => readAny(new Uint8Array())).toThrow(/the input is empty/);
  });
});

describe('every reader keeps a file with a few invalid bytes', () => {
  // One byte that is never valid UTF-8 (0xFF), put where the first " the " is: inside text.
  it.each([
    ['archive text', 'archive/archive-2016-12.txt', readArchiveText],
    ['archive HTML', 'archive/archive-2016-12.html', readArchiveHtml],
    ['JSON Feed', 'jsonfeed/inessential.json', readJsonFeed],
    ['WordPress REST', 'wordpress-rest/competencyworks-posts.json', readWordPressRest],
    ['RSS', 'rss/natasha.xml', readFeed],
  ] as const)('%s: U+FFFD in place, reported with line and column', (_, path, read) => {
    const clean = fixture(path);
    const text = clean.toString('utf8');
    const at = Buffer.byteLength(text.slice(0, text.indexOf(' the ') + 3));
    const broken = Buffer.concat([clean.subarray(0, at), Buffer.from([0xff]), clean.subarray(at)]);
    const before = text.slice(0, text.indexOf(' the ') + 3);
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');

    const result = read(new Uint8Array(broken));
    expect(result.posts).toHaveLength(read(new Uint8Array(clean)).posts.length);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-encoding', severity: 'warning', line, column }),
    );
  });
});
