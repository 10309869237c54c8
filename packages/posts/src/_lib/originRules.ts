import { slugify } from '@competencyworks/core';

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
  /original|first\s+(?:publish|appear|post|ran)|cross[-‐–]?post|reprint|republish|repost|re-post/gi;

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
  {
    // "The following is a re-post from a 2016 EDUCAUSE Review article of ours"
    name: 'origin.reposted',
    pattern: /\b(?:a\s+)?re-?post\s+(?:from|of)\s+/i,
  },
];

/**
 * WordPress's feed footer, "The post <title> appeared first on <site>.": read from the excerpt's
 * last line only (see detectOrigins), where WordPress writes it.
 */
export const APPEARED_FIRST = /\bappeared\s+first\s+(?:on|at|in)\s+/i;

/**
 * "Director Jim Rickabaugh contributed a guest blog post for Competency Works.": an excerpt of a
 * post written for another site, when it is the post's first sentence (see detectOrigins).
 */
export const GUEST_POST_FOR =
  /\b(?:wrote|contributed|penned|authored|writes|contributes)\s+(?:a|this)\s+guest\s+(?:blog\s+)?post\s+(?:for|to)\s+/i;

// What may stand before the rule's phrase for the note to be about this post: "This post
// (was) ", "A version of this article has been ", a caption glued on ("suppliesThis post "), or
// nothing but a label ("Editor's note: Originally published at ...").
const SELF_SUBJECT =
  /(?:this|the)\s+(?:(?:guest|blog)\s+)?(?:post|article|piece|blog|blogpost|essay|entry|story|interview|column|op-ed|commentary|letter|reflection|profile)\s+(?:(?:was|has\s+been|had\s+been|is|first)\s+)?$/i;
const PRONOUN_SUBJECT = /^\W*(?:it|the\s+following)\s+(?:was|has\s+been|is)\s+$/i;
// "This post is part of a series on X originally posted at Y": the series, so this post, first
// appeared at Y.
const SERIES_SUBJECT =
  /^\W*this\s+(?:post|article|piece)\s+(?:is\s+)?(?:part|one)\s+of\s+(?:a|the|our|my)\s+(?:[\w-]+\s+){0,2}?series\b[^.;:]*\s$/i;
// A person credited as the writer: "Director Jim Rickabaugh ", "I ".
const WRITER_SUBJECT = /^\W*(?:I|(?:\p{Lu}[\p{L}.'’-]*\s+){1,5})$/u;
// WordPress's footer names the post by its title: "The post <title> ".
const FOOTER_SUBJECT = /^\W*the\s+post\s+(.+?)\s+$/i;
const LABEL_ONLY = /^[\s[(*_]*(?:(?:editor['’]s\s+note|ed\.?\s+note|note|update)\s*[:\-–—]?\s*)?$/i;

/**
 * True when the words before a rule's phrase make the sentence a statement about this post,
 * not a mention of something else that "originally appeared" somewhere. A guest post "for" a
 * publisher needs its writer as the subject; WordPress's "The post <title> appeared first on"
 * footer needs this post's own title.
 *
 * @param before - The sentence up to the rule's phrase.
 * @param rule - The rule that matched (some need their own subject).
 * @param title - The post's title, for the footer rule.
 * @returns Whether the note is about this post.
 * @example
 * isAboutThisPost('Student VoicesThis post '); //=> true
 * isAboutThisPost('The framework '); //=> false
 */
export function isAboutThisPost(before: string, rule = '', title = ''): boolean {
  if (rule === 'origin.guest-post-for') return WRITER_SUBJECT.test(before);
  if (rule === 'origin.appeared-first') {
    const footer = FOOTER_SUBJECT.exec(before);
    return footer !== null && slugify(footer[1] as string) === slugify(title);
  }
  return (
    SELF_SUBJECT.test(before) ||
    LABEL_ONLY.test(before) ||
    PRONOUN_SUBJECT.test(before) ||
    SERIES_SUBJECT.test(before)
  );
}
