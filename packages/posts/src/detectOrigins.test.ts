import { describe, expect, test } from 'vitest';
import { detectOrigins } from './detectOrigins';
import type { Origin, Post } from './post';
import { postText } from './postText';

function post(fields: Partial<Post>): Post {
  return {
    id: 'p1',
    title: 'A post',
    authors: [],
    excerpt: '',
    categories: [],
    tags: [],
    origin: [],
    source: { format: 'archive-text' },
    ...fields,
  };
}

/** Checks that each origin's evidence points at its sentence in the text it names. */
function expectEvidenceInText(input: Post, origins: Origin[]): void {
  for (const { evidence } of origins) {
    const text = postText(input, evidence.field)?.text ?? '';
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    expect(evidence.postId).toBe(input.id);
  }
}

describe('detectOrigins: the seed notes', () => {
  test('one publisher and date (Student Voices, August 2016)', () => {
    const input = post({
      excerpt:
        'This post originally appeared at Getting Smart on July 25, 2016.\n\nA major task for high schools today is to guide students toward postsecondary opportunities.',
    });
    const origins = detectOrigins(input);
    expect(origins).toEqual([
      {
        publisher: 'Getting Smart',
        date: '2016-07-25',
        evidence: {
          postId: 'p1',
          field: 'excerpt',
          sentence: 'This post originally appeared at Getting Smart on July 25, 2016.',
          start: 0,
          end: 64,
          rule: 'origin.originally-appeared',
        },
      },
    ]);
    expectEvidenceInText(input, origins);
  });

  test('two publishers, each with its own date, share one piece of evidence (Part 3)', () => {
    const sentence =
      'This post originally appeared at Next Generation Learning Challenges on April 6, 2016 and the Workshop School on April 1, 2016.';
    const input = post({ excerpt: `${sentence} Read Part 1 and Part 2\n\nWe focus intently.` });
    const origins = detectOrigins(input);
    expect(origins.map(({ publisher, date }) => ({ publisher, date }))).toEqual([
      { publisher: 'Next Generation Learning Challenges', date: '2016-04-06' },
      { publisher: 'the Workshop School', date: '2016-04-01' },
    ]);
    for (const origin of origins) {
      expect(origin.evidence).toEqual({
        postId: 'p1',
        field: 'excerpt',
        sentence,
        start: 0,
        end: 127,
        rule: 'origin.originally-appeared',
      });
    }
  });

  test('a possessive publisher with a curly apostrophe, kept as written', () => {
    const input = post({
      excerpt:
        'This post originally appeared on Courtney Belolan’s website on December 9, 2016. Belolan is the instructional coach for RSU2 in Maine.',
    });
    const origins = detectOrigins(input);
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatchObject({
      publisher: 'Courtney Belolan’s website',
      date: '2016-12-09',
    });
    expect(origins[0]?.evidence).toMatchObject({ start: 0, end: 80 });
    expectEvidenceInText(input, origins);
  });

  test('a caption glued to the first word does not hide the note', () => {
    const input = post({
      excerpt:
        'suppliesThis post originally appeared on Courtney Belolan’s website on December 9, 2016.',
    });
    const [origin] = detectOrigins(input);
    expect(origin?.publisher).toBe('Courtney Belolan’s website');
    expect(origin?.evidence.sentence).toBe(input.excerpt);
  });

  test('a note after the first sentence has offsets into the excerpt', () => {
    const input = post({
      excerpt:
        'FIHS Science Teacher Jordan Wolf with Students\n\nThis post originally appeared at Mastery Collaborative on October 21, 2016.\n\nCan a mastery-based school culture help?',
    });
    const origins = detectOrigins(input);
    expect(origins.map((origin) => [origin.publisher, origin.date])).toEqual([
      ['Mastery Collaborative', '2016-10-21'],
    ]);
    expect(origins[0]?.evidence).toMatchObject({ start: 48, end: 123 });
    expectEvidenceInText(input, origins);
  });
});

