import { parseUrl } from '@competencyworks/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHttpUrl } from './httpUrl';

const part = fc.constantFrom(
  'a',
  'Z',
  '0',
  '-',
  '.',
  '/',
  '%',
  '%2e',
  '%2E',
  '..',
  '?',
  '#',
  ':',
  '@',
  '~',
  '_',
  '!',
  "'",
  '(',
  '&',
  '=',
  '+',
  ' ',
  '\t',
  '\\',
  '"',
  '<',
  '`',
  '{',
  '^',
  '|',
  'é',
  'xn--',
  '0x7f',
  '1',
);
const url = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'HTTP://', 'ftp://', 'https:', '//', ''),
    fc.constantFrom(
      'www.competencyworks.org',
      'a.b',
      'x.org',
      'EXAMPLE.org',
      '127.0.0.1',
      'a.1',
      'xn--nxasmq6b.com',
      'a..org',
      'a.org.',
      'a-.org',
      'a.org:80',
      'u@a.org',
      '',
    ),
    fc.array(part, { maxLength: 12 }).map((parts) => parts.join('')),
  )
  .map(([scheme, host, rest]) => `${scheme}${host}${rest}`);

describe('parseHttpUrl', () => {
  it('returns what core parseUrl returns, with and without a base', () => {
    fc.assert(
      fc.property(
        url,
        fc.constantFrom(undefined, 'https://www.competencyworks.org/blog/', 'not a url'),
        (value, base) => {
          expect(parseHttpUrl(value, base)).toBe(parseUrl(value, base));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('keeps a URL already in the parser form as it is', () => {
    const value = 'https://www.competencyworks.org/2016/12/mastery/#respond';
    expect(parseHttpUrl(value)).toBe(value);
    expect(parseHttpUrl('https://www.competencyworks.org/a/./b/', 'https://x.org/')).toBe(
      'https://www.competencyworks.org/a/b/',
    );
  });
});
