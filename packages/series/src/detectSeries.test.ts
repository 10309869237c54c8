import { type Post, postText } from '@competencyworks/posts';
import { describe, expect, test } from 'vitest';
import { detectSeries } from './detectSeries';
import { safeParseSeries } from './series';

let counter = 0;
function post(fields: Partial<Post>): Post {
  counter++;
  return {
    id: `p${counter}`,
    title: `Post ${counter}`,
    authors: [],
    excerpt: '',
    categories: [],
    tags: [],
    origin: [],
    source: { format: 'archive-text' },
    ...fields,
  };
}

const IMPLEMENTING =
  'Implementing Competency Education in K-12 Systems: Insights from Local Leaders';
const IMPLEMENTING_ID =
  'implementing-competency-education-in-k-12-systems-insights-from-local-leaders';

/** Every piece of evidence points at its sentence in the text it names; every series validates. */
function expectConsistent(posts: Post[], result: ReturnType<typeof detectSeries>): void {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const evidence = [
    ...result.series.flatMap((s) => s.parts.flatMap((part) => part.evidence)),
    ...result.posts.flatMap((p) => (p.series ? [p.series.evidence] : [])),
  ];
  for (const e of evidence) {
    const source = byId.get(e.postId);
    expect(source).toBeDefined();
    if (source === undefined) continue;
    expect(postText(source, e.field)?.text.slice(e.start, e.end)).toBe(e.sentence);
  }
  for (const series of result.series) expect(safeParseSeries(series).success).toBe(true);
}

describe('detectSeries: numbered article series', () => {
  test('"This is the twenty-fourth article in the series ..." gives part 24', () => {
    const sentence = `This is the twenty-fourth article in the series ${IMPLEMENTING}.`;
    const input = post({
      title: 'Continuous Improvement and Innovation',
      excerpt: `${sentence}\n\nIt is no surprise that Chugach School District received the award.`,
    });
    const result = detectSeries([input]);
    expect(result.issues).toEqual([]);
    expect(result.series).toEqual([
      {
        id: IMPLEMENTING_ID,
        title: IMPLEMENTING,
        kind: 'series',
        parts: [
          {
            position: 24,
            postId: input.id,
            title: 'Continuous Improvement and Innovation',
            evidence: [
              {
                postId: input.id,
                field: 'excerpt',
                sentence,
                start: 0,
                end: 127,
                rule: 'series.ordinal-in-series',
              },
            ],
          },
        ],
      },
    ]);
    expect(result.posts[0]?.series).toEqual({
      seriesId: IMPLEMENTING_ID,
      position: 24,
      evidence: result.series[0]?.parts[0]?.evidence[0],
    });
    expectConsistent([input], result);
  });

  test.each([
    ['first', 1],
    ['ninth', 9],
    ['twelfth', 12],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['twenty first', 21],
    ['forty-second', 42],
    ['ninety-ninth', 99],
    ['one hundredth', 100],
    ['hundredth', 100],
    ['101st', 101],
    ['24th', 24],
    ['2nd', 2],
    ['3rd', 3],
  ])('ordinal "%s" is position %i', (ordinal, position) => {
    const input = post({
      excerpt: `This is the ${ordinal} article in the series ${IMPLEMENTING}.`,
    });
    const { series } = detectSeries([input]);
    expect(series[0]?.parts[0]?.position).toBe(position);
    expect(series[0]?.id).toBe(IMPLEMENTING_ID);
  });

  test('parts from several posts are grouped under one slug id, ordered by position', () => {
    const posts = [24, 23, 22, 21].map((n, i) =>
      post({
        title: `Article ${n}`,
        excerpt: `This is the ${['twenty-fourth', 'twenty-third', 'twenty-second', 'twenty-first'][i]} article in the series ${IMPLEMENTING}.`,
      }),
    );
    const result = detectSeries(posts);
    expect(result.series).toHaveLength(1);
    expect(result.series[0]?.parts.map((part) => [part.position, part.title])).toEqual([
      [21, 'Article 21'],
      [22, 'Article 22'],
      [23, 'Article 23'],
      [24, 'Article 24'],
    ]);
    expect(result.posts.map((p) => p.series?.position)).toEqual([24, 23, 22, 21]);
    expectConsistent(posts, result);
  });

  test('other wordings: "in our series on", "Part 2 of 5 in", "in the X series", "This post is part of"', () => {
    const posts = [
      post({ excerpt: 'This is the third post in our series on Assessment Literacy.' }),
      post({ excerpt: 'This is Part 2 of 5 in our series on Assessment Literacy.' }),
      post({ excerpt: 'This is part four of the series “Assessment Literacy.”' }),
      post({ excerpt: 'This post is part of the Assessment Literacy series.' }),
    ];
    const result = detectSeries(posts);
    expect(result.series).toHaveLength(1);
    expect(result.series[0]).toMatchObject({
      id: 'assessment-literacy',
      title: 'Assessment Literacy',
      total: 5,
    });
    expect(result.posts.map((p) => [p.series?.position, p.series?.evidence.rule])).toEqual([
      [3, 'series.ordinal-in-series'],
      [2, 'series.numbered-in-series'],
      [4, 'series.numbered-in-series'],
      [undefined, 'series.member-in-series'],
    ]);
    expectConsistent(posts, result);
  });

  test('"This is the first in a series of posts on ..." (no noun after the ordinal)', () => {
    const sentence = 'This is the first in a series of posts on Assessment Literacy.';
    const result = detectSeries([post({ excerpt: sentence })]);
    expect(result.series[0]).toMatchObject({ id: 'assessment-literacy', kind: 'series' });
    expect(result.posts[0]?.series).toMatchObject({
      position: 1,
      evidence: { sentence, start: 0, end: sentence.length, rule: 'series.ordinal-in-series' },
    });
  });

  test('"the last article" is a member without a position', () => {
    const result = detectSeries([
      post({ excerpt: `This is the last article in the series ${IMPLEMENTING}.` }),
    ]);
    expect(result.series[0]?.parts[0]).not.toHaveProperty('position');
    expect(result.posts[0]?.series?.seriesId).toBe(IMPLEMENTING_ID);
  });

  test('a clause after the title is not part of it', () => {
    const { series } = detectSeries([
      post({
        excerpt:
          'This is the second post in the series Voices from the Field, which looks at Maine.',
      }),
    ]);
    expect(series[0]?.title).toBe('Voices from the Field');
  });
});

