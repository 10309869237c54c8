import { SOURCE_FORMATS } from '@competencyworks/posts';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CliError, EXIT } from './_lib/cliError';
import { formatIssues, formatReport } from './_lib/formatReport';
import { createProgress } from './_lib/progress';
import type { SiteProgress } from './_lib/readSite';
import { version } from './_lib/version';
import { buildBundle } from './buildBundle';
import { inspectInputs } from './inspectInputs';
import { serveBundle } from './serveBundle';

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError('expected a whole number of 1 or more');
  }
  return number;
}

function postTypes(value: string): string[] {
  const types = value.split(',').map((type) => type.trim());
  if (types.some((type) => !/^[a-z0-9_-]+$/.test(type))) {
    throw new InvalidArgumentError(
      'expected WordPress post types separated by commas, e.g. post,page',
    );
  }
  return types;
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

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  }
  return number;
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

/**
 * Builds the `cw` command-line program with its `build`, `inspect` and `serve` commands. Usage
 * errors exit with code 2, `--strict` builds with issues with code 1. The program is returned
 * unparsed so tests and other tools can run it in-process with `parseAsync`.
 *
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

  program
    .command('build')
    .description(
      'Build a static content bundle from blog sources (files or folders in any supported format). With no inputs, builds from the seed archive that ships with cw.',
    )
    .argument(
      '[inputs...]',
      'WordPress site URLs, feed URLs, WXR exports, RSS/Atom feeds, WordPress REST JSON, JSON Feeds, archive pages',
    )
    .requiredOption('-o, --out <dir>', 'the bundle folder to write (replaced atomically)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'read every input as this format instead of sniffing',
      ).choices(SOURCE_FORMATS),
    )
    .option('--page-size <n>', 'posts per page of posts.json', positiveInteger, 20)
    .option(
      '--post-types <types>',
      'WordPress post types to read from a site, e.g. post,page',
      postTypes,
    )
    .option('--base-url <url>', 'the URL the bundle is served from (makes feed links absolute)')
    .option('--title <title>', 'the feed title', 'CompetencyWorks')
    .option('--force', 'rebuild even when the inputs have not changed')
    .option('--strict', 'exit with code 1 when any issue was found')
    .option('--json', 'print the result as JSON (no progress, no table)')
    .addHelpText(
      'after',
      '\nExit codes: 0 built, 1 issues found with --strict, 2 unusable input or arguments.',
    )
    .action(async (inputs: string[], options) => {
      if (options.baseUrl !== undefined && !/^https?:\/\/\S+$/.test(options.baseUrl)) {
        throw new CliError(`--base-url: expected an http(s) URL, got "${options.baseUrl}"`);
      }
      const progress = options.json || !io.isTTY ? undefined : createProgress();
      const started = performance.now();
      let result: Awaited<ReturnType<typeof buildBundle>>;
      try {
        result = await buildBundle({
          inputs,
          outDir: options.out,
          pageSize: options.pageSize,
          title: options.title,
          ...(options.format ? { format: options.format } : {}),
          ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
          ...(options.force ? { force: true } : {}),
          ...(progress ? { onProgress: progress.update } : {}),
          site: {
            ...(options.postTypes ? { postTypes: options.postTypes } : {}),
            ...(options.json ? {} : { onProgress: siteProgress(io) }),
          },
        });
      } finally {
        progress?.stop();
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (options.json) {
        io.out(
          `${JSON.stringify({ built: result.built, outDir: result.outDir, manifest: result.manifest, issues: result.issues }, null, 2)}\n`,
        );
      } else {
        const { counts } = result.manifest;
        io.out(
          result.built
            ? `Built ${options.out}: ${counts.posts} posts, ${counts.series} series, ${counts.events} events, ${counts.files} files in ${seconds}s\n`
            : `${options.out} is up to date (inputs unchanged; use --force to rebuild)\n`,
        );
        if (result.issues.length > 0) io.err(formatIssues(result.issues));
      }
      if (options.strict && result.issues.length > 0) process.exitCode = EXIT.issues;
    });

  program
    .command('inspect')
    .description('Show what cw finds in sources: formats, posts, series, events and issues.')
    .argument('<inputs...>', 'files, folders, site or feed URLs to read')
    .option(
      '--post-types <types>',
      'WordPress post types to read from a site, e.g. post,page',
      postTypes,
    )
    .addOption(
      new Option('-f, --format <format>', 'read every input as this format').choices(
        SOURCE_FORMATS,
      ),
    )
    .option('--json', 'print the report as JSON')
    .action(async (inputs: string[], options) => {
      const report = await inspectInputs(inputs, {
        ...(options.format ? { format: options.format } : {}),
        site: {
          ...(options.postTypes ? { postTypes: options.postTypes } : {}),
          ...(options.json ? {} : { onProgress: siteProgress(io) }),
        },
      });
      io.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    });

  program
    .command('serve')
    .description(
      'Serve a bundle folder locally with CDN-like headers (CORS, ETag, Cache-Control) to preview embeds.',
    )
    .argument('<dir>', 'the bundle folder')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', port, 8787)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (dir: string, options) => {
      const { existsSync } = await import('node:fs');
      if (!existsSync(dir))
        throw new CliError(`${dir}: no such folder (run "cw build --out ${dir}" first)`);
      const { url } = await serveBundle(dir, { port: options.port, host: options.host });
      io.out(
        `Serving ${dir} at ${url}\nPartner pages can load ${url}posts.json; press Ctrl+C to stop.\n`,
      );
    });

  return program;
}
