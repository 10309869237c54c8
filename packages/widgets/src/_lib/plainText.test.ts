import { describe, expect, it } from 'vitest';
import { plainText } from './plainText';

// The same htmlToPlainText the posts package and `cw build` use in Node (with the entities
// table), decoding here with the browser's own parser: no entity table in the page.
describe('plainText in the browser', () => {
  it('decodes named, legacy and numeric references as the page would', () => {
    expect(plainText('<p>Caf&eacute;&nbsp;<b>notes</b></p><script>x()</script>')).toBe(
      'Café notes',
    );
    expect(plainText('&copy 2016 &notin; &#x201D; &bogus; &lt;b&gt;')).toBe(
      '© 2016 ∉ ” &bogus; <b>',
    );
  });

  it('puts nothing in the page and runs nothing', () => {
    const before = document.body.innerHTML;
    expect(plainText('<img src=x onerror="window.ran=1">Hi<svg onload="window.ran=1">')).toBe('Hi');
    expect((window as { ran?: number }).ran).toBeUndefined();
    expect(document.body.innerHTML).toBe(before);
  });
});
