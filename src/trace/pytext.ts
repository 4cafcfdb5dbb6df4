/**
 * Python's string rules where the views must reproduce Python's output exactly
 * (the conformance view mirrors tools/real-tornado/run-real-tornado, and the trace
 * comparer mirrors tools/trace-compare/trace-compare.py).
 */

/** The characters `str.isspace()` and `re`'s `\s` accept (JavaScript's `\s` differs:
 * it has U+FEFF and lacks U+001C..U+001F and U+0085). */
export const PY_SPACE =
  "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

// The control characters are the point: Python counts them as line breaks.
// eslint-disable-next-line no-control-regex
const LINE_BREAK = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/;
const STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, "g");

/** `s.splitlines()`: the line-break characters Python knows, no final empty line. */
export function pySplitlines(s: string): string[] {
  if (s === "") return [];
  const parts = s.split(LINE_BREAK);
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** `s.strip()`. */
export function pyStrip(s: string): string {
  return s.replace(STRIP, "");
}

/** `s[:n]`: the first `n` code points (not UTF-16 units). */
export function pyPrefix(s: string, n: number): string {
  let out = "";
  let count = 0;
  for (const ch of s) {
    if (count++ >= n) break;
    out += ch;
  }
  return out;
}
