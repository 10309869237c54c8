import { formatPath } from '@competencyworks/core/browser';
import { describe, expect, it } from 'vitest';
import { postText, toPostView } from './postView';

/** Lit treats an object with this key as a template result. */
const template = { _$litType$: 1, strings: ['<b>injected</b>'], values: [] };

const item = () => ({
  id: 'post-1',
  url: 'https://competencyworks.example/post-1/',
  title: 'Caf&eacute; notes',
  summary: '<p>An excerpt.</p>',
  date_published: '2016-12-19T14:05:00Z',
  authors: [{ name: 'Chris Sturgis' }],
  _competencyworks: {
    published: '2016-12-19',
    series: { seriesId: 's', position: 3 },
    origin: [{ publisher: 'Getting Smart', url: 'https://www.gettingsmart.com/' }],
  },
});

/** Puts `value` at `keys` in a fresh item. */
function withValue(keys: (string | number)[], value: unknown): Record<string, unknown> {
  const root = item() as Record<string, unknown>;
  let at = root as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[keys.at(-1) as string | number] = value;
  return root;
}

describe('toPostView on hostile data', () => {
  it.each([
    [['id']],
    [['url']],
    [['external_url']],
    [['title']],
    [['summary']],
    [['date_published']],
    [['authors', 0, 'name']],
    [['_competencyworks', 'published']],
    [['_competencyworks', 'series', 'position']],
    [['_competencyworks', 'origin', 0, 'publisher']],
    [['_competencyworks', 'origin', 0, 'url']],
  ] as (string | number)[][][])(
    'an object in %j is dropped and named; the post is kept',
    (keys) => {
      const reported: string[] = [];
      const hostile = withValue(keys, template);
      // The feed's own date is read only when the extension gives none (as readJsonFeed does).
      if (keys[0] === 'date_published') {
        delete (hostile._competencyworks as { published?: string }).published;
      }
      const view = toPostView(hostile, undefined, (at) => reported.push(formatPath(at)));
      expect(reported).toEqual([formatPath(keys)]);
      const text = postText(view);
      // Nothing but text and http(s) URLs comes out: Lit never sees the object.
      for (const value of [
        view.id,
        view.date,
        view.origin,
        ...view.authors,
        ...Object.values(text),
      ]) {
        expect(['string', 'undefined']).toContain(typeof value);
      }
      expect(text.title).toBe(keys[0] === 'title' ? 'An excerpt.' : 'Café notes');
    },
  );
});
