import { collapseWhitespace, undoTypography } from '@competencyworks/core';
import { type Post, readWxr } from '@competencyworks/posts';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite } from '../../src/_lib/readSite';
import { useTestSite } from './testSite';

/** Whitespace collapsed, and WordPress's curly quotes and dashes (wptexturize) undone. */
const normalise = (html: string | undefined) => collapseWhitespace(undoTypography(html ?? ''));

describe('a WXR export read as WordPress renders it', () => {
  const test = useTestSite();
  let fromRest: Map<string, Post>;
  let fromWxr: Map<string, Post>;
  beforeAll(async () => {
    const rest = await readSite(test.site.url, { postTypes: ['post', 'page'] });
    fromRest = new Map(rest.posts.map((post) => [post.url ?? '', post]));
    const wxr = readWxr(await test.site.exportWxr(), { postTypes: ['post', 'page'] });
    fromWxr = new Map(wxr.posts.map((post) => [post.url ?? '', post]));
  });

  it('gives each classic post the content_html the live site renders (content.rendered)', () => {
    // Shortcodes are not rendered from WXR yet, so posts holding one are left out; so is the
    // password-protected post, whose content only the bundle's privacy rules withhold, and the
    // untitled post while the WXR reader still skips items without a title.
    const left = [
      'caption',
      'gallery',
      'embed',
      'audio',
      'video',
      'unknown-shortcode',
      'password',
      'untitled',
    ];
    const leftIds = new Set(left.map((key) => String(test.site.ids[key])));
    const classic = [...fromRest.values()].filter((post) => !leftIds.has(post.source.id ?? ''));
    expect(classic).toHaveLength(23);
    for (const post of classic) {
      const exported = fromWxr.get(post.url ?? '');
      expect(exported, post.url).toBeDefined();
      expect(normalise(exported?.contentHtml), post.title).toBe(normalise(post.contentHtml));
    }
    const paragraphs = fromWxr.get(
      [...fromRest.values()].find((p) => p.title === 'Classic Paragraphs')?.url ?? '',
    );
    expect(paragraphs?.contentHtml).toContain(
      '<p>A first line<br />\nand a second line of the same paragraph.</p>',
    );
  });
});
