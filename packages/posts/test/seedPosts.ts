import type { Evidence } from '@competencyworks/core';
import type { Post } from '../src/post';

// Posts built by hand from the seed archive pages in fixtures/archive (see fixtures/archive/SOURCES.md):
// titles, dates, bylines and excerpts are copied from the text; image captions glued to the
// first word ("Student VoicesThis post...") are split off into `imageCaption` as the archive
// parser does. Evidence offsets are computed, so `excerpt.slice(start, end) === sentence`.

function evidence(postId: string, excerpt: string, sentence: string, rule: string): Evidence {
  const start = excerpt.indexOf(sentence);
  if (start < 0) throw new Error(`sentence not in excerpt of ${postId}: ${sentence}`);
  return { postId, field: 'excerpt', sentence, start, end: start + sentence.length, rule };
}

const SERIES = 'implementing-competency-education-in-k-12-systems-insights-from-local-leaders';

const studentVoicesId = 'cw-2016-08-18-student-voices-moving-beyond-when-i-grow-up';
const studentVoicesExcerpt =
  'This post originally appeared at Getting Smart on July 25, 2016.\n\nA major task for high schools today is to guide students toward postsecondary opportunities. In the best schools, a strong college and career office develops relationships with students and families, presenting them with possible postsecondary pathways and helping them secure opportunities that are a good fit.\n\nBut when should a school start this work? At Springpoint, we believe that strong school design includes a plan for college and career support even before freshmen step into the building. And students should be exposed to this in their very first year.\n\nEquipping students to forge their own path is crucial given today’s rapidly shifting economy—according to one study, 40% of America’s workforce will be self-employed by 2020. So young people will increasingly need to independently seek out and take advantage of opportunities. We must enable them to connect their interests to possible career paths, and to develop relationships with leaders in their chosen field.\n\nWe spoke with a small group of enterprising, resourceful high school students about how they are leveraging in-school supports to forge a path toward their college and career goals. All of these students are enrolled in new, innovative high schools designed as part of Carnegie Corporation of New York’s Opportunity by Design initiative. The initiative focuses on creating small, competency-based and student-centered school models. In addition to sharing their own stories, these students also had some advice for their peers.\n\nAt The Urban Assembly Maker Academy, Amanda, a rising junior, began to consider a career in communications after realizing she enjoys public speaking and mentoring others. Amanda told us, “I’m an extrovert,” and in response, her teachers and principal gave her opportunities to present at national conferences and act as an ambassador for the school. Last fall, Amanda presented on a panel about new school start-up at iNACOL’s annual symposium, and she has spoken about her school with leaders of Parsons School of Design. Amanda’s teachers have helped her collect these outreach experiences into a portfolio she can take to colleges.';

/** Republished post with an origin and a glued image caption (archive-2016-08.txt, line 7). */
export const studentVoices: Post = {
  id: studentVoicesId,
  title: 'Student Voices: Moving Beyond “When I Grow Up…”',
  published: '2016-08-18',
  authors: [],
  excerpt: studentVoicesExcerpt,
  categories: [],
  tags: [],
  imageCaption: 'Student Voices',
  origin: [
    {
      publisher: 'Getting Smart',
      date: '2016-07-25',
      evidence: evidence(
        studentVoicesId,
        studentVoicesExcerpt,
        'This post originally appeared at Getting Smart on July 25, 2016.',
        'origin.originally-appeared-at-on',
      ),
    },
  ],
  source: {
    format: 'archive-text',
    file: 'archive-2016-08.txt',
    line: 7,
    byline: 'August 18, 2016 by',
  },
};

/** An event announcement with a date range (archive-2016-08.txt, line 25). */
export const sanAntonio: Post = {
  id: 'cw-2016-08-17-san-antonio-here-we-come-competency-ed-at-the-inacol-symposium',
  title: 'San Antonio Here We Come: Competency Ed at the iNACOL Symposium',
  published: '2016-08-17',
  authors: [],
  excerpt:
    'I’ve just been looking at the schedule for the competency education strand at the iNACOL Symposium on October 25-28. It is definitely the best set of sessions yet, with a much stronger focus on equity than ever before. For anyone new to competency education trying to understand or to think about how to move forward, I definitely recommend starting with the full-day workshop with the Charleston County School District team. (Check out the series on CCSD.) If you stay around to the very end, Susan Patrick and I are facilitating a “meet the expert” discussion. And we’ll be posting information about where to find us for the CompetencyWorks meet-up at the President’s Reception the evening of October 25.\n\nHere is an overview of the strand:\n\nEquity and Competency-Based Education\n\nProficiency as a Pathway to Equity',
  categories: [],
  tags: [],
  imageCaption: 'El Paso',
  origin: [],
  source: {
    format: 'archive-text',
    file: 'archive-2016-08.txt',
    line: 25,
    byline: 'August 17, 2016 by',
  },
};

