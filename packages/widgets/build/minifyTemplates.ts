/*
 * Build-time minification of Lit's template literals, which esbuild copies verbatim:
 * - css`...`: comments and whitespace removed (the styles never interpolate);
 * - html`...`: every run of whitespace that contains a line break becomes one space. HTML
 *   renders any whitespace run as one space (the widgets have no <pre> or <textarea>), so the
 *   output renders exactly as the source; only the source's indentation goes.
 * Plain template literals (URLs, .ics lines, messages) are never touched.
 */

/** Collapses the whitespace and comments of a stylesheet; strings and values are kept. */
export function minifyCss(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .trim();
}

const collapseHtml = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/**
 * Reads the template literal whose text starts at `start` (just after the backtick) and returns
 * its rewritten text (up to and including the closing backtick) and where it ended.
 */
function template(source: string, start: number, tag: string): [string, number] {
  let out = '';
  let text = '';
  let i = start;
  const flush = () => {
    out += tag === 'html' ? collapseHtml(text) : tag === 'css' ? minifyCss(text) : text;
    text = '';
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      text += source.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return [`${out}\``, i + 1];
    } else if (c === '$' && source[i + 1] === '{') {
      flush();
      const [code, end] = expression(source, i + 2);
      out += `\${${code}`;
      i = end;
    } else {
      text += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Reads JS code inside `${...}` from `start`; returns it (with the closing brace) and its end. */
function expression(source: string, start: number): [string, number] {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      const tag = /(html|css)$/.exec(out)?.[1] ?? '';
      const [body, end] = template(source, i + 1, tag);
      out += `\`${body}`;
      i = end;
    } else {
      if (c === '{') depth++;
      if (c === '}' && depth-- === 0) return [`${out}}`, i + 1];
      out += c;
      i++;
    }
  }
  throw new Error('unterminated template expression');
}

/**
 * Rewrites every html`...` and css`...` template in a module's source. Occurrences in comments
 * (doc examples) are left alone.
 *
 * @example
 * minifyTemplates('const t = html`<p>\n  ${x}\n</p>`;'); //=> 'const t = html`<p> ${x} </p>`;'
 */
export function minifyTemplates(source: string): string {
  let out = '';
  let i = 0;
  const tagged = /\b(html|css)`/g;
  for (let match = tagged.exec(source); match; match = tagged.exec(source)) {
    if (match.index < i) continue;
    const lineStart = source.lastIndexOf('\n', match.index) + 1;
    const line = source.slice(lineStart, match.index);
    if (/^\s*\*|\/\//.test(line)) continue;
    const bodyStart = match.index + match[0].length;
    const [body, end] = template(source, bodyStart, match[1] as string);
    out += source.slice(i, bodyStart) + body;
    i = end;
    tagged.lastIndex = end;
  }
  return out + source.slice(i);
}
