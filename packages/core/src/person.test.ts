import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PersonSchema } from './person';

describe('PersonSchema', () => {
  it('accepts a name alone and a name with an http(s) URL', () => {
    expect(v.parse(PersonSchema, { name: 'Paul Leather' })).toEqual({ name: 'Paul Leather' });
    expect(
      v.parse(PersonSchema, { name: 'Chris Sturgis', url: 'https://example.org/chris' }),
    ).toEqual({
      name: 'Chris Sturgis',
      url: 'https://example.org/chris',
    });
  });

  it('trims the name', () => {
    expect(v.parse(PersonSchema, { name: '  Susan Patrick ' })).toEqual({ name: 'Susan Patrick' });
  });

  it.each([
    [{ name: '' }, 'expected a non-empty name'],
    [{ name: '   ' }, 'expected a non-empty name'],
    [{ name: 42 }, 'expected a name'],
    [{ name: 'Rose Colby', url: 'javascript:alert(1)' }, 'expected an http or https URL'],
    [{ name: 'Rose Colby', url: undefined }, 'expected an http or https URL'],
  ])('refuses %j', (input, message) => {
    expect(v.safeParse(PersonSchema, input).issues?.[0]?.message).toBe(message);
  });
});
