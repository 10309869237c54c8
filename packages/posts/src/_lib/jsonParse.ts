import { ParseError } from '@competencyworks/core';

/** Where a JSON text stops being valid: the 0-based offset and what was wrong there. */
export interface JsonSyntaxProblem {
  offset: number;
  message: string;
}

export interface JsonTextOptions {
  /** What the caller expected, for messages: "a JSON Feed", "a WordPress REST response". */
  expected: string;
}

/** 1-based line and column of a 0-based offset, counting `\n` as the line break. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first characters of a text on one line, for "it starts with ..." messages. */
export function openingOf(text: string, length = 40): string {
  const flat = text.trimStart().replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length - 3)}...` : flat;
}

/**
 * Parses JSON text. Empty input, markup and syntax errors become a {@link ParseError} with the
 * line:column of the first problem and a message saying what was expected there. Node 20's
 * `JSON.parse` reports no position for most errors ("Unexpected token '}'"), and other engines
 * word theirs differently, so the position comes from {@link findJsonSyntaxProblem}, which only
 * runs once `JSON.parse` has failed.
 */
export function parseJsonText(text: string, options: JsonTextOptions): unknown {
  const start = text.search(/\S/);
  if (start === -1) {
    throw new ParseError({
      code: 'empty-input',
      message: `the input is empty; expected ${options.expected}`,
    });
  }
  const first = text[start];
  if (first === '<') {
    const head = text.slice(start, start + 4096);
    const feed = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/.test(head);
    const kind = /^<(!doctype html|html|head|body)\b/i.test(head)
      ? 'HTML'
      : feed
        ? 'an XML feed'
        : 'XML or HTML';
    throw new ParseError({
      code: 'not-json',
      message: `expected ${options.expected} in JSON, found ${kind} starting "${openingOf(text.slice(start))}"${feed ? '' : '; check that the URL or file returns JSON'}`,
      ...(feed
        ? { hint: { option: 'format', value: 'auto', text: 'for RSS, Atom or WXR use readAny' } }
        : {}),
      ...lineColumn(text, start),
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const problem = findJsonSyntaxProblem(text);
    const truncated = problem !== undefined && problem.offset >= text.trimEnd().length;
    throw new ParseError({
      code: 'invalid-json',
      message: problem
        ? `invalid JSON: ${problem.message}${truncated ? '; the file looks truncated' : ''}`
        : `invalid JSON: ${(error as Error).message}`,
      ...(problem ? lineColumn(text, problem.offset) : {}),
    });
  }
}

type State =
  | 'value'
  | 'value-or-close'
  | 'key-or-close'
  | 'key'
  | 'colon'
  | 'comma-or-close'
  | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function found(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the input';
  const word = /[A-Za-z0-9_.+-]+/y;
  word.lastIndex = offset;
  const match = word.exec(text);
  if (match) return `"${match[0].slice(0, 20)}"`;
  return `'${text[offset]}'`;
}

/**
 * Finds the first syntax error in a JSON text, without recursion, so deeply nested input cannot
 * overflow the stack. Returns undefined when the text is valid JSON.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const stack: ('array' | 'object')[] = [];
  let state = 'value' as State;
  let i = 0;
  const fail = (message: string, offset = i): JsonSyntaxProblem => ({ offset, message });
  const afterValue = () => {
    state = stack.length === 0 ? 'end' : 'comma-or-close';
  };
  /** Scans a string starting at the opening quote; returns a problem or advances `i`. */
  const scanString = (): JsonSyntaxProblem | undefined => {
    let j = i + 1;
    while (j < text.length) {
      const code = text.charCodeAt(j);
      if (code === 0x22) {
        i = j + 1;
        return undefined;
      }
      if (code === 0x5c) {
        const next = text[j + 1];
        if (next === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(j + 2, j + 6))) {
            return fail('expected four hex digits after \\u in a string', j);
          }
          j += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next)) {
          return fail(`invalid escape "\\${next ?? ''}" in a string`, j);
        }
        j += 2;
        continue;
      }
      if (code < 0x20) {
        return fail(
          'a raw line break or control character inside a string; escape it (\\n, \\t)',
          j,
        );
      }
      j++;
    }
    return fail('the input ends inside a string', text.length);
  };

  for (;;) {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; ) {
      c = text.charCodeAt(++i);
    }
    if (i >= text.length) {
      if (state === 'end') return undefined;
      const expected =
        state === 'comma-or-close'
          ? `',' or '${stack.at(-1) === 'array' ? ']' : '}'}'`
          : state === 'colon'
            ? "':'"
            : state === 'key' || state === 'key-or-close'
              ? 'a property name'
              : 'a value';
      return fail(`the input ends early; expected ${expected}`, text.length);
    }
    const ch = text[i] as string;
    switch (state) {
      case 'value':
      case 'value-or-close': {
        if (ch === ']' && state === 'value-or-close') {
          stack.pop();
          i++;
          afterValue();
          break;
        }
        if (ch === '{') {
          stack.push('object');
          state = 'key-or-close';
          i++;
          break;
        }
        if (ch === '[') {
          stack.push('array');
          state = 'value-or-close';
          i++;
          break;
        }
        if (ch === '"') {
          const problem = scanString();
          if (problem) return problem;
          afterValue();
          break;
        }
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        if (number) {
          i += number[0].length;
          afterValue();
          break;
        }
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          afterValue();
          break;
        }
        if (ch === ']' || ch === '}') {
          return fail(`expected a value, found '${ch}' (a trailing comma is not allowed in JSON)`);
        }
        return fail(`expected a value, found ${found(text, i)}`);
      }
      case 'key-or-close':
      case 'key': {
        if (ch === '}' && state === 'key-or-close') {
          stack.pop();
          i++;
          afterValue();
          break;
        }
        if (ch === '"') {
          const problem = scanString();
          if (problem) return problem;
          state = 'colon';
          break;
        }
        if (ch === '}')
          return fail(
            "expected a property name, found '}' (a trailing comma is not allowed in JSON)",
          );
        return fail(`expected a property name in double quotes, found ${found(text, i)}`);
      }
      case 'colon': {
        if (ch !== ':') return fail(`expected ':' after a property name, found ${found(text, i)}`);
        i++;
        state = 'value';
        break;
      }
      case 'comma-or-close': {
        const inArray = stack.at(-1) === 'array';
        const close = inArray ? ']' : '}';
        if (ch === ',') {
          i++;
          state = inArray ? 'value' : 'key';
          break;
        }
        if (ch === close) {
          stack.pop();
          i++;
          afterValue();
          break;
        }
        return fail(
          `expected ',' or '${close}' after ${inArray ? 'an array element' : 'a property value'}, found ${found(text, i)}`,
        );
      }
      case 'end':
        return fail(`unexpected ${found(text, i)} after the end of the JSON value`);
    }
  }
}