describe('detectSeries: tours', () => {
  const ninth = post({
    title: 'Talking Equity with John Duval',
    published: '2016-08-11',
    excerpt:
      'This is the ninth post of my Mastering Mastery-Based Learning in NYC tour. Start with the first post on NYC Big Takeaways and then read about NYC’s Mastery Collaborative, EPIC North, and New Classrooms\n\n“Mastery-based learning can reopen a conversation about equity.”',
  });
  const eighth = post({
    title: 'Anchoring the Learning: A Discussion with Joel Rose at New Classrooms',
    published: '2016-08-09',
    excerpt:
      'AnchorThis is the eighth post of my Mastering Mastery-Based Learning in NYC tour. Start with the first post on NYC Big Takeaways and then read about NYC’s Mastery Collaborative and EPIC North',
  });

  test('a tour with its first part named by title and known only by reference', () => {
    const result = detectSeries([ninth, eighth]);
    expect(result.issues).toEqual([]);
    expect(result.series).toHaveLength(1);
    const tour = result.series[0];
    expect(tour).toMatchObject({
      id: 'mastering-mastery-based-learning-in-nyc',
      title: 'Mastering Mastery-Based Learning in NYC',
      kind: 'tour',
    });
    expect(tour?.parts.map((part) => [part.position, part.postId, part.title])).toEqual([
      [1, undefined, 'NYC Big Takeaways'],
      [8, eighth.id, eighth.title],
      [9, ninth.id, ninth.title],
    ]);
    // Both posts point to part 1, so it has both sentences as evidence.
    expect(tour?.parts[0]?.evidence.map((e) => [e.postId, e.rule, e.start])).toEqual([
      [ninth.id, 'series.ordinal-part-reference', 75],
      [eighth.id, 'series.ordinal-part-reference', 82],
    ]);
    expect(tour?.parts[0]?.evidence[0]?.sentence).toMatch(
      /^Start with the first post on NYC Big Takeaways and then read about/,
    );
    expect(tour?.parts[2]?.evidence[0]).toEqual({
      postId: ninth.id,
      field: 'excerpt',
      sentence: 'This is the ninth post of my Mastering Mastery-Based Learning in NYC tour.',
      start: 0,
      end: 74,
      rule: 'series.ordinal-in-tour',
    });
    // The glued caption ("AnchorThis is ...") stays in the sentence: offsets are into the excerpt as given.
    expect(tour?.parts[1]?.evidence[0]).toMatchObject({
      start: 0,
      end: 81,
      rule: 'series.ordinal-in-tour',
    });
    expectConsistent([ninth, eighth], result);
  });

  test('a referenced part that is in the input becomes a member, found by title', () => {
    const first = post({
      title: 'NYC Big Takeaways',
      excerpt: 'Here is what I learned in New York City.',
    });
    const result = detectSeries([ninth, first]);
    const tour = result.series[0];
    expect(tour?.parts.map((part) => [part.position, part.postId])).toEqual([
      [1, first.id],
      [9, ninth.id],
    ]);
    expect(result.posts[1]?.series).toMatchObject({
      seriesId: 'mastering-mastery-based-learning-in-nyc',
      position: 1,
      evidence: { postId: ninth.id, rule: 'series.ordinal-part-reference' },
    });
    expectConsistent([ninth, first], result);
  });

  test('the link on a referenced title gives the part its url', () => {
    const linked = post({
      contentHtml:
        '<p>This is the ninth post of my Mastering Mastery-Based Learning in NYC tour. Start with the first post on <a href="https://www.competencyworks.org/nyc-big-takeaways/">NYC Big Takeaways</a> and then read about the rest.</p>',
    });
    const { series } = detectSeries([linked]);
    expect(series[0]?.parts[0]).toMatchObject({
      position: 1,
      title: 'NYC Big Takeaways',
      url: 'https://www.competencyworks.org/nyc-big-takeaways/',
    });
    expect(series[0]?.parts[0]?.evidence[0]?.field).toBe('content');
  });
});

