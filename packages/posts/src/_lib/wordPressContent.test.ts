import { describe, expect, it } from 'vitest';
import { type MediaItem, type RenderContext, renderWordPressContent } from './wordPressContent';

// Expected HTML written by hand from WordPress 6.1's PHP (shortcodes.php, media.php,
// class-wp-embed.php); packages/cli/test/wordpress/wxrContent.test.ts checks the same renderer
// against a live WordPress's own content.rendered.

function image(id: number, fields: Partial<MediaItem> = {}): MediaItem {
  return {
    id,
    url: `https://example.org/wp-content/uploads/2016/12/photo-${id}.jpg`,
    link: `https://example.org/photo-${id}/`,
    title: `Photo ${id}`,
    caption: '',
    alt: '',
    mimeType: 'image/jpeg',
    parent: 10,
    menuOrder: 0,
    width: 800,
    height: 600,
    sizes: new Map(),
    ...fields,
  };
}

function render(content: string, media: MediaItem[] = []) {
  const removed: string[] = [];
  const context: RenderContext = {
    postId: 10,
    media: {
      get: (id) => media.find((item) => item.id === id),
      childrenOf: (postId) => media.filter((item) => item.parent === postId),
    },
    removed: (name) => removed.push(name),
  };
  return { html: renderWordPressContent(content, context), removed };
}

