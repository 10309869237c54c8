// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the inputs are module sources that contain template literals.

import { describe, expect, it } from 'vitest';
import { minifyTemplates } from '../build/minifyTemplates';

describe('minifyTemplates (build step)', () => {
  it('collapses indentation in html templates, nested ones included, and nothing else', () => {
    const source = [
      'const a = html`<p>',
      '    ${x ? html`<b>',
      '      ${y}</b>` : `keep\n  this`}',
      '  </p>`;',
      "const ics = `A\r\n B ${'x  y'}`;",
      '// html`<p>\n  in a comment</p>`',
    ].join('\n');
    expect(minifyTemplates(source)).toBe(
      [
        'const a = html`<p> ${x ? html`<b> ${y}</b>` : `keep\n  this`} </p>`;',
        "const ics = `A\r\n B ${'x  y'}`;",
        '// html`<p>\n  in a comment</p>`',
      ].join('\n'),
    );
  });

  it('minifies css templates but keeps strings and values', () => {
    const source =
      "css`\n  /* note */\n  .meta > * + *::before {\n    content: ' · ';\n    margin: 0.25em 0;\n  }\n`";
    expect(minifyTemplates(source)).toBe("css`.meta>* + *::before{content:' · ';margin:.25em 0}`");
  });
});
