const SPACE = /\s/;
const SPACE_OR_STOP = /[\s,;:.]/;

/**
 * Clips plain text to at most `max` characters, ellipsis included, at a word: the cut word goes,
 * then the spaces and stops before it. The widgets clip excerpts and titles with it, and `cw
 * build` clips the excerpts of its list pages with it, so a widget never clips them again.
 * Walked back from the cut rather than matched with `/[\s,;:.]*\S*$/`, which tries every
 * position of the text. Text with no space to cut at (a long URL) is cut where it reaches `max`.
 *
 * @param text - Plain text.
 * @param max - The most characters to keep, ellipsis included.
 * @returns The text, or its clipped start and `…`.
 * @example
 * clipText('Students advance on mastery, not seat time.', 30); //=> 'Students advance on mastery…'
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  let end = cut.length;
  while (end > 0 && !SPACE.test(cut.charAt(end - 1))) end--;
  while (end > 0 && SPACE_OR_STOP.test(cut.charAt(end - 1))) end--;
  return `${end > 0 ? cut.slice(0, end) : cut}…`;
}
