import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Compares with a reviewed golden file in `test/golden/`; `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectGolden(value: unknown, name: string): void {
  const url = new URL(`golden/${name}.golden.json`, import.meta.url);
  const json = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(url, json);
  expect(json).toBe(readFileSync(url, 'utf8'));
}
