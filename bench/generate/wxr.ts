import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUTHORS, CATEGORIES, pick, postHtml, seededRandom, sentence } from './random';
import { rfc822 } from './rss';

const SITE = 'https://www.competencyworks.org';
const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const mysql = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

function comment(random: () => number, id: number, date: Date): string {
  return `		<wp:comment>
			<wp:comment_id>${id}</wp:comment_id>
			<wp:comment_author><![CDATA[${pick(random, AUTHORS)}]]></wp:comment_author>
			<wp:comment_author_email><![CDATA[reader${id}@example.org]]></wp:comment_author_email>
			<wp:comment_author_url></wp:comment_author_url>
			<wp:comment_author_IP><![CDATA[192.0.2.${id % 250}]]></wp:comment_author_IP>
			<wp:comment_date><![CDATA[${mysql(date)}]]></wp:comment_date>
			<wp:comment_date_gmt><![CDATA[${mysql(date)}]]></wp:comment_date_gmt>
			<wp:comment_content><![CDATA[${sentence(random, 30)}]]></wp:comment_content>
			<wp:comment_approved><![CDATA[${random() < 0.8 ? '1' : 'spam'}]]></wp:comment_approved>
			<wp:comment_type><![CDATA[comment]]></wp:comment_type>
			<wp:comment_parent>0</wp:comment_parent>
			<wp:comment_user_id>0</wp:comment_user_id>
		</wp:comment>
`;
}

function item(random: () => number, i: number): string {
  const type = random() < 0.85 ? 'post' : random() < 0.5 ? 'page' : 'attachment';
  const status = random() < 0.9 ? 'publish' : 'draft';
  const title = sentence(random, 4 + Math.floor(random() * 6)).slice(0, -1);
  const slug = `${slugOf(title)}-${i}`;
  const date = new Date(Date.UTC(2017, 0, 1, 12) - i * 3_600_000 * 5);
  const url = `${SITE}/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${slug}/`;
  const login = slugOf(pick(random, AUTHORS));
  const terms: string[] = [];
  const categories = new Set<string>();
  const n = 1 + Math.floor(random() * 3);
  while (categories.size < n) categories.add(pick(random, CATEGORIES));
  for (const c of categories)
    terms.push(
      `		<category domain="category" nicename="${slugOf(c)}"><![CDATA[${c}]]></category>`,
    );
  for (let t = 0; t < 3; t++) {
    const tag = sentence(random, 1).slice(0, -1).toLowerCase();
    terms.push(
      `		<category domain="post_tag" nicename="${slugOf(tag)}"><![CDATA[${tag}]]></category>`,
    );
  }
  let comments = '';
  const commentCount = Math.floor(random() * 6);
  for (let c = 0; c < commentCount; c++) comments += comment(random, i * 10 + c, date);
  return `	<item>
		<title><![CDATA[${title}]]></title>
		<link>${url}</link>
		<pubDate>${rfc822(date)}</pubDate>
		<dc:creator><![CDATA[${login}]]></dc:creator>
		<guid isPermaLink="false">${SITE}/?p=${30000 + i}</guid>
		<description></description>
		<content:encoded><![CDATA[${postHtml(random, 4200, SITE)}]]></content:encoded>
		<excerpt:encoded><![CDATA[${random() < 0.3 ? sentence(random, 25) : ''}]]></excerpt:encoded>
		<wp:post_id>${30000 + i}</wp:post_id>
		<wp:post_date><![CDATA[${mysql(date)}]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[${status === 'draft' ? '0000-00-00 00:00:00' : mysql(date)}]]></wp:post_date_gmt>
		<wp:post_modified><![CDATA[${mysql(date)}]]></wp:post_modified>
		<wp:post_modified_gmt><![CDATA[${mysql(date)}]]></wp:post_modified_gmt>
		<wp:comment_status><![CDATA[open]]></wp:comment_status>
		<wp:ping_status><![CDATA[closed]]></wp:ping_status>
		<wp:post_name><![CDATA[${slug}]]></wp:post_name>
		<wp:status><![CDATA[${status}]]></wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type><![CDATA[${type}]]></wp:post_type>
		<wp:post_password><![CDATA[]]></wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>
${terms.join('\n')}
		<wp:postmeta>
			<wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>
			<wp:meta_value><![CDATA[1]]></wp:meta_value>
		</wp:postmeta>
		<wp:postmeta>
			<wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>
			<wp:meta_value><![CDATA[${1000 + i}]]></wp:meta_value>
		</wp:postmeta>
${comments}	</item>
`;
}

/**
 * Writes a WordPress WXR 1.2 export of about `megabytes` MB (deterministic) and returns its
 * path and item count. An existing file is reused.
 */
export async function ensureWxrExport(
  megabytes = 200,
  seed = 20170101,
): Promise<{ path: string; items: number }> {
  const dir = fileURLToPath(new URL('../.data/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const path = `${dir}wordpress-export-${megabytes}mb-${seed}.xml`;
  const countFile = `${path}.items`;
  if (existsSync(path) && existsSync(countFile))
    return { path, items: Number(readFileSync(countFile, 'utf8')) };
  const random = seededRandom(seed);
  const target = megabytes * 1e6;
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  let size = 0;
  const head = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>CompetencyWorks</title>
	<link>${SITE}</link>
	<description>Learning from the field of competency education</description>
	<pubDate>${rfc822(new Date(Date.UTC(2017, 0, 1)))}</pubDate>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${SITE}</wp:base_site_url>
	<wp:base_blog_url>${SITE}</wp:base_blog_url>
${AUTHORS.map((name, i) => `	<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login><![CDATA[${slugOf(name)}]]></wp:author_login><wp:author_email><![CDATA[${slugOf(name)}@example.org]]></wp:author_email><wp:author_display_name><![CDATA[${name}]]></wp:author_display_name><wp:author_first_name><![CDATA[]]></wp:author_first_name><wp:author_last_name><![CDATA[]]></wp:author_last_name></wp:author>`).join('\n')}
`;
  await write(head);
  size += head.length;
  let items = 0;
  while (size < target) {
    const text = item(random, items++);
    size += text.length;
    await write(text);
  }
  await write('</channel>\n</rss>\n');
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  renameSync(tmp, path);
  writeFileSync(countFile, String(items));
  return { path, items };
}
