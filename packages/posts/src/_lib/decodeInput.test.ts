import { readFileSync } from 'node:fs';
import { ParseError, type ParseIssue } from '@competencyworks/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/thrown';
import { readAny } from '../readAny';
import { streamFeed } from '../streamFeed';
import { decodeInput } from './decodeInput';

interface EncodingCase {
  label: string;
  codec: string;
  text: string;
  hex: string;
}

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/encodings/${name}`, import.meta.url)));
const CASES = JSON.parse(
  new TextDecoder().decode(fixture('whatwg-encodings.json')),
) as EncodingCase[];
const fromHex = (hex: string) =>
  new Uint8Array(hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);

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

  it('without an issue list, refuses bytes that are not valid in the encoding with their line and column', () => {
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
    expect(thrown(() => decodeInput(input))).toMatchObject({ line: 1, column: 31 });
  });
});

describe('decodeInput and the WHATWG encodings', () => {
  // Bytes written by Python's codecs (test/fixtures/encodings/whatwg-encodings.py): an outside oracle.
  const cases = CASES.map((c) => [c.label, c] as const);

  // A declaration in ASCII bytes can only name an ASCII-compatible encoding (UTF-16 is tested below).
  const declarable = cases.filter(([label]) => !label.startsWith('utf-16'));

  it.each(declarable)('decodes %s named in the XML declaration', (label, { text, hex }) => {
    const head = new TextEncoder().encode(`<?xml version="1.0" encoding="${label}"?><title>`);
    const issues: ParseIssue[] = [];
    expect(decodeInput(new Uint8Array([...head, ...fromHex(hex)]), { issues })).toBe(
      `<?xml version="1.0" encoding="${label}"?><title>${text}`,
    );
    expect(issues).toEqual([]);
  });

  it.each(cases)('decodes %s from the caller charset', (label, { text, hex }) => {
    expect(decodeInput(fromHex(hex), { charset: label.toUpperCase(), issues: [] })).toBe(text);
  });

  it('decodes UTF-16 without a BOM from its first bytes, and lets a BOM win over the charset', () => {
    const utf16le = [...'<rss>é</rss>'].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(decodeInput(bytes(...utf16le))).toBe('<rss>é</rss>');
    expect(decodeInput(bytes(0xff, 0xfe, ...utf16le), { charset: 'koi8-r' })).toBe('<rss>é</rss>');
  });

  it('reads a declaration of UTF-16 on bytes that are ASCII as UTF-8, as browsers do', () => {
    const input = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-16"?><rss>é</rss>');
    expect(decodeInput(input)).toBe('<?xml version="1.0" encoding="UTF-16"?><rss>é</rss>');
  });

  it('accepts labels feeds write that WHATWG spells otherwise (mac-cyrillic)', () => {
    const text = decodeInput(fixture('xml_obscure_encoding.xml'));
    // As Python's mac_cyrillic codec decodes it.
    expect(text).toContain('<description>“"This&#65279;" is a £t&#8364;st”</description>');
  });

  it('decodes us-ascii as windows-1252, as WHATWG does', () => {
    expect(decodeInput(fixture('xml_declares_wrong_encoding.xml'))).toContain('<title>£</title>');
  });

  it('decodes x-user-defined into the private use area', () => {
    const input = bytes(...ascii('<?xml version="1.0" encoding="x-user-defined"?>A'), 0x80, 0xff);
    expect(decodeInput(input).slice(-3)).toBe('A\uF780\uF7FF');
  });

  it.each([
    ['a UTF-32LE BOM', bytes(0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0)],
    ['a UTF-32BE BOM', bytes(0, 0, 0xfe, 0xff, 0, 0, 0, 0x3c)],
    ['UTF-32LE without a BOM', bytes(0x3c, 0, 0, 0, 0x3f, 0, 0, 0)],
    ['a declared UTF-32', new TextEncoder().encode('<?xml version="1.0" encoding="UTF-32"?><a/>')],
  ])('refuses UTF-32 (%s) as an unsupported encoding, not an unknown format', (_name, input) => {
    const error = thrown(() => decodeInput(input, { issues: [] }));
    expect(error.code).toBe('unsupported-encoding');
    expect(error.message).toContain('UTF-32 is not decoded');
  });

  it('makes UTF-32 an unsupported-encoding error in readAny and streamFeed too, not an unknown format', async () => {
    const utf32 = bytes(0xff, 0xfe, 0, 0, ...ascii('<rss/>').flatMap((c) => [c, 0, 0, 0]));
    expect(thrown(() => readAny(utf32)).code).toBe('unsupported-encoding');
    const stream = streamFeed(
      (async function* () {
        yield utf32;
      })(),
    );
    await expect(
      (async () => {
        for await (const _ of stream);
      })(),
    ).rejects.toMatchObject({ code: 'unsupported-encoding' });
  });

  it('refuses a label WHATWG maps to its replacement encoding, and an unknown label where it is written', () => {
    const replaced = new TextEncoder().encode('<?xml version="1.0" encoding="ISO-2022-KR"?><a/>');
    expect(thrown(() => decodeInput(replaced)).message).toContain('replacement character');
    const unknown = thrown(() => decodeInput(fixture('xml_declares_unknown_encoding.xml')));
    expect(unknown).toMatchObject({ code: 'unsupported-encoding', line: 1, column: 31 });
    expect(unknown.message).toContain('"x-fake"');
  });
});

describe('decodeInput with invalid bytes', () => {
  const utf8 = (text: string) => [...new TextEncoder().encode(text)];

  it('replaces each with U+FFFD and reports it with its line and column', () => {
    const input = bytes(
      ...utf8('<rss>\n<title>Café '),
      0xff,
      ...utf8(' ok\n'),
      0xc3,
      ...utf8('</title>'),
    );
    const issues: ParseIssue[] = [];
    expect(decodeInput(input, { issues })).toBe('<rss>\n<title>Café \uFFFD ok\n\uFFFD</title>');
    expect(issues).toEqual([
      {
        code: 'invalid-encoding',
        severity: 'warning',
        message: 'bytes not valid UTF-8 were replaced with U+FFFD (\uFFFD)',
        hint: {
          option: 'charset',
          text: 'if the file is in another encoding, pass the right { charset }',
        },
        line: 2,
        column: 13,
      },
      {
        code: 'invalid-encoding',
        severity: 'warning',
        message: 'bytes not valid UTF-8 were replaced with U+FFFD (\uFFFD)',
        hint: {
          option: 'charset',
          text: 'if the file is in another encoding, pass the right { charset }',
        },
        line: 3,
        column: 1,
      },
    ]);
  });

  it('reports the first ten one by one and counts the rest in one issue', () => {
    const valid = utf8('“Not Yet” – é '.repeat(50));
    const input = bytes(...Array.from({ length: 25 }, () => [...valid, 0xff]).flat());
    const issues: ParseIssue[] = [];
    const text = decodeInput(input, { issues });
    expect(text.split('\uFFFD')).toHaveLength(26);
    expect(issues).toHaveLength(11);
    expect(issues.slice(0, 10).every((issue) => issue.line === 1)).toBe(true);
    expect(issues[10]).toEqual({
      code: 'invalid-encoding',
      severity: 'warning',
      message: '15 more sequences of bytes not valid UTF-8 were replaced with U+FFFD (\uFFFD)',
    });
  });

  it('refuses a file whose invalid bytes are most of its non-ASCII text, naming the encoding tried', () => {
    // Latin-1 text read as UTF-8: every é is invalid.
    const latin1 = bytes(
      ...ascii('<title>Caf'),
      ...Array.from({ length: 20 }, () => [0xe9, 0x20]).flat(),
    );
    const error = thrown(() => decodeInput(latin1, { issues: [] }));
    expect(error.code).toBe('invalid-encoding');
    expect(error.message).toMatch(/^1:11: the bytes are not valid UTF-8: 20 invalid sequences/);
    // Shift_JIS declared as EUC-KR.
    const sjis = CASES.find((c) => c.label === 'shift_jis')?.hex ?? '';
    const declared = ascii('<?xml version="1.0" encoding="utf-8"?>');
    const wrong = thrown(() =>
      decodeInput(bytes(...declared, ...fromHex(sjis.repeat(4))), { issues: [] }),
    );
    expect(wrong.message).toContain('not valid UTF-8');
  });
});
