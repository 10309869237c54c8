export { detectOrigins } from './detectOrigins';
export { fromJsonFeed, type JsonFeedInfo, type JsonFeedReadResult } from './fromJsonFeed';
export { type ParseAnyOptions, type ParseAnyResult, parseAny } from './parseAny';
export { type ArchiveHtmlResult, parseArchiveHtml } from './parseArchiveHtml';
export { parseArchiveText } from './parseArchiveText';
export { parseJsonFeed } from './parseJsonFeed';
export type { ParseOptions, ParseResult } from './parseResult';
export { parseRss, type RssOptions } from './parseRss';
export { parseWordPressRest, type WordPressRestExtra } from './parseWordPressRest';
export { parseWxr, type WxrOptions } from './parseWxr';
export {
  type Origin,
  OriginSchema,
  type Post,
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
export { type PostField, postFields } from './postFields';
export { type PlainText, postText, type TextLink } from './postText';
export { type SniffedFormat, sniffFormat } from './sniffFormat';
export { type ByteSource, type PostStream, streamRss } from './streamRss';
export { streamWxr } from './streamWxr';
export {
  type CompetencyWorksFeedExtension,
  type CompetencyWorksItemExtension,
  type JsonFeed,
  type JsonFeedAuthor,
  type JsonFeedItem,
  type JsonFeedOptions,
  toJsonFeed,
} from './toJsonFeed';
export {
  type BlogPostingJsonLd,
  type BlogPostingJsonLdOptions,
  type OriginJsonLd,
  type PersonJsonLd,
  toJsonLd,
} from './toJsonLd';
export {
  type WalkWordPressRestOptions,
  type WordPressRestFetch,
  type WordPressRestPage,
  type WordPressRestResponse,
  walkWordPressRest,
} from './walkWordPressRest';
export { WordPressRestError, type WordPressRestErrorDetails } from './wordPressRestError';
