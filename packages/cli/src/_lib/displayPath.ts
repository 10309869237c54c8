import { relative } from 'node:path';

/** Shows a path relative to the working folder when it is inside it, else absolute. */
export function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}
