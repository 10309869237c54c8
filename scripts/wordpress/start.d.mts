/** One request the local WordPress answered, from the router's log. */
export interface WordPressRequest {
  method: string;
  uri: string;
  status: number;
  /** The User-Agent header. */
  agent: string;
}

/** A running local WordPress. */
export interface WordPressSite {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  /** The temporary folder holding the database and uploads. */
  dir: string;
  /** The file this run wrote in /etc/wordpress (removed by stop). */
  configFile: string;
  /** Post and attachment ids by seed key. */
  ids: Record<string, number>;
  /** The requests answered so far (since the last clearRequests). */
  requests(): WordPressRequest[];
  clearRequests(): void;
  /** Runs PHP with WordPress loaded; returns its output. */
  php(code: string, ...args: string[]): Promise<string>;
  /** The WXR export written by WordPress's own export_wp(). */
  exportWxr(): Promise<string>;
  /** Adds (or with undefined code removes) a must-use plugin, to make the site misbehave on purpose. */
  plugin(name: string, code: string | undefined): Promise<void>;
  /** Stops PHP's server only (the database stays), to test failures mid-walk. */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  /** Stops everything and removes the temporary folder and the config file this run wrote. */
  stop(): Promise<void>;
}

/** Starts MariaDB and PHP's server, installs WordPress and seeds it (see seed.php). */
export function startWordPress(options: { seed: object; port?: number }): Promise<WordPressSite>;
