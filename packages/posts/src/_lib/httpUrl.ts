import { parseUrl } from '@competencyworks/core';

// An absolute http(s) URL already written the way the WHATWG URL parser writes it back: scheme
// and host in lower case, a host of dot-separated letter/digit/hyphen labels ending in one that
// starts with a letter (so it is no IPv4 address) and none punycode ("xn--", which the parser
// checks), no user, port or query, a path of characters the parser leaves as they are, and an
// optional fragment. For such a string `new URL(value).href === value`, with or without a base.
const CANONICAL =
  /^https?:\/\/(?:(?!xn--)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?!xn--)[a-z][a-z0-9-]*[a-z0-9]\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;
// Dot segments ("/./", "/../", also percent-encoded) are resolved by the parser.
const DOT_SEGMENT = /\/\.|%2e/i;

// The last two bases asked about and whether each parses. Two, not one: an RSS item resolves its
// links against the channel link and its excerpt's "Continue reading" link against the item's
// own URL, so a single slot alternated and `URL.canParse` ran twice per item (1% of a readFeed
// profile); with two it runs once. A cache by value of a pure check, so results are unchanged.
let lastBase: string | undefined;
let lastBaseValid = false;
let previousBase: string | undefined;
let previousBaseValid = false;

/** Whether `base` parses (a URL with an unusable base fails even when it is absolute). */
function isUsableBase(base: string): boolean {
  if (base === lastBase) return lastBaseValid;
  const valid = base === previousBase ? previousBaseValid : URL.canParse(base);
  previousBase = lastBase;
  previousBaseValid = lastBaseValid;
  lastBase = base;
  lastBaseValid = valid;
  return valid;
}

/**
 * `parseUrl` from core (an absolute http(s) URL, resolved against `base`, or undefined) with a
 * shortcut: a URL already in the parser's own form is returned as it is, without building a URL
 * object. A feed item has half a dozen URLs and nearly all are in that form.
 */
export function parseHttpUrl(value: string, base?: string): string | undefined {
  if (
    CANONICAL.test(value) &&
    !DOT_SEGMENT.test(value) &&
    (base === undefined || isUsableBase(base))
  ) {
    return value;
  }
  return parseUrl(value, base);
}
