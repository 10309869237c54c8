/**
 * The sentence rules for cross-post notes. Each rule's pattern matches the phrase that
 * introduces the publisher ("originally appeared at "), so the publisher list starts where the
 * match ends.
 */
export interface OriginRule {
  name: string;
  pattern: RegExp;
}

/**
 * A sentence can only be a cross-post note when it holds one of these stems; tested before any
 * rule so the common sentence costs one scan.
 */
export const ORIGIN_KEYWORDS =
  /original|first\s+(?:publish|appear|post|ran)|cross[-‐–]?post|reprint|republish|repost/gi;

// "in a slightly different form" / "in an earlier version" between the verb and the preposition.
const FORM = '(?:\\s+in\\s+(?:a|an)\\s+(?:[a-z]+\\s+){0,2}?(?:form|version))?';

export const ORIGIN_RULES: readonly OriginRule[] = [
  {
    name: 'origin.originally-appeared',
    pattern: new RegExp(
      `\\boriginally\\s+(?:appeared|ran|was\\s+featured|featured)${FORM}\\s+(?:at|on|in)\\s+`,
      'i',
    ),
  },
  {
    name: 'origin.originally-published',
    pattern: new RegExp(
      `\\boriginally\\s+(?:published|posted|printed|written\\s+for)${FORM}\\s+(?:(?:at|on|in|by)\\s+)?`,
      'i',
    ),
  },
  {
    name: 'origin.first-published',
    pattern: /\bfirst\s+(?:published|appeared|posted|ran)\s+(?:at|on|in|by)\s+/i,
  },
  {
    name: 'origin.cross-posted',
    pattern: /\bcross[-‐–]?posted\s+(?:with\s+permission\s+)?(?:from|at|on)\s+/i,
  },
  {
    name: 'origin.reprinted',
    pattern:
      /\b(?:reprinted|republished|reposted)\s+(?:here\s+)?(?:with\s+(?:the\s+)?(?:kind\s+|express\s+)?permission\s+(?:from|of)|from)\s+/i,
  },
];

// What may stand before the rule's phrase for the note to be about this post: "This post
// (was) ", "A version of this article has been ", a caption glued on ("suppliesThis post "), or
// nothing but a label ("Editor's note: Originally published at ...").
const SELF_SUBJECT =
  /(?:this|the)\s+(?:(?:guest|blog)\s+)?(?:post|article|piece|blog|blogpost|essay|entry|story|interview|column|op-ed|commentary|letter|reflection|profile)\s+(?:(?:was|has\s+been|had\s+been|is|first)\s+)?$/i;
const PRONOUN_SUBJECT = /^\W*it\s+(?:was|has\s+been|is)\s+$/i;
const LABEL_ONLY = /^[\s[(*_]*(?:(?:editor['’]s\s+note|ed\.?\s+note|note|update)\s*[:\-–—]?\s*)?$/i;

/**
 * True when the words before a rule's phrase make the sentence a statement about this post,
 * not a mention of something else that "originally appeared" somewhere.
 *
 * @example
 * isAboutThisPost('Student VoicesThis post '); //=> true
 * isAboutThisPost('The framework '); //=> false
 */
export function isAboutThisPost(before: string): boolean {
  return SELF_SUBJECT.test(before) || LABEL_ONLY.test(before) || PRONOUN_SUBJECT.test(before);
}
