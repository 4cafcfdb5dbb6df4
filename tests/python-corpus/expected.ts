/**
 * The hand-written expectation files of `py2/` and `limits/` (format in README.md),
 * and the one-line form of an engine error that is compared with CPython's.
 */

/** How the run must end: normally, with this exact error line, or with a line matching a pattern. */
export type ErrorExpectation =
  | { readonly kind: "none" }
  | { readonly kind: "exact"; readonly line: string }
  | { readonly kind: "pattern"; readonly pattern: RegExp };

export interface Expectation {
  readonly stdout: string;
  readonly error: ErrorExpectation;
}

/**
 * Parses an `.expected` file: stdout, then optionally a last line `!! Type: message`
 * (exact) or `!!~ regex` (case-insensitive, for messages the engine chooses).
 */
export function parseExpected(text: string): Expectation {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  const start = body.lastIndexOf("\n") + 1;
  const last = body.slice(start);
  if (last.startsWith("!!~ ")) {
    return { stdout: text.slice(0, start), error: { kind: "pattern", pattern: new RegExp(last.slice(4), "i") } };
  }
  if (last.startsWith("!! ")) {
    return { stdout: text.slice(0, start), error: { kind: "exact", line: last.slice(3) } };
  }
  return { stdout: text, error: { kind: "none" } };
}

/** The engine's error as CPython's last stderr line shows it: `Type: message`, or `Type` alone. */
export function errorLine(error: { readonly type: string; readonly message: string } | null): string | null {
  if (error === null) return null;
  return error.message === "" ? error.type : `${error.type}: ${error.message}`;
}