describe('detectSeries: multipart titles', () => {
  test('"(Part 3)" in the title with "Read Part 1 and Part 2" in the text', () => {
    const input = post({
      title: 'Rethinking the Achievement Gap (Part 3)',
      excerpt:
        'This post originally appeared at Next Generation Learning Challenges on April 6, 2016 and the Workshop School on April 1, 2016. Read Part 1 and Part 2\n\nWe focus intently on the achievement gap.',
    });
    const result = detectSeries([input]);
    expect(result.issues).toEqual([]);
    const reference = {
      postId: input.id,
      field: 'excerpt',
      sentence: 'Read Part 1 and Part 2',
      start: 128,
      end: 150,
      rule: 'series.sibling-part-reference',
    };
    expect(result.series).toEqual([
      {
        id: 'rethinking-the-achievement-gap',
        title: 'Rethinking the Achievement Gap',
        kind: 'multipart',
        parts: [
          { position: 1, evidence: [reference] },
          { position: 2, evidence: [reference] },
          {
            position: 3,
            postId: input.id,
            title: 'Rethinking the Achievement Gap (Part 3)',
            evidence: [
              {
                postId: input.id,
                field: 'title',
                sentence: 'Rethinking the Achievement Gap (Part 3)',
                start: 0,
                end: 39,
                rule: 'series.title-part',
              },
            ],
          },
        ],
      },
    ]);
    expectConsistent([input], result);
  });

  test('sibling parts in the input are joined by position, with the reference as more evidence', () => {
    const posts = [
      post({ title: 'Rethinking the Achievement Gap (Part 3)', excerpt: 'Read Part 1 and Part 2' }),
      post({ title: 'Rethinking the Achievement Gap (Part 2)', excerpt: 'Read Part 1 first.' }),
      post({
        title: 'Rethinking the Achievement Gap (Part 1)',
        excerpt: 'We define achievement too narrowly.',
      }),
    ];
    const result = detectSeries(posts);
    const parts = result.series[0]?.parts ?? [];
    expect(parts.map((part) => [part.position, part.postId])).toEqual([
      [1, posts[2]?.id],
      [2, posts[1]?.id],
      [3, posts[0]?.id],
    ]);
    expect(parts[0]?.evidence.map((e) => e.rule)).toEqual([
      'series.title-part',
      'series.sibling-part-reference',
      'series.sibling-part-reference',
    ]);
    expectConsistent(posts, result);
  });

  test('links on "Part 1" and "Part 2" give each part its own url', () => {
    const input = post({
      title: 'Rethinking the Achievement Gap (Part 3)',
      contentHtml:
        '<p>Read <a href="https://nglc.org/gap-1">Part 1</a> and <a href="https://nglc.org/gap-2">Part 2</a></p>',
    });
    const { series } = detectSeries([input]);
    expect(series[0]?.parts.map((part) => [part.position, part.url])).toEqual([
      [1, 'https://nglc.org/gap-1'],
      [2, 'https://nglc.org/gap-2'],
      [3, undefined],
    ]);
  });

  test.each([
    ['Rethinking the Achievement Gap (Part 3)', 'Rethinking the Achievement Gap', 3, undefined],
    ['Rethinking the Achievement Gap [Part 3]', 'Rethinking the Achievement Gap', 3, undefined],
    ['Rethinking the Achievement Gap: Part II', 'Rethinking the Achievement Gap', 2, undefined],
    ['Rethinking the Achievement Gap, Part IV', 'Rethinking the Achievement Gap', 4, undefined],
    ['Rethinking the Achievement Gap – Part 2 of 5', 'Rethinking the Achievement Gap', 2, 5],
    ['Rethinking the Achievement Gap (Part Two of Three)', 'Rethinking the Achievement Gap', 2, 3],
    [
      'Rethinking the Achievement Gap, Part 2: How We Got Here',
      'Rethinking the Achievement Gap',
      2,
      undefined,
    ],
  ])('title "%s"', (title, seriesTitle, position, total) => {
    const input = post({ title });
    const result = detectSeries([input]);
    expect(result.series[0]?.title).toBe(seriesTitle);
    expect(result.series[0]?.kind).toBe('multipart');
    expect(result.series[0]?.total).toBe(total);
    expect(result.posts[0]?.series).toMatchObject({ position });
    expect(result.posts[0]?.series?.evidence).toEqual({
      postId: input.id,
      field: 'title',
      sentence: title,
      start: 0,
      end: title.length,
      rule: 'series.title-part',
    });
  });

  test('"(continued)" joins the post with the base title as part 1', () => {
    const original = post({ title: 'What Is Mastery?', published: '2016-12-01' });
    const continued = post({ title: 'What Is Mastery? (continued)', published: '2016-12-08' });
    const result = detectSeries([continued, original]);
    expect(result.series).toHaveLength(1);
    expect(result.series[0]).toMatchObject({ id: 'what-is-mastery', kind: 'multipart' });
    expect(result.series[0]?.parts.map((part) => [part.position, part.postId])).toEqual([
      [1, original.id],
      [undefined, continued.id],
    ]);
    expect(result.posts[0]?.series?.evidence).toMatchObject({
      field: 'title',
      sentence: 'What Is Mastery? (continued)',
      rule: 'series.title-continued',
    });
    expectConsistent([continued, original], result);
  });
});

