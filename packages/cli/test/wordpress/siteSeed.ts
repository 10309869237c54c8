import { readFileSync } from 'node:fs';
import { type Post, readArchiveText } from '@competencyworks/posts';

// What the test WordPress is seeded with (scripts/wordpress/seed.php reads it): the 17 posts of the
// two seed archive pages, then one post per rule the kit must follow. Every text WordPress must not
// publish carries a marker starting with SECRET, so a test can search every bundle file for it.

/** A post as seed.php inserts it with wp_insert_post. */
export interface SeedPost {
  key: string;
  type?: 'post' | 'page';
  status?: 'publish' | 'draft' | 'future' | 'private' | 'pending';
  title: string;
  content: string;
  excerpt?: string;
  /** GMT, `YYYY-MM-DD HH:MM:SS`; the site's zone is UTC. */
  date: string;
  author?: string;
  password?: string;
  slug?: string;
  categories?: string[];
  tags?: string[];
  meta?: Record<string, string>;
  thumbnail?: string;
  attachments?: string[];
  comments?: { author: string; email?: string; content: string; approved?: 0 | 1 }[];
}

/** An attachment (media item) as seed.php inserts it; the file itself is not stored. */
export interface SeedAttachment {
  key: string;
  title: string;
  caption?: string;
  alt?: string;
  mime: string;
  /** The path under `uploads/`, from which WordPress builds the URL. */
  file: string;
  url: string;
  width?: number;
  height?: number;
}

/** The whole seed. */
export interface SiteSeed {
  title: string;
  description: string;
  theme?: string;
  postsPerPage?: number;
  users: { login: string; name: string }[];
  attachments: SeedAttachment[];
  posts: SeedPost[];
  /** Extra generated published posts (`Generated post N`), for the bench. */
  generate?: number;
}

const seedFolder = new URL('../../seeds/', import.meta.url);

/** The posts of the two seed archive pages, as the archive-text reader reads them. */
export function archivePosts(): Post[] {
  return ['archive-2016-08.txt', 'archive-2016-12.txt'].flatMap(
    (file) => readArchiveText(readFileSync(new URL(file, seedFolder)), { file }).posts,
  );
}

/** Markers of everything that must never reach a bundle. */
export const SECRETS = [
  'SECRET-DRAFT-BODY',
  'SECRET-SCHEDULED-BODY',
  'SECRET-PRIVATE-BODY',
  'SECRET-PASSWORD-BODY',
  'SECRET-PASSWORD-EXCERPT',
  'SECRET-PRIVATE-META',
  'SECRET-PENDING-COMMENT',
  'SECRET-PENDING-BODY',
] as const;

function slugOf(login: string): string {
  return login.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * Seed posts from the archive pages: the same titles, dates, authors and text. Two posts have no
 * date line on their page; WordPress needs one, so they get a day between their neighbours, and a
 * test comparing dates skips them. Posts of one day keep the page's order (earlier on the page is
 * later in the day), as WordPress lists newest first.
 */
function archiveSeedPosts(): { posts: SeedPost[]; users: SiteSeed['users'] } {
  const users = new Map<string, string>();
  const posts: SeedPost[] = [];
  let previous = '';
  for (const [index, post] of archivePosts().entries()) {
    const day =
      typeof post.published === 'string'
        ? post.published.slice(0, 10)
        : post.title?.startsWith('Rethinking the Achievement Gap')
          ? '2016-08-13'
          : '2016-12-16';
    const hour = day === previous ? 11 : 12;
    previous = day;
    const author = post.authors[0]?.name;
    if (author) users.set(slugOf(author), author);
    posts.push({
      key: `archive-${index}`,
      title: post.title ?? '',
      // The archive shows the excerpt as paragraphs separated by blank lines, as a classic post is typed.
      content: post.excerpt,
      date: `${day} ${hour}:00:00`,
      ...(author ? { author: slugOf(author) } : {}),
      categories: ['Competency Education'],
    });
  }
  return { posts, users: [...users].map(([login, name]) => ({ login, name })) };
}

const media = 'http://media.example.org/wp-content/uploads/2016/12';

