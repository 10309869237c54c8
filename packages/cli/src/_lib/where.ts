/** `file:line:column` (as far as known), the way compilers name a place in a file. */
export function where(place: { file: string; line?: number; column?: number }): string {
  const position =
    place.line === undefined
      ? ''
      : `:${place.line}${place.column === undefined ? '' : `:${place.column}`}`;
  return `${place.file}${position}`;
}
