import type { ParseIssue } from '@competencyworks/core';
import type { InspectReport } from '../inspectInputs';

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

function where(issue: ParseIssue & { file: string }): string {
  const position =
    issue.line === undefined
      ? ''
      : `:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  return `${issue.file}${position}`;
}

/** One line per issue: `file:line: severity: message`. */
export function formatIssues(issues: readonly (ParseIssue & { file: string })[]): string {
  return `${issues
    .map((issue) => `${where(issue)}: ${issue.severity}: ${issue.message}`)
    .join('\n')}\n`;
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
  return `${[...sections, issues].join('\n\n')}\n`;
}
