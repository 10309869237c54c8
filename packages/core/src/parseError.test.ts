import { describe, expect, it } from 'vitest';
import { formatIssue, ParseError } from './parseError';

describe('formatIssue', () => {
  it.each([
    [{ code: 'x', message: 'expected "<rss>"', line: 3, column: 7 }, '3:7: expected "<rss>"'],
    [{ code: 'x', message: 'no date line', line: 214 }, 'line 214: no date line'],
    [
      { code: 'x', message: 'bad', path: 'events[3].start.date', index: 3 },
      'events[3].start.date: bad',
    ],
    [{ code: 'x', message: 'bad', path: 'title', index: 3 }, 'title item 3: bad'],
    [{ code: 'x', message: 'bad', index: 0 }, 'item 0: bad'],
    [{ code: 'x', message: 'just this' }, 'just this'],
    [
      {
        code: 'x',
        message: 'bad bytes',
        line: 2,
        hint: { option: 'charset', text: 'pass { charset }' },
      },
      'line 2: bad bytes; pass { charset }',
    ],
  ] as const)('formats %j', (issue, expected) => {
    expect(formatIssue(issue)).toBe(expected);
  });
});

describe('ParseError', () => {
  it('is an Error whose message starts with the location', () => {
    const error = new ParseError({
      code: 'invalid-type',
      message: 'expected a calendar date like 2017-01-11, got "Jan 11"',
      path: 'start.date',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ParseError');
    expect(error.message).toBe(
      'start.date: expected a calendar date like 2017-01-11, got "Jan 11"',
    );
    expect(error.code).toBe('invalid-type');
    expect(error.severity).toBe('error');
    expect(error.path).toBe('start.date');
    expect(error).not.toHaveProperty('line');
  });

  it('keeps the hint as data beside a message that does not contain it', () => {
    const hint = {
      option: 'postTypes',
      value: ['post', 'page'],
      text: 'pass { postTypes }',
    } as const;
    const error = new ParseError({ code: 'skipped', message: 'skipped 2 pages', hint });
    expect(error.hint).toBe(hint);
    expect(error.issues[0]).toEqual({
      code: 'skipped',
      message: 'skipped 2 pages',
      hint,
      severity: 'error',
    });
    expect(error.message).toBe('skipped 2 pages; pass { postTypes }');
  });

  it('keeps every issue, defaulting to the one it describes', () => {
    const single = new ParseError({ code: 'a', message: 'm', line: 2, column: 5, index: 1 });
    expect(single.issues).toEqual([
      { code: 'a', message: 'm', line: 2, column: 5, index: 1, severity: 'error' },
    ]);
    const many = [
      { code: 'a', message: 'first', severity: 'error' as const },
      { code: 'b', message: 'second', severity: 'warning' as const },
    ];
    expect(new ParseError({ code: 'a', message: 'first' }, many).issues).toBe(many);
  });
});
