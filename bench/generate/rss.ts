import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUTHORS, CATEGORIES, pick, postHtml, seededRandom, sentence } from './random';

const SITE = 'https://www.competencyworks.org';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date as WordPress writes it in `<pubDate>`. */
export function rfc822(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

function item(random: () => number, i: number): string {
  const title = sentence(random, 4 + Math.floor(random() * 6)).slice(0, -1);
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i}`;
  const date = new Date(Date.UTC(2016, 11, 31, 12) - i * 3_600_000 * 7);
  const url = `${SITE}/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${slug}/`;
  const categories = new Set<string>();
  const count = 1 + Math.floor(random() * 4);
  while (categories.size < count) categories.add(pick(random, CATEGORIES));
  const excerpt = `${sentence(random, 20)} ${sentence(random, 24)} ${sentence(random, 12)}`;
  return `	<item>
		<title>${title} &#8211; Part ${1 + (i % 7)}</title>
		<link>${url}</link>
		<comments>${url}#respond</comments>
		<pubDate>${rfc822(date)}</pubDate>
		<dc:creator><![CDATA[${pick(random, AUTHORS)}]]></dc:creator>
		${[...categories].map((c) => `		<category><![CDATA[${c}]]></category>`).join('\n')}

		<guid isPermaLink="false">${SITE}/?p=${20000 + i}</guid>
		<description><![CDATA[${excerpt} &#8230; <a href="${url}" class="more-link">Continue reading <span class="screen-reader-text">${title}</span></a>]]></description>
				<content:encoded><![CDATA[${postHtml(random, 2950, SITE)}]]></content:encoded>
			<wfw:commentRss>${url}feed/</wfw:commentRss>
		<slash:comments>${Math.floor(random() * 12)}</slash:comments>
		</item>
`;
}

/**
 * Writes a WordPress-style RSS 2.0 feed of `items` items (deterministic: same seed, same bytes)
 * and returns its path. An existing file is reused.
 */
export async function ensureRssFeed(items = 10_000, seed = 20161219): Promise<string> {
  const dir = fileURLToPath(new URL('../.data/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const path = `${dir}wordpress-rss-${items}-${seed}.xml`;
  if (existsSync(path)) return path;
  const random = seededRandom(seed);
  const tmp = `${path}.tmp`;
  const out = createWriteStream(tmp);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>CompetencyWorks Blog</title>
	<atom:link href="${SITE}/feed/" rel="self" type="application/rss+xml" />
	<link>${SITE}</link>
	<description>Learning from the field of competency education</description>
	<lastBuildDate>${rfc822(new Date(Date.UTC(2016, 11, 31, 12)))}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=4.6.1</generator>
`);
  for (let i = 0; i < items; i++) await write(item(random, i));
  await write('</channel>\n</rss>\n');
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  renameSync(tmp, path);
  return path;
}
