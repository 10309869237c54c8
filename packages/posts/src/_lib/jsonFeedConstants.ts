/** The version URL of the JSON Feed spec the writer follows. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** The key of our extension object, per the JSON Feed rule that custom keys start with "_". */
export const EXTENSION_KEY = '_competencyworks';

/** Where the extension is described; JSON Feed asks each extension object for an `about` URL. */
export const EXTENSION_ABOUT =
  'https://github.com/competencyworks/kit/blob/main/packages/posts/README.md#the-_competencyworks-extension';

/** The version of the extension format; a reader refuses nothing but can tell old from new. */
export const EXTENSION_VERSION = 1;