const learnerCenteredId =
  'cw-2016-12-21-learner-centered-tip-of-the-week-steps-to-grow-learner-autonomy';
const learnerCenteredExcerpt =
  'This post originally appeared on Courtney Belolan’s website on December 9, 2016. Belolan is the instructional coach for RSU2 in Maine.\n\nChoice in learning is an essential element of the Applied Learning philosophy. When learners have a say in the what, where, when, and how of their learning both engagement and autonomy flourish. Sometimes when we start thinking through choice in the learning environment our minds swing to the extremes. We imagine a place where the learners direct everything.\n\nHow successful our learners are with directing their own learning depends greatly on the supports we put in place, and then take away, as learners gain skills and confidence. Here is a sequence of steps to take with learners who are just beginning to take on the responsibility for their own learning-related decision making. This step system will work well during the input and processing phases of the learning process.\n\n1. Two Choices, Repeat Tomorrow: Offer learners the choice between two activities or resources to interact with. Both choices should be clearly connected to learning targets and/or foundational knowledge. Repeat the choices again the next class day. Support learners to keep track of their choice for day 1, so they can independently move on the other option. Some ways to do this:\n\n- Make a T chart on the board with the choice options, and have students put sticky notes with their names on the day 1 choice.\n\n- Give them a very simple work planner, or goal setting sheet\n\n- Put popsicle sticks with learner names in cups for choice 1 and choice 2';

/** A list in the excerpt and an origin on a personal website (archive-2016-12.txt, line 7). */
export const learnerCentered: Post = {
  id: learnerCenteredId,
  title: 'Learner-Centered Tip of the Week: Steps to Grow Learner Autonomy',
  published: '2016-12-21',
  authors: [],
  excerpt: learnerCenteredExcerpt,
  categories: [],
  tags: [],
  imageCaption: 'supplies',
  origin: [
    {
      publisher: 'Courtney Belolan’s website',
      date: '2016-12-09',
      evidence: evidence(
        learnerCenteredId,
        learnerCenteredExcerpt,
        'This post originally appeared on Courtney Belolan’s website on December 9, 2016.',
        'origin.originally-appeared-on-on',
      ),
    },
  ],
  source: {
    format: 'archive-text',
    file: 'archive-2016-12.txt',
    line: 7,
    byline: 'December 21, 2016 by',
  },
};

const continuousId = 'cw-2016-12-20-continuous-improvement-and-innovation';
const continuousExcerpt =
  'This is the twenty-fourth article in the series Implementing Competency Education in K-12 Systems: Insights from Local Leaders.\n\nIt is no surprise that Chugach School District received the Malcom Baldridge National Quality Award in its seventh year after creating a performance-based system. Competency education creates the conditions for continuous improvement and mutual accountability in managing school operations. When the only data is attendance and A-F grading scales, districts do not have access to data that allows them to track student progress in learning. With the rich data produced in competency education, schools can drive towards what Marzano Research refers as “high reliability” schools—schools that are able to continue to reflect upon their own performance and adjust to better meet the needs of students.\n\nThere is a tremendous shift for leaders to move from compliance to continuous improvement. Compliance has an inherent element of fulfilling specific requirements where continuous improvement reaches for the stars. Oliver Grenham explained that at Adams 50, they discovered there was no middle ground. They were “all-in or nothing” because the shift to competency education requires a totally different paradigm. He compared it to that visual game in which you can see an old woman or you can see a young woman, but you can’t see both at the same time. For district and school leaders, this means having to learn about continuous improvement management techniques early in the transition, even before the data may be fully available. There is simply no way to revert back to compliance management strategies after a second order change. The culture of learning expands to become a culture of continuous improvement with a focus on results.\n\nContinuous improvement in this context is a formal methodology or a system to improve performance through reflecting upon data, engaging stakeholders in discussions about variation or low performance, planning for targeted improvements, and then repeating the cycle. Many districts use an easy to use process of Plan-Check- Act-Do to manage improvements. There are other techniques, as well, such as implementing quality controls or benchmarking against other organizations to seek out and adopt best practices.';

