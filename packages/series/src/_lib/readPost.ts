import type { Evidence } from '@competencyworks/core';
import { keywordSentences } from '@competencyworks/core';
import { POST_CUES, type Post, type PostField, postFields } from '@competencyworks/posts';
import type { MemberClaim, PartReference } from './claimTypes';
import { titlePrefix } from './columnPrefix';
import { linkOver } from './linkOver';
import { readOrdinalReferences, readSiblingReferences } from './partReferences';
import { readStatement } from './statementClaim';
import { readTitlePart } from './titleClaim';

/** What one post says about series: its own membership and the other parts it names. */
export interface PostReading {
  claim?: MemberClaim;
  references: PartReference[];
}

// Pre-filters: a statement needs "series" or "tour" (in lower case, as the statement rules read
// them, which also makes the test over HTML faster); a reference needs "part" or an ordinal
// pointer. Sentences failing them are never given to the rules' regular expressions, and
// content whose HTML cannot hold them is not rendered at all (the post's shared pre-scan,
// postCues, tells).
const STATEMENT_WORDS = POST_CUES.seriesStatement;
// "This is the third article on X" names no series: it is read from the excerpt only, where a
// post says what it is, so the HTML of every post is not searched for ordinal words (a hint
// with twelve more words took twice as long as "series|tour" over the bench feed).
const ORDINAL_WORDS =
  /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)\s+(?:article|post|blog\s+post|installment|instalment|piece|entry)/gi;
const REFERENCE_WORDS = POST_CUES.partReference;

/** Evidence for a whole title: the title without surrounding white space. */
export function titleEvidence(post: Post, rule: string): Evidence {
  const title = post.title ?? '';
  const start = title.length - title.trimStart().length;
  const sentence = title.trim();
  return { postId: post.id, field: 'title', sentence, start, end: start + sentence.length, rule };
}

/**
 * Reads a post's own membership (a statement in its title or text first, then a part number
 * or "(continued)" in its title) and, when it is a member, the other parts its text names.
 *
 * @example
 * readPost(rethinkingPart3).claim; //=> { title: 'Rethinking the Achievement Gap', kind: 'multipart', position: 3, evidence }
 */
export function readPost(post: Post): PostReading {
  let claim: MemberClaim | undefined;
  const [titleField, bodyField] = postFields(post, 'seriesStatement');
  const fields: [PostField, RegExp][] = [
    [titleField, STATEMENT_WORDS],
    [bodyField, STATEMENT_WORDS],
    [{ field: 'excerpt', text: post.excerpt, links: [] }, ORDINAL_WORDS],
  ];
  for (const [field, words] of fields) {
    if (claim !== undefined) break;
    for (const span of keywordSentences(field.text, words)) {
      const statement = readStatement(span);
      if (statement === undefined) continue;
      // A series the sentence does not name ("a ten-part series that aims to ...") is named by
      // the title's prefix ("Entry Points: ..."), or the statement tells nothing usable.
      const title = statement.title || titlePrefix(post.title ?? '');
      if (title === undefined) continue;
      claim = {
        title,
        kind: statement.kind,
        ...(statement.position !== undefined ? { position: statement.position } : {}),
        ...(statement.total !== undefined ? { total: statement.total } : {}),
        evidence: { postId: post.id, field: field.field, ...span, rule: statement.rule },
      };
      break;
    }
  }
  if (claim === undefined) {
    // An untitled post (an aside, a status update) matches no title rule.
    const part = post.title === undefined ? undefined : readTitlePart(post.title);
    if (part !== undefined) {
      claim = {
        title: part.title,
        kind: 'multipart',
        ...(part.position !== undefined ? { position: part.position } : {}),
        ...(part.total !== undefined ? { total: part.total } : {}),
        evidence: titleEvidence(post, part.rule),
      };
    }
  }
  if (claim === undefined) return { references: [] };

  const references: PartReference[] = [];
  for (const field of postFields(post, 'partReference')) {
    if (field.field === 'title') continue;
    for (const span of keywordSentences(field.text, REFERENCE_WORDS)) {
      for (const named of [...readOrdinalReferences(span), ...readSiblingReferences(span)]) {
        if (named.position !== undefined && named.position === claim.position) continue;
        const url = linkOver(field.links, span.start + named.start, span.start + named.end);
        references.push({
          ...(named.position !== undefined ? { position: named.position } : {}),
          ...(named.title !== undefined ? { title: named.title } : {}),
          ...(url !== undefined ? { url } : {}),
          evidence: { postId: post.id, field: field.field, ...span, rule: named.rule },
        });
      }
    }
  }
  return { claim, references };
}
