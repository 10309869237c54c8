import { afterAll, beforeAll } from 'vitest';
import { startWordPress, type WordPressSite } from '../../../../scripts/wordpress/start.mjs';
import { type SiteSeed, siteSeed } from './siteSeed';

/**
 * Starts a seeded local WordPress before the suite's tests and stops it after them; the returned
 * object's `site` is set once beforeAll has run. Each suite gets its own site (own database, port
 * and config file), so suites that edit posts or stop the server do not disturb others.
 */
export function useTestSite(seed: SiteSeed = siteSeed()): { site: WordPressSite } {
  const holder = {} as { site: WordPressSite };
  beforeAll(async () => {
    holder.site = await startWordPress({ seed });
  }, 180_000);
  afterAll(async () => {
    await holder.site?.stop();
  }, 60_000);
  return holder;
}