/** The twenty-fourth article of a series (archive-2016-12.txt, line 25). */
export const continuousImprovement: Post = {
  id: continuousId,
  title: 'Continuous Improvement and Innovation',
  published: '2016-12-20',
  authors: [],
  excerpt: continuousExcerpt,
  categories: [],
  tags: [],
  imageCaption: 'old-lady',
  origin: [],
  series: {
    seriesId: SERIES,
    position: 24,
    evidence: evidence(
      continuousId,
      continuousExcerpt,
      'This is the twenty-fourth article in the series Implementing Competency Education in K-12 Systems: Insights from Local Leaders.',
      'series.ordinal-article-in-series',
    ),
  },
  source: {
    format: 'archive-text',
    file: 'archive-2016-12.txt',
    line: 25,
    byline: 'December 20, 2016 by',
  },
};

/** The January 11 webinar announcement (archive-2016-12.txt, line 39). */
export const januaryWebinar: Post = {
  id: 'cw-2016-12-19-january-11th-webinar-advancing-competency-education-in-new-england',
  title: 'January 11th Webinar: Advancing Competency Education in New England',
  published: '2016-12-19',
  authors: [],
  excerpt:
    'CompetencyWorks is hosting a Leadership webinar on advancing competency education in New England on Wednesday, January 11, 2:00-3:00 p.m. ET. We’ll summarize the findings from Reaching the Tipping Point: Insights on Advancing Competency Education in New England and share insights into how to advance competency education. This is an invaluable opportunity for anyone working at the state level to think about the overall strategy for change. Presenters: Paul Leather, New Hampshire Department of Education; David Ruff, Great Schools Partnership; Chris Sturgis, MetisNet, CompetencyWorks. Register here.',
  categories: [],
  tags: [],
  imageCaption: '2016-snapshot-of-cbe-state-policy_timestamp',
  origin: [],
  source: {
    format: 'archive-text',
    file: 'archive-2016-12.txt',
    line: 39,
    byline: 'December 19, 2016 by',
  },
};

const threeWaysId = 'cw-three-ways-districts-stumble-in-implementation';
const threeWaysExcerpt =
  'This is the twenty-third article in the series Implementing Competency Education in K-12 Systems: Insights from Local Leaders.\n\nHow are you preparing for the implementation dip?\n\nThere is likely to be an implementation dip during transition years. After the initial work is done, confusion tends to rise and achievement scores may go down. The question is, how fast can districts get beyond the dip and embrace the new practices?\n\nPittsfield invested heavily in preparation and engaging the community, and then implemented the redesign in one year. It was a challenging year of “ripping off the Band-Aid.” But when they came back in September of the next school year, they were all going in the same direction and were ready to begin refining and enhancing their student-centered approach. Building in a late start Wednesday for teachers to meet made the implementation year manageable.\n\nChugach solidified the school board and district leadership commitment to a long-term strategy and created an intentional communication strategy that reinforced the idea that the system transformation will take several years. They also used data to intensify the sense of urgency by reminding people of the poor results in the traditional system as well as celebrating small steps of progress. Most importantly, they kept their community engaged so members could continue to deepen their understanding and celebrate alongside the students who were beginning to thrive and enjoy coming to school.\n\nIn interviews, district and school leadership have shared the ways they learned from their mistakes when they stumbled or the ways their neighboring districts have encountered troubles.';

/** The post with no date line at all: `published` is absent (archive-2016-12.txt, line 47). */
export const threeWays: Post = {
  id: threeWaysId,
  title: 'Three Ways Districts Stumble in Implementation',
  authors: [],
  excerpt: threeWaysExcerpt,
  categories: [],
  tags: [],
  imageCaption: 'growth',
  origin: [],
  series: {
    seriesId: SERIES,
    position: 23,
    evidence: evidence(
      threeWaysId,
      threeWaysExcerpt,
      'This is the twenty-third article in the series Implementing Competency Education in K-12 Systems: Insights from Local Leaders.',
      'series.ordinal-article-in-series',
    ),
  },
  source: { format: 'archive-text', file: 'archive-2016-12.txt', line: 47 },
};

