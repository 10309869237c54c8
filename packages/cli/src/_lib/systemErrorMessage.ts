/** What the system said, in the user's terms, by error code. */
const SENTENCES: Record<string, (target: string) => string> = {
  EADDRINUSE: (t) =>
    `the port ${t} is already in use; pick another with --port (0 picks a free one)`,
  EADDRNOTAVAIL: (t) => `cannot listen on ${t}: no such address on this machine; check --host`,
  EACCES: (t) => `permission denied: ${t}`,
  EPERM: (t) => `the system does not allow this on ${t}`,
  EROFS: (t) => `${t} is on a read-only file system; choose a writable folder`,
  ENOSPC: (t) => `the disk is full while writing ${t}; free some space and run again`,
  EDQUOT: (t) => `the disk quota is used up while writing ${t}`,
  EBUSY: (t) => `${t} is busy (a mount point or a file in use); choose another folder`,
  ENOENT: (t) => `no such file or folder: ${t}`,
  ENOTDIR: (t) => `a part of ${t} is a file, not a folder`,
  EISDIR: (t) => `${t} is a folder, not a file`,
  EMFILE: (t) => `too many open files while reading ${t}; raise the limit (ulimit -n)`,
  ENFILE: (t) => `too many open files while reading ${t}; raise the limit (ulimit -n)`,
  EXDEV: (t) => `cannot move files across file systems into ${t}`,
  EIO: (t) => `the disk reported an input/output error on ${t}`,
  ENAMETOOLONG: (t) => `the path is too long: ${t}`,
  ELOOP: (t) => `too many symbolic links in ${t}`,
};

/**
 * One plain sentence for an operating-system error (disk full, read-only folder, port in use,
 * busy mount point, ...), or undefined when the error is not one: those are our bugs.
 *
 * @param error - Anything thrown.
 * @returns The sentence, naming the path or address the system named.
 */
export function systemErrorMessage(error: unknown): string | undefined {
  const { code, path, address, port, syscall } = (error ?? {}) as NodeJS.ErrnoException & {
    address?: string;
    port?: number;
  };
  if (typeof code !== 'string') return undefined;
  const target =
    path ?? (address !== undefined ? `${address}${port !== undefined ? `:${port}` : ''}` : '');
  const sentence = SENTENCES[code];
  if (sentence)
    return sentence(code === 'EADDRINUSE' ? String(port ?? target) : target || '(unnamed)');
  return code.startsWith('E') && syscall
    ? `the system refused to ${syscall} ${target} (${code})`
    : undefined;
}
