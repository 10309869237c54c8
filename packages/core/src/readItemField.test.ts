import { describe, expect, it } from 'vitest';
import {
  type ItemKeys,
  readItemId,
  readItemList,
  readItemNumber,
  readItemObject,
  readItemText,
  readItemValue,
} from './readItemField';

/** A report that records what it is told. */
function recorder() {
  const told: [ItemKeys, string, unknown][] = [];
  return {
    told,
    report: (keys: ItemKeys, expected: string, found: unknown) =>
      told.push([keys, expected, found]),
  };
}

/** Values JSON (or a property setter) can put where text belongs, each of which broke a widget. */
const hostile: unknown[] = [
  { _$litType$: 1, strings: ['<b>injected</b>'], values: [] },
  { toString: 1, valueOf: 1 },
  ['a', 'list'],
  Number.NaN,
  true,
  Object.create(null),
];

describe('the JSON Feed item field readers', () => {
  it('read what is there and say nothing about what is absent or null', () => {
    const { told, report } = recorder();
    const item = {
      id: 42,
      title: 'Caf&eacute;',
      tags: ['a'],
      capacity: '60',
      ext: { x: 'y' },
      none: null,
    };
    expect(readItemId(item, report)).toBe('42');
    expect(readItemText(item, ['title'], report)).toBe('Caf&eacute;');
    expect(readItemText(item, ['ext', 'x'], report)).toBe('y');
    expect(readItemList(item, ['tags'], report)).toEqual(['a']);
    expect(readItemNumber(item, ['capacity'], report)).toBe(60);
    expect(readItemObject(item, ['ext'], report)).toEqual({ x: 'y' });
    expect(readItemValue(item, ['tags', 0], report)).toBe('a');
    expect(readItemText(item, ['none'], report)).toBeUndefined();
    expect(readItemText(item, ['missing', 'deeper'], report)).toBeUndefined();
    expect(told).toEqual([]);
  });

  it.each(hostile)('drop and report %o in any field, keeping the item readable', (bad) => {
    const { told, report } = recorder();
    const item = { id: bad, title: bad, authors: [{ name: bad }], series: { position: bad } };
    expect(readItemId(item, report)).toBeUndefined();
    expect(readItemText(item, ['title'], report)).toBeUndefined();
    expect(readItemText(item, ['authors', 0, 'name'], report)).toBeUndefined();
    const number = readItemNumber(item, ['series', 'position'], report);
    expect(number).toBeUndefined();
    expect(told.map(([keys, expected]) => [keys.join('.'), expected])).toEqual([
      ['id', 'a string id'],
      ['title', 'a string'],
      ['authors.0.name', 'a string'],
      ['series.position', 'a number'],
    ]);
    expect(told.every(([, , found]) => Object.is(found, bad))).toBe(true);
  });

  it('report a parent of the wrong kind once, where it is, and never read inherited keys', () => {
    const { told, report } = recorder();
    expect(readItemText({ author: 'Chris' }, ['author', 'name'], report)).toBeUndefined();
    expect(readItemText({}, ['constructor'], report)).toBeUndefined();
    expect(readItemText({ tags: 'x' }, ['tags', 0], report)).toBeUndefined();
    expect(readItemObject({ ext: ['x'] }, ['ext'], report)).toBeUndefined();
    expect(readItemList({ tags: 'x' }, ['tags'], report, 'a list of tags')).toBeUndefined();
    expect(told).toEqual([
      [['author'], 'an object with "name"', 'Chris'],
      [['tags'], 'a list', 'x'],
      [['ext'], 'an object', ['x']],
      [['tags'], 'a list of tags', 'x'],
    ]);
  });
});
