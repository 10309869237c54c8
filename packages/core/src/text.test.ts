import { describe, expect, it } from 'vitest';
import { collapseWhitespace, decodeEntities, undoTypography } from './text';

describe('decodeEntities', () => {
  it.each([
    [
      'Student Voices: Moving Beyond &#8220;When I Grow Up&#8230;&#8221;',
      'Student Voices: Moving Beyond “When I Grow Up…”',
    ],
    ['Courtney Belolan&rsquo;s website', 'Courtney Belolan’s website'],
    ['Plan-Check&#x2013;Act', 'Plan-Check–Act'],
    ['Teaching &amp; Learning', 'Teaching & Learning'],
    ['&lt;script&gt;', '<script>'],
    ['AT&T', 'AT&T'],
    ['&copy 2016', '© 2016'],
    ['no entities at all', 'no entities at all'],
  ])('decodes %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('decodes once, not twice', () => {
    expect(decodeEntities('&amp;amp;')).toBe('&amp;');
  });
});

describe('undoTypography', () => {
  it('straightens quotes, dashes, ellipses and odd spaces', () => {
    expect(undoTypography('October 25–28 — “meet the expert”…')).toBe(
      'October 25-28 - "meet the expert"...',
    );
    expect(undoTypography('Diane’s ‘box’')).toBe("Diane's 'box'");
    expect(undoTypography('2:00\u00A0p.m.\u202FET')).toBe('2:00 p.m. ET');
    expect(undoTypography('zero\u200Bwidth')).toBe('zerowidth');
  });

  it('leaves plain text alone', () => {
    expect(undoTypography('Plan-Check- Act-Do')).toBe('Plan-Check- Act-Do');
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs of white space and trims', () => {
    expect(collapseWhitespace('  a \n\t b  ')).toBe('a b');
    expect(collapseWhitespace('')).toBe('');
  });
});
