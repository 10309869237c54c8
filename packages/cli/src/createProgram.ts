import { type PostStatus, SOURCE_FORMATS } from '@competencyworks/posts';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { CliError, EXIT } from './_lib/cliError';
import { formatBuild, formatReport } from './_lib/formatReport';
import { createProgress } from './_lib/progress';
import { INCLUDABLE_STATUSES } from './_lib/publicPost';
import type { SiteProgress } from './_lib/readSite';
import { version } from './_lib/version';
import { buildBundle } from './buildBundle';
import { inspectInputs } from './inspectInputs';
import { serveBundle } from './serveBundle';

/**
 * An option parser that refuses the option given twice with different values ("last wins" would
 * silently drop one of them); the same value twice is harmless.
 */
function once<T>(parse: (value: string) => T) {
  return (value: string, previous: T | undefined): T => {
    const parsed = parse(value);
    if (previous !== undefined && JSON.stringify(previous) !== JSON.stringify(parsed)) {
      throw new InvalidArgumentError(
        `given twice with different values (${JSON.stringify(previous)} and ${JSON.stringify(parsed)}); give it once`,
      );
    }
    return parsed;
  };
}

const text = (value: string) => value;

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError('expected a whole number of 1 or more');
  }
  return number;
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  }
  return number;
}

function oneOf<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!choices.includes(value as T)) {
      throw new InvalidArgumentError(`expected one of ${choices.join(', ')}`);
    }
    return value as T;
  };
}

function listOf<T extends string>(item: (value: string) => T) {
  return (value: string): T[] =>
    [...new Set(value.split(',').map((part) => part.trim()))].filter(Boolean).map(item).sort();
}

function httpUrl(value: string): string {
  if (!/^https?:\/\/\S+$/.test(value)) throw new InvalidArgumentError('expected an http(s) URL');
  return value;
}

function postType(value: string): string {
  if (!/^[a-z0-9_-]+$/.test(value)) {
    throw new InvalidArgumentError(
      `expected WordPress post type names like post,page; got "${value}"`,
    );
  }
  return value;
}

/** Where the command writes; tests pass their own. */
export interface ProgramIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stdout is a terminal (progress bars only then). */
  isTTY: boolean;
}

const processIO: ProgramIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
};

/** The options `cw build` and `cw inspect` share: how inputs are read and what is kept. */
function addReadOptions(command: Command): Command {
  return command
    .option(
      '-f, --format <format>',
      `read every input as this format instead of sniffing (${SOURCE_FORMATS.join(', ')})`,
      once(oneOf(SOURCE_FORMATS)),
    )
    .option(
      '--charset <name>',
      'the encoding of inputs that do not declare one, e.g. windows-1252 or iso-8859-1',
      once(text),
    )
    .option(
      '--post-types <types>',
      'WordPress post types to read from a WXR export or a site URL, comma-separated (default: post)',
      once(listOf(postType)),
    )
    .option(
      '--include-status <statuses>',
      `ALSO PUBLISH posts the author has not published: ${INCLUDABLE_STATUSES.join(', ')} (comma-separated)`,
      once(listOf(oneOf(INCLUDABLE_STATUSES))),
    )
    .option(
      '--include-comments',
      "publish the text of approved comments from WXR exports (other people's words; default: only their count)",
    );
}

/** Progress of a site read, one line per page on stderr. */
function siteProgress(io: ProgramIO) {
  return ({ url, collection, pages, totalPages, posts, totalPosts }: SiteProgress) => {
    const of = (n: number | undefined) => (n === undefined ? '' : ` of ${n}`);
    io.err(
      `${url}: ${collection} page ${pages}${of(totalPages)}, ${posts}${of(totalPosts)} read\n`,
    );
  };
}

interface ReadFlags {
  format?: (typeof SOURCE_FORMATS)[number];
  charset?: string;
  postTypes?: string[];
  includeStatus?: PostStatus[];
  includeComments?: boolean;
}

function readOptions(options: ReadFlags) {
  return {
    ...(options.format ? { format: options.format } : {}),
    ...(options.charset ? { charset: options.charset } : {}),
    ...(options.postTypes ? { postTypes: options.postTypes } : {}),
    ...(options.includeStatus ? { includeStatuses: options.includeStatus } : {}),
    ...(options.includeComments ? { includeComments: true } : {}),
  };
}

const BUILD_HELP = `
Safety:
  --out is written only when it is absent, empty, or a bundle cw built (it has cw's
  manifest.json). Anything else is refused, and so are always: /, your home folder, the
  working folder and the folders above it, a file, and a folder holding an input. Only files
  the previous bundle's manifest lists are ever removed. Files are swapped in one at a time by
  rename, so a server reading the folder sees the old or the new file, never a partial one; a
  second build into the same folder stops while the first runs.

What is published:
  Only published posts. Drafts, pending, private, scheduled (future) and trashed posts are
  counted in the report and left out (--include-status adds some back, and says so).
  Password-protected posts keep their title and link, never their content or excerpt.
  Post meta is never published. Comments are published as a count; their text (approved
  comments only, never e-mail or IP addresses) only with --include-comments.

Exit codes:
  0  built or up to date (issues, if any, are listed on stderr)
  1  issues found with --strict: nothing was written
  2  unusable arguments or inputs, or an --out folder cw will not write into
  3  the system refused (disk full, read-only folder, folder busy, permission denied)
`;

