import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wpautop } from '../../src/_lib/wpautop';

// The oracle is WordPress's own wpautop(), run by PHP from Debian's WordPress package (the test
// command installs it): every input, written by hand or generated, must come out the same.

function phpWpautop(inputs: readonly string[]): string[] {
  const output = execFileSync(
    'php',
    [
      '-r',
      'require "/usr/share/wordpress/wp-includes/formatting.php"; echo json_encode(array_map("wpautop", json_decode(file_get_contents("php://stdin"))));',
    ],
    { input: JSON.stringify(inputs), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(output);
}

const handWritten = [
  '',
  '   \n  ',
  'One line',
  'A first line\nand a second line of the same paragraph.\n\nA second paragraph with <em>emphasis</em>.\n<blockquote>A quote\nover two lines.</blockquote>\nA last paragraph.',
  'Before\n<pre>code\n\n  indented</pre>\nAfter\n\n<pre class="x">more</pre>',
  '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\nText after a list',
  '<div>inside a div\nwith a break</div>',
  'A <a\nhref="https://example.org">link with a newline in its tag</a>\n\nNext',
  'Text<br><br>more text<br/>and more<br />end',
  '<table>\n<tr>\n<td>cell</td>\n</tr>\n</table>',
  '<script>var a = 1;\nvar b = 2;</script>\n\nAfter a script',
  '[caption id="attachment_7" align="alignright" width="300"]<img src="a.jpg" width="300" height="200" /> Students at work[/caption]\n\nAfter',
  '[audio src="a.mp3"]\n\n<video>\n<source src="a.mp4" />\n</video>',
  '<select>\n<option>a</option>\n<option>b</option>\n</select>',
  '<object>\n<param name="a" value="b" />\n<embed src="x" />\n</object>',
  '<figure>\n<img src="a.jpg" />\n<figcaption>\nA caption\n</figcaption>\n</figure>',
  'Line with\u00a0a no-break space\n\u00a0\nNext',
  'Windows\r\nline\r\n\r\nendings',
  '<!-- a comment\nover lines -->\nText',
  '<hr>Text after a rule<hr />',
  '<h2>Heading</h2>\nParagraph\n<h3>Another</h3>',
];

const fragment = fc.constantFrom(
  '\n',
  '\n\n',
  '\n\n\n',
  ' ',
  '\t',
  '\r\n',
  '\u00a0',
  'text',
  'more words',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<blockquote>',
  '</blockquote>',
  '<ul>',
  '<li>',
  '</li>',
  '</ul>',
  '<pre>',
  '</pre>',
  '<br>',
  '<br />',
  '<em>',
  '</em>',
  '<a href="x">',
  '</a>',
  '<img src="a.jpg" />',
  '<hr>',
  '<!-- c -->',
  '<script>',
  '</script>',
  '<h2>',
  '</h2>',
  '<table><tr><td>',
  '</td></tr></table>',
  '<a\nhref="y">',
  '[caption]',
  '[/caption]',
  '<figcaption>',
  '</figcaption>',
  '<source src="a">',
  '<option>',
  '</option>',
);

describe('wpautop', () => {
  it('matches WordPress on hand-written classic-editor content', () => {
    expect(handWritten.map(wpautop)).toEqual(phpWpautop(handWritten));
  });

  it('matches WordPress on generated mixes of text, tags and line breaks', () => {
    const inputs = fc.sample(
      fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join('')),
      { numRuns: 2000, seed: 20261207 },
    );
    const expected = phpWpautop(inputs);
    const mismatches = inputs
      .map((input, i) => ({ input, ours: wpautop(input), wordpress: expected[i] }))
      .filter((pair) => pair.ours !== pair.wordpress);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});
