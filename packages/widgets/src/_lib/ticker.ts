import type { ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Re-renders `host` every 30 seconds while it is connected, from one timer shared by every
 * widget on the page (event statuses go from "upcoming" to "happening now" to "ended" without
 * a timer per card). The timer stops when no widget is connected.
 *
 * @example
 * class Card extends LitElement {
 *   constructor() {
 *     super();
 *     tick(this);
 *   }
 * }
 */
export function tick(host: ReactiveControllerHost): void {
  host.addController({
    hostConnected() {
      hosts.add(host);
      timer ??= setInterval(() => {
        for (const each of hosts) each.requestUpdate();
      }, 30_000);
    },
    hostDisconnected() {
      hosts.delete(host);
      if (!hosts.size) {
        clearInterval(timer);
        timer = undefined;
      }
    },
  });
}
