import {
  type CalendarDate,
  type Evidence,
  keywordSentences,
  parseUrl,
  type SentenceSpan,
  splitSentences,
} from '@competencyworks/core';
import { DEICTIC_PUBLISHER, readCreditLine, readPublishers } from './_lib/originPublishers';
import {
  APPEARED_FIRST,
  GUEST_POST_FOR,
  isAboutThisPost,
  ORIGIN_KEYWORDS,
  ORIGIN_RULES,
} from './_lib/originRules';
import type { Origin, Post } from './post';
import { postFields } from './postFields';
import type { TextLink } from './postText';

function linkOver(links: readonly TextLink[], start: number, end: number): string | undefined {
  for (const link of links) {
    if (link.start < end && link.end > start) {
      const url = parseUrl(link.href);
      if (url !== undefined) return url;
    }
  }
  return undefined;
}

function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * Finds where a republished post first appeared, from its cross-post note: "This post originally
 * appeared at Getting Smart on July 25, 2016.", "... was originally published on X",
 * "first published in X", "cross-posted from X", "reprinted with permission from X", "a re-post
 * from a 2016 X article", WordPress's feed footer "The post {this post's title} appeared first on
 * X.", and, read from the excerpt's first sentence and last line only, a credit line "March 5,
 * 2019 | X" and "{Name} contributed a guest post for X." (first sentence). One note may name several publishers, each with its
 * own date.
 *
 * It reads the title, then the HTML content when the post has it (a link on the publisher's
 * name gives `url`), else the excerpt. A note counts only when it is about this post: its
 * subject is "this post/article/piece..." or "it", or it opens the sentence ("Originally
 * published at ..."); "The framework originally appeared in a 2012 report" is a mention of
 * something else and gives nothing, as does "we originally thought". A date is read when
 * written "on July 25, 2016", "(July 25, 2016)" or ", July 25, 2016"; a date without a year
 * takes the year that puts it on or before the post's own date. A note without a date still
 * gives an origin without `date`. A publisher written "here" is named by its link's host, or
 * dropped when there is no link.
 *
 * It returns the origins and leaves the post unchanged; store them with
 * `{ ...post, origin: detectOrigins(post) }`.
 *
 * @param post - A post from any parser.
 * @returns The origins in the order written, each with its evidence (sentence, offsets into
 *   `postText(post, field).text`, and the rule: `origin.originally-appeared`,
 *   `origin.originally-published`, `origin.first-published`, `origin.cross-posted`,
 *   `origin.reprinted`, `origin.reposted`, `origin.appeared-first`, `origin.credit-line` or
 *   `origin.guest-post-for`); an empty array when the post names none.
 * @example
 * detectOrigins(post); // post.excerpt starts 'This post originally appeared at Getting Smart on July 25, 2016.'
 * //=> [{
 * //   publisher: 'Getting Smart',
 * //   date: '2016-07-25',
 * //   evidence: {
 * //     postId: post.id, field: 'excerpt', start: 0, end: 64, rule: 'origin.originally-appeared',
 * //     sentence: 'This post originally appeared at Getting Smart on July 25, 2016.',
 * //   },
 * // }]
 */
export function detectOrigins(post: Post): Origin[] {
  const origins: Origin[] = [];
  const seen = new Set<string>();
  const published: CalendarDate | undefined = post.published?.slice(0, 10);
  const add = (
    publisher: string,
    date: string | undefined,
    url: string | undefined,
    evidence: Evidence,
  ) => {
    const key = `${publisher.toLowerCase()}|${date ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    origins.push({
      publisher,
      ...(url !== undefined ? { url } : {}),
      ...(date !== undefined ? { date } : {}),
      evidence,
    });
  };
  for (const { field, text, links } of postFields(post, 'origin')) {
    for (const span of keywordSentences(text, ORIGIN_KEYWORDS)) {
      const { sentence } = span;
      for (const rule of ORIGIN_RULES) {
        const match = rule.pattern.exec(sentence);
        if (
          match === null ||
          !isAboutThisPost(sentence.slice(0, match.index), rule.name, post.title)
        ) {
          continue;
        }
        const restStart = match.index + match[0].length;
        const evidence = { postId: post.id, field, ...span, rule: rule.name };
        for (const found of readPublishers(sentence.slice(restStart), published)) {
          const start = span.start + restStart + found.start;
          const end = span.start + restStart + found.end;
          const url = linkOver(links, start, end);
          let publisher = found.publisher;
          if (DEICTIC_PUBLISHER.test(publisher)) {
            if (url === undefined) continue;
            publisher = hostOf(url);
          }
          add(publisher, found.date, url, evidence);
        }
        break;
      }
    }
  }
  for (const note of readExcerptEnds(post, published)) {
    add(note.publisher, note.date, undefined, note.evidence);
  }
  return origins;
}

/**
 * The notes a post gives only at its start or end, read from the excerpt's first sentence and
 * last line (never from the whole HTML, which every post would then have to be searched for):
 * a credit line "March 5, 2019 | Education Week" opening or closing the excerpt, "<Name>
 * contributed a guest blog post for X." as its first sentence, and WordPress's footer "The post
 * <title> appeared first on X." as its last line.
 */
function readExcerptEnds(
  post: Post,
  published: CalendarDate | undefined,
): { publisher: string; date?: CalendarDate; evidence: Evidence }[] {
  const text = post.excerpt;
  const notes: { publisher: string; date?: CalendarDate; evidence: Evidence }[] = [];
  const firstEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const lastStart = text.trimEnd().lastIndexOf('\n') + 1;
  const last = text.slice(lastStart).trimEnd();
  // Most posts open and close with none of these notes: a few searches of two lines, no splitting.
  const opening = text.slice(0, firstEnd);
  if (!opening.includes('|') && !/guest/i.test(opening) && !/\||appeared\s+first/i.test(last)) {
    return notes;
  }
  const first = splitSentences(opening)[0];
  const spans: SentenceSpan[] = first ? [first] : [];
  if (lastStart > 0 && last.trim() !== '') {
    const offset = last.length - last.trimStart().length;
    spans.push({
      sentence: last.trimStart(),
      start: lastStart + offset,
      end: lastStart + last.length,
    });
  }
  spans.forEach((span, index) => {
    const evidence = (rule: string): Evidence => ({
      postId: post.id,
      field: 'excerpt',
      ...span,
      rule,
    });
    const credit = readCreditLine(span.sentence);
    if (credit !== undefined) {
      notes.push({
        publisher: credit.publisher,
        ...(credit.date ? { date: credit.date } : {}),
        evidence: evidence('origin.credit-line'),
      });
      return;
    }
    // The guest post note opens the post; WordPress's footer closes it.
    const [rule, pattern] =
      index === 0 && first !== undefined
        ? (['origin.guest-post-for', GUEST_POST_FOR] as const)
        : (['origin.appeared-first', APPEARED_FIRST] as const);
    const match = pattern.exec(span.sentence);
    if (match === null || !isAboutThisPost(span.sentence.slice(0, match.index), rule, post.title)) {
      return;
    }
    const rest = span.sentence.slice(match.index + match[0].length);
    for (const found of readPublishers(rest, published)) {
      notes.push({
        publisher: found.publisher,
        ...(found.date ? { date: found.date } : {}),
        evidence: evidence(rule),
      });
    }
  });
  return notes;
}
