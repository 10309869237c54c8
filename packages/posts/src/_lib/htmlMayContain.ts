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
 * For each of `keywords`, what {@link htmlMayContain} answers, in one pass over `html` per
 * letter-case mode instead of one per pattern: the shared pre-scan of a post's body (see
 * `postCues`), where three extractors would otherwise each search the same HTML.
 *
 * @param html - Sanitised HTML (a post's `contentHtml`).
 * @param keywords - Text-level patterns, as for {@link htmlMayContain}; the same array object
 *   every call (its combined patterns are cached on it).
 * @param hides - As for {@link htmlMayContain}; asked at most once, when some hint does not match.
 * @returns `htmlMayContain(html, keywords[i], hides)` for each `i`.
 * @example
 * htmlMayContainEach('<p>first<br>published</p>', [/first\s+publish/i, /series/]); //=> [true, false]
 */
export function htmlMayContainEach(
  html: string,
  keywords: readonly RegExp[],
  hides: (html: string) => boolean = hidesWords,
): boolean[] {
  let hintList = hintLists.get(keywords);
  if (hintList === undefined) {
    hintList = keywords.map(keywordHint);
    hintLists.set(keywords, hintList);
  }
  const found = matchEach(html, hintList);
  return found.every(Boolean) || !hides(html) ? found : found.map(() => true);
}

const hintLists = new WeakMap<readonly RegExp[], RegExp[]>();

/** A union of some of a list's patterns, each alternative a capture group at `groups[k]`. */
interface Union {
  pattern: RegExp;
  /** Index into the list of each alternative, in order. */
  members: number[];
  /** The capture group number of each alternative. */
  groups: number[];
}

const unions = new WeakMap<readonly RegExp[], Map<string, Union>>();

function captureCount(source: string): number {
  return (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1;
}

function unionOf(patterns: readonly RegExp[], members: number[], flags: string): Union {
  let byKey = unions.get(patterns);
  if (byKey === undefined) {
    byKey = new Map();
    unions.set(patterns, byKey);
  }
  const key = `${flags}|${members.join(',')}`;
  let union = byKey.get(key);
  if (union === undefined) {
    const groups: number[] = [];
    let group = 1;
    const sources = members.map((i) => {
      const source = (patterns[i] as RegExp).source;
      groups.push(group);
      group += 1 + captureCount(source);
      return `(${source})`;
    });
    union = { pattern: new RegExp(sources.join('|'), `${flags}g`), members, groups };
    byKey.set(key, union);
  }
  return union;
}

/**
 * For each pattern, whether `text` has a match of it (`pattern.test`, ignoring `lastIndex`), in
 * one search per flag set: the union of the patterns not yet found finds the leftmost match of
 * any of them; nothing matches before it, so the search for the others goes on from there.
 * Back-references in the patterns are not supported (their numbers would shift).
 *
 * @example
 * matchEach('a part of a series', [/series/, /tour/, /part/i]); //=> [true, false, true]
 */
export function matchEach(text: string, patterns: readonly RegExp[]): boolean[] {
  const found = patterns.map(() => false);
  const byFlags = new Map<string, number[]>();
  patterns.forEach((pattern, i) => {
    const flags = pattern.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), i]);
  });
  for (const [flags, all] of byFlags) {
    let left = all;
    let from = 0;
    while (left.length > 0) {
      const union = unionOf(patterns, left, flags);
      union.pattern.lastIndex = from;
      const match = union.pattern.exec(text);
      if (match === null) break;
      const k = union.groups.findIndex((group) => match[group] !== undefined);
      found[union.members[k] as number] = true;
      left = left.filter((_, j) => j !== k);
      from = match.index;
    }
  }
  return found;
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
