// Extraction while streaming (issue 14: memory is bounded, post bodies go to disk): collation over
// light records must give what the extractors give over whole posts in memory.
import { readFileSync } from 'node:fs';
import { extractEvents } from '@competencyworks/events';
import { detectOrigins, type Post, readAny } from '@competencyworks/posts';
import { detectSeries } from '@competencyworks/series';
import { describe, expect, it } from 'vitest';
import { ContentExtractor } from '../src/_lib/contentExtractor';
import { seedInputs } from '../src/_lib/seedInputs';

// Posts whose bodies say what series they are part of and name other parts, a conference
// announced in one post and named in an earlier one: what collation reads across posts.
const htmlFeed = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://example.org/</link><description>d</description>
<item><title>Reporting to families</title><link>https://example.org/b/</link><guid>https://example.org/b/</guid><pubDate>Tue, 02 Aug 2016 10:00:00 +0000</pubDate><description>Families.</description><content:encoded><![CDATA[<p>Families want to know. This post is part of the Grading Reform series. Read <a href="https://example.org/a/">Part 1</a> first.</p>]]></content:encoded></item>
<item><title>Grading for learning</title><link>https://example.org/a/</link><guid>https://example.org/a/</guid><pubDate>Mon, 01 Aug 2016 10:00:00 +0000</pubDate><description>Grades.</description><content:encoded><![CDATA[<p>Grades should say what a student knows.</p>]]></content:encoded></item>
<item><title>San Antonio Here We Come: Competency Ed at the iNACOL Symposium</title><link>https://example.org/c/</link><guid>https://example.org/c/</guid><pubDate>Wed, 10 Aug 2016 10:00:00 +0000</pubDate><description>Symposium.</description><content:encoded><![CDATA[<p>I have just been looking at the schedule for the competency education strand at the iNACOL Symposium on October 25-28, 2016 in San Antonio. It is the best set of sessions yet.</p>]]></content:encoded></item>
<item><title>Summer reading</title><link>https://example.org/d/</link><guid>https://example.org/d/</guid><pubDate>Wed, 20 Jul 2016 10:00:00 +0000</pubDate><description>Reading.</description><content:encoded><![CDATA[<p>Some books for the summer. Are you going to the iNACOL Symposium in October? Bring one along.</p>]]></content:encoded></item>
</channel></rss>`;

const seedPosts = (): Post[] => [
  ...readAny(htmlFeed).posts,
  ...seedInputs().flatMap((file) => readAny(readFileSync(file), { file }).posts),
];

/** The extractors over whole posts, all in memory: what the bundle held before bodies spilled. */
function inMemory(posts: readonly Post[]) {
  const withOrigins = posts.map((post) => {
    const origin = post.origin.length > 0 ? post.origin : detectOrigins(post);
    return { ...post, origin };
  });
  const series = detectSeries(withOrigins);
  const events = extractEvents(series.posts);
  return { series, events };
}

describe('ContentExtractor', () => {
  it('finds the same series, events, origins and issues as the extractors over whole posts', () => {
    const posts = seedPosts();
    const expected = inMemory(posts);
    const extractor = new ContentExtractor();
    for (const post of posts) extractor.add(post);
    const content = extractor.finish();
    try {
      expect(content.series).toEqual(expected.series.series);
      expect(content.events).toEqual(expected.events.events);
      expect(content.issues).toEqual([...expected.series.issues, ...expected.events.issues]);
      // The seed archive exercises what reads across posts: a conference named in an earlier
      // post, and series claims and references made in a post's body.
      const mentions = content.events.flatMap((event) =>
        event.evidence.filter((e) => e.rule === 'event.mention-by-name').map((e) => e.postId),
      );
      expect(mentions).toContain('https://example.org/d/');
      const fields = content.series.flatMap((s) => s.parts.flatMap((p) => p.evidence));
      expect(fields.map((e) => e.field)).toContain('content');
      // Posts come back light (no body in memory) and whole from the store, in input order.
      expect(content.posts.every((post) => !post.contentHtml)).toBe(true);
      const whole = content.store.withBodies(content.posts);
      expect(whole.map(({ series: _s, ...post }) => post)).toEqual(
        expected.series.posts.map(({ series: _s, ...post }) => post),
      );
      expect(whole.map((post) => post.series)).toEqual(
        expected.series.posts.map((post) => post.series),
      );
    } finally {
      content.store.close();
    }
  });

  it('forgets the posts of a source that failed half way', () => {
    const posts = seedPosts();
    const extractor = new ContentExtractor();
    const [first, ...rest] = posts;
    extractor.add(first as Post);
    const mark = extractor.size;
    for (const post of rest) extractor.add(post);
    extractor.rollback(mark);
    const content = extractor.finish();
    content.store.close();
    expect(content.posts.map((post) => post.id)).toEqual([first?.id]);
  });
});
