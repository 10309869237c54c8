// `cw --version` printed 0.0.0 whatever the package's version (issue 14): it reads the version
// from package.json, which the bundler inlines, so dist/cli.js prints it wherever it is installed.
// (The package is at 0.0.0 until its first release; changesets sets the version.)
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'tsup';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { useTempDir } from './useTempDir';

const dir = useTempDir('cw-version-');
const packageJson = fileURLToPath(new URL('../package.json', import.meta.url));
const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };

describe('cw --version', () => {
  it("prints the package's version, from source", async () => {
    for (const flag of ['--version', '-v']) {
      const { code, out } = await runCli([flag]);
      expect(code).toBe(0);
      expect(out).toBe(`${version}\n`);
    }
  });

  it('comes from package.json in the bundled code too, wherever that is installed', async () => {
    // The version module bundled as tsup bundles the package, beside a package.json of another
    // version: a hard-coded version, or one read at run time from a path, would not give it.
    const root = dir();
    await mkdir(join(root, 'src', '_lib'), { recursive: true });
    await writeFile(join(root, 'package.json'), JSON.stringify({ version: '9.8.7-test.1' }));
    await copyFile(
      fileURLToPath(new URL('../src/_lib/version.ts', import.meta.url)),
      join(root, 'src', '_lib', 'version.ts'),
    );
    await build({
      config: false,
      entry: { version: join(root, 'src', '_lib', 'version.ts') },
      outDir: join(root, 'dist'),
      format: ['esm'],
      target: 'node20',
      platform: 'node',
      silent: true,
    });
    await rm(join(root, 'package.json'));
    const bundled = (await import(pathToFileURL(join(root, 'dist', 'version.js')).href)) as {
      version: string;
    };
    expect(bundled.version).toBe('9.8.7-test.1');
  });
});
