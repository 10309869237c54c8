/** One `<item>` of {@link wxrExport}. */
export interface WxrItem {
  id: number;
  title: string;
  status?: string;
  type?: string;
  password?: string;
  content?: string;
  excerpt?: string;
  date?: string;
  meta?: Record<string, string>;
  /** `wp:comment`s: approved is '1', '0' (held for moderation) or 'spam'. */
  comments?: { id: number; author: string; email: string; content: string; approved: string }[];
}

const cdata = (text: string) => `<![CDATA[${text}]]>`;

/**
 * A WordPress WXR 1.2 export as WordPress writes one (the element layout of `export_wp()`), for
 * tests that need statuses, passwords, meta and post types a fixture does not combine.
 */
export function wxrExport(
  items: readonly WxrItem[],
  site = { title: 'Field Notes', link: 'https://fieldnotes.example' },
): string {
  const body = items
    .map((item) => {
      const date = item.date ?? '2016-12-19 14:05:00';
      const meta = Object.entries(item.meta ?? {})
        .map(
          ([key, value]) =>
            `<wp:postmeta><wp:meta_key>${cdata(key)}</wp:meta_key><wp:meta_value>${cdata(value)}</wp:meta_value></wp:postmeta>`,
        )
        .join('');
      const comments = (item.comments ?? [])
        .map(
          (c) =>
            `<wp:comment><wp:comment_id>${c.id}</wp:comment_id><wp:comment_author>${cdata(c.author)}</wp:comment_author><wp:comment_author_email>${cdata(c.email)}</wp:comment_author_email><wp:comment_author_url>https://${c.author.toLowerCase().replace(/\W+/g, '')}.example</wp:comment_author_url><wp:comment_author_IP>${cdata('203.0.113.7')}</wp:comment_author_IP><wp:comment_date>${cdata(date)}</wp:comment_date><wp:comment_date_gmt>${cdata(date)}</wp:comment_date_gmt><wp:comment_content>${cdata(c.content)}</wp:comment_content><wp:comment_approved>${cdata(c.approved)}</wp:comment_approved><wp:comment_type>${cdata('comment')}</wp:comment_type><wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>`,
        )
        .join('');
      return `<item>
<title>${item.title}</title>
<link>${site.link}/?p=${item.id}</link>
<pubDate>Mon, 19 Dec 2016 14:05:00 +0000</pubDate>
<dc:creator>${cdata('editor')}</dc:creator>
<guid isPermaLink="false">${site.link}/?p=${item.id}</guid>
<description></description>
<content:encoded>${cdata(item.content ?? `<p>Body of ${item.title}.</p>`)}</content:encoded>
<excerpt:encoded>${cdata(item.excerpt ?? `Excerpt of ${item.title}.`)}</excerpt:encoded>
<wp:post_id>${item.id}</wp:post_id>
<wp:post_date>${cdata(date)}</wp:post_date>
<wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt>
<wp:comment_status>${cdata('open')}</wp:comment_status>
<wp:post_name>${cdata(`post-${item.id}`)}</wp:post_name>
<wp:status>${cdata(item.status ?? 'publish')}</wp:status>
<wp:post_parent>0</wp:post_parent>
<wp:post_type>${cdata(item.type ?? 'post')}</wp:post_type>
<wp:post_password>${cdata(item.password ?? '')}</wp:post_password>
${meta}
${comments}
</item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>${site.title}</title>
<link>${site.link}</link>
<description>Notes</description>
<language>en-US</language>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${site.link}</wp:base_site_url>
<wp:base_blog_url>${site.link}</wp:base_blog_url>
${body}
</channel>
</rss>
`;
}
