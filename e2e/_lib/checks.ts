import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  type ConsoleMessage,
  expect,
  type Page,
  type Request,
  type Response,
} from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core');

/** Where the screenshots go (gitignored); look at them after a run. */
export const SCREENSHOTS = new URL('../../.e2e-output/screenshots/', import.meta.url);

/** What went wrong while a page loaded: console errors, uncaught exceptions, failed requests. */
export interface PageProblems {
  console: string[];
  exceptions: string[];
  requests: string[];
  /** Stops recording. */
  stop(): void;
}

/**
 * Starts recording a page's console errors, uncaught exceptions, and requests that failed at
 * the network level or answered 400 or more. Call before `goto`.
 */
export function watchPage(page: Page): PageProblems {
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') {
      problems.console.push(`${message.text()} (${message.location().url})`);
    }
  };
  const onError = (error: Error) => problems.exceptions.push(error.message);
  const onFailed = (request: Request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // Aborted is what the browser reports for requests a navigation or the page itself cancelled
    // (VitePress prefetching the next page when the test moves on); it is not a server failure.
    if (reason === 'net::ERR_ABORTED') return;
    problems.requests.push(`${request.url()}: ${reason}`);
  };
  const onResponse = (response: Response) => {
    if (response.status() >= 400)
      problems.requests.push(`${response.url()}: HTTP ${response.status()}`);
  };
  const problems: PageProblems = {
    console: [],
    exceptions: [],
    requests: [],
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onError);
      page.off('requestfailed', onFailed);
      page.off('response', onResponse);
    },
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  return problems;
}

/** Asserts nothing went wrong on the page so far. */
export function expectNoProblems(problems: PageProblems, where = ''): void {
  expect.soft(problems.exceptions, `uncaught exceptions ${where}`).toEqual([]);
  expect.soft(problems.console, `console errors ${where}`).toEqual([]);
  expect(problems.requests, `failed requests ${where}`).toEqual([]);
}

/** Waits until every `cw-*` element on the page has settled (no `loading` state left). */
export async function widgetsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('*')].filter((el) =>
      el.localName.startsWith('cw-'),
    );
    return widgets.every(
      (el) => customElements.get(el.localName) && el.getAttribute('state') !== 'loading',
    );
  });
  await page.evaluate(() => document.fonts.ready);
}

/** Runs axe-core (all rules it runs by default, best practices included) and expects no violations. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const { violations } = await (
      window as unknown as {
        axe: {
          run(context: Document): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe.run(document);
    return violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    }));
  });
  expect(violations, 'axe-core violations').toEqual([]);
}

/**
 * Presses Tab from the top of the page until every visible link, button, summary and form
 * control (in the document and in open shadow roots) has had focus, and returns the ones that
 * never did, described by tag and text.
 */
export async function unreachableByKeyboard(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    const selector =
      'a[href], button, summary, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
    const found: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(selector)) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const targets = found.filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        el.getAttribute('tabindex') !== '-1' &&
        !el.closest('[inert]') &&
        el.checkVisibility({ visibilityProperty: true }) &&
        // A <summary> is the focus target of its <details>; nested ones only when shown.
        !(el.localName === 'summary' && el.parentElement?.localName !== 'details'),
    );
    (window as unknown as { __e2eTargets: Element[] }).__e2eTargets = targets;
    (window as unknown as { __e2eReached: Set<number> }).__e2eReached = new Set();
    (document.activeElement as HTMLElement | null)?.blur();
    return targets.length;
  });
  for (let presses = 0; presses < total * 2 + 20; presses++) {
    await page.keyboard.press('Tab');
    const done = await page.evaluate(() => {
      const w = window as unknown as { __e2eTargets: Element[]; __e2eReached: Set<number> };
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const index = active ? w.__e2eTargets.indexOf(active) : -1;
      if (index >= 0) w.__e2eReached.add(index);
      return w.__e2eReached.size === w.__e2eTargets.length;
    });
    if (done) break;
  }
  return page.evaluate(() => {
    const w = window as unknown as { __e2eTargets: Element[]; __e2eReached: Set<number> };
    return w.__e2eTargets
      .filter((_, index) => !w.__e2eReached.has(index))
      .map((el) => `<${el.localName}> ${(el.textContent ?? '').trim().slice(0, 60)}`);
  });
}

/** Saves a full-page screenshot as `.e2e-output/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: new URL(`${name}.png`, SCREENSHOTS).pathname,
    fullPage: true,
    animations: 'disabled',
  });
}
