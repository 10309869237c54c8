import type { Event } from '@competencyworks/events';
import type { Post } from '@competencyworks/posts';
import type { Series } from '@competencyworks/series';
import { fileNameFor } from './bundleFiles';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function postFallback(post: Post): string {
  // An untitled post still needs link text; the date beside it tells such posts apart.
  const title = escapeHtml(post.title ?? 'Untitled post');
  const date = post.published
    ? ` <time datetime="${escapeHtml(post.published)}">${escapeHtml(post.published.slice(0, 10))}</time>`
    : '';
  return post.url
    ? `<li><a href="${escapeHtml(post.url)}">${title}</a>${date}</li>`
    : `<li>${title}${date}</li>`;
}

/**
 * The bundle's `index.html`: a preview that embeds the widgets exactly as a partner page would,
 * with a server-rendered list inside each tag as the no-JavaScript fallback.
 */
export function previewHtml(content: {
  title: string;
  posts: readonly Post[];
  series: readonly Series[];
  events: readonly Event[];
}): string {
  const seriesNav = content.series
    .map(
      (series) =>
        `    <section>\n      <h2>${escapeHtml(series.title)}</h2>\n      <cw-series-nav src="series/${fileNameFor(series.id)}.json"></cw-series-nav>\n    </section>`,
    )
    .join('\n');
  const events = content.events
    .map(
      (event) =>
        `<li>${escapeHtml(event.title)} <time datetime="${event.start.date}">${event.start.date}</time></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(content.title)} — content bundle preview</title>
    <link rel="icon" href="data:," />
    <script type="module" src="./cw-widgets.js"></script>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
      code { background: #f3f3f3; padding: 0 0.25em; }
    </style>
  </head>
  <body>
    <main>
    <h1>${escapeHtml(content.title)}</h1>
    <p>This folder is a static content bundle: ${content.posts.length} posts, ${content.series.length} series and ${content.events.length} events. Serve it from any static host or CDN; a partner page needs one script tag and one element:</p>
    <pre><code>&lt;script type="module" src="https://YOUR-HOST/cw-widgets.js"&gt;&lt;/script&gt;
&lt;cw-post-list src="https://YOUR-HOST/posts.json" limit="5"&gt;&lt;/cw-post-list&gt;</code></pre>
    <h2>Latest posts</h2>
    <cw-post-list src="posts.json" limit="10"><ul>${content.posts.slice(0, 10).map(postFallback).join('')}</ul></cw-post-list>
    <h2>Events</h2>
    <cw-event-list src="events.json"><ul>${events}</ul></cw-event-list>
${seriesNav}
    </main>
  </body>
</html>
`;
}
