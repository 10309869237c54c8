/**
 * Splitting an image caption off the first paragraph of an archive-text post.
 *
 * When an archive page is captured as text, an image at the start of a post is replaced by its
 * alt text or caption, glued to the first word with no space: "Student VoicesThis post...",
 * "El PasoI've just...", "Screenshot 2016-08-15 10.49.52We need...",
 * "2016-snapshot-of-cbe-state-policy_timestampCompetencyWorks is hosting...". In prose a lower
 * case letter, digit or underscore is never directly followed by a capital that starts a word,
 * except inside intercapped names ("CompetencyWorks", "iNACOL", "McDonald"), so the rule is:
 *
 * 1. the split point is a lower-case letter, digit or underscore followed by an upper-case letter,
 *    within the first 80 characters;
 * 2. the caption before it is one token of letters, digits, `_`, `.` and `-` (a file name or a
 *    word: "old-lady", "competencyworks-logo1"), or up to six such words each starting with a
 *    capital or a digit ("Student Voices", "Screenshot 2016-08-15 10.49.52"); it has at least two
 *    characters, so "iNACOL" and "eBay" are never split;
 * 3. the text after it starts a sentence: a capital followed by a lower-case letter, an
 *    apostrophe or a space ("This", "I've", "A major");
 * 4. the glued word (the caption's last word run plus the text's first word, "VoicesThis") is not
 *    a known intercapped name, and does not occur anywhere else in the page as a word: a word the
 *    page uses elsewhere ("CompetencyWorks") is a real word, not a caption glued to text.
 */

const CAPTION_TOKEN = String.raw`[\p{L}\p{N}][\p{L}\p{N}_.\-]*`;
const SINGLE_TOKEN = new RegExp(`^${CAPTION_TOKEN}$`, 'u');
const TITLE_WORDS = /^[\p{Lu}\p{N}][\p{L}\p{N}_.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}_.-]*){1,5}$/u;
const SENTENCE_START = /^\p{Lu}(?:\p{Ll}|['\u2019]|\s)/u;
const JUNCTION = /[\p{Ll}\p{N}_](?=\p{Lu})/gu;
const LAST_RUN = /[\p{L}\p{N}]+$/u;
const FIRST_WORD = /^[\p{L}\p{N}'\u2019]+/u;
const MAX_CAPTION = 80;

// Intercapped names common on education blogs that a page may use only once.
const INTERCAPPED = new Set(
  [
    'BrainPOP',
    'CompetencyWorks',
    'DreamBox',
    'EdSurge',
    'EdWeek',
    'FaceTime',
    'GitHub',
    'GoFundMe',
    'KnowledgeWorks',
    'LinkedIn',
    'MetisNet',
    'OneNote',
    'PayPal',
    'PowerPoint',
    'PowerSchool',
    'SharePoint',
    'WordPress',
    'YouTube',
  ].map((word) => word.toLowerCase()),
);

export interface GluedCaption {
  caption: string;
  text: string;
}

/**
 * Splits a caption glued to the first word of a paragraph, or returns undefined when the
 * paragraph starts normally. `page` is the whole input, used as evidence that a glued word is
 * a real word the page uses elsewhere.
 */
export function splitGluedCaption(paragraph: string, page: string): GluedCaption | undefined {
  const head = paragraph.slice(0, MAX_CAPTION + 1);
  for (const match of head.matchAll(JUNCTION)) {
    const at = match.index + match[0].length;
    if (at > MAX_CAPTION) break;
    const caption = paragraph.slice(0, at);
    const text = paragraph.slice(at);
    if (caption.length < 2 || !(SINGLE_TOKEN.test(caption) || TITLE_WORDS.test(caption))) continue;
    if (!SENTENCE_START.test(text)) continue;
    const glued = `${LAST_RUN.exec(caption)?.[0] ?? ''}${FIRST_WORD.exec(text)?.[0] ?? ''}`;
    if (/^Mc\p{Lu}/u.test(glued) || INTERCAPPED.has(glued.toLowerCase())) continue;
    if (occurrences(page, glued) > 1) continue;
    return { caption, text };
  }
  return undefined;
}

function occurrences(page: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  let count = 0;
  for (const _ of page.matchAll(pattern)) {
    count++;
    if (count > 1) break;
  }
  return count;
}
