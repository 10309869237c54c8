import type { ParseIssue } from '@competencyworks/core';
import type { BuildResult } from '../buildBundle';
import type { InspectReport } from '../inspectInputs';
import type { SkippedFile } from './collectInputs';
import type { Withheld } from './publicPost';
import type { UnavailableFields } from './unavailableFields';
import { where } from './where';

/** Lays rows out as an aligned plain-text table with a header rule. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((header, i) =>
    Math.min(60, Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        const text = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
        return text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** One line per issue: `file:line: severity: message`. */
export function formatIssues(issues: readonly (ParseIssue & { file: string })[]): string {
  return `${issues
    .map((issue) => `${where(issue)}: ${issue.severity}: ${issue.message}`)
    .join('\n')}\n`;
}

/**
 * Lines saying what did not reach the bundle: files skipped, fields no post of an input carries,
 * inputs lost, posts withheld.
 */
export function formatLeftOut(report: {
  skipped: readonly SkippedFile[];
  lost: readonly SkippedFile[];
  withheld: Withheld;
  unavailable?: readonly UnavailableFields[];
}): string {
  const lines: string[] = [];
  for (const file of report.skipped) lines.push(`note: skipped ${file.file}: ${file.reason}`);
  for (const input of report.unavailable ?? []) {
    lines.push(
      `note: ${input.path} (${input.format}): fields unavailable, no post read from it has them: ${input.fields.join(', ')}`,
    );
  }
  if (report.lost.length > 0) {
    lines.push(
      `LOST: ${report.lost.length} input${report.lost.length === 1 ? '' : 's'} could not be read; ${report.lost.length === 1 ? 'its' : 'their'} posts are not in the bundle:`,
      ...report.lost.map((lost) => `  ${where(lost)}: ${lost.reason}`),
    );
  }
  const statuses = Object.entries(report.withheld.byStatus);
  if (statuses.length > 0) {
    const total = statuses.reduce((sum, [, n]) => sum + n, 0);
    lines.push(
      `left out ${total} post${total === 1 ? '' : 's'} that ${total === 1 ? 'is' : 'are'} not public: ${statuses.map(([status, n]) => `${n} ${status}`).join(', ')}`,
    );
  }
  const added = Object.entries(report.withheld.included);
  if (added.length > 0) {
    lines.push(
      `WARNING: --include-status published posts the author has NOT made public: ${added.map(([status, n]) => `${n} ${status}`).join(', ')}`,
    );
  }
  const locked = report.withheld.passwordProtected;
  if (locked > 0) {
    lines.push(
      `${locked} password-protected post${locked === 1 ? '' : 's'} published with title and link only (no content, no excerpt)`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** What `cw build` prints: the outcome on stdout; issues and what was left out on stderr. */
export function formatBuild(
  result: BuildResult,
  shown: { out: string; seconds: string },
): { out: string; err: string } {
  const { counts } = result.manifest;
  const out =
    result.skippedBecause === 'up-to-date'
      ? `${shown.out} is up to date (inputs and files unchanged; use --force to rebuild)\n`
      : result.skippedBecause === 'strict'
        ? `Not written: ${counts.issues} issue${counts.issues === 1 ? '' : 's'} found with --strict; ${shown.out} is unchanged\n`
        : `Built ${shown.out}: ${counts.posts} posts, ${counts.series} series, ${counts.events} events, ${counts.files} files in ${shown.seconds}s\n`;
  const issues = result.issues.length > 0 ? formatIssues(result.issues) : '';
  return {
    out,
    err: `${issues}${formatLeftOut({ ...result, withheld: result.manifest.withheld })}`,
  };
}

/** The human-readable `cw inspect` report. */
export function formatReport(report: InspectReport): string {
  const sections = [
    `Inputs\n${formatTable(
      ['file', 'format', 'bytes', 'posts', 'issues'],
      report.inputs.map((i) => [
        i.path,
        i.format,
        String(i.bytes),
        String(i.posts),
        String(i.issues),
      ]),
    )}`,
    `Posts (${report.posts.length})\n${formatTable(
      ['published', 'title', 'authors', 'series', 'origins'],
      report.posts.map((p) => [
        p.published?.slice(0, 10) ?? '(no date)',
        p.title ?? '(untitled)',
        p.authors.join(', '),
        p.series ?? '',
        String(p.origins),
      ]),
    )}`,
    `Series (${report.series.length})\n${formatTable(
      ['kind', 'title', 'parts'],
      report.series.map((s) => [s.kind, s.title, s.parts.join(', ')]),
    )}`,
    `Events (${report.events.length})\n${formatTable(
      ['start', 'end', 'kind', 'title'],
      report.events.map((e) => [e.start, e.end ?? '', e.kind, e.title]),
    )}`,
  ];
  const issues =
    report.issues.length === 0
      ? 'Issues: none'
      : `Issues (${report.issues.length})\n${formatIssues(report.issues).trimEnd()}`;
  const leftOut = formatLeftOut(report);
  return `${[...sections, issues, ...(leftOut ? [leftOut.trimEnd()] : [])].join('\n\n')}\n`;
}
