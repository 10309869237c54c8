const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
/**
 * htmlparser2's "an open tag implies the end of the current element" rules for the tags our
 * sanitiser allows: opening the key closes an open element named in its set. The sanitiser
 * applies them so a dropped element never leaves a pair the next parse would split differently.
 */
export const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P],
  ['h1', HEADINGS],
  ['h2', HEADINGS],
  ['h3', HEADINGS],
  ['h4', HEADINGS],
  ['h5', HEADINGS],
  ['h6', HEADINGS],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['blockquote', P],
  ['div', P],
  ['dl', P],
  ['figcaption', P],
  ['figure', P],
  ['hr', P],
  ['ol', P],
  ['pre', P],
  ['table', P],
  ['ul', P],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);
