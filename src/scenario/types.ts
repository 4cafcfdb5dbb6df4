/**
 * The scenario as data: what the directives of a scenario text say, with the
 * defaults of ../../shared/SCENARIO_FORMAT.md applied where a directive is absent.
 * Plain serializable data, no methods.
 */

/** The Tornado releases whose behaviour the playground reproduces. */
export const RELEASES = ["3.2", "4.5", "5.1", "6.5"] as const;

/** One of {@link RELEASES}. */
export type Release = (typeof RELEASES)[number];

/** The release a scenario runs under when it has no `# tornado:` line. */
export const DEFAULT_RELEASE: Release = "6.5";

/** How long a client waits for a response when no `# client-timeout:` line says. */
export const DEFAULT_CLIENT_TIMEOUT_MS = 3000;

/** How long an outbound fetch to a host with no `# remote:` line takes. */
export const DEFAULT_REMOTE_DELAY_MS = 100;

/** True for a string that names one of {@link RELEASES}. */
export function isRelease(s: string): s is Release {
  return (RELEASES as readonly string[]).includes(s);
}

/** A `# request: METHOD PATH at MS [body TEXT]` line. */
export interface RequestSpec {
  /** As written (the client sends exactly this verb). */
  readonly method: string;
  /** Starts with `/`; may carry a query string. */
  readonly path: string;
  /** Milliseconds after the application started serving. */
  readonly atMs: number;
  /** The request body, or null when the line has no `body` part. */
  readonly body: string | null;
  /** 1-based line of the directive. */
  readonly line: number;
}

/** A `# remote: HOST DELAY_MS [status CODE] [body TEXT]` line. */
export interface RemoteSpec {
  /** As written, compared exactly with the host part of a fetched URL (port included). */
  readonly host: string;
  readonly delayMs: number;
  readonly status: number;
  /** The response body, or null for the default `<html>HOST</html>`. */
  readonly body: string | null;
  /** 1-based line of the directive; 0 for the built-in default remote. */
  readonly line: number;
}

/** A directive whose keyword is known but whose rest does not parse. */
export interface DirectiveError {
  /** 1-based line of the directive. */
  readonly line: number;
  /** A complete message naming the line and what was expected, e.g.
   * `line 3: # remote: expects HOST DELAY_MS [status CODE] [body TEXT]`. */
  readonly message: string;
}

/** What a scenario text says, defaults applied. */
export interface Scenario {
  /** The `# request:` lines in text order; empty means "the default requests",
   * which depend on the application the code builds and so are made by the runtime. */
  readonly requests: readonly RequestSpec[];
  /** The `# remote:` lines in text order; for a host named twice the last line wins. */
  readonly remotes: readonly RemoteSpec[];
  readonly clientTimeoutMs: number;
  readonly tornado: Release;
  /** How fast executed code runs against CPython 3.11 (2 = twice as fast); > 0. */
  readonly cpuSpeed: number;
  /** The full scenario text, unchanged: the code the runtime compiles. */
  readonly source: string;
}
