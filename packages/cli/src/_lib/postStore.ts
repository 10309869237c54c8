import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Post } from '@competencyworks/posts';

/** Where one post's body lies in the spill file. */
interface Spilled {
  offset: number;
  bytes: number;
}

// Bodies are gathered into blocks of this size before they are written: one write per megabyte
// rather than one per post.
const BLOCK = 1 << 20;
// Bodies this close on disk are read with one call, the bytes between them read and dropped.
const GAP = 64 * 1024;

/**
 * Post bodies (`contentHtml`) kept on disk while a build collates light records in memory: the
 * bodies are most of a post's size and nothing but the pages of full content needs them. The
 * spill file lives in the system's temporary folder and is unlinked as soon as it is open, so
 * it disappears with the process even when the build is killed; {@link PostStore.close} removes
 * what is left where the system does not allow that.
 */
export class PostStore {
  private readonly at = new Map<string, Spilled>();
  private block = Buffer.allocUnsafe(BLOCK);
  // Bodies are read back into this one buffer (grown when needed): fresh memory for every page
  // costs more than the reading.
  private scratch = Buffer.allocUnsafe(BLOCK);
  private used = 0;
  private written = 0;
  private closed = false;
  // The last body read by a view: an extractor reads one post's body several times in a row.
  private last: { offset: number; html: string } | undefined;

  private constructor(
    private readonly fd: number,
    /** The spill file's path in the system's temporary folder (unlinked while the store is open). */
    readonly path: string,
  ) {}

  /** Opens an empty store. */
  static open(): PostStore {
    const path = join(tmpdir(), `cw-bodies-${process.pid}-${randomBytes(6).toString('hex')}`);
    const fd = openSync(path, 'wx+', 0o600);
    try {
      unlinkSync(path);
    } catch {
      // Windows will not unlink an open file: close() removes it instead.
    }
    return new PostStore(fd, path);
  }

  /** Keeps the body of `post` (by its id) on disk; a post without one keeps nothing. */
  put(post: Post): void {
    const html = post.contentHtml;
    if (html === undefined || html === '') return;
    const bytes = Buffer.byteLength(html);
    if (this.used + bytes > this.block.length) this.flush();
    if (bytes > this.block.length) this.block = Buffer.allocUnsafe(bytes);
    this.block.write(html, this.used);
    this.at.set(post.id, { offset: this.written + this.used, bytes });
    this.used += bytes;
  }

  /** Whether a body of this post is on disk. */
  has(id: string): boolean {
    return this.at.has(id);
  }

  /**
   * The posts with their bodies read back from disk (a post without one kept comes back as it
   * is). Bodies that lie close together on disk (posts read in the order they are listed) are
   * read with one call.
   *
   * @param posts - Light records (their `contentHtml` empty) or whole posts.
   * @returns The whole posts, in the same order.
   */
  withBodies(posts: readonly Post[]): Post[] {
    this.flush();
    const wanted = posts
      .map((post, index) => ({ index, at: this.at.get(post.id) }))
      .filter((entry): entry is { index: number; at: Spilled } => entry.at !== undefined)
      .sort((a, b) => a.at.offset - b.at.offset);
    const whole = [...posts];
    let first = 0;
    while (first < wanted.length) {
      const start = wanted[first]?.at.offset ?? 0;
      let last = first;
      let end = start + (wanted[first]?.at.bytes ?? 0);
      for (let next = wanted[last + 1]; next; next = wanted[last + 1]) {
        if (next.at.offset - end > GAP || next.at.offset + next.at.bytes - start > BLOCK * 8) break;
        last++;
        end = Math.max(end, next.at.offset + next.at.bytes);
      }
      const range = this.read(start, end - start);
      for (const { index, at } of wanted.slice(first, last + 1)) {
        const post = posts[index] as Post;
        const html = range.toString('utf8', at.offset - start, at.offset - start + at.bytes);
        whole[index] = { ...post, contentHtml: html };
      }
      first = last + 1;
    }
    return whole;
  }

  /**
   * The post as an extractor reads it whole: a copy of the light record whose `contentHtml` is
   * read from disk each time it is asked for (the last one read is kept: an extractor reads a
   * post's body several times in a row). Extractors over views give what they give over whole
   * posts, with one body in memory at a time. The field is not enumerable, so a copy made by
   * spreading the view holds no body; it is added to a copy without it rather than redefined,
   * which would turn the record into a slow, larger dictionary-mode object.
   *
   * @param light - A light record (its `contentHtml` `''`, its body put here); any other post comes back as it is.
   * @returns The view, or `light` itself.
   */
  view(light: Post): Post {
    const at = this.at.get(light.id);
    if (at === undefined || light.contentHtml !== '') return light;
    const { contentHtml: _empty, ...view } = light;
    Object.defineProperty(view, 'contentHtml', {
      get: () => this.body(at),
      enumerable: false,
      configurable: true,
    });
    return view;
  }

  /** Closes and removes the spill file. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }

  private body(at: Spilled): string {
    if (this.last?.offset !== at.offset) {
      if (at.offset + at.bytes > this.written) this.flush();
      const html = this.read(at.offset, at.bytes).toString('utf8', 0, at.bytes);
      this.last = { offset: at.offset, html };
    }
    return this.last.html;
  }

  private read(offset: number, bytes: number): Buffer {
    if (bytes > this.scratch.length) this.scratch = Buffer.allocUnsafe(bytes);
    const buffer = this.scratch;
    let done = 0;
    while (done < bytes) {
      const read = readSync(this.fd, buffer, done, bytes - done, offset + done);
      if (read === 0) throw new Error('the spilled post bodies are cut short');
      done += read;
    }
    return buffer;
  }

  private flush(): void {
    let done = 0;
    while (done < this.used) {
      done += writeSync(this.fd, this.block, done, this.used - done, this.written + done);
    }
    this.written += this.used;
    this.used = 0;
  }
}
