import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../test/expectGolden';
import { thrown } from '../test/thrown';
import { readArchiveText } from './readArchiveText';

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/archive/${name}`, import.meta.url));

/** A one-post page around an excerpt, for the rules that act on the first paragraph. */
const onePost = (body: string, dateLine = 'August 1, 2016 by') =>
  `A Title\n\n${dateLine}\n\n${body}\n\nPrint Friendly\n`;

describe('readArchiveText golden files', () => {
  it.each([
    ['archive-2016-08.txt', 'archive-text-2016-08'],
    ['archive-2016-12.txt', 'archive-text-2016-12'],
  ])('%s', (file, golden) => {
    expectGolden(readArchiveText(fixture(file)), golden);
  });
});

describe('readArchiveText on the August 2016 seed page', () => {
  const { format, posts, issues } = readArchiveText(fixture('archive-2016-08.txt'));

  it('finds all 8 posts and nothing else', () => {
    expect(format).toBe('archive-text');
    expect(posts).toHaveLength(8);
  });

  it.each([
    // title, published, source.byline, authors, imageCaption, source.line, truncated
    [
      'Student Voices: Moving Beyond “When I Grow Up…”',
      '2016-08-18',
      'August 18, 2016 by',
      [],
      'Student Voices',
      7,
      true,
    ],
    [
      'San Antonio Here We Come: Competency Ed at the iNACOL Symposium',
      '2016-08-17',
      'August 17, 2016 by',
      [],
      'El Paso',
      25,
      false,
    ],
    [
      'Vote for Pop Up Problems of Practice in CBE',
      '2016-08-15',
      'August 15, 2016 by',
      [],
      'Screenshot 2016-08-15 10.49.52',
      54,
      false,
    ],
    [
      'Rethinking the Achievement Gap (Part 3)',
      undefined,
      'Matt Riggan',
      ['Matt Riggan'],
      undefined,
      66,
      true,
    ],
    [
      'Recommended Summer Reading 2016',
      '2016-08-12',
      'August 12, 2016 by',
      [],
      'Summer Reading',
      80,
      false,
    ],
    [
      'Talking Equity with John Duval',
      '2016-08-11',
      'August 11, 2016 by',
      [],
      'John Duval',
      96,
      true,
    ],
    [
      'Curious about Competency-Based Education?',
      '2016-08-10',
      'August 10, 2016 by',
      [],
      'Workshop',
      116,
      true,
    ],
    [
      'Anchoring the Learning: A Discussion with Joel Rose at New Classrooms',
      '2016-08-09',
      'August 9, 2016 by',
      [],
      'Anchor',
      134,
      true,
    ],
  ])('post "%s"', (title, published, byline, authors, imageCaption, line, truncated) => {
    const index = posts.findIndex((post) => post.title === title);
    const post = posts[index];
    expect(post?.published).toBe(published);
    expect(post?.source).toEqual({ format: 'archive-text', line, index, byline });
    expect(post?.authors.map((author) => author.name)).toEqual(authors);
    expect(post?.imageCaption).toBe(imageCaption);
    expect(post?.extra?.truncated === true).toBe(truncated);
    expect(post?.continuationUrl).toBeUndefined();
  });

  it('reports the header, the date-less Part 3 post and the footer, and nothing else', () => {
    expect(issues).toEqual([
      expect.objectContaining({ code: 'site-chrome', severity: 'warning', line: 1 }),
      {
        code: 'missing-date',
        severity: 'warning',
        message:
          'post "Rethinking the Achievement Gap (Part 3)" has no date line (the line after the title is "Matt Riggan", read as its author); kept without a date',
        line: 66,
        index: 3,
      },
      expect.objectContaining({ code: 'site-chrome', severity: 'warning', line: 147 }),
    ]);
    expect(issues[0]?.message).toMatch(/^lines 1-5 skipped: the site's header or footer/);
    expect(issues[2]?.message).toContain('WordPress SEO fine-tune');
  });

  it('derives ids from date and title, and from the title alone without a date', () => {
    expect(posts[0]?.id).toBe('cw-2016-08-18-student-voices-moving-beyond-when-i-grow-up');
    expect(posts[3]?.id).toBe('cw-rethinking-the-achievement-gap-part-3');
  });

  it('keeps the excerpt as paragraphs with the caption and the (more…) marker removed', () => {
    const excerpt = posts[0]?.excerpt ?? '';
    expect(
      excerpt.startsWith(
        'This post originally appeared at Getting Smart on July 25, 2016.\n\nA major task',
      ),
    ).toBe(true);
    expect(excerpt.endsWith('into a portfolio she can take to colleges.')).toBe(true);
    expect(excerpt.split('\n\n')).toHaveLength(6);
    for (const post of posts) {
      expect(post.excerpt).not.toMatch(/\(more…\)|Print Friendly|\n{3}|^\s|\s$/);
    }
  });

  it('keeps line breaks inside a paragraph', () => {
    expect(posts[6]?.excerpt).toContain(
      'Education (Capacity: 60)\nDr. Kristen Brittingham, Charleston County School District\nRebecca Mestaz, Marzano Research\n\nCharleston',
    );
  });

  it('starts the Part 3 excerpt after both author lines', () => {
    expect(posts[3]?.excerpt).toMatch(
      /^This post originally appeared at Next Generation Learning Challenges/,
    );
  });
});

describe('readArchiveText on the December 2016 seed page', () => {
  const { posts, issues } = readArchiveText(fixture('archive-2016-12.txt'));

  it('finds all 9 posts', () => {
    expect(posts).toHaveLength(9);
  });

  it.each([
    [
      'Learner-Centered Tip of the Week: Steps to Grow Learner Autonomy',
      '2016-12-21',
      'December 21, 2016 by',
      'supplies',
      7,
      false,
    ],
    [
      'Continuous Improvement and Innovation',
      '2016-12-20',
      'December 20, 2016 by',
      'old-lady',
      25,
      true,
    ],
    [
      'January 11th Webinar: Advancing Competency Education in New England',
      '2016-12-19',
      'December 19, 2016 by',
      '2016-snapshot-of-cbe-state-policy_timestamp',
      39,
      false,
    ],
    ['Three Ways Districts Stumble in Implementation', undefined, undefined, 'growth', 47, true],
    [
      'Mastery Motivates Students: “No Way” vs. “Not Yet”',
      '2016-12-15',
      'December 15, 2016 by',
      'FIHS Science Teacher Jordan Wolf with Students',
      64,
      true,
    ],
    [
      'Are You a Newbie to CBE? This Article Is Just for You',
      '2016-12-14',
      'December 14, 2016 by',
      'competencyworks-logo1',
      86,
      false,
    ],
    [
      'Refining the Instructional Model and Enhancing the Instructional Cycle',
      '2016-12-13',
      'December 13, 2016 by',
      'planner',
      100,
      true,
    ],
    [
      'Making Mid-Course Corrections and Refinements',
      '2016-12-12',
      'December 12, 2016 by',
      'dandelion',
      112,
      true,
    ],
    [
      'With Much Sadness We Remember Diane Smith',
      '2016-12-09',
      'December 9, 2016 by',
      'Smith Diane',
      126,
      false,
    ],
  ])('post "%s"', (title, published, byline, imageCaption, line, truncated) => {
    const index = posts.findIndex((post) => post.title === title);
    const post = posts[index];
    expect(post?.published).toBe(published);
    expect(post?.source).toEqual({
      format: 'archive-text',
      line,
      index,
      ...(byline !== undefined ? { byline } : {}),
    });
    expect(post?.authors).toEqual([]);
    expect(post?.imageCaption).toBe(imageCaption);
    expect(post?.extra?.truncated === true).toBe(truncated);
  });

  it('reports the date-less post with a warning', () => {
    expect(issues.map((issue) => issue.code)).toEqual([
      'site-chrome',
      'missing-date',
      'site-chrome',
    ]);
    expect(issues[1]).toEqual({
      code: 'missing-date',
      severity: 'warning',
      message:
        'post "Three Ways Districts Stumble in Implementation" has no date line; kept without a date',
      line: 47,
      index: 3,
    });
    expect(issues[2]?.line).toBe(162);
  });

  it('keeps the list structure, with the bullets nested under the numbered step', () => {
    expect(posts[0]?.excerpt.split('\n\n').at(-1)).toBe(
      [
        '1. Two Choices, Repeat Tomorrow: Offer learners the choice between two activities or resources to interact with. Both choices should be clearly connected to learning targets and/or foundational knowledge. Repeat the choices again the next class day. Support learners to keep track of their choice for day 1, so they can independently move on the other option. Some ways to do this:',
        '  - Make a T chart on the board with the choice options, and have students put sticky notes with their names on the day 1 choice.',
        '  - Give them a very simple work planner, or goal setting sheet',
        '  - Put popsicle sticks with learner names in cups for choice 1 and choice 2',
      ].join('\n'),
    );
  });

  it('splits the caption glued to an intercapped first word, keeping the word whole', () => {
    expect(posts[2]?.excerpt).toMatch(/^CompetencyWorks is hosting a Leadership webinar/);
  });

  it('reads a caption line directly under the date line, without a blank line between', () => {
    expect(posts[8]?.excerpt).toMatch(
      /^Diane Smith, Jan\. 28, 1950 – Nov\. 30, 2016\n\nWe lost Diane Smith/,
    );
  });

  it('keeps no-break spaces and the typography as published', () => {
    expect(posts[1]?.excerpt).toContain('article in the series\u00A0Implementing');
    expect(posts[4]?.title).toBe('Mastery Motivates Students: “No Way” vs. “Not Yet”');
  });
});

describe('readArchiveText image captions glued to the first word', () => {
  it.each([
    ['Student VoicesThis post originally appeared', 'Student Voices', 'This post'],
    ['El PasoI’ve just been looking at the schedule', 'El Paso', 'I’ve just'],
    ['AnchorThis is the eighth post', 'Anchor', 'This is'],
    [
      'Screenshot 2016-08-15 10.49.52We need your help',
      'Screenshot 2016-08-15 10.49.52',
      'We need',
    ],
    ['growthThis is the twenty-third article', 'growth', 'This is'],
    [
      '2016-snapshot-of-cbe-state-policy_timestampCompetencyWorks is hosting',
      '2016-snapshot-of-cbe-state-policy_timestamp',
      'CompetencyWorks is',
    ],
    ['competencyworks-logo1I’m receiving an increase', 'competencyworks-logo1', 'I’m receiving'],
    ['dandelionThis is the twenty-first article', 'dandelion', 'This is'],
    ['plannerThis is the twenty-second article', 'planner', 'This is'],
    ['WorkshopAre you going to the iNACOL Symposium?', 'Workshop', 'Are you'],
    ['Summer ReadingIn case you haven’t signed up', 'Summer Reading', 'In case'],
    ['suppliesThis post originally appeared', 'supplies', 'This post'],
    ['old-ladyThis is the twenty-fourth article', 'old-lady', 'This is'],
    ['mapA major task for high schools', 'map', 'A major'],
  ])('%s', (body, caption, start) => {
    const [post] = readArchiveText(onePost(body)).posts;
    expect(post?.imageCaption).toBe(caption);
    expect(post?.excerpt.startsWith(start)).toBe(true);
  });

  it.each([
    ['This post originally appeared at Getting Smart on July 25, 2016.'],
    ['CompetencyWorks is hosting a Leadership webinar.'],
    ['iNACOL is hosting its symposium in San Antonio.'],
    ['McDonald’s is not a school.'],
    ['YouTube is where the video lives.'],
    ['The KnowledgeWorks team joined us.'],
    ['Read about the Mastery CollaborativeThe Young Women’s Leadership School later on.'],
    ['I read it at NYC’s Mastery CollaborativeThe Young Women’s Leadership School.'],
    ['A list of resources follows.'],
  ])('leaves "%s" whole', (body) => {
    const [post] = readArchiveText(onePost(body)).posts;
    expect(post?.imageCaption).toBeUndefined();
    expect(post?.excerpt).toBe(body);
  });

  it('does not split a word the page uses elsewhere', () => {
    const alone = readArchiveText(onePost('EdReady is a diagnostic tool.')).posts[0];
    expect(alone?.imageCaption).toBe('Ed');
    const used = readArchiveText(onePost('EdReady is a diagnostic tool.\n\nWe use EdReady daily.'))
      .posts[0];
    expect(used?.imageCaption).toBeUndefined();
    expect(used?.excerpt).toMatch(/^EdReady is/);
  });
});

describe('readArchiveText bylines and name lines', () => {
  it('reads the authors after "by"', () => {
    const [post] = readArchiveText(
      onePost('Text.', 'August 1, 2016 by Alice Hale and Bo Li'),
    ).posts;
    expect(post?.authors).toEqual([{ name: 'Alice Hale' }, { name: 'Bo Li' }]);
    expect(post?.source.byline).toBe('August 1, 2016 by Alice Hale and Bo Li');
  });

  it('reads a date line without "by"', () => {
    const [post] = readArchiveText(onePost('Text.', 'August 1, 2016')).posts;
    expect(post?.published).toBe('2016-08-01');
    expect(post?.authors).toEqual([]);
  });

  it('reads a single name line in the date line’s place as a caption, never an author', () => {
    const { posts, issues } = readArchiveText(
      'A Title\n\nJohn Duval\n\nThe text.\n\nPrint Friendly',
    );
    expect(posts[0]).toMatchObject({
      authors: [],
      imageCaption: 'John Duval',
      excerpt: 'The text.',
    });
    expect(posts[0]?.source.byline).toBeUndefined();
    expect(issues[0]?.message).toContain('"John Duval", is read as an image caption');
  });

  it('does not take a sentence under the date line for a caption', () => {
    const [post] = readArchiveText(onePost('Here is an overview of the strand:\n\nMore.')).posts;
    expect(post?.imageCaption).toBeUndefined();
    expect(post?.excerpt).toBe('Here is an overview of the strand:\n\nMore.');
  });

  it('reports a date that does not exist and keeps the post without one', () => {
    const { posts, issues } = readArchiveText(onePost('Text.', 'February 30, 2016 by'));
    expect(posts[0]?.published).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-date', line: 3, index: 0 })]);
  });
});

describe('readArchiveText bad input', () => {
  it.each([[''], ['   \n\n  ']])('refuses empty input %j', (input) => {
    const error = thrown(() => readArchiveText(input));
    expect(error).toMatchObject({ code: 'empty-input', line: 1, column: 1 });
    expect(error.message).toMatch(
      /^1:1: the input is empty; expected an archive page as plain text/,
    );
  });

  it('refuses HTML, pointing at the first tag', () => {
    const error = thrown(() => readArchiveText(fixture('archive-2016-08.html')));
    expect(error).toMatchObject({ code: 'wrong-format', line: 1, column: 1 });
    expect(error.message).toContain('use readArchiveHtml');
    expect(thrown(() => readArchiveText('\n\n  <article class="post">')).message).toMatch(/^3:3: /);
  });

  it('refuses JSON', () => {
    expect(thrown(() => readArchiveText('[{"id": 1}]'))).toMatchObject({ code: 'wrong-format' });
  });

  it('refuses text with no archive structure', () => {
    const error = thrown(() => readArchiveText('\nJust some notes.\nNothing dated here.'));
    expect(error).toMatchObject({ code: 'no-posts', line: 2, column: 1 });
  });

  it('keeps the posts of a truncated page and says the last one may be incomplete', () => {
    const page = fixture('archive-2016-08.txt').toString('utf8');
    const cut = page.slice(0, page.indexOf('Joel Rose and Sue Fine'));
    const { posts, issues } = readArchiveText(cut);
    expect(posts).toHaveLength(8);
    expect(posts[7]?.excerpt).toMatch(/and EPIC North$/);
    expect(issues.at(-1)).toEqual(
      expect.objectContaining({
        code: 'unterminated-post',
        severity: 'warning',
        line: 134,
        index: 7,
      }),
    );
  });

  it('reports a title left alone at the end of a cut page', () => {
    const page = fixture('archive-2016-12.txt').toString('utf8');
    const cut = page.slice(0, page.indexOf('\n\nDecember 9, 2016 by'));
    const { posts, issues } = readArchiveText(cut);
    expect(posts).toHaveLength(8);
    expect(issues.at(-1)).toMatchObject({ code: 'skipped-text', severity: 'error', line: 126 });
    expect(issues.at(-1)?.message).toContain('With Much Sadness We Remember Diane Smith');
  });

  it('splits two posts whose separator is missing and says so', () => {
    const page =
      'One\n\nAugust 2, 2016 by\n\nFirst.\n\nTwo\n\nAugust 1, 2016 by\n\nSecond.\n\nPrint Friendly';
    const { posts, issues } = readArchiveText(page);
    expect(posts.map((post) => [post.title, post.excerpt])).toEqual([
      ['One', 'First.'],
      ['Two', 'Second.'],
    ]);
    expect(issues).toEqual([expect.objectContaining({ code: 'missing-separator', line: 7 })]);
  });

  it('reports a post that has a date but no title', () => {
    const { posts, issues } = readArchiveText(
      'One\n\nAugust 2, 2016 by\n\nFirst.\n\nPrint Friendly\n\nAugust 1, 2016 by\n\nOrphan text.\n\nPrint Friendly',
    );
    expect(posts).toHaveLength(1);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'missing-title', severity: 'error', line: 9 }),
    ]);
  });
});

describe('readArchiveText input encodings and options', () => {
  const page = fixture('archive-2016-12.txt');
  const expected = readArchiveText(page).posts;

  it('reads CRLF line endings the same way', () => {
    const crlf = page.toString('utf8').replace(/\n/g, '\r\n');
    expect(readArchiveText(crlf).posts).toEqual(expected);
  });

  it('reads UTF-8 with a BOM and UTF-16LE with a BOM', () => {
    expect(readArchiveText(new Uint8Array([0xef, 0xbb, 0xbf, ...page])).posts).toEqual(expected);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(page.toString('utf8'), 'utf16le'),
    ]);
    expect(readArchiveText(utf16).posts).toEqual(expected);
  });

  it('reads windows-1252 bytes when told the charset', () => {
    const bytes = Buffer.from(
      'Caf\xe9 Talk\n\nDecember 15, 2016 by\n\nText.\n\nPrint Friendly',
      'latin1',
    );
    expect(readArchiveText(bytes, { charset: 'windows-1252' }).posts[0]?.title).toBe('Café Talk');
    // Read as UTF-8, the one Latin-1 byte is replaced and reported where it is.
    const asUtf8 = readArchiveText(bytes);
    expect(asUtf8.posts[0]?.title).toBe('Caf\uFFFD Talk');
    expect(asUtf8.issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-encoding', line: 1, column: 4 }),
    );
  });

  it('records the file name in each post', () => {
    const [post] = readArchiveText(page, { file: 'archive-2016-12.txt' }).posts;
    expect(post?.source.file).toBe('archive-2016-12.txt');
  });
});