/**
 * Builds the `cw` command-line program with its `build`, `inspect` and `serve` commands. The
 * program is returned unparsed so tests and other tools can run it in-process; {@link runCli}
 * parses it and turns errors into messages and exit codes.
 *
 * @param io - Where output goes.
 * @returns The program.
 * @example
 * await createProgram().parseAsync(['node', 'cw', 'build', '--out', 'public/cw']);
 * // Built public/cw: 17 posts, 3 series, 5 events, 28 files
 */
export function createProgram(io: ProgramIO = processIO): Command {
  const program = new Command('cw')
    .description('Turn blog sources into a static content bundle that partner sites embed.')
    .version(version, '-v, --version', 'print the version of cw')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride((error) => {
      // Commander exits 1 on usage errors; ours are 2 (help and version stay 0).
      throw error.exitCode === 0
        ? error
        : new CommanderError(EXIT.usage, error.code, error.message);
    });

  addReadOptions(
    program
      .command('build')
      .description(
        'Build a static content bundle from blog sources (files or folders in any supported format). With no inputs, builds from the seed archive that ships with cw.',
      )
      .argument(
        '[inputs...]',
        'WordPress site or feed URLs, WXR exports, RSS/Atom feeds, WordPress REST JSON, JSON Feeds, archive pages',
      )
      .requiredOption(
        '-o, --out <dir>',
        'the bundle folder: absent, empty, or a bundle cw built',
        once(text),
      ),
  )
    .option('--page-size <n>', 'posts per page of posts.json (default 20)', once(positiveInteger))
    .option(
      '--base-url <url>',
      'the URL the bundle is served from (makes feed links absolute)',
      once(httpUrl),
    )
    .option(
      '--title <title>',
      "the blog's title (default: the source's channel or feed title)",
      once(text),
    )
    .option('--force', 'rebuild even when the inputs and outputs have not changed')
    .option('--strict', 'write nothing and exit with code 1 when any issue was found')
    .option('--json', 'print the result (or the error) as JSON; no progress, no table')
    .addHelpText('after', BUILD_HELP)
    .action(async (inputs: string[], options) => {
      const progress = options.json || !io.isTTY ? undefined : createProgress();
      const started = performance.now();
      let result: Awaited<ReturnType<typeof buildBundle>>;
      try {
        result = await buildBundle({
          inputs,
          outDir: options.out,
          ...readOptions(options),
          ...(options.pageSize ? { pageSize: options.pageSize } : {}),
          ...(options.title !== undefined ? { title: options.title } : {}),
          ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
          ...(options.force ? { force: true } : {}),
          ...(options.strict ? { strict: true } : {}),
          ...(progress ? { onProgress: progress.update } : {}),
          ...(options.json ? {} : { site: { onProgress: siteProgress(io) } }),
        });
      } finally {
        progress?.stop();
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (options.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
      else {
        const report = formatBuild(result, { out: options.out, seconds });
        io.out(report.out);
        if (report.err) io.err(report.err);
      }
      if (result.skippedBecause === 'strict') process.exitCode = EXIT.issues;
    });

  addReadOptions(
    program
      .command('inspect')
      .description(
        'Show what cw build would find in sources, counted the same way: formats, posts, series, events, what is left out, and issues. Writes nothing.',
      )
      .argument('<inputs...>', 'files or folders to read'),
  )
    .option('--json', 'print the report (or the error) as JSON')
    .action(async (inputs: string[], options) => {
      const report = await inspectInputs(inputs, {
        ...readOptions(options),
        ...(options.json ? {} : { site: { onProgress: siteProgress(io) } }),
      });
      io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    });

  program
    .command('serve')
    .description(
      'Serve a bundle folder locally as a CDN would (CORS, ETag, Cache-Control), reading the files at each request, so rebuilds show at once.',
    )
    .argument('<dir>', 'the bundle folder')
    .option('-p, --port <port>', 'port to listen on; 0 picks a free one (default 8787)', once(port))
    .option('--host <host>', 'interface to listen on (default 127.0.0.1)', once(text))
    .action(async (dir: string, options) => {
      const { existsSync } = await import('node:fs');
      if (!existsSync(dir))
        throw new CliError(`${dir}: no such folder (run "cw build --out ${dir}" first)`);
      const { url } = await serveBundle(dir, {
        port: options.port ?? 8787,
        host: options.host ?? '127.0.0.1',
      });
      io.out(
        `Serving ${dir} at ${url}\nPartner pages can load ${url}posts.json; press Ctrl+C to stop.\n`,
      );
    });

  return program;
}
