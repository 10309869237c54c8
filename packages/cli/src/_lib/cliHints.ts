import type { IssueHint, ParseIssue } from '@competencyworks/core';

/**
 * An issue's message with its hint worded as the `cw` flag that does what the reader's option does
 * ("pass --charset", not "pass { charset }"), so every message names something a command-line user
 * can type.
 */
export function cliHints(issue: Pick<ParseIssue, 'message' | 'hint'>): string {
  return issue.hint ? `${issue.message}; ${flagHint(issue.hint)}` : issue.message;
}

function flagHint(hint: IssueHint): string {
  switch (hint.option) {
    case 'charset':
      return 'if the file is in another encoding, pass the right --charset';
    case 'postTypes': {
      const types = typeof hint.value === 'string' ? [hint.value] : (hint.value ?? []);
      return types.length > 0
        ? `pass --post-types ${types.join(',')} to read them`
        : 'see --post-types';
    }
    case 'format':
      return hint.value === 'auto'
        ? 'let cw sniff the format (drop --format)'
        : 'force one with --format';
    case 'baseUrl':
      // --base-url is where the bundle is served, not where a saved page came from.
      return 'save the page with absolute links to keep them';
  }
}
