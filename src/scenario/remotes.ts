/**
 * What an outbound fetch meets: the `# remote:` line for its host, or the default.
 */
import { DEFAULT_REMOTE_DELAY_MS, type RemoteSpec, type Scenario } from "./types";

/** A remote with its body resolved (never null). */
export type ResolvedRemote = RemoteSpec & { readonly body: string };

/** The default response body of a host that has no `body` part: `<html>HOST</html>`. */
export function defaultRemoteBody(host: string): string {
  return `<html>${host}</html>`;
}

/**
 * How `host` answers in this scenario: the last `# remote:` line that names it
 * exactly, else the default (100 ms, 200, `<html>HOST</html>`, line 0).
 */
export function remoteFor(scenario: Pick<Scenario, "remotes">, host: string): ResolvedRemote {
  for (let i = scenario.remotes.length - 1; i >= 0; i--) {
    const r = scenario.remotes[i];
    if (r.host === host) return { ...r, body: r.body ?? defaultRemoteBody(host) };
  }
  return { host, delayMs: DEFAULT_REMOTE_DELAY_MS, status: 200, body: defaultRemoteBody(host), line: 0 };
}

/**
 * The HOST of an `http://HOST/...` or `https://HOST/...` URL, port and anything else
 * up to the first `/` included, as the real-Tornado harness cuts it; null when the
 * URL has another form (the harness then leaves the fetch alone).
 */
export function hostOfUrl(url: string): string | null {
  const m = /^https?:\/\/([^/]+)/.exec(url);
  return m ? m[1] : null;
}
