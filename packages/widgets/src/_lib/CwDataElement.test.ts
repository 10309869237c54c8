import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

const { DateTimeFormat } = Intl;
/** Builds the real formatter; a function declaration, because the spy calls it with `new`. */
function realDateTimeFormat(...args: ConstructorParameters<typeof DateTimeFormat>) {
  return new DateTimeFormat(...args);
}

describe('CwDataElement', () => {
  it('warms Intl when the page is idle after an element connects, not while it connects', async () => {
    const construct = vi
      .spyOn(Intl, 'DateTimeFormat')
      .mockImplementation(realDateTimeFormat as typeof DateTimeFormat);
    // This file imports no widget statically: the module is evaluated here, under the spy.
    await import('../post-card');
    document.body.append(document.createElement('cw-post-card'));
    expect(construct).not.toHaveBeenCalled();
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(construct).toHaveBeenCalledTimes(1);
    expect(construct.mock.calls[0]?.[0]).toBe(document.documentElement.lang || undefined);
    document.body.replaceChildren();
  });
});
