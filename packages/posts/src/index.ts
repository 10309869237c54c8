export { copyPost } from './copyPost';
export { detectOrigins } from './detectOrigins';
export {
  type Attachment,
  AttachmentSchema,
  type Origin,
  OriginSchema,
  type Post,
  type PostComment,
  PostCommentSchema,
  PostSchema,
  type PostSource,
  PostSourceSchema,
  type PostStatus,
  parsePost,
  type SeriesMembership,
  SeriesMembershipSchema,
  SOURCE_FORMATS,
  type SourceFormat,
  safeParsePost,
  type Term,
  TermSchema,
} from './post';
export { POST_CUES, type PostCue, postCue, postCues } from './postCues';
export { type PostField, postFields } from './postFields';
export { type PlainText, postText, type TextLink } from './postText';
export {
  type BlogPostingJsonLd,
  type BlogPostingJsonLdOptions,
  type OriginJsonLd,
  type PersonJsonLd,
  postToJsonLd,
} from './postToJsonLd';
export { type ReadAnyOptions, type ReadAnyResult, readAny } from './readAny';
export { type ArchiveHtmlResult, readArchiveHtml } from './readArchiveHtml';
export { readArchiveText } from './readArchiveText';
export { type FeedOptions, readFeed } from './readFeed';
export { type JsonFeedInfo, type JsonFeedReadResult, readJsonFeed } from './readJsonFeed';
export type { ReadOptions, ReadResult } from './readResult';
export { readWordPressRest, type WordPressRestExtra } from './readWordPressRest';
export { readWxr, type WxrOptions } from './readWxr';
export { type SniffedFormat, sniffFormat } from './sniffFormat';
export { type ByteSource, type PostStream, streamFeed } from './streamFeed';
export { streamWxr } from './streamWxr';
export {
  type CompetencyWorksFeedExtension,
  type CompetencyWorksItemExtension,
  type JsonFeed,
  type JsonFeedAttachment,
  type JsonFeedAuthor,
  type JsonFeedItem,
  type JsonFeedOptions,
  toJsonFeed,
} from './toJsonFeed';
export {
  type WalkWordPressRestOptions,
  type WordPressRestFetch,
  type WordPressRestPage,
  type WordPressRestResponse,
  walkWordPressRest,
} from './walkWordPressRest';
export { WordPressRestError, type WordPressRestErrorDetails } from './wordPressRestError';
