// The HTML here is a post's `contentHtml`, as the sanitiser writes it: attribute values are
// double-quoted and escaped, so a tag ends at the first ">".
//
// What may stand between two words in the source where the rendered text has white space:
// white space, character references (`&nbsp;`, `&#160;`, `&NewLine;`) and tags.
const REFERENCE = '&#?[a-zA-Z0-9]+;?';
const TAG = '<[^>]*>';
// Where the renderer writes an ordered list item's number: at a list item's tag, or right after
// it when the white space before the number has taken the tag. Where a match may begin, the tag
// itself is matched instead of looking behind for it: the same matches, but a pattern that begins
// with a lookbehind is tried at every offset of the source, which made such hints ten times slower.
const LIST_ITEM = '<[lL][iI]\\b|(?<=<[lL][iI]\\b[^>]*>)';
const LEADING_LIST_ITEM = '<[lL][iI]\\b(?:[^>]*>)?';
const GAP = `(?:\\s|${REFERENCE}|${TAG})+`;

// Source where the rendered text has letters or digits the source does not show as written:
// markup inside a word ("Pa<em>rt</em>") or an ASCII letter or digit written as a numeric
// reference ("&#80;art"; browsers also read one without its semicolon).
const DISGUISED = new RegExp(
  `[a-z0-9](?:${TAG})+[a-z0-9]|&#(?:x0*(?:3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])(?![0-9a-f])|0*(?:4[89]|5[0-7]|6[5-9]|[7-9]\\d|1[01]\\d|12[0-2])(?!\\d))`,
  'i',
);

const hints = new WeakMap<RegExp, RegExp>();
// A character class of ASCII letters and digits only: "[Dd]", "[a-z]", "[0-9]".
const ALNUM_CLASS = /^\[(?:[a-zA-Z0-9](?:-[a-zA-Z0-9])?)+\]$/;

/** Whether `offset` of a pattern's source is where a match begins: its start, or right after a top-level `|`. */
function startsMatch(source: string, offset: number): boolean {
  if (offset === 0) return true;
  if (source[offset - 1] !== '|') return false;
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < offset && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return depth === 0;
}

/**
 * The source-level form of a text pattern: white space (`\s`, `\s+`, `\s*`) also matches markup
 * and character references; a character class (other than one of letters and digits only) or an
 * escaped punctuation character (`\.`) also matches a character reference (a dash written
 * `&#8211;`), with markup on either side (`<a>Cross</a>-posted`); a digit (`\d`, or a class with `0-9`) also matches the start of a list
 * item, which the renderer numbers ("1. ") in an ordered list. Case-insensitive when `keywords`
 * is (the renderer keeps letter case), never global.
 */
function keywordHint(keywords: RegExp): RegExp {
  let hint = hints.get(keywords);
  if (!hint) {
    const source = keywords.source.replace(
      /\\s[+*]?|\\d|\[(?:[^\]\\]|\\.)*\]|\\[^a-zA-Z0-9]/g,
      (token, offset: number, whole: string) => {
        const listItem = startsMatch(whole, offset) ? LEADING_LIST_ITEM : LIST_ITEM;
        if (token === '\\d') return `(?:\\d|${listItem})`;
        if (token.startsWith('\\s')) return token.endsWith('*') ? `(?:${GAP})?` : GAP;
        // A class of letters and digits only ("[Dd]", "[a-z]") is left as it is: a letter or
        // digit the source hides behind markup or a numeric reference is `hides`'s to see.
        if (ALNUM_CLASS.test(token)) {
          return token.includes('0-9') ? `(?:${token}|${listItem})` : token;
        }
        const digit = token.includes('0-9') || token.includes('\\d') ? `|${listItem}` : '';
        // Markup before the first character of a match needs no matching: the match can begin
        // after it.
        const before = listItem === LEADING_LIST_ITEM ? '' : `(?:${TAG})*`;
        return `(?:${before}(?:${token}|${REFERENCE}${digit})(?:${TAG})*)`;
      },
    );
    hint = new RegExp(source, keywords.ignoreCase ? 'i' : '');
    hints.set(keywords, hint);
  }
  return hint;
}

/**
 * Whether the text rendered from `html` may contain a match of `keywords`, decided on the HTML
 * itself: a cheap test that lets extractors skip rendering the many posts that mention none of
 * their words. `false` is certain (the rendered text has no match); `true` only means "render
 * and look". `keywords` is the pattern the extractor runs on the rendered text; words in it are
 * separated by `\s+`, and character classes stand for single characters such as dashes. It may
 * use words, `\s`, `\d`, character classes, groups, alternatives and quantifiers; lookarounds
 * and back-references are not translated (the answer could then wrongly be no).
 *
 * @param html - Sanitised HTML (a post's `contentHtml`), or plain text.
 * @param keywords - The text-level pattern, e.g. `/original|first\s+publish/gi`.
 * @param hides - Whether `html` hides words from the hint (default {@link hidesWords}); asked
 *   only when the hint does not match, so a caller can cache it per source or answer `false`
 *   for plain text.
 * @returns false when no rendering of `html` can contain a match of `keywords`.
 * @example
 * htmlMayContain('<p>First<br>published at <a href="#">X</a></p>', /first\s+publish/i); //=> true
 * htmlMayContain('<p>Our first post</p>', /first\s+publish/i); //=> false
 */
export function htmlMayContain(
  html: string,
  keywords: RegExp,
  hides: (html: string) => boolean = hidesWords,
): boolean {
  return keywordHint(keywords).test(html) || hides(html);
}

/**
 * Whether `html` writes a word in a way a keyword hint cannot see: markup inside it or a letter
 * or digit as a numeric reference. Then only rendering tells.
 *
 * @example
 * hidesWords('<p>Pa<em>rt</em> 3</p>'); //=> true
 */
export function hidesWords(html: string): boolean {
  return DISGUISED.test(html);
}
