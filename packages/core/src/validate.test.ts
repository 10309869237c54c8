import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CalendarDateSchema } from './calendarDate';
import { formatPath } from './formatPath';
import { ParseError } from './parseError';
import { safeValidate, toParseIssues, validate } from './validate';

const EventLike = v.object({
  start: v.object({ date: CalendarDateSchema }),
  capacity: v.exactOptional(v.pipe(v.number(), v.minValue(1))),
});

describe('formatPath', () => {
  it('writes JSON-style paths', () => {
    expect(formatPath(['events', 3, 'start', 'date'])).toBe('events[3].start.date');
    expect(formatPath(['items', '0', 'title'])).toBe('items[0].title');
    expect(formatPath(['meta', 'odd key'])).toBe('meta["odd key"]');
    expect(formatPath([])).toBe('');
  });
});

describe('validate', () => {
  it('returns the value when valid', () => {
    expect(validate(CalendarDateSchema, '2017-01-11')).toBe('2017-01-11');
  });

  it('throws a ParseError with the path, what was expected and what was found', () => {
    expect(() => validate(EventLike, { start: { date: 'Jan 11' } }, ['events', 3])).toThrow(
      new ParseError({
        code: 'x',
        message: 'expected a calendar date like 2017-01-11, got "Jan 11"',
        path: 'events[3].start.date',
      }).message,
    );
    try {
      validate(EventLike, { start: { date: 'Jan 11' } }, ['events', 3]);
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).index).toBe(3);
      expect((error as ParseError).message).toBe(
        'events[3].start.date: expected a calendar date like 2017-01-11, got "Jan 11"',
      );
    }
  });
});

describe('safeValidate', () => {
  it('reports every problem, each with its path', () => {
    const result = safeValidate(EventLike, { start: { date: 20170111 }, capacity: 0 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['start.date', 'expected a calendar date like 2017-01-11, got 20170111'],
      ['capacity', 'expected >=1, got 0'],
    ]);
  });

  it('describes what was found without dumping it', () => {
    const long = 'x'.repeat(100);
    const result = safeValidate(CalendarDateSchema, long);
    expect(result.success ? '' : result.error.message).toBe(
      `expected a calendar date like 2017-01-11, got "${'x'.repeat(57)}..."`,
    );
    for (const [input, found] of [
      [undefined, 'nothing'],
      [null, 'null'],
      [[1], 'an array'],
      [{}, 'an object'],
      [true, 'true'],
    ] as const) {
      const r = safeValidate(CalendarDateSchema, input);
      expect(r.success ? '' : r.error.message).toBe(
        `expected a calendar date like 2017-01-11, got ${found}`,
      );
    }
  });

  it('never throws, even when reading the input throws', () => {
    const input = {
      get start(): unknown {
        throw new Error('boom');
      },
    };
    const result = safeValidate(EventLike, input, ['events', 0]);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('unreadable-input');
      expect(result.error.message).toBe(
        'events[0]: expected a value that can be read, got one that threw Error: boom',
      );
    }
  });
});

describe('toParseIssues', () => {
  it('gives a schema mismatch the code invalid-type and a failed check its own code', () => {
    const type = v.safeParse(v.string(), 1).issues ?? [];
    const check = v.safeParse(v.pipe(v.string(), v.minLength(2)), 'a').issues ?? [];
    expect(toParseIssues(type)[0]?.code).toBe('invalid-type');
    expect(toParseIssues(check)[0]?.code).toBe('invalid-min-length');
  });
});