/** Posts that exercise every rule: statuses, privacy, shortcodes, media, comments, paging. */
function rulePosts(): { posts: SeedPost[]; attachments: SeedAttachment[] } {
  const attachments: SeedAttachment[] = [
    {
      key: 'image-featured',
      title: 'Students at work',
      caption: 'Students at work in a studio',
      alt: 'Students working at tables',
      mime: 'image/jpeg',
      file: '2016/12/students.jpg',
      url: `${media}/students.jpg`,
      width: 1200,
      height: 800,
    },
    {
      key: 'image-gallery-1',
      title: 'Gallery one',
      mime: 'image/jpeg',
      file: '2016/12/gallery-1.jpg',
      url: `${media}/gallery-1.jpg`,
    },
    {
      key: 'image-gallery-2',
      title: 'Gallery two',
      mime: 'image/jpeg',
      file: '2016/12/gallery-2.jpg',
      url: `${media}/gallery-2.jpg`,
    },
    {
      key: 'podcast-file',
      title: 'Podcast episode',
      mime: 'audio/mpeg',
      file: '2016/12/episode-1.mp3',
      url: `${media}/episode-1.mp3`,
    },
  ];
  const posts: SeedPost[] = [
    {
      key: 'classic',
      title: 'Classic Paragraphs',
      content:
        'A first line\nand a second line of the same paragraph.\n\nA second paragraph with <em>emphasis</em>.\n<blockquote>A quote\nover two lines.</blockquote>\nA last paragraph.',
      date: '2016-12-22 10:00:00',
      categories: ['Rules'],
      tags: ['wpautop'],
    },
    {
      key: 'caption',
      title: 'A Captioned Image',
      content: `Before the image.\n\n[caption id="attachment_7" align="alignright" width="300"]<img class="size-medium wp-image-7" src="${media}/students.jpg" alt="Students" width="300" height="200" /> Students at work[/caption]\n\nAfter the image.`,
      date: '2016-12-22 11:00:00',
      categories: ['Rules'],
    },
    {
      key: 'gallery',
      title: 'A Gallery',
      content: 'Two images follow.\n\n[gallery columns="2" link="file"]',
      date: '2016-12-22 12:00:00',
      attachments: ['image-gallery-1', 'image-gallery-2'],
      categories: ['Rules'],
    },
    {
      key: 'embed',
      title: 'An Embedded Video Link',
      content: 'Watch this:\n\n[embed]https://video.example.org/watch/42[/embed]',
      date: '2016-12-22 13:00:00',
      categories: ['Rules'],
    },
    {
      key: 'audio',
      title: 'An Audio Player',
      content: `Listen:\n\n[audio src="${media}/episode-1.mp3"]`,
      date: '2016-12-22 14:00:00',
      categories: ['Rules'],
    },
    {
      key: 'video',
      title: 'A Video Player',
      content: `Watch:\n\n[video src="${media}/clip.mp4" width="640" height="360"]`,
      date: '2016-12-22 15:00:00',
      categories: ['Rules'],
    },
    {
      key: 'unknown-shortcode',
      title: 'A Plugin Shortcode',
      content: 'Sign up below.\n\n[contact-form-7 id="12" title="Contact"]\n\nThanks.',
      date: '2016-12-22 16:00:00',
      categories: ['Rules'],
    },
    {
      key: 'featured',
      title: 'A Featured Image',
      content: 'This post has a featured image.',
      date: '2016-12-23 09:00:00',
      thumbnail: 'image-featured',
      categories: ['Rules'],
    },
    {
      key: 'enclosure',
      title: 'Podcast Episode 1',
      content: 'The first episode of our podcast.',
      date: '2016-12-23 10:00:00',
      attachments: ['podcast-file'],
      meta: { enclosure: `${media}/episode-1.mp3\n12345678\naudio/mpeg\n` },
      categories: ['Podcast'],
    },
    {
      key: 'untitled',
      title: '',
      content: 'An aside without a title, as status and aside posts are.',
      date: '2016-12-23 11:00:00',
      categories: ['Rules'],
    },
    {
      key: 'comments',
      title: 'A Post With Comments',
      content: 'Tell us what you think.',
      date: '2016-12-23 12:00:00',
      categories: ['Rules'],
      comments: [
        { author: 'Reader One', email: 'one@example.org', content: 'A public comment.' },
        { author: 'Reader Two', email: 'two@example.org', content: 'Another public comment.' },
        {
          author: 'Spammer',
          email: 'spam@example.org',
          content: 'SECRET-PENDING-COMMENT',
          approved: 0,
        },
      ],
    },
    {
      key: 'private-meta',
      title: 'A Post With Private Meta',
      content: 'The meta of this post is not for the public.',
      date: '2016-12-23 13:00:00',
      categories: ['Rules'],
      meta: {
        _cw_private_note: 'SECRET-PRIVATE-META',
        _oembed_abc: '<script>SECRET-PRIVATE-META</script>',
      },
    },
    {
      key: 'password',
      title: 'A Protected Post',
      content: 'SECRET-PASSWORD-BODY',
      excerpt: 'SECRET-PASSWORD-EXCERPT',
      password: 'letmein',
      date: '2016-12-23 14:00:00',
      categories: ['Rules'],
    },
    {
      key: 'draft',
      status: 'draft',
      title: 'A Draft',
      content: 'SECRET-DRAFT-BODY',
      date: '2016-12-23 15:00:00',
    },
    {
      key: 'pending',
      status: 'pending',
      title: 'Pending Review',
      content: 'SECRET-PENDING-BODY',
      date: '2016-12-23 15:30:00',
    },
    {
      key: 'scheduled',
      status: 'future',
      title: 'A Scheduled Post',
      content: 'SECRET-SCHEDULED-BODY',
      date: '2099-01-01 09:00:00',
    },
    {
      key: 'private',
      status: 'private',
      title: 'A Private Post',
      content: 'SECRET-PRIVATE-BODY',
      date: '2016-12-23 16:00:00',
    },
    {
      key: 'page',
      type: 'page',
      title: 'About This Blog',
      content: 'We write about competency education.\n\nThis is a page, not a post.',
      date: '2016-01-01 09:00:00',
      slug: 'about',
    },
  ];
  return { posts, attachments };
}

/**
 * The seed of the test site.
 *
 * @param options - `generate`: extra generated posts (the bench); `theme`: a theme to switch to.
 * @returns The seed for scripts/wordpress/start.mjs.
 */
export function siteSeed(options: { generate?: number; theme?: string } = {}): SiteSeed {
  const archive = archiveSeedPosts();
  const rules = rulePosts();
  return {
    title: 'CompetencyWorks Test Blog',
    description: 'A local WordPress seeded for the tests',
    users: archive.users,
    attachments: rules.attachments,
    posts: [...archive.posts, ...rules.posts],
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.generate ? { generate: options.generate } : {}),
  };
}