describe('detectSeries: columns', () => {
  test('a known column form is a column from one post', () => {
    const title = 'Learner-Centered Tip of the Week: Steps to Grow Learner Autonomy';
    const input = post({ title });
    const result = detectSeries([input]);
    expect(result.series).toEqual([
      {
        id: 'learner-centered-tip-of-the-week',
        title: 'Learner-Centered Tip of the Week',
        kind: 'column',
        parts: [
          {
            postId: input.id,
            title,
            evidence: [
              {
                postId: input.id,
                field: 'title',
                sentence: title,
                start: 0,
                end: 64,
                rule: 'series.column-known-form',
              },
            ],
          },
        ],
      },
    ]);
    expect(result.posts[0]?.series).not.toHaveProperty('position');
  });

  test('a prefix two posts share is a column; its parts read oldest first', () => {
    const newer = post({
      title: 'Student Voices: Moving Beyond “When I Grow Up…”',
      published: '2016-08-18',
    });
    const older = post({
      title: 'Student Voices: What Mastery Means to Me',
      published: '2016-05-02',
    });
    const other = post({
      title: 'San Antonio Here We Come: Competency Ed at the iNACOL Symposium',
    });
    const result = detectSeries([newer, other, older]);
    expect(result.series).toHaveLength(1);
    expect(result.series[0]).toMatchObject({
      id: 'student-voices',
      title: 'Student Voices',
      kind: 'column',
    });
    expect(result.series[0]?.parts.map((part) => part.postId)).toEqual([older.id, newer.id]);
    expect(result.series[0]?.parts[0]?.evidence[0]?.rule).toBe('series.column-shared-prefix');
    expect(result.posts[1]).not.toHaveProperty('series');
  });

  test('the same post read twice (two sources, two ids) does not make its prefix a column', () => {
    const title = 'Huge Fall Sale: 20% of All Trainers & Most Power Meters';
    expect(detectSeries([post({ title }), post({ title })]).series).toEqual([]);
  });

  test('a one-word label, a date prefix or a lone prefix is no column', () => {
    const posts = [
      post({ title: 'Swift: When to use guard vs if' }),
      post({ title: 'Swift: What are Protocols with Associated Types?' }),
      post({ title: 'January 11th Webinar: Advancing Competency Education in New England' }),
      post({ title: 'January 11th Webinar: Register Now' }),
      post({ title: 'Mastery Motivates Students: “No Way” vs. “Not Yet”' }),
    ];
    expect(detectSeries(posts).series).toEqual([]);
  });
});

