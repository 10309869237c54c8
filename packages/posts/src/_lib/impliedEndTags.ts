const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM_CONTROLS = new Set([
  'input',
  'option',
  'optgroup',
  'select',
  'button',
  'datalist',
  'textarea',
]);
const RUBY = new Set(['rt', 'rp']);
/**
 * htmlparser2's "an open tag implies the end of the current element" rules: opening the key
 * closes the current element while it is named in the key's set. scanHtml builds its tree with
 * them, and the sanitiser checks them so a dropped element never leaves a pair the next parse
 * would split differently.
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
  ['body', new Set(['head', 'link', 'script'])],
  ['select', FORM_CONTROLS],
  ['input', FORM_CONTROLS],
  ['output', FORM_CONTROLS],
  ['button', FORM_CONTROLS],
  ['datalist', FORM_CONTROLS],
  ['textarea', FORM_CONTROLS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['address', P],
  ['article', P],
  ['aside', P],
  ['details', P],
  ['fieldset', P],
  ['footer', P],
  ['form', P],
  ['header', P],
  ['main', P],
  ['nav', P],
  ['section', P],
  ['rt', RUBY],
  ['rp', RUBY],
]);
