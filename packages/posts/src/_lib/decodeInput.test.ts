import { ParseError } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { decodeInput } from './decodeInput';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('decodeInput', () => {
  it('passes strings through, dropping a leading BOM', () => {
    expect(decodeInput('\uFEFF<rss/>')).toBe('<rss/>');
  });

  it('decodes UTF-8 with and without a BOM', () => {
    expect(decodeInput(new TextEncoder().encode('“Not Yet”'))).toBe('“Not Yet”');
    expect(decodeInput(bytes(0xef, 0xbb, 0xbf, ...new TextEncoder().encode('é')))).toBe('é');
  });

  it('decodes UTF-16 from its BOM, and from "<?" when there is none', () => {
    expect(decodeInput(bytes(0xff, 0xfe, 0x3c, 0, 0xe9, 0))).toBe('<é');
    expect(decodeInput(bytes(0xfe, 0xff, 0, 0x3c, 0, 0xe9))).toBe('<é');
    const le = ascii('<?xml version="1.0"?><a/>').flatMap((c) => [c, 0]);
    expect(decodeInput(bytes(...le))).toBe('<?xml version="1.0"?><a/>');
  });

  it('follows the XML declaration, decoding windows-1252 curly quotes and dashes as WHATWG does', () => {
    const input = bytes(
      ...ascii('<?xml version="1.0" encoding="windows-1252"?>'),
      0x93,
      0x48,
      0x94,
      0x96,
      0x80,
    );
    expect(decodeInput(input)).toBe('<?xml version="1.0" encoding="windows-1252"?>“H”–€');
  });

  it('uses the caller charset when the bytes declare none, but a BOM wins', () => {
    expect(decodeInput(bytes(0x43, 0x61, 0x66, 0xe9), { charset: 'ISO-8859-1' })).toBe('Café');
    expect(decodeInput(bytes(0xef, 0xbb, 0xbf, 0xc3, 0xa9), { charset: 'windows-1252' })).toBe('é');
  });

  it('reports bytes that are not valid in the encoding with their line and column', () => {
    const input = bytes(...ascii('<rss>\n<title>Caf'), 0xe9, ...ascii('</title>'));
    expect(() => decodeInput(input)).toThrow(ParseError);
    try {
      decodeInput(input);
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-encoding', line: 2, column: 11 });
      expect((error as Error).message).toContain('not valid UTF-8');
      expect((error as Error).message).toContain('charset');
    }
  });

  it('refuses an encoding it does not support, saying which it does', () => {
    const input = bytes(...ascii('<?xml version="1.0" encoding="EBCDIC-US"?><a/>'));
    expect(() => decodeInput(input)).toThrow(/unsupported encoding "ebcdic-us".*UTF-8/);
  });
});