describe('detectSeries: conflicts are reported', () => {
  test('two posts claiming one position: the first keeps it, the other is kept without, with an issue', () => {
    const a = post({
      title: 'A',
      excerpt: `This is the twenty-third article in the series ${IMPLEMENTING}.`,
    });
    const b = post({
      title: 'B',
      excerpt: `This is the twenty-third article in the series ${IMPLEMENTING}.`,
    });
    const result = detectSeries([a, b]);
    expect(result.series[0]?.parts.map((part) => [part.position, part.postId])).toEqual([
      [23, a.id],
      [undefined, b.id],
    ]);
    expect(result.posts[1]?.series).not.toHaveProperty('position');
    expect(result.issues).toEqual([
      {
        code: 'series-position-conflict',
        severity: 'warning',
        index: 1,
        message: `posts "A" and "B" both claim part 23 of "${IMPLEMENTING}"; kept "A" as part 23 and "B" without a position`,
      },
    ]);
    expectConsistent([a, b], result);
  });

  test('different totals and a part beyond the total are reported', () => {
    const posts = [post({ title: 'Gap (Part 2 of 3)' }), post({ title: 'Gap (Part 4 of 4)' })];
    const result = detectSeries(posts);
    expect(result.issues.map((issue) => issue.code)).toEqual(['series-total-conflict']);
    expect(result.series[0]?.total).toBe(4);
    const beyond = detectSeries([post({ title: 'Gap (Part 5 of 4)' })]);
    expect(beyond.issues.map((issue) => issue.code)).toEqual(['series-position-beyond-total']);
    expect(beyond.series[0]).not.toHaveProperty('total');
    expect(safeParseSeries(beyond.series[0]).success).toBe(true);
  });

  test('a series called a tour in one post and a series in another is reported', () => {
    const result = detectSeries([
      post({
        excerpt: 'This is the second post of my Mastering Mastery-Based Learning in NYC tour.',
      }),
      post({
        excerpt: 'This is the third post in the series Mastering Mastery-Based Learning in NYC.',
      }),
    ]);
    expect(result.series).toHaveLength(1);
    expect(result.series[0]?.kind).toBe('tour');
    expect(result.issues.map((issue) => [issue.code, issue.index])).toEqual([
      ['series-kind-conflict', 1],
    ]);
  });

  test('a reference naming a different title for a known position is reported', () => {
    const first = post({ excerpt: 'This is the first post of my NYC tour. Welcome.' });
    const ninth = post({
      excerpt:
        'This is the ninth post of my NYC tour. Start with the first post on NYC Big Takeaways.',
    });
    const result = detectSeries([post({ ...first, title: 'Arriving in New York' }), ninth]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['series-reference-conflict']);
    expect(result.series[0]?.parts[0]).toMatchObject({
      position: 1,
      title: 'Arriving in New York',
    });
  });
});