const masteryId = 'cw-2016-12-15-mastery-motivates-students-no-way-vs-not-yet';
const masteryExcerpt =
  'This post originally appeared at Mastery Collaborative on October 21, 2016.\n\nCan a mastery-based school culture give students a useful way to track their own progress and achievements? A visit to Flushing International High School (FIHS), one of eight Mastery Collaborative Living Lab schools, provided some insight into this issue.\n\nDuring the visit, school leadership, faculty, and students discussed with guests how a focus on mastery has changed the outlook of school departments, individual teachers, and especially students. Rather than looking at grades only as a final score, students now track their progress toward mastery throughout the year, on a group of subject-specific goals. Goals are assessed multiple times over the year, allowing students to see which specific goals they need to focus on to improve their mastery of key skills and knowledge.\n\nSwitching to a Mastery-Based Model\n\nThis method of grading is of recent vintage at FIHS. Five years ago, the leadership and staff began to discuss concerns about the role of assessments. “We were not communicating our grading and assessment policies clearly enough,” explained Principal Lara Evangelista.\n\nTo address the problem, teachers began creating homemade report cards with many personalized comments to indicate how well students were meeting specific standards. At the end of marking periods, students were able to see how they could improve in specific terms. Then, the staff came up with an even better idea, said Evangelista: “Why don’t we tell [students] at the beginning what we are looking for?”\n\nOver the course of the next four years, school leadership, faculty and students integrated clearly stated learning goals into everything from lesson plans, to the online grading system, to teacher-student advisories.';

/**
 * The same post as WordPress would serve it, with every optional field: an instant with offset,
 * a permalink, HTML content, authors with a URL, categories and tags with slugs, post meta and a
 * field the model does not define (archive-2016-12.txt, line 64).
 */
export const masteryMotivates: Post = {
  id: masteryId,
  url: 'https://www.competencyworks.org/analysis/mastery-motivates-students-no-way-vs-not-yet/',
  slug: 'mastery-motivates-students-no-way-vs-not-yet',
  title: 'Mastery Motivates Students: “No Way” vs. “Not Yet”',
  published: '2016-12-15T09:00:00-05:00',
  modified: '2016-12-16',
  authors: [{ name: 'Chris Sturgis', url: 'https://www.competencyworks.org/author/chris/' }],
  excerpt: masteryExcerpt,
  contentHtml:
    '<figure><img src="https://www.competencyworks.org/wp-content/uploads/2016/12/FIHS.jpg" alt="" /><figcaption>FIHS Science Teacher Jordan Wolf with Students</figcaption></figure><p>This post originally appeared at <a href="https://www.masterycollaborative.org/">Mastery Collaborative</a> on October 21, 2016.</p><h3>Switching to a Mastery-Based Model</h3>',
  categories: [
    { name: 'Analysis', slug: 'analysis' },
    { name: 'Practice', slug: 'practice' },
  ],
  tags: [{ name: 'Mastery Collaborative', slug: 'mastery-collaborative' }, { name: 'NYC' }],
  image: 'https://www.competencyworks.org/wp-content/uploads/2016/12/FIHS.jpg',
  imageCaption: 'FIHS Science Teacher Jordan Wolf with Students',
  attachments: [
    {
      url: 'https://www.competencyworks.org/wp-content/uploads/2016/12/mastery-motivates.mp3',
      mimeType: 'audio/mpeg',
      title: 'Mastery Motivates (audio)',
      sizeInBytes: 4_812_345,
      durationInSeconds: 301,
    },
  ],
  language: 'en-US',
  continuationUrl:
    'https://www.competencyworks.org/analysis/mastery-motivates-students-no-way-vs-not-yet/#more-12345',
  status: 'publish',
  commentCount: 2,
  comments: [
    {
      id: '41',
      author: 'Reader One',
      authorUrl: 'https://reader.example.org/',
      published: '2016-12-21T15:00:00Z',
      contentHtml: '<p>A public comment.</p>',
    },
    { id: '42', parentId: '41', author: 'Chris Sturgis', contentHtml: '<p>Thank you.</p>' },
  ],
  meta: { _edit_last: '3', _yoast_wpseo_focuskw: 'mastery' },
  origin: [
    {
      publisher: 'Mastery Collaborative',
      url: 'https://www.masterycollaborative.org/',
      date: '2016-10-21',
      evidence: evidence(
        masteryId,
        masteryExcerpt,
        'This post originally appeared at Mastery Collaborative on October 21, 2016.',
        'origin.originally-appeared-at-on',
      ),
    },
  ],
  // A membership without a position: a recurring column has no numbering.
  series: {
    seriesId: 'mastery-collaborative-living-lab-visits',
    evidence: evidence(
      masteryId,
      masteryExcerpt,
      'A visit to Flushing International High School (FIHS), one of eight Mastery Collaborative Living Lab schools, provided some insight into this issue.',
      'series.column-name',
    ),
  },
  source: { format: 'wordpress-rest', index: 4, id: '12345' },
  extra: { sticky: false, format: 'standard', template: '' },
};

/** Every hand-built seed post, newest first as on the archive pages. */
export const seedPosts: readonly Post[] = [
  learnerCentered,
  continuousImprovement,
  januaryWebinar,
  threeWays,
  masteryMotivates,
  studentVoices,
  sanAntonio,
];
