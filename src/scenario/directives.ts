/**
 * Directive parsing: the comment lines `# request:`, `# remote:`, `# client-timeout:`,
 * `# tornado:` and `# cpu-speed:` of ../../shared/SCENARIO_FORMAT.md.
 *
 * A line is a directive when it starts (in column 0) with `#`, optional blanks, a
 * known keyword and a colon, the same test the real-Tornado harness applies
 * (tools/real-tornado/run-real-tornado). Any other comment is ordinary. The rest of
 * a directive must parse completely; otherwise the line is a {@link DirectiveError}
 * and the directive is not applied.
 */
import { splitLines } from "./lines";
import {
  DEFAULT_CLIENT_TIMEOUT_MS,
  DEFAULT_RELEASE,
  RELEASES,
  isRelease,
  type DirectiveError,
  type Release,
  type RemoteSpec,
  type RequestSpec,
  type Scenario,
} from "./types";

/** The directive keywords, in the order SCENARIO_FORMAT.md lists them. */
export const DIRECTIVE_KEYWORDS = ["request", "remote", "client-timeout", "tornado", "cpu-speed"] as const;

/** One of {@link DIRECTIVE_KEYWORDS}. */
export type DirectiveKeyword = (typeof DIRECTIVE_KEYWORDS)[number];

const DIRECTIVE = /^#[ \t]*(request|remote|client-timeout|tornado|cpu-speed):(.*)$/s;

/** What each keyword's rest must look like, as shown in error messages. */
export const DIRECTIVE_SYNTAX: Readonly<Record<DirectiveKeyword, string>> = {
  request: "METHOD PATH at MS [body TEXT]",
  remote: "HOST DELAY_MS [status CODE] [body TEXT]",
  "client-timeout": "MS",
  tornado: RELEASES.join(" | "),
  "cpu-speed": "FACTOR",
};

/** The keyword and rest of a directive line, or null for any other line. */
export function matchDirective(line: string): { keyword: DirectiveKeyword; rest: string } | null {
  const m = DIRECTIVE.exec(line);
  return m ? { keyword: m[1] as DirectiveKeyword, rest: m[2] } : null;
}

// Blanks are spaces and tabs; a body runs to the end of the line, trailing blanks
// included, as the harness reads it.
const REQUEST = /^[ \t]*([A-Za-z]+)[ \t]+(\/[^ \t]*)[ \t]+at[ \t]+(\d+)(?:[ \t]+body[ \t]+(.*))?[ \t]*$/s;
const REMOTE = /^[ \t]*([^ \t]+)[ \t]+(\d+)(?:[ \t]+status[ \t]+(\d{3}))?(?:[ \t]+body[ \t]+(.*))?[ \t]*$/s;
const INTEGER = /^[ \t]*(\d+)[ \t]*$/;
const FACTOR = /^[ \t]*(\d+(?:\.\d*)?|\.\d+)[ \t]*$/;
const WORD = /^[ \t]*([^ \t]+)[ \t]*$/;

/**
 * Reads every directive of a scenario text. Never throws: each malformed directive
 * becomes one {@link DirectiveError} (in line order) and the scenario keeps the value
 * it would have without that line. For `client-timeout`, `tornado` and `cpu-speed`
 * the last valid line wins.
 */
export function parseScenario(text: string): { scenario: Scenario; errors: DirectiveError[] } {
  const requests: RequestSpec[] = [];
  const remotes: RemoteSpec[] = [];
  const errors: DirectiveError[] = [];
  let clientTimeoutMs = DEFAULT_CLIENT_TIMEOUT_MS;
  let tornado: Release = DEFAULT_RELEASE;
  let cpuSpeed = 1;

  for (const { number: line, text: lineText } of splitLines(text)) {
    const d = matchDirective(lineText);
    if (!d) continue;
    const fail = (what?: string): void => {
      errors.push({ line, message: directiveMessage(line, d.keyword, d.rest, what) });
    };
    switch (d.keyword) {
      case "request": {
        const m = REQUEST.exec(d.rest);
        if (!m) fail();
        else requests.push({ method: m[1], path: m[2], atMs: Number(m[3]), body: m[4] ?? null, line });
        break;
      }
      case "remote": {
        const m = REMOTE.exec(d.rest);
        if (!m) fail();
        else if (m[1].includes("/")) fail(`HOST is a host name such as www.example.com, without scheme or path`);
        else {
          remotes.push({
            host: m[1],
            delayMs: Number(m[2]),
            status: m[3] === undefined ? 200 : Number(m[3]),
            body: m[4] ?? null,
            line,
          });
        }
        break;
      }
      case "client-timeout": {
        const m = INTEGER.exec(d.rest);
        if (!m || Number(m[1]) <= 0) fail("MS is a whole number of milliseconds above 0");
        else clientTimeoutMs = Number(m[1]);
        break;
      }
      case "tornado": {
        const m = WORD.exec(d.rest);
        if (!m) fail();
        else if (!isRelease(m[1]))
          errors.push({
            line,
            message: `line ${line}: # tornado: unknown release ${JSON.stringify(m[1])}; known releases are ${RELEASES.join(", ")}`,
          });
        else tornado = m[1];
        break;
      }
      case "cpu-speed": {
        const m = FACTOR.exec(d.rest);
        if (!m || !(Number(m[1]) > 0)) fail("FACTOR is a number above 0, e.g. 2 or 0.5");
        else cpuSpeed = Number(m[1]);
        break;
      }
      default:
        assertNever(d.keyword);
    }
  }
  return { scenario: { requests, remotes, clientTimeoutMs, tornado, cpuSpeed, source: text }, errors };
}

function directiveMessage(line: number, keyword: DirectiveKeyword, rest: string, what: string | undefined): string {
  const got = rest.trim() === "" ? "nothing" : JSON.stringify(rest.trim());
  const base = `line ${line}: # ${keyword}: expects ${DIRECTIVE_SYNTAX[keyword]}, got ${got}`;
  return what ? `${base} (${what})` : base;
}

function assertNever(x: never): never {
  throw new Error(`unhandled directive keyword ${String(x)}`);
}