describe('detectSeries: no false series', () => {
  test.each([
    '(Check out the series on CCSD.)',
    'You might want to read our series on Charleston County’s approach before you go!',
    'Competency education in the K-12 education system needs a different kind of leadership.',
    'Part of the problem is that grades mean different things in different schools.',
    'In part 3 of the report, the authors look at equity.',
    'See part 3 of the report for the data.',
    'The third article in the series looked at Chugach.',
    'This is the best part of the work.',
    'This is the first time I have seen a tour like this.',
    'This is the first in a long line of changes to the series of tests.',
    'This is the third post in a series.',
    'Read about the series of workshops we held in the fall.',
  ])('%s', (sentence) => {
    const result = detectSeries([post({ excerpt: sentence })]);
    expect(result.series).toEqual([]);
    expect(result.posts[0]).not.toHaveProperty('series');
  });

  test.each([
    'Implementing Competency Education in K-12 Systems',
    'Part of the Problem: Grading',
    'The Best Part of Teaching',
    'Apple Watch Series 3: Sport & Fitness In-Depth Review',
    'Rethinking the Achievement Gap (Part of a Larger Story)',
  ])('title "%s"', (title) => {
    expect(detectSeries([post({ title })]).series).toEqual([]);
  });

  test('"Read Part 1" in a post that is no member names nothing', () => {
    expect(detectSeries([post({ excerpt: 'Read Part 1 and Part 2' })]).series).toEqual([]);
  });
});

describe('detectSeries: input and output', () => {
  test('the input posts are not changed; every post comes back as a copy, in order', () => {
    const posts = [
      post({ title: 'Rethinking the Achievement Gap (Part 3)' }),
      post({ title: 'Recommended Summer Reading 2016' }),
    ];
    const before = structuredClone(posts);
    const result = detectSeries(posts);
    expect(posts).toEqual(before);
    expect(result.posts.map((p) => p.id)).toEqual(posts.map((p) => p.id));
    expect(result.posts[0]).not.toBe(posts[0]);
    expect(result.posts[1]).not.toBe(posts[1]);
    expect(result.posts[1]).toEqual(posts[1]);
  });

  test('no posts give no series', () => {
    expect(detectSeries([])).toEqual({ series: [], posts: [], issues: [] });
  });
});

describe('detectSeries: untitled posts', () => {
  function untitled(fields: Partial<Post>): Post {
    const { title: _, ...rest } = post(fields);
    return rest;
  }

  test('an untitled post matches no title rule and breaks no column', () => {
    const posts = [
      post({ title: 'Voices from the Field: Vermont' }),
      untitled({ excerpt: 'Off to Vermont next week.' }),
      post({ title: 'Voices from the Field: Maine' }),
    ];
    const result = detectSeries(posts);
    expect(result.issues).toEqual([]);
    expect(result.series.map((s) => s.parts.map((part) => part.postId))).toEqual([
      [posts[0]?.id, posts[2]?.id],
    ]);
    expect(result.posts[1]).not.toHaveProperty('series');
    expectConsistent(posts, result);
  });

  test('an untitled post that says it is part of a series is a part without a title', () => {
    const sentence = `This is the third article in the series ${IMPLEMENTING}.`;
    const input = untitled({ excerpt: sentence });
    const result = detectSeries([input]);
    expect(result.series[0]?.parts).toEqual([
      {
        position: 3,
        postId: input.id,
        evidence: [expect.objectContaining({ field: 'excerpt', sentence })],
      },
    ]);
    expectConsistent([input], result);
  });
});
