// File extensions to media types, as WordPress's wp_get_mime_types() maps them (wp-includes/
// functions.php), for the media files feeds and exports name without a type: a WXR attachment
// carries only its URL, and `media:content` often leaves `type` out.

const TYPES: Record<string, string> = {};
for (const [extensions, type] of Object.entries({
  'jpg|jpeg|jpe': 'image/jpeg',
  gif: 'image/gif',
  png: 'image/png',
  bmp: 'image/bmp',
  'tiff|tif': 'image/tiff',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  heic: 'image/heic',
  'asf|asx': 'video/x-ms-asf',
  wmv: 'video/x-ms-wmv',
  avi: 'video/avi',
  flv: 'video/x-flv',
  'mov|qt': 'video/quicktime',
  'mpeg|mpg|mpe': 'video/mpeg',
  'mp4|m4v': 'video/mp4',
  ogv: 'video/ogg',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  '3gp|3gpp': 'video/3gpp',
  'mp3|m4a|m4b': 'audio/mpeg',
  aac: 'audio/aac',
  wav: 'audio/wav',
  'ogg|oga': 'audio/ogg',
  flac: 'audio/flac',
  'mid|midi': 'audio/midi',
  wma: 'audio/x-ms-wma',
  mka: 'audio/x-matroska',
  opus: 'audio/opus',
  pdf: 'application/pdf',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'pot|pps|ppt': 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'xla|xls|xlt|xlw': 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  epub: 'application/epub+zip',
  txt: 'text/plain',
  csv: 'text/csv',
  vtt: 'text/vtt',
})) {
  for (const extension of extensions.split('|')) TYPES[extension] = type;
}

/** The file extension of a URL's path, lower case ('' when none). */
export function urlExtension(url: string): string {
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
}

/** The media type WordPress gives a file by its extension, or undefined for one it does not know. */
export function mimeTypeOf(url: string): string | undefined {
  return TYPES[urlExtension(url)];
}
