// A port of WordPress's wpautop() (wp-includes/formatting.php, WordPress 6.1): a WXR export holds
// post_content as typed in the classic editor, with bare line breaks; WordPress turns blank lines
// into paragraphs and single line breaks into <br /> when it renders a post. The steps and their
// order follow the PHP function line by line, so its output matches WordPress's.

/** PCRE's `\s` without the u flag: ASCII white space only (JavaScript's also takes U+00A0 and others). */
const S = '[ \\t\\n\\v\\f\\r]';

const ALL_BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';

const BLOCK_OPEN = new RegExp(`(<${ALL_BLOCKS}[ \\t\\n\\v\\f\\r/>])`, 'g');
const BLOCK_CLOSE = new RegExp(`(</${ALL_BLOCKS}>)`, 'g');
const P_AROUND_BLOCK = new RegExp(`<p>${S}*(</?${ALL_BLOCKS}[^>]*>)${S}*</p>`, 'g');
const P_BEFORE_BLOCK = new RegExp(`<p>${S}*(</?${ALL_BLOCKS}[^>]*>)`, 'g');
const P_AFTER_BLOCK = new RegExp(`(</?${ALL_BLOCKS}[^>]*>)${S}*</p>`, 'g');
const BR_AFTER_BLOCK = new RegExp(`(</?${ALL_BLOCKS}[^>]*>)${S}*<br />`, 'g');

/** Comments, CDATA sections and tags, as WordPress's get_html_split_regex() finds them. */
const HTML_PARTS = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[^>]*>?/g;

/** WordPress's wp_replace_in_html_tags() for newlines: each newline inside a tag or comment replaced. */
export function replaceNewlinesInTags(text: string, replacement: string): string {
  return text.includes('\n')
    ? text.replace(HTML_PARTS, (part) => part.replaceAll('\n', replacement))
    : text;
}

/** Newlines inside tags and comments would split paragraphs; WordPress hides them first. */
function hideNewlinesInTags(text: string): string {
  return replaceNewlinesInTags(text, ' <!-- wpnl --> ');
}

function setPreAside(text: string): { text: string; pre: Map<string, string> } {
  const pre = new Map<string, string>();
  if (!text.includes('<pre')) return { text, pre };
  const parts = text.split('</pre>');
  const last = parts.pop() ?? '';
  let out = '';
  for (const part of parts) {
    const start = part.indexOf('<pre');
    if (start < 0) {
      out += part;
      continue;
    }
    const name = `<pre wp-pre-tag-${pre.size}></pre>`;
    pre.set(name, `${part.slice(start)}</pre>`);
    out += part.slice(0, start) + name;
  }
  return { text: out + last, pre };
}

function tidyMedia(text: string): string {
  let out = text;
  if (out.includes('<option')) {
    out = out
      .replace(/[ \t\n\v\f\r]*<option/g, '<option')
      .replace(/<\/option>[ \t\n\v\f\r]*/g, '</option>');
  }
  if (out.includes('</object>')) {
    out = out
      .replace(/(<object[^>]*>)[ \t\n\v\f\r]*/g, '$1')
      .replace(/[ \t\n\v\f\r]*<\/object>/g, '</object>')
      .replace(/[ \t\n\v\f\r]*(<\/?(?:param|embed)[^>]*>)[ \t\n\v\f\r]*/g, '$1');
  }
  if (out.includes('<source') || out.includes('<track')) {
    out = out
      .replace(/([<[](?:audio|video)[^>\]]*[>\]])[ \t\n\v\f\r]*/g, '$1')
      .replace(/[ \t\n\v\f\r]*([<[]\/(?:audio|video)[>\]])/g, '$1')
      .replace(/[ \t\n\v\f\r]*(<(?:source|track)[^>]*>)[ \t\n\v\f\r]*/g, '$1');
  }
  if (out.includes('<figcaption')) {
    out = out
      .replace(/[ \t\n\v\f\r]*(<figcaption[^>]*>)/g, '$1')
      .replace(/<\/figcaption>[ \t\n\v\f\r]*/g, '</figcaption>');
  }
  return out;
}

function paragraphs(text: string): string {
  let out = '';
  for (const paragraph of text.replace(/\n\n+/g, '\n\n').split(/\n[ \t\n\v\f\r]*\n/)) {
    if (paragraph === '') continue;
    out += `<p>${paragraph.replace(/^\n+|\n+$/g, '')}</p>\n`;
  }
  return out
    .replace(/<p>[ \t\n\v\f\r]*<\/p>/g, '')
    .replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>')
    .replace(P_AROUND_BLOCK, '$1')
    .replace(/<p>(<li.+?)<\/p>/g, '$1')
    .replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>')
    .replaceAll('</blockquote></p>', '</p></blockquote>')
    .replace(P_BEFORE_BLOCK, '$1')
    .replace(P_AFTER_BLOCK, '$1');
}

function lineBreaks(text: string): string {
  return text
    .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, (match) =>
      match.replaceAll('\n', '<WPPreserveNewline />'),
    )
    .replace(/<br>|<br\/>/g, '<br />')
    .replace(/(?<!<br \/>)[ \t\n\v\f\r]*\n/g, '<br />\n')
    .replaceAll('<WPPreserveNewline />', '\n');
}

/**
 * Formats classic-editor text as WordPress does when it renders a post: blank lines become
 * paragraphs, single line breaks `<br />`, leaving block elements and `<pre>` alone.
 *
 * @param input - `post_content` as a WXR export holds it.
 * @returns The HTML WordPress's wpautop() makes of it.
 */
export function wpautop(input: string): string {
  // PHP's trim() strips these only.
  if (/^[ \t\n\r\0\v]*$/.test(input)) return '';
  const aside = setPreAside(`${input}\n`);
  let text = aside.text
    .replace(/<br[ \t\n\v\f\r]*\/?>[ \t\n\v\f\r]*<br[ \t\n\v\f\r]*\/?>/g, '\n\n')
    .replace(BLOCK_OPEN, '\n\n$1')
    .replace(BLOCK_CLOSE, '$1\n\n')
    .replace(/(<hr[ \t\n\v\f\r]*?\/?>)/g, '$1\n\n')
    .replace(/\r\n|\r/g, '\n');
  text = tidyMedia(hideNewlinesInTags(text));
  text = lineBreaks(paragraphs(text))
    .replace(BR_AFTER_BLOCK, '$1')
    .replace(/<br \/>([ \t\n\v\f\r]*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, '$1')
    // PCRE's $ also matches before a final newline.
    .replace(/\n<\/p>(\n?)$/, '</p>$1');
  for (const [name, pre] of aside.pre) text = text.replace(name, () => pre);
  return text.includes('<!-- wpnl -->')
    ? text.replaceAll(' <!-- wpnl --> ', '\n').replaceAll('<!-- wpnl -->', '\n')
    : text;
}
