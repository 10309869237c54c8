import type { Series } from '@competencyworks/series';
import { describe, expect, it } from 'vitest';
import { expectAccessible, json, mount, rendered, serve, settled, shadow } from '../test/helpers';
import type { CwItemActivateEvent } from './events/cw-item-activate';
import type { CwSeriesNav } from './series-nav';
import './series-nav';

const series: Series = {
  id: 'implementing-k12',
  title: 'Implementing Competency Education in K-12 Systems',
  kind: 'series',
  total: 5,
  parts: [
    { position: 3, postId: 'p3', title: 'Third', url: '/p3/', evidence: [] },
    { position: 1, postId: 'p1', title: 'First', url: 'https://cw.example/p1/', evidence: [] },
    { position: 2, postId: 'p2', title: 'Second', url: 'https://cw.example/p2/', evidence: [] },
    { position: 4, evidence: [] },
  ],
};

const text = (el: HTMLElement, part: string) =>
  shadow(el).querySelector(`[part~=${part}]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<cw-series-nav>', () => {
  it('says which part this is, links previous and next, marks the current part', async () => {
    const element = await mount<CwSeriesNav>('<cw-series-nav current="p2"></cw-series-nav>');
    element.series = series;
    await rendered(element);
    const root = shadow(element);
    expect(element.state).toBe('ready');
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe(`Series: ${series.title}`);
    expect(text(element, 'position')).toBe(`Part 2 of 5 in the series ${series.title}`);
    expect(text(element, 'previous')).toBe('← Previous: First');
    expect(root.querySelector('[part=previous]')?.getAttribute('rel')).toBe('prev');
    expect(text(element, 'next')).toBe('Next: Third →');
    expect([...root.querySelectorAll('[part=part]')].map((li) => li.textContent?.trim())).toEqual([
      'First',
      'Second',
      'Third',
      'Part 4',
    ]);
    expect(root.querySelector('[aria-current=page]')?.textContent).toBe('Second');
    expect(root.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(root.querySelector('details')?.open).toBe(false);
    await expectAccessible(element);
  });

  it('says "Part 21 in the series" when the total is unknown, "of 5" when it is known', async () => {
    const element = await mount<CwSeriesNav>('<cw-series-nav current="p21"></cw-series-nav>');
    const { total: _unknown, ...column } = series;
    element.series = {
      ...column,
      parts: [20, 21, 22].map((n) => ({
        position: n,
        postId: `p${n}`,
        title: `Part ${n}`,
        evidence: [],
      })),
    };
    await rendered(element);
    // Three parts are known, but there is no telling how many the series has.
    expect(text(element, 'position')).toBe(`Part 21 in the series ${series.title}`);
    element.series = series;
    element.current = 'p2';
    await rendered(element);
    expect(text(element, 'position')).toBe(`Part 2 of 5 in the series ${series.title}`);
  });

  it('opens the table of contents with toc-open, and matches current by URL', async () => {
    const element = await mount<CwSeriesNav>(
      '<cw-series-nav toc-open current="https://cw.example/p1/"></cw-series-nav>',
    );
    element.series = series;
    await rendered(element);
    expect(shadow(element).querySelector('details')?.open).toBe(true);
    expect(shadow(element).querySelector('[part=previous]')).toBeNull();
    expect(shadow(element).querySelector('[aria-current=page]')?.textContent).toBe('First');
  });

  it('loads series.json, picks by series-id, and resolves relative links against the file', async () => {
    serve({
      'https://b.example/series.json': json({
        version: 1,
        series: [{ ...series, id: 'other', title: 'Other' }, series],
      }),
    });
    const element = await mount<CwSeriesNav>(
      '<cw-series-nav src="https://b.example/series.json" series-id="implementing-k12" current="p2"></cw-series-nav>',
    );
    await settled(element);
    await rendered(element);
    expect(shadow(element).querySelector('[part=next]')?.getAttribute('href')).toBe(
      'https://b.example/p3/',
    );
    const seen: CwItemActivateEvent[] = [];
    element.addEventListener('cw-item-activate', (e) => {
      seen.push(e);
      e.preventDefault();
    });
    shadow(element).querySelector<HTMLAnchorElement>('[part=next]')?.click();
    expect(seen.map((e) => [e.itemId, e.url])).toEqual([['p3', 'https://b.example/p3/']]);
  });

  it('reads one series/<slug>.json and errors on other JSON', async () => {
    serve({ 'https://b.example/s.json': json(series), 'https://b.example/x.json': json({ a: 1 }) });
    const element = await mount<CwSeriesNav>(
      '<cw-series-nav src="https://b.example/s.json" current="p3"></cw-series-nav>',
    );
    await settled(element);
    expect(element.state).toBe('ready');
    element.src = 'https://b.example/x.json';
    await settled(element);
    await rendered(element);
    expect(element.state).toBe('error');
    await expectAccessible(element);
  });

  it('skips parts that are not objects in remote data instead of failing', async () => {
    const hostile = { ...series, parts: [null, 42, 'p9', ...series.parts] };
    serve({ 'https://b.example/s.json': json(hostile) });
    const element = await mount<CwSeriesNav>(
      '<cw-series-nav src="https://b.example/s.json" current="p2"></cw-series-nav>',
    );
    await settled(element);
    await rendered(element);
    expect(element.state).toBe('ready');
    expect(text(element, 'toc-summary')).toBe('All 4 parts');
    expect(text(element, 'next')).toBe('Next: Third →');
    const direct = await mount<CwSeriesNav>('<cw-series-nav current="p2"></cw-series-nav>');
    direct.series = hostile as unknown as Series;
    await rendered(direct);
    expect(text(direct, 'toc-summary')).toBe('All 4 parts');
  });
});
