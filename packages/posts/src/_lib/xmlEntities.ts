import { ParseError } from '@competencyworks/core';
import { decodeHTMLStrict } from 'entities';

/** An entity declared in a document's internal DTD subset. */
export interface DeclaredEntity {
  readonly name: string;
  /** The literal value with character references expanded, or undefined for an external entity. */
  readonly value: string | undefined;
  /** `SYSTEM "..."` or `PUBLIC "..." "..."` as written, for external entities. */
  readonly externalId?: string;
}

/**
 * The most characters entity expansion may add to one document. A legitimate feed stays far
 * below it; billion-laughs (entities of entities) and quadratic blow-up (one long entity used
 * many times) reach it after a few milliseconds of work and a bounded amount of memory.
 */
export const MAX_ENTITY_EXPANSION = 10_000_000;

/** Nesting of entities inside entities beyond this is refused (billion laughs needs depth). */
const MAX_ENTITY_DEPTH = 32;

const PREDEFINED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

// A character reference or an entity reference. Names are capped: HTML's longest is 31 characters
// and a cap keeps every match short, so one scan over the text stays linear.
const REFERENCE = /&(#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z_:][\w.:-]{0,63});/g;
const CHAR_REFERENCE = /&#(?:[0-9]{1,10}|[xX][0-9a-fA-F]{1,8});/g;

// HTML named and numeric references decoded once and remembered; bounded so a document of
// millions of distinct references cannot grow it without limit.
const HTML_CACHE = new Map<string, string>();
const HTML_CACHE_LIMIT = 4096;

function decodeHtmlReference(reference: string): string {
  const cached = HTML_CACHE.get(reference);
  if (cached !== undefined) return cached;
  const decoded = decodeHTMLStrict(reference);
  if (HTML_CACHE.size < HTML_CACHE_LIMIT) HTML_CACHE.set(reference, decoded);
  return decoded;
}

/**
 * The length of the XML predefined reference at `amp` ("&amp;" is 5), or 0: XML's own references,
 * which are most of a feed's, are read by character code (a regular expression's match array and
 * a sliced name per reference were most of decoding 7 million of them).
 */
function predefinedAt(text: string, amp: number): number {
  switch (text.charCodeAt(amp + 1)) {
    case 97 /* a */:
      if (text.startsWith('amp;', amp + 1)) return 5;
      return text.startsWith('apos;', amp + 1) ? 6 : 0;
    case 108 /* l */:
      return text.startsWith('lt;', amp + 1) ? 4 : 0;
    case 103 /* g */:
      return text.startsWith('gt;', amp + 1) ? 4 : 0;
    case 113 /* q */:
      return text.startsWith('quot;', amp + 1) ? 6 : 0;
    default:
      return 0;
  }
}

/**
 * decodeHTMLStrict's result, read a reference at a time: XML's five are looked up here and any
 * other reference (with the text up to the next "&", which no reference contains) goes to
 * decodeHTMLStrict. The result is joined from pieces: on a 100 MB text with 7 million references
 * this takes 1.9 s of CPU where decodeHTMLStrict on the whole text took 4.8 s, its result being a
 * rope of two nodes per reference, all alive until the end, which the collector kept copying.
 */
function decodeReferences(text: string): string {
  let pieces: string[] = [];
  let joined = '';
  let last = 0;
  for (let amp = text.indexOf('&'); amp !== -1; amp = text.indexOf('&', last)) {
    if (amp > last) pieces.push(text.slice(last, amp));
    const length = predefinedAt(text, amp);
    if (length !== 0) {
      pieces.push(predefinedChar(text, amp, length));
      last = amp + length;
    } else {
      const next = text.indexOf('&', amp + 1);
      const end = next === -1 ? text.length : next;
      // A reference ends at its ";" (decodeHTMLStrict reads no other), and the text after it up
      // to the next "&" holds none: the reference alone is decoded (and remembered).
      const semi = text.indexOf(';', amp + 1);
      if (semi !== -1 && semi < end && semi - amp <= 40) {
        pieces.push(decodeHtmlReference(text.slice(amp, semi + 1)));
        last = semi + 1;
      } else {
        pieces.push(decodeHTMLStrict(text.slice(amp, end)));
        last = end;
      }
    }
    if (pieces.length >= 8192) {
      joined += pieces.join('');
      pieces = [];
    }
  }
  if (last < text.length) pieces.push(text.slice(last));
  return joined + pieces.join('');
}

/** The character a predefined reference of `length` at `amp` stands for. */
function predefinedChar(text: string, amp: number, length: number): string {
  if (length === 4) return text.charCodeAt(amp + 1) === 108 ? '<' : '>';
  return length === 5 ? '&' : text.charCodeAt(amp + 1) === 97 ? "'" : '"';
}

/** Expands the character references of an entity's literal value, as XML does at declaration. */
export function expandCharacterReferences(literal: string): string {
  return literal.includes('&#') ? literal.replace(CHAR_REFERENCE, decodeHtmlReference) : literal;
}

/**
 * The references of one document's text: XML's five predefined entities, character references,
 * the general entities its internal DTD subset declares (expanded recursively, under a total
 * budget of {@link MAX_ENTITY_EXPANSION} characters), and the HTML named entities feeds use
 * without declaring them (`&nbsp;`, `&eacute;`). External entities are never fetched: their
 * references, like unknown names, stay as written.
 */
export class XmlEntities {
  private readonly declared = new Map<string, DeclaredEntity>();
  private readonly expanded = new Map<string, string>();
  private readonly expanding = new Set<string>();
  private budget = MAX_ENTITY_EXPANSION;
  /** Where the reference being expanded is, for the error a blow-up raises. */
  private where: () => { line: number; column: number } = () => ({ line: 1, column: 1 });

  /** Declares an entity; as in XML, the first declaration of a name binds. */
  declare(entity: DeclaredEntity): void {
    if (!this.declared.has(entity.name)) this.declared.set(entity.name, entity);
  }

  /** True when the document declared any general entity. */
  get hasDeclarations(): boolean {
    return this.declared.size > 0;
  }

  /**
   * Decodes every reference in `text` (character data or an attribute value).
   * @throws {ParseError} `entity-expansion-limit` or `entity-loop` for entities that blow up.
   */
  decode(text: string, where: () => { line: number; column: number }): string {
    if (!text.includes('&')) return text;
    // Without declarations every reference is XML's or HTML's: entities' decoder is the fastest
    // whole-text pass measured (a callback per reference costs several times more on 100 MB).
    if (this.declared.size === 0) return decodeReferences(text);
    this.where = where;
    return text.replace(REFERENCE, (reference, name: string) => this.resolve(reference, name, 0));
  }

  /**
   * Expands only the declared entities in raw markup (Atom `type="xhtml"` content), where the
   * replacement text is markup too; everything else stays as written for the HTML reader.
   */
  expandDeclared(markup: string, where: () => { line: number; column: number }): string {
    if (this.declared.size === 0 || !markup.includes('&')) return markup;
    this.where = where;
    return markup.replace(REFERENCE, (reference, name: string) => {
      const entity = this.declared.get(name);
      if (entity?.value === undefined || name in PREDEFINED) return reference;
      return this.spend(this.expand(entity, 0));
    });
  }

  private resolve(reference: string, name: string, depth: number): string {
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    if (name.charCodeAt(0) === 35 /* # */) return decodeHtmlReference(reference);
    const entity = this.declared.get(name);
    if (entity === undefined) return decodeHtmlReference(reference);
    // An external entity is never read: its reference stays as written (reported at declaration).
    if (entity.value === undefined) return reference;
    return this.spend(this.expand(entity, depth));
  }

  private expand(entity: DeclaredEntity, depth: number): string {
    const done = this.expanded.get(entity.name);
    if (done !== undefined) return done;
    const value = entity.value ?? '';
    if (this.expanding.has(entity.name) || depth >= MAX_ENTITY_DEPTH) {
      throw this.error(
        'entity-loop',
        `the entity &${entity.name}; refers to itself${depth >= MAX_ENTITY_DEPTH ? ` or nests more than ${MAX_ENTITY_DEPTH} entities deep` : ''}; entities cannot be recursive`,
      );
    }
    this.expanding.add(entity.name);
    const result = value.includes('&')
      ? value.replace(REFERENCE, (reference, name: string) =>
          this.resolve(reference, name, depth + 1),
        )
      : value;
    this.expanding.delete(entity.name);
    this.expanded.set(entity.name, result);
    return result;
  }

  /** Charges an expansion to the document's budget before it is copied into the output. */
  private spend(text: string): string {
    this.budget -= text.length;
    if (this.budget < 0) {
      throw this.error(
        'entity-expansion-limit',
        `entity references expand to more than ${MAX_ENTITY_EXPANSION.toLocaleString('en-US')} characters (an entity expansion attack such as "billion laughs"); the document was not read further`,
      );
    }
    return text;
  }

  private error(code: string, message: string): ParseError {
    return new ParseError({ code, message, ...this.where() });
  }
}
