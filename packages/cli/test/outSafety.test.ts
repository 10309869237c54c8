// `cw build --out` never destroys what it did not write (issue 14: `--out .` deleted a project).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../src/buildBundle';
import { runCli } from './runCli';
import { useTempDir } from './useTempDir';

const dir = useTempDir('cw-out-');
const feed = fileURLToPath(new URL('./fixtures/natasha.xml', import.meta.url));

/** A project folder as a user has it: an export, a thesis, a .git folder. */
async function project(): Promise<string> {
  const root = join(dir(), 'project');
  await mkdir(join(root, '.git'), { recursive: true });
  await writeFile(join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  await writeFile(join(root, 'export.xml'), await readFile(feed));
  await writeFile(join(root, 'thesis.docx'), 'chapter one');
  return root;
}

const listing = async (folder: string) => (await readdir(folder, { recursive: true })).sort();

describe('cw build --out refuses folders it did not write', () => {
  it('refuses the working folder (--out .), deleting nothing', async () => {
    const root = await project();
    const before = await listing(root);
    process.chdir(root);
    const { code, err } = await runCli(['build', 'export.xml', '--out', '.']);
    expect(code).toBe(2);
    expect(err).toContain('that is the working folder');
    expect(err).toContain('choose another folder');
    expect(await listing(root)).toEqual(before);
  });

  it('refuses a folder above the working folder', async () => {
    const root = await project();
    await mkdir(join(root, 'site', 'public'), { recursive: true });
    process.chdir(join(root, 'site', 'public'));
    const { code, err } = await runCli(['build', join(root, 'export.xml'), '--out', '../..']);
    expect(code).toBe(2);
    expect(err).toContain('that folder holds the working folder');
    expect(await readFile(join(root, 'thesis.docx'), 'utf8')).toBe('chapter one');
  });

  it('refuses a folder holding other files, and names them', async () => {
    const root = await project();
    const out = join(root, 'docs');
    await mkdir(join(out, 'photos'), { recursive: true });
    await writeFile(join(out, 'thesis.docx'), 'draft');
    const { code, err } = await runCli(['build', join(root, 'export.xml'), '--out', out]);
    expect(code).toBe(2);
    expect(err).toContain('holds no bundle cw built (it has photos, thesis.docx)');
    expect(err).toContain(`--out ${join(out, 'cw')}`);
    expect(await listing(out)).toEqual(['photos', 'thesis.docx']);
  });

  it('refuses the input folder itself, and any folder that holds an input', async () => {
    const root = await project();
    const inputs = join(root, 'feeds');
    await mkdir(inputs);
    await writeFile(join(inputs, 'feed.xml'), await readFile(feed));
    for (const out of [inputs, root]) {
      const { code, err } = await runCli(['build', inputs, '--out', out]);
      expect(code).toBe(2);
      expect(err).toMatch(/that folder holds the (input|working)|holds the input/);
    }
    expect(await readdir(inputs)).toEqual(['feed.xml']);
  });

  it('refuses a file, the file system root and the home folder', async () => {
    const root = await project();
    const file = join(root, 'thesis.docx');
    const asFile = await runCli(['build', join(root, 'export.xml'), '--out', file]);
    expect(asFile.code).toBe(2);
    expect(asFile.err).toContain('that is a file, not a folder');
    expect(await readFile(file, 'utf8')).toBe('chapter one');
    const asRoot = await runCli(['build', join(root, 'export.xml'), '--out', '/']);
    expect(asRoot.code).toBe(2);
    expect(asRoot.err).toContain('the root of the file system');
    const asHome = await runCli(['build', join(root, 'export.xml'), '--out', homedir()]);
    expect(asHome.code).toBe(2);
    expect(asHome.err).toContain('your home folder');
  });

  it('replaces its own bundle, removing only the files that bundle had', async () => {
    const out = join(dir(), 'public', 'cw');
    const now = new Date('2016-12-20T12:00:00Z');
    await buildBundle({ outDir: out, pageSize: 3, now });
    expect(await readdir(out)).toContain('posts-6.json');
    await writeFile(join(out, 'robots.txt'), 'User-agent: *\n');
    await buildBundle({ outDir: out, pageSize: 5, now });
    const names = await readdir(out);
    expect(names).toContain('posts-4.json');
    expect(names).not.toContain('posts-6.json');
    expect(names).toContain('robots.txt');
  });

  it('writes into an empty folder, and skips a bundle folder found inside an input folder', async () => {
    const root = await project();
    const inputs = join(root, 'feeds');
    await mkdir(inputs);
    await writeFile(join(inputs, 'feed.xml'), await readFile(feed));
    const out = join(dir(), 'empty');
    await mkdir(out);
    expect((await runCli(['build', inputs, '--out', out])).code).toBe(0);
    // A bundle kept beside the feeds is not read back as input on the next build.
    const nested = join(inputs, 'bundle');
    await buildBundle({ inputs: [join(inputs, 'feed.xml')], outDir: nested });
    const again = await buildBundle({ inputs: [inputs], outDir: out, force: true });
    expect(again.manifest.inputs.map((input) => input.path)).toEqual([join(inputs, 'feed.xml')]);
    expect(again.skipped).toContainEqual({
      file: nested,
      reason: 'a bundle cw built, not a source',
    });
  });
});
