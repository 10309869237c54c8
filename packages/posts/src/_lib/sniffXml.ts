import { readDoctype } from './readDoctype';

/** The root element of an XML (or HTML) document and the namespaces declared on it. */
export interface XmlRoot {
  /** The qualified name as written, e.g. `rss`, `feed`, `atom:feed`, `rdf:RDF`. */
  name: string;
  /** The local name without prefix. */
  localName: string;
  /** The namespace URI of the element, resolved from its prefix (or the default namespace). */
  namespace?: string;
  /** Every namespace declared on the root: prefix ('' for the default) to URI. */
  namespaces: Map<string, string>;
  /** 0-based offset of the `<` of the root start tag. */
  offset: number;
  /** True when a `<!DOCTYPE html>` came before the root. */
  htmlDoctype: boolean;
}

const PROLOG = /\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/y;
const DOCTYPE = /\s*<!DOCTYPE\b/iy;
const START_TAG = /<([A-Za-z_][\w.:-]*)((?:"[^"]*"|'[^']*'|[^>"'])*)>/y;
const XMLNS = /\s+xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Finds the root element of a document by skipping the XML declaration, processing
 * instructions, comments and a doctype, without parsing the rest: enough to tell RSS from Atom
 * from WXR from HTML on a 200 MB export. Returns undefined when no start tag comes first.
 */
export function findXmlRoot(text: string): XmlRoot | undefined {
  let position = 0;
  let htmlDoctype = false;
  for (;;) {
    PROLOG.lastIndex = position;
    if (PROLOG.exec(text)) {
      position = PROLOG.lastIndex;
      continue;
    }
    // A DOCTYPE's internal subset may hold "]" and ">" inside entity values: read it as the reader does.
    DOCTYPE.lastIndex = position;
    const doctype = DOCTYPE.exec(text) ? readDoctype(text, DOCTYPE.lastIndex - 9) : undefined;
    if (doctype === undefined || 'problem' in doctype) break;
    if (doctype.name.toLowerCase() === 'html') htmlDoctype = true;
    position = doctype.end;
  }
  while (position < text.length && /\s/.test(text[position] as string)) position++;
  START_TAG.lastIndex = position;
  const tag = START_TAG.exec(text);
  if (!tag) return undefined;
  const name = tag[1] as string;
  const namespaces = new Map<string, string>();
  for (const declaration of (tag[2] ?? '').matchAll(XMLNS)) {
    namespaces.set(declaration[1] ?? '', declaration[2] ?? declaration[3] ?? '');
  }
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const namespace = namespaces.get(prefix);
  return {
    name,
    localName: colon === -1 ? name : name.slice(colon + 1),
    ...(namespace !== undefined ? { namespace } : {}),
    namespaces,
    offset: position,
    htmlDoctype,
  };
}