describe('renderWordPressContent', () => {
  it('renders [caption] as an HTML5 figure, taking the caption from after the image', () => {
    expect(
      render(
        '[caption id="attachment_7" align="alignright" width="300"]<img src="a.jpg" /> Hi[/caption]',
      ).html,
    ).toBe(
      '<figure id="attachment_7" aria-describedby="caption-attachment-7" style="width: 300px" class="wp-caption alignright"><img src="a.jpg" /><figcaption id="caption-attachment-7" class="wp-caption-text">Hi</figcaption></figure>\n',
    );
  });

  it('reads the old caption attribute, and gives the bare content without a width', () => {
    expect(
      render('[caption width="20" caption="Old style"]<img src="a.jpg" />[/caption]').html,
    ).toBe(
      '<figure style="width: 20px" class="wp-caption alignnone"><img src="a.jpg" /><figcaption class="wp-caption-text">Old style</figcaption></figure>\n',
    );
    expect(render('[caption]<img src="a.jpg" /> Hi[/caption]').html).toBe('<img src="a.jpg" />\n');
  });

  it('keeps an escaped [[caption]] as the literal text [caption]', () => {
    expect(render('Type [[caption]] to add one.').html).toBe('<p>Type [caption] to add one.</p>\n');
    expect(render('[[gallery ids="1"]]').html).toBe('<p>[gallery ids="1"]</p>\n');
  });

  it('takes a shortcode alone in its paragraph out of the paragraph (shortcode_unautop)', () => {
    expect(
      render('Before\n\n[gallery ids="1" link="none" size="full"]\n\nAfter', [image(1)]).html,
    ).toBe(`<p>Before</p>
<div id='gallery-1' class='gallery galleryid-10 gallery-columns-3 gallery-size-full'><figure class='gallery-item'>
\t\t\t<div class='gallery-icon landscape'>
\t\t\t\t<img width="800" height="600" src="https://example.org/wp-content/uploads/2016/12/photo-1.jpg" class="attachment-full size-full" alt="" decoding="async" loading="lazy" />
\t\t\t</div></figure>
\t\t</div>

<p>After</p>
`);
  });

  it('lists a gallery in the order of its ids, with the named size, links and captions', () => {
    const sized = image(2, {
      caption: 'Second',
      alt: 'Two',
      sizes: new Map([['thumbnail', { file: 'photo-2-150x150.jpg', width: 150, height: 150 }]]),
    });
    const { html } = render('[gallery ids="2,1"]', [image(1), sized]);
    expect(html.indexOf('photo-2-150x150.jpg')).toBeLessThan(html.indexOf('photo-1.jpg'));
    expect(html).toContain(
      `<a href='https://example.org/photo-2/'><img width="150" height="150" src="https://example.org/wp-content/uploads/2016/12/photo-2-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="Two" decoding="async" loading="lazy" aria-describedby="gallery-1-2" /></a>`,
    );
    // No thumbnail file: the full image, scaled to fit 150 x 150.
    expect(html).toContain(
      '<img width="150" height="113" src="https://example.org/wp-content/uploads/2016/12/photo-1.jpg"',
    );
    expect(html).toContain(
      "<figcaption class='wp-caption-text gallery-caption' id='gallery-1-2'>\n\t\t\t\tSecond\n",
    );
  });

  it('lists the images attached to the post by menu order, then id, and nothing else', () => {
    const media = [
      image(5, { menuOrder: 2 }),
      image(3, { menuOrder: 2 }),
      image(4, { menuOrder: 1 }),
      image(6, { parent: 99 }),
      image(7, { mimeType: 'audio/mpeg', url: 'https://example.org/a.mp3' }),
    ];
    const { html } = render('[gallery link="file"]', media);
    const order = [...html.matchAll(/photo-(\d+)\.jpg' ?>/g)].map((m) => m[1]);
    expect(order).toEqual(['4', '3', '5']);
    // wpautop's closing newline is all that is left of a gallery with no images.
    expect(render('[gallery]').html).toBe('\n');
  });

  it('renders [audio] and [video] as WordPress players with a fallback link', () => {
    expect(render('[audio src="https://example.org/a.mp3"]').html).toBe(
      `<!--[if lt IE 9]><script>document.createElement('audio');</script><![endif]-->\n<audio class="wp-audio-shortcode" id="audio-10-1" preload="none" style="width: 100%;" controls="controls"><source type="audio/mpeg" src="https://example.org/a.mp3?_=1" /><a href="https://example.org/a.mp3">https://example.org/a.mp3</a></audio>\n`,
    );
    expect(
      render('[video src="https://example.org/v.mp4" width="320" height="180"]').html,
    ).toContain(
      '<div style="width: 320px;" class="wp-video"><!--[if lt IE 9]><script>document.createElement(\'video\');</script><![endif]-->\n<video class="wp-video-shortcode" id="video-10-1" width="320" height="180" preload="metadata" controls="controls"><source type="video/mp4" src="https://example.org/v.mp4?_=1" /><a href="https://example.org/v.mp4">https://example.org/v.mp4</a></video></div>',
    );
    // WordPress reads the extension at the very end of the URL, so a query string makes a link.
    expect(render('[video src="https://example.org/v.mp4?x=1&y=2"]').html).toBe(
      '<a class="wp-embedded-video" href="https://example.org/v.mp4?x=1&amp;y=2">https://example.org/v.mp4?x=1&amp;y=2</a>\n',
    );
    // A file the player cannot play is a plain link.
    expect(render('[audio src="https://example.org/a.txt"]').html).toBe(
      '<a class="wp-embedded-audio" href="https://example.org/a.txt">https://example.org/a.txt</a>\n',
    );
  });

  it('plays the first audio file attached to the post when [audio] names none', () => {
    const episode = image(8, { url: 'https://example.org/ep.mp3', mimeType: 'audio/mpeg' });
    expect(render('[audio]', [episode]).html).toContain('<a href="https://example.org/ep.mp3">');
    expect(render('[audio]').html).toBe('\n');
  });

  it('turns [embed] and a URL alone on its line into a link, or a player for a media file', () => {
    expect(render('[embed]https://example.org/watch?v=1&amp;t=2[/embed]').html).toBe(
      '<p><a href="https://example.org/watch?v=1&#038;t=2">https://example.org/watch?v=1&amp;t=2</a></p>\n'.replace(
        '&#038;',
        '&amp;',
      ),
    );
    expect(render('Look:\nhttps://example.org/page\nThanks').html).toBe(
      '<p>Look:<br />\n<a href="https://example.org/page">https://example.org/page</a><br />\nThanks</p>\n',
    );
    expect(render('[embed]https://example.org/song.mp3[/embed]').html).toContain(
      '<audio class="wp-audio-shortcode"',
    );
    expect(render('See https://example.org/inline in a sentence.').html).toBe(
      '<p>See https://example.org/inline in a sentence.</p>\n',
    );
  });

  it('removes shortcodes no core handler renders, keeps what they enclose, and reports them', () => {
    const { html, removed } = render(
      'Sign up.\n\n[contact-form-7 id="12"]\n\n[box]Boxed text[/box] and [toc/] here.',
    );
    expect(html).toBe('<p>Sign up.</p>\n\n<p>Boxed text and  here.</p>\n');
    expect(removed).toEqual(['contact-form-7', 'box', 'toc']);
  });

  it('leaves bracketed text that is not a shortcode alone', () => {
    const text = 'He said [sic] that [1] and [a link](x) were fine.';
    expect(render(text)).toEqual({ html: `<p>${text}</p>\n`, removed: [] });
  });

  it('skips wpautop for block editor content but still renders its shortcodes', () => {
    expect(
      render('<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->\n[[caption]]').html,
    ).toBe('<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->\n[caption]');
  });

  it('reads many unclosed shortcodes in one pass', () => {
    // Each is an opening tag with no closing one and no caption: WordPress gives its (empty) content.
    const content = '[caption width="1"] x '.repeat(50_000);
    expect(render(content).html).toBe(`<p>${' x '.repeat(50_000)}</p>\n`);
  });
});
