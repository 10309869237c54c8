import { describe, expect, it } from 'vitest';
import { createProgram } from './createProgram';

function run(args: string[]) {
  let out = '';
  const program = createProgram()
    .exitOverride()
    .configureOutput({ writeOut: (text) => (out += text), writeErr: (text) => (out += text) });
  return program
    .parseAsync(['node', 'cw', ...args])
    .then(() => ({ code: 0, out }))
    .catch((error: { exitCode?: number }) => ({ code: error.exitCode ?? 1, out }));
}

describe('cw', () => {
  it('prints the package version', async () => {
    const { out } = await run(['--version']);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('describes itself in --help', async () => {
    const { out } = await run(['--help']);
    expect(out).toContain('Usage: cw');
    expect(out).toContain('static content bundle');
  });

  it('refuses an unknown option with exit code 1 and a hint', async () => {
    const { code, out } = await run(['--nope']);
    expect(code).toBe(1);
    expect(out).toContain("unknown option '--nope'");
  });
});
