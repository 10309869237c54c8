/** The path of a usable Chromium (CHROMIUM_PATH first, then the usual install locations), or undefined. */
export function findChromium(): string | undefined;
/** Chromium flags that work headless, as root, on a machine with no outside network. */
export const chromiumArgs: string[];
