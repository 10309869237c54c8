/**
 * Rewrites the hints the readers give library users ("pass { charset }") into the `cw` flags that
 * do the same, so every message names something a command-line user can type.
 */
export function cliHints(message: string): string {
  return message
    .replace(/ ?\(pass \{ format \} to force one\)/, ' (force one with --format)')
    .replace(/pass \{ format \} to force one/, 'force one with --format')
    .replace(/pass the right \{ charset \}/g, 'pass the right --charset')
    .replace(/pass \{ charset \}/g, 'pass --charset')
    .replace(
      /pass \{ postTypes: \[([^\]]*)\] \}/g,
      (_, list: string) => `pass --post-types ${list.replace(/['"\s]/g, '')}`,
    )
    .replace(/\b(?:use|try) parseAny\b/g, 'let cw sniff the format (drop --format)');
}
