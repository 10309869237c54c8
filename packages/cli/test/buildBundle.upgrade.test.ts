// A bundle is rebuilt when what shapes it changes even if the inputs did not: here, an updated
// @competencyworks/widgets whose drop-in file cw copies into the bundle.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBundle } from '../src/buildBundle';

const widgets = vi.hoisted(() => ({ bytes: new TextEncoder().encode('/* widgets 1.0.0 */') }));
vi.mock('../src/_lib/widgetsBundle', () => ({ readDropInBundle: async () => widgets.bytes }));

const now = new Date('2016-12-20T12:00:00Z');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-upgrade-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('buildBundle after an upgrade', () => {
  it('rebuilds unchanged inputs when the widgets bundle changed, and copies the new one', async () => {
    const out = join(dir, 'bundle');
    expect((await buildBundle({ outDir: out, now })).built).toBe(true);
    expect((await buildBundle({ outDir: out, now })).built).toBe(false);
    widgets.bytes = new TextEncoder().encode('/* widgets 1.0.1 */');
    expect((await buildBundle({ outDir: out, now })).built).toBe(true);
    expect(await readFile(join(out, 'cw-widgets.js'), 'utf8')).toBe('/* widgets 1.0.1 */');
  });
});
