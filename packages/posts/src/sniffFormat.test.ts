import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../test/thrown';
import { sniffFormat } from './sniffFormat';

const feedValidator = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/feedvalidator/${path}`, import.meta.url)));

const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

describe('sniffFormat', () => {
  it.each([
    [
      '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel/></rss>',
      'rss',
      '<rss> root without the WordPress export namespace',
    ],
    [
      '<?xml version="1.0"?>\n<!-- generator="WordPress/6.5" -->\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel/></rss>',
      'wxr',
      '<rss> root with the WordPress export namespace http://wordpress.org/export/1.2/',
    ],
    [
      // Matched by namespace URI, not by the usual "wp" prefix.
      '<rss version="2.0" xmlns:export="http://wordpress.org/export/1.1/"><channel/></rss>',
      'wxr',
      '<rss> root with the WordPress export namespace http://wordpress.org/export/1.1/',
    ],
    [
      '<rss version="2.0" xmlns:wp="http://example.org/not-wordpress/"><channel/></rss>',
      'rss',
      '<rss> root without the WordPress export namespace',
    ],
    [
      '<?xml version="1.0"?><?xml-stylesheet href="feed.xsl"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"></feed>',
      'atom',
      '<feed> root in the Atom namespace http://www.w3.org/2005/Atom',
    ],
    [
      "<atom:feed xmlns:atom='http://www.w3.org/2005/Atom'></atom:feed>",
      'atom',
      '<atom:feed> root in the Atom namespace http://www.w3.org/2005/Atom',
    ],
    [
      '<!DOCTYPE html>\n<html lang=en><body><article class="post"><h2 class="entry-title">x</h2></article></body></html>',
      'archive-html',
      'HTML with <article>, .entry-title or .wp-block-post-title markup',
    ],
    [
      // A block theme's Query Loop (Twenty Twenty-Three): posts in <li>, no <article>.
      '<!DOCTYPE html>\n<html><body><ul class="wp-block-post-template"><li class="wp-block-post post-35 post"><h2 class="wp-block-post-title"><a href="https://blog.example/x/">x</a></h2></li></ul></body></html>',
      'archive-html',
      'HTML with <article>, .entry-title or .wp-block-post-title markup',
    ],
    [
      'Some header\n\nA title\n\nAugust 18, 2016 by\n\nText.\n\nPrint Friendly\n\nOther\n\nAugust 17, 2016 by Chris Sturgis\n',
      'archive-text',
      'plain text with 2 date lines like "August 18, 2016 by" (first at line 5)',
    ],
    [
      '[Updated] A title\n\nAugust 18, 2016 by\n\nText.',
      'archive-text',
      'plain text with 1 date line like "August 18, 2016 by" (first at line 3)',
    ],
    [
      '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}',
      'json-feed',
      'a JSON object whose "version" is https://jsonfeed.org/version/1.1',
    ],
    [
      '[{"id":4,"title":{"rendered":"x"},"content":{"rendered":"","protected":false}}]',
      'wordpress-rest',
      'a JSON array of 1 objects, 1 with "title.rendered" as in wp/v2/posts',
    ],
    [
      '{"id":4,"title":{"rendered":"x"}}',
      'wordpress-rest',
      'a JSON object with "title.rendered", a single wp/v2 post',
    ],
    [
      '  []  ',
      'wordpress-rest',
      'an empty JSON array, what wp/v2/posts returns when nothing matches',
    ],
  ])('%#: %s', (input, format, reason) => {
    expect(sniffFormat(input)).toEqual({ format, reason });
    expect(sniffFormat(new TextEncoder().encode(input))).toEqual({ format, reason });
  });

  it('reads UTF-16 bytes by their BOM or XML declaration', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel/></rss>';
    expect(sniffFormat(utf16le(xml)).format).toBe('rss');
    expect(sniffFormat(new Uint8Array([0xff, 0xfe, ...utf16le(xml)])).format).toBe('rss');
  });

  it('sniffs a large export from its head, declarations on the root or on the channel', () => {
    const filler = `<item><title>x</title></item>\n`.repeat(20_000);
    const onChannel = `<?xml version="1.0"?><rss version="2.0"><channel xmlns:wp="http://wordpress.org/export/1.2/">${filler}</channel></rss>`;
    expect(onChannel.length).toBeGreaterThan(256 * 1024);
    expect(sniffFormat(new TextEncoder().encode(onChannel)).format).toBe('wxr');
  });

  it.each([
    ['', 'empty-input', undefined, /^the input is empty; supported: WordPress archive pages/],
    [
      // A <feed> in another namespace with none of Atom's elements is some other format.
      '<feed version="1.0" xmlns="http://example.com/newformat#">\n</feed>',
      'unknown-format',
      '1:1',
      /a <feed> root in the namespace http:\/\/example\.com\/newformat# without Atom elements/,
    ],
    [
      '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>',
      'unknown-format',
      '2:1',
      /XML with a <urlset> root in http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9, which is none of RSS, Atom or WXR/,
    ],
    [
      '<!doctype html><html><body><p>About us</p></body></html>',
      'unknown-format',
      '1:16',
      /an HTML page without post markup \(no <article>, no \.entry-title, no \.wp-block-post-title\)/,
    ],
    [
      'Dear diary,\ntoday nothing happened.',
      'unknown-format',
      '1:1',
      /plain text without a date line like "August 18, 2016 by" or a "Print Friendly" line \(starts "Dear diary, today nothing happened\."\)/,
    ],
    [
      '{"name":"x","routes":{}}',
      'unknown-format',
      undefined,
      /a JSON object with "name", "routes", neither a JSON Feed nor a wp\/v2 post/,
    ],
    [
      '[{"id":1,"name":"Uncategorized","taxonomy":"category"}]',
      'unknown-format',
      undefined,
      /JSON without any wp\/v2 post \(no "title\.rendered"\): a wp\/v2 categories or tags response/,
    ],
    [
      '{"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}}',
      'wordpress-rest-error',
      undefined,
      /^the input is a WordPress REST error response, not posts: rest_no_route/,
    ],
    ['{"items": [}', 'invalid-json', '1:12', /^1:12: invalid JSON: expected a value, found '}'/],
  ])('%j gives %s', (input, code, where, message) => {
    const error = thrown(() => sniffFormat(input));
    expect(error.code).toBe(code);
    expect(error.line === undefined ? undefined : `${error.line}:${error.column}`).toBe(where);
    expect(error.message).toMatch(message);
    if (code === 'unknown-format') {
      expect(error.message).toContain('JSON Feed 1.0/1.1; pass { format } to force one');
      expect(error.hint).toEqual({ option: 'format', text: 'pass { format } to force one' });
    }
  });

  // One real file of the W3C Feed Validation Service per prolog shape and per root kind.
  it.each([
    ['rss/must/xml_utf-8_bom_with_ascii_declaration.xml', 'rss', /^<rss> root without/],
    ['rss20/introduction/rss-2.0-namespace-noerr.xml', 'rss', /^<rss> root without/],
    ['rss/must/atom_link.xml', 'rss', /^<rss> root without/],
    ['rss/should/system_entity.xml', 'rss', /^<rss> root without/],
    ['rss/should/rss91_plain.xml', 'rss', /^<rss> root without/],
    ['rss/must/valid_rss_090.xml', 'rss', /^<rdf:RDF> root declaring RSS 0\.90 /],
    ['rss11/must/pos-multiple-item.xml', 'rss', /^<Channel> root in the RSS 1\.1 namespace/],
    ['atom/must/feed_version_02.xml', 'atom', /^<feed> root in the Atom 0\.3 namespace/],
    ['atom/1.2/missing-namespace.xml', 'atom', /^<feed> root in no namespace, read as Atom/],
    [
      'atom/1.2/wrong-namespace-case.xml',
      'atom',
      /namespace http:\/\/www\.w3\.org\/2005\/atom, read as/,
    ],
  ])('sniffs the corpus file %s as %s', (path, format, reason) => {
    const sniffed = sniffFormat(feedValidator(path));
    expect(sniffed.format).toBe(format);
    expect(sniffed.reason).toMatch(reason);
  });

  it.each([
    ['a BOM', '\uFEFF<rss version="0.91"><channel/></rss>'],
    ['leading white space and a comment', '\n  <!-- hi -->\n<rss version="2.0"><channel/></rss>'],
    [
      'a stylesheet and a doctype',
      '<?xml-stylesheet href="a.xsl"?><!DOCTYPE rss [<!ENTITY a "]>">]><rss/>',
    ],
    ['a start tag over several lines', '<rss\n  version="0.92"\n>\n<channel/></rss>'],
  ])('finds the <rss> root after %s', (_shape, input) => {
    expect(sniffFormat(input).format).toBe('rss');
  });

  it('reads <rss> in the old userland namespace as RSS', () => {
    expect(
      sniffFormat('<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel/></rss>'),
    ).toEqual({
      format: 'rss',
      reason:
        '<rss> root in the userland namespace http://backend.userland.com/rss2 without the WordPress export namespace',
    });
  });

  it('calls XML without a declaration XML, not an HTML page', () => {
    const error = thrown(() => sniffFormat(feedValidator('ext/app/service-example.xml')));
    expect(error.code).toBe('unknown-format');
    expect(error.message).toMatch(
      /XML with a <service> root in http:\/\/www\.w3\.org\/2007\/app, which is none of RSS, Atom or WXR/,
    );
  });

  it('refuses bytes in an encoding it cannot read, naming it', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="EBCDIC-X"?><rss/>');
    expect(thrown(() => sniffFormat(bytes)).code).toBe('unsupported-encoding');
  });
});
