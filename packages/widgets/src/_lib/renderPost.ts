import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, names } from './format';
import { heading } from './heading';
import { type PostView, postText } from './postView';

/**
 * One post's card: title link, `<time>`, authors, series badge, excerpt, origin. Shared by
 * `<cw-post-card>` and `<cw-post-list>` so a long list costs no nested shadow roots.
 *
 * @example
 * renderPost(view, { level: 3, lang: 'en-US', timeZone: 'UTC' });
 */
export function renderPost(
  view: PostView,
  { level, lang, timeZone }: { level: number; lang: string; timeZone: string },
): TemplateResult {
  const { id, date, authors, part, origin } = view;
  const { title, url, excerpt, originUrl } = postText(view);
  return html`<article part="card" class="card" tabindex="-1">
    ${heading(level, url ? html`<a part="link" href=${url} data-id=${id}>${title}</a>` : title, 'title')}
    ${
      date || authors[0]
        ? html`<p part="meta" class="meta">${
            date
              ? html`<time part="date" datetime=${date}>${formatDate(date, lang, timeZone)}</time>`
              : nothing
          }${authors[0] ? html`<span part="authors">by ${names(authors, lang)}</span>` : nothing}</p>`
        : nothing
    }
    ${part ? html`<p part="badge" class="badge">Part ${part}</p>` : nothing}
    ${excerpt ? html`<p part="excerpt">${excerpt}</p>` : nothing}
    ${
      origin
        ? html`<p part="origin" class="meta">Originally published by ${
            originUrl ? html`<a href=${originUrl}>${origin}</a>` : origin
          }</p>`
        : nothing
    }
  </article>`;
}
