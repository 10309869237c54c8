import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HttpUrlSchema, parseUrl } from './url';

describe('parseUrl', () => {
  it('normalises absolute http(s) URLs', () => {
    expect(parseUrl('https://www.competencyworks.org')).toBe('https://www.competencyworks.org/');
    expect(parseUrl(' http://example.org/a b ')).toBe('http://example.org/a%20b');
  });

  it('resolves a relative URL against a base', () => {
    expect(parseUrl('/2016/08/post/', 'https://www.competencyworks.org/')).toBe(
      'https://www.competencyworks.org/2016/08/post/',
    );
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'mailto:a@b.org',
    'ftp://example.org/',
    '/relative',
    'not a url',
    '',
  ])('refuses %j', (value) => {
    expect(parseUrl(value)).toBeUndefined();
  });

  it('refuses a javascript: URL even with a base', () => {
    expect(parseUrl('javascript:alert(1)', 'https://example.org/')).toBeUndefined();
  });
});

describe('HttpUrlSchema', () => {
  it('keeps the URL as written when valid', () => {
    expect(v.parse(HttpUrlSchema, 'https://www.competencyworks.org')).toBe(
      'https://www.competencyworks.org',
    );
    expect(v.safeParse(HttpUrlSchema, 'javascript:alert(1)').issues?.[0]?.message).toBe(
      'expected an http or https URL',
    );
  });
});
