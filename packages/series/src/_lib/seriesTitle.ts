// Where a series title written at the end of a sentence stops: a clause after a comma
// (", which looks at ..."), a semicolon, a dash, a bracket, or a cross-post note ("... Presque
// Isle originally posted at CompetencyWorks").
const TITLE_END =
  /,\s+(?=[a-z])|;|\s[-–—]\s|\s\(|\s+(?:originally|first)\s+(?:posted|published|appeared)\b/;
const QUOTED = /^["“‘']([^"”’]+)["”’']/;

/**
 * The series title at the start of `text` (the rest of a sentence after "in the series"):
 * a quoted title up to its closing quote, else up to the end of the clause, without the
 * sentence's closing punctuation. Undefined when nothing title-like is left.
 *
 * @example
 * seriesTitleAt('Voices from the Field, which looks at Maine.'); //=> { title: 'Voices from the Field', length: 21 }
 */
export function seriesTitleAt(text: string): { title: string; length: number } | undefined {
  const quoted = QUOTED.exec(text);
  if (quoted) {
    const title = (quoted[1] as string).replace(/[\s.,;:!?]+$/, '').trim();
    return title === '' ? undefined : { title, length: quoted[0].length };
  }
  const cut = TITLE_END.exec(text);
  let end = cut ? cut.index : text.length;
  while (end > 0 && /[\s.,;:!?"”’'…)]/.test(text[end - 1] as string)) end--;
  const title = text.slice(0, end);
  if (title === '' || title.length > 150 || !/^[\p{L}\p{N}]/u.test(title)) return undefined;
  return { title, length: end };
}