describe('detectOrigins: the other ways of saying it', () => {
  test.each([
    [
      'This article was originally published on Education Week on March 3, 2017.',
      'Education Week',
      '2017-03-03',
      'origin.originally-published',
    ],
    [
      'This post was originally published in The Hechinger Report (May 3, 2017).',
      'The Hechinger Report',
      '2017-05-03',
      'origin.originally-published',
    ],
    [
      'This piece was originally published by the Aurora Institute.',
      'the Aurora Institute',
      undefined,
      'origin.originally-published',
    ],
    [
      'Originally published at KnowledgeWorks, September 12, 2016.',
      'KnowledgeWorks',
      '2016-09-12',
      'origin.originally-published',
    ],
    [
      'This post was first published on the iNACOL blog on Tuesday, October 4, 2016.',
      'the iNACOL blog',
      '2016-10-04',
      'origin.first-published',
    ],
    ['Cross-posted from Getting Smart.', 'Getting Smart', undefined, 'origin.cross-posted'],
    [
      'This post is crossposted with permission from the Christensen Institute blog.',
      'the Christensen Institute blog',
      undefined,
      'origin.cross-posted',
    ],
    [
      'Reprinted with permission from Education Week.',
      'Education Week',
      undefined,
      'origin.reprinted',
    ],
    [
      'This article is reprinted from District Administration with permission.',
      'District Administration',
      undefined,
      'origin.reprinted',
    ],
    [
      "Editor's note: A version of this article originally appeared in a slightly different form at EdSurge on June 1, 2016.",
      'EdSurge',
      '2016-06-01',
      'origin.originally-appeared',
    ],
  ])('%s', (sentence, publisher, date, rule) => {
    const input = post({ excerpt: `Intro line.\n\n${sentence}` });
    const origins = detectOrigins(input);
    expect(origins).toHaveLength(1);
    expect(origins[0]?.publisher).toBe(publisher);
    expect(origins[0]?.date).toBe(date);
    expect(origins[0]?.evidence).toEqual({
      postId: 'p1',
      field: 'excerpt',
      sentence,
      start: 13,
      end: 13 + sentence.length,
      rule,
    });
  });

  test('a date without a year takes the year that puts it before the post', () => {
    const december = post({
      published: '2016-12-21',
      excerpt: 'This post originally appeared on Courtney Belolan’s website on December 9.',
    });
    expect(detectOrigins(december)[0]?.date).toBe('2016-12-09');
    const january = post({
      published: '2017-01-05',
      excerpt: 'This post originally appeared on Courtney Belolan’s website on December 9.',
    });
    expect(detectOrigins(january)[0]?.date).toBe('2016-12-09');
    const undated = post({ excerpt: 'This post originally appeared on the blog on December 9.' });
    expect(detectOrigins(undated)).toEqual([expect.objectContaining({ publisher: 'the blog' })]);
    expect(detectOrigins(undated)[0]).not.toHaveProperty('date');
  });

  test('an impossible date gives the origin without a date', () => {
    const [origin] = detectOrigins(
      post({ excerpt: 'This post originally appeared at Getting Smart on February 30, 2016.' }),
    );
    expect(origin?.publisher).toBe('Getting Smart');
    expect(origin).not.toHaveProperty('date');
  });
});

describe('detectOrigins: HTML content', () => {
  test('the link on the publisher name gives the url; offsets count in the rendered text', () => {
    const input = post({
      excerpt: 'This post originally appeared at Getting Smart on July 25, 2016.',
      contentHtml:
        '<figure><img src="x.jpg" alt=""><figcaption>Student Voices</figcaption></figure><p><em>This post originally appeared at <a href="http://www.gettingsmart.com/2016/07/student-voices/">Getting Smart</a> on July 25, 2016.</em></p><p>A major task.</p>',
    });
    const origins = detectOrigins(input);
    expect(origins).toHaveLength(1);
    expect(origins[0]).toMatchObject({
      publisher: 'Getting Smart',
      url: 'http://www.gettingsmart.com/2016/07/student-voices/',
      date: '2016-07-25',
    });
    expect(origins[0]?.evidence).toMatchObject({ field: 'content', start: 16, end: 80 });
    expectEvidenceInText(input, origins);
  });

  test('two linked publishers each get their own url', () => {
    const input = post({
      contentHtml:
        '<p>This post originally appeared at <a href="https://nglc.org/blogs/gap-3">Next Generation Learning Challenges</a> on April 6, 2016 and <a href="https://workshopschool.org/blog">the Workshop School</a> on April 1, 2016.</p>',
    });
    expect(detectOrigins(input).map((origin) => [origin.publisher, origin.url])).toEqual([
      ['Next Generation Learning Challenges', 'https://nglc.org/blogs/gap-3'],
      ['the Workshop School', 'https://workshopschool.org/blog'],
    ]);
  });

  test('a link elsewhere in the sentence is not the publisher’s', () => {
    const input = post({
      contentHtml:
        '<p>This post originally appeared at Getting Smart on July 25, 2016. See <a href="https://example.org/">more</a>.</p>',
    });
    expect(detectOrigins(input)[0]).not.toHaveProperty('url');
  });

  test('"here" as the publisher is named by its link, or dropped without one', () => {
    const linked = post({
      contentHtml:
        '<p>This post was originally published <a href="https://www.medium.com/@sturgis/x">here</a>.</p>',
    });
    const rule = 'origin.originally-published';
    expect(detectOrigins(linked)).toEqual([
      expect.objectContaining({
        publisher: 'medium.com',
        url: 'https://www.medium.com/@sturgis/x',
      }),
    ]);
    expect(detectOrigins(linked)[0]?.evidence.rule).toBe(rule);
    expect(detectOrigins(post({ excerpt: 'This post was originally published here.' }))).toEqual(
      [],
    );
  });

  test('a javascript: link gives no url', () => {
    const input = post({
      contentHtml:
        '<p>This post originally appeared at <a href="javascript:alert(1)">Getting Smart</a> on July 25, 2016.</p>',
    });
    expect(detectOrigins(input)[0]).not.toHaveProperty('url');
  });

  test('content is read instead of the excerpt, so a note in both is found once', () => {
    const input = post({
      excerpt: 'This post originally appeared at Getting Smart on July 25, 2016.',
      contentHtml: '<p>This post originally appeared at Getting Smart on July 25, 2016.</p>',
    });
    expect(detectOrigins(input)).toHaveLength(1);
    expect(detectOrigins(input)[0]?.evidence.field).toBe('content');
  });
});

