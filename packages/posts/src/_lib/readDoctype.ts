import { type DeclaredEntity, expandCharacterReferences } from './xmlEntities';

/** What a `<!DOCTYPE ...>` declaration says, as far as a feed reader cares. */
export interface Doctype {
  /** The root element name it names (`rss`, `html`). */
  readonly name: string;
  /** Offset just after its closing `>`. */
  readonly end: number;
  /** The general entities of its internal subset, in order. */
  readonly entities: readonly DeclaredEntity[];
  /** Things a reader skipped and should report, with their offsets. */
  readonly notes: readonly { offset: number; code: string; message: string }[];
}

/**
 * Why a doctype could not be read: `incomplete` when the text ends inside it, `malformed` at an
 * offset otherwise (which more input may still turn into a complete doctype, when the text was cut
 * inside a keyword or literal: a streaming caller retries on more input before reporting it).
 */
export type DoctypeProblem = { problem: 'incomplete' } | { problem: 'malformed'; offset: number };

const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /\s*/y;
const QUOTED = /"([^"]*)"|'([^']*)'/y;

/**
 * Reads the `<!DOCTYPE` declaration starting at `start` in `text`, internal subset included:
 * entity declarations are collected (general ones for expansion; parameter entities and
 * external ones are noted, never read), element, attribute-list and notation declarations,
 * comments and processing instructions are skipped. Nothing outside the text is ever fetched.
 *
 * @returns The doctype, or why it could not be read (`incomplete` when `text` ends inside it).
 */
export function readDoctype(text: string, start: number): Doctype | DoctypeProblem {
  const incomplete = { problem: 'incomplete' } as const;
  const malformed = (offset: number) => ({ problem: 'malformed', offset }) as const;
  let at = start + '<!DOCTYPE'.length;
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const readName = (): string | undefined => {
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (!match) return undefined;
    at = NAME.lastIndex;
    return match[0];
  };
  const readQuoted = (): string | undefined => {
    QUOTED.lastIndex = at;
    const match = QUOTED.exec(text);
    if (!match) return undefined;
    at = QUOTED.lastIndex;
    return match[1] ?? match[2] ?? '';
  };
  /** Moves past the `>` that ends a declaration, skipping quoted literals. */
  const skipDeclaration = (): boolean => {
    while (at < text.length) {
      const char = text[at];
      if (char === '>') {
        at++;
        return true;
      }
      if (char === '"' || char === "'") {
        const close = text.indexOf(char, at + 1);
        if (close === -1) return false;
        at = close + 1;
      } else at++;
    }
    return false;
  };

  skipSpace();
  const name = readName();
  if (name === undefined) return malformed(at);
  skipSpace();
  // An external subset (SYSTEM or PUBLIC) is named but never fetched.
  const keyword = /^(SYSTEM|PUBLIC)\b/.exec(text.slice(at, at + 7))?.[1];
  if (keyword !== undefined) {
    at += keyword.length;
    skipSpace();
    if (readQuoted() === undefined) return malformed(at);
    skipSpace();
    // PUBLIC's system literal, required by XML, is optional in HTML 4 doctypes.
    if (keyword === 'PUBLIC' && readQuoted() !== undefined) skipSpace();
  }
  const entities: DeclaredEntity[] = [];
  const notes: { offset: number; code: string; message: string }[] = [];
  if (text[at] === '[') {
    at++;
    for (;;) {
      skipSpace();
      if (at >= text.length) return incomplete;
      if (text[at] === ']') {
        at++;
        break;
      }
      const declarationStart = at;
      if (text.startsWith('<!--', at)) {
        const close = text.indexOf('-->', at + 4);
        if (close === -1) return incomplete;
        at = close + 3;
      } else if (text.startsWith('<?', at)) {
        const close = text.indexOf('?>', at + 2);
        if (close === -1) return incomplete;
        at = close + 2;
      } else if (text[at] === '%') {
        const close = text.indexOf(';', at);
        if (close === -1) return incomplete;
        notes.push({
          offset: at,
          code: 'parameter-entity',
          message: `the parameter entity reference ${text.slice(at, close + 1)} in the DOCTYPE is not expanded; declarations it would add are ignored`,
        });
        at = close + 1;
      } else if (text.startsWith('<!ENTITY', at)) {
        at += '<!ENTITY'.length;
        skipSpace();
        const parameter = text[at] === '%';
        if (parameter) {
          at++;
          skipSpace();
        }
        const entityName = readName();
        skipSpace();
        const literal = entityName === undefined ? undefined : readQuoted();
        const external =
          literal === undefined ? /^(SYSTEM|PUBLIC)\b/.exec(text.slice(at, at + 7)) : null;
        const declarationEnd = at;
        if (!skipDeclaration()) return incomplete;
        if (entityName === undefined || (literal === undefined && external === null)) {
          return malformed(declarationStart);
        }
        const externalId = external
          ? text
              .slice(declarationEnd, at - 1)
              .trim()
              .replace(/\s+/g, ' ')
          : undefined;
        if (parameter) {
          notes.push({
            offset: declarationStart,
            code: 'parameter-entity',
            message: `the parameter entity %${entityName}; is ${externalId ? `external (${externalId}) and never fetched` : 'not expanded'}`,
          });
        } else if (externalId !== undefined) {
          entities.push({ name: entityName, value: undefined, externalId });
          notes.push({
            offset: declarationStart,
            code: 'external-entity',
            message: `the external entity &${entityName}; (${externalId}) is never fetched or read; its references are left as written`,
          });
        } else {
          entities.push({ name: entityName, value: expandCharacterReferences(literal ?? '') });
        }
      } else if (text.startsWith('<!', at)) {
        // ELEMENT, ATTLIST, NOTATION: nothing a feed reader uses.
        if (!skipDeclaration()) return incomplete;
      } else {
        return malformed(at);
      }
    }
    skipSpace();
  }
  if (text[at] !== '>') return malformed(at);
  return { name, end: at + 1, entities, notes };
}
