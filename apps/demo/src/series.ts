// The series page: pick a series from the bundle's series.json, show <cw-series-nav> for it with
// links between the parts this demo has, and every part in order, gaps included.
import type { Series, SeriesPart } from '@competencyworks/series';
import type { CwSeriesNav } from '@competencyworks/widgets';

const KIND: Record<string, string> = {
  series: 'Numbered series',
  multipart: 'Multi-part post',
  tour: 'Tour',
  column: 'Recurring column',
};

const params = new URLSearchParams(location.search);
const pageFor = (series: Series, part?: SeriesPart) =>
  `/series.html?id=${encodeURIComponent(series.id)}${
    part?.postId ? `&part=${encodeURIComponent(part.postId)}` : ''
  }`;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The parts in position order, with the runs of positions the archive does not cover. */
function partsWithGaps(series: Series): Array<SeriesPart | { gap: [number, number] }> {
  const numbered = series.parts
    .filter((part) => part.position !== undefined)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const rows: Array<SeriesPart | { gap: [number, number] }> = [];
  let next = 1;
  for (const part of numbered) {
    const position = part.position ?? next;
    if (position > next) rows.push({ gap: [next, position - 1] });
    rows.push(part);
    next = position + 1;
  }
  if (series.total !== undefined && series.total >= next) rows.push({ gap: [next, series.total] });
  return [...rows, ...series.parts.filter((part) => part.position === undefined)];
}

function renderParts(series: Series, list: HTMLOListElement): void {
  list.replaceChildren();
  for (const row of partsWithGaps(series)) {
    const item = element('li');
    if ('gap' in row) {
      const [from, to] = row.gap;
      item.className = 'gap';
      item.value = from;
      item.textContent =
        from === to
          ? `Part ${from}: not in the seed archive`
          : `Parts ${from}–${to}: not in the seed archive`;
    } else {
      if (row.position !== undefined) item.value = row.position;
      const label = row.title ?? `Part ${row.position ?? ''}`;
      if (row.postId) {
        const link = element('a', label);
        link.href = pageFor(series, row);
        item.append(link);
      } else {
        item.append(label, ' ');
        item.append(
          Object.assign(element('span', '(referenced by a later part; not in the archive)'), {
            className: 'note',
          }),
        );
      }
    }
    list.append(item);
  }
}

async function main(): Promise<void> {
  const response = await fetch('/bundle/series.json');
  const { series: all } = (await response.json()) as { series: Series[] };
  const covered = (s: Series) => s.parts.filter((part) => part.postId).length;
  const chosen =
    all.find((s) => s.id === params.get('id')) ??
    [...all].sort((a, b) => covered(b) - covered(a))[0];
  if (!chosen) return;

  document.title = `${chosen.title} — CompetencyWorks content kit demo`;
  const title = document.getElementById('series-title');
  if (title) title.textContent = chosen.title;
  const kind = document.getElementById('series-kind');
  if (kind) kind.textContent = KIND[chosen.kind] ?? 'Series';

  const chooser = document.getElementById('series-chooser');
  chooser?.replaceChildren(
    ...all.map((s) => {
      const link = element('a', s.title);
      link.href = pageFor(s);
      if (s === chosen) link.setAttribute('aria-current', 'page');
      const item = element('li');
      item.append(link);
      return item;
    }),
  );

  // The archive has no post URLs, so this demo links each part to its own view of the series.
  const current =
    chosen.parts.find((part) => part.postId && part.postId === params.get('part')) ??
    chosen.parts.find((part) => part.postId);
  const nav = document.getElementById('series-nav') as CwSeriesNav | null;
  if (nav) {
    if (current?.postId) nav.current = current.postId;
    nav.series = {
      ...chosen,
      parts: chosen.parts.map((part) =>
        part.postId ? { ...part, url: new URL(pageFor(chosen, part), location.href).href } : part,
      ),
    };
  }

  const list = document.getElementById('parts');
  if (list instanceof HTMLOListElement) renderParts(chosen, list);
  document.getElementById('series-posts')?.setAttribute('series', chosen.id);
}

void main();