describe('detectOrigins: no false origins', () => {
  test.each([
    'We originally thought the pilot would take a year.',
    'The district originally planned to launch in September 2016.',
    // A date-less mention of something else that appeared somewhere.
    'The framework originally appeared in a 2012 report by the state.',
    'Her essay originally appeared in Education Week.',
    'Sturgis’s paper was first published in 2011 and is still read.',
    'Students originally posted their work on the class blog.',
    'These were not originally disclosed to the state.',
    'This post originally appeared on December 9, 2016.',
    'A reprint of the report is available from the state.',
  ])('%s', (sentence) => {
    expect(detectOrigins(post({ excerpt: sentence }))).toEqual([]);
  });

  test('a post without any note gives an empty list and is not changed', () => {
    const input = post({ excerpt: 'CompetencyWorks is hosting a Leadership webinar.' });
    const before = structuredClone(input);
    expect(detectOrigins(input)).toEqual([]);
    expect(input).toEqual(before);
  });
});

// Forms met in the series package's development set (packages/series/test/devset).
describe('detectOrigins: credit lines, re-posts, feed footers and guest posts', () => {
  test.each([
    ['(Originally posted at On Principal.) By John Falino It’s hard to believe.', 'On Principal'],
    [
      '(Originally posted on ASCD EDge) By Steven Weber School leadership has changed.',
      'ASCD EDge',
    ],
    [
      '(Originally posted on BradCurrie.net ) By Brad Currie A good friend asked.',
      'BradCurrie.net',
    ],
    [
      'The following is a re-post from a 2016 EDUCAUSE Review article of ours with minor updates.',
      'EDUCAUSE Review',
    ],
    [
      'Director Jim Rickabaugh contributed a guest blog post for Competency Works.\n\nThe past few years have seen growth.',
      'Competency Works',
    ],
    [
      'This post part of a series on the University of Maine at Presque Isle originally posted at CompetencyWorks in 2016.',
      'CompetencyWorks',
    ],
  ])('%s', (excerpt, publisher) => {
    const input = post({ excerpt });
    const origins = detectOrigins(input);
    expect(origins.map((origin) => origin.publisher)).toEqual([publisher]);
    expectEvidenceInText(input, origins);
  });

  test('"The post <its title> appeared first on X." names X; another title names nothing', () => {
    const excerpt =
      'Guest bloggers wrote for us.\nThe post A Reflection on Raising New Voices appeared first on The Jose Vilson.';
    const own = post({ title: 'A Reflection on Raising New Voices', excerpt });
    expect(detectOrigins(own).map((origin) => [origin.publisher, origin.evidence.rule])).toEqual([
      ['The Jose Vilson', 'origin.appeared-first'],
    ]);
    expect(detectOrigins(post({ title: 'Something Else', excerpt }))).toEqual([]);
  });

  test('a credit line "DATE | Publisher" gives the publisher and the date', () => {
    const input = post({
      excerpt: 'March 5, 2019 | Education Week\nStudents in Maine now choose.',
    });
    const origins = detectOrigins(input);
    expect(origins.map((o) => [o.publisher, o.date, o.evidence.rule])).toEqual([
      ['Education Week', '2019-03-05', 'origin.credit-line'],
    ]);
    expectEvidenceInText(input, origins);
  });

  test.each([
    'March 5, 2019 | By Jane Doe',
    'March 5, 2019 | 3 Comments',
    'March 5, 2019 | Posted in News',
    'When we were invited to guest blog for Rick Hess, I knew I wanted to tell a cohesive story.',
    'My guest blogging started with the Nerdy Book Club. (I’ve only written one guest post there.)',
    'We enjoyed it. Director Jim Rickabaugh contributed a guest blog post for Competency Works.',
    'This was originally posted a few years ago at the start of the school year.',
    'This post appeared earlier this year.',
  ])('"%s" is no origin', (excerpt) => {
    expect(detectOrigins(post({ excerpt }))).toEqual([]);
  });
});

test('detectOrigins: the feed footer is read from the excerpt’s last line alone', () => {
  const input = post({
    title: 'Raising New Voices',
    excerpt:
      'Bloggers wrote for us.\nThe post Raising New Voices appeared first on The Jose Vilson.',
  });
  const origins = detectOrigins(input);
  expect(origins.map((o) => o.publisher)).toEqual(['The Jose Vilson']);
  expectEvidenceInText(input, origins);
});
