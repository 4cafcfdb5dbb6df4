import { lookupUnicodeName } from "./unicode-names";

/** A problem in a literal body; `at` is the offset in the body where it starts. */
export interface LiteralProblem {
  readonly type: "SyntaxError" | "NotImplementedError";
  readonly message: string;
  readonly at: number;
}

/** How a literal body is read. */
export interface BodyMode {
  readonly raw: boolean;
  readonly bytes: boolean;
  /** Literal text of an f-string: `{{` and `}}` stand for one brace, a lone `}` is an error. */
  readonly fstring: boolean;
}

const SIMPLE: Readonly<Record<string, number>> = {
  "\\": 92,
  "'": 39,
  '"': 34,
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
};

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

// CPython reports positions in a str body after re-encoding every non-ASCII character
// as a ten-character `\UXXXXXXXX` escape; copying that keeps the messages identical.
function cpythonPosition(body: string, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += body.charCodeAt(i) < 128 ? 1 : 10;
  return pos;
}

/**
 * Decodes the text between the quotes of a literal: escapes (unless raw), line
 * continuations, and f-string braces. Returns UTF-16 text for str, or one char code
 * (0..255) per byte for bytes. Problems are reported with CPython's messages and the
 * decoding goes on, so the value is always usable.
 */
export function decodeBody(body: string, mode: BodyMode, report: (problem: LiteralProblem) => void): string {
  let out = "";
  let i = 0;
  const n = body.length;
  const unicodeError = (start: number, end: number, what: string): void =>
    report({
      type: "SyntaxError",
      message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${cpythonPosition(body, start)}-${cpythonPosition(body, end)}: ${what}`,
      at: start,
    });

  while (i < n) {
    const c = body[i];
    if (mode.fstring && (c === "{" || c === "}")) {
      if (body[i + 1] === c) {
        out += c;
        i += 2;
        continue;
      }
      if (c === "}") {
        report({ type: "SyntaxError", message: "f-string: single '}' is not allowed", at: i });
      }
      out += c;
      i++;
      continue;
    }
    if (c !== "\\" || i + 1 >= n) {
      out += c;
      i++;
      continue;
    }
    if (mode.raw && !(mode.fstring && (body[i + 1] === "{" || body[i + 1] === "}"))) {
      // A raw string keeps the backslash; it only stops the next quote ending the string.
      out += c + body[i + 1];
      i += 2;
      continue;
    }
    const e = body[i + 1];
    if (e === "\n") {
      i += 2;
      continue;
    }
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out += String.fromCharCode(simple);
      i += 2;
      continue;
    }
    if (e >= "0" && e <= "7") {
      let j = i + 1;
      let value = 0;
      while (j < i + 4 && j < n && body[j] >= "0" && body[j] <= "7") {
        value = value * 8 + (body.charCodeAt(j) - 48);
        j++;
      }
      out += String.fromCharCode(mode.bytes ? value & 0xff : value);
      i = j;
      continue;
    }
    if (e === "x" || (!mode.bytes && (e === "u" || e === "U"))) {
      const width = e === "x" ? 2 : e === "u" ? 4 : 8;
      let j = i + 2;
      while (j < i + 2 + width && isHex(body[j])) j++;
      if (j < i + 2 + width) {
        if (mode.bytes) {
          report({ type: "SyntaxError", message: `(value error) invalid \\x escape at position ${i}`, at: i });
        } else {
          const name = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
          unicodeError(i, j - 1, `truncated ${name} escape`);
        }
        i = j;
        continue;
      }
      const code = parseInt(body.slice(i + 2, j), 16);
      if (code > 0x10ffff) {
        unicodeError(i, j - 1, "illegal Unicode character");
      } else {
        out += String.fromCodePoint(code);
      }
      i = j;
      continue;
    }
    if (e === "N" && !mode.bytes) {
      const close = body[i + 2] === "{" ? body.indexOf("}", i + 3) : -1;
      if (close < 0 || close === i + 3) {
        unicodeError(i, close < 0 ? n - 1 : close, "malformed \\N character escape");
        i = close < 0 ? n : close + 1;
        continue;
      }
      const name = body.slice(i + 3, close);
      const code = lookupUnicodeName(name);
      if (code === null) {
        report({
          type: "NotImplementedError",
          message: `the character name \\N{${name}} is not in the table of names known here; write the character itself or a \\u escape`,
          at: i,
        });
      } else {
        out += String.fromCodePoint(code);
      }
      i = close + 1;
      continue;
    }
    // Not an escape: Python keeps the backslash (and warns).
    out += c;
    i++;
  }
  return out;
}

/** The body's first character that a bytes literal may not contain (non-ASCII), or -1. */
export function firstNonAscii(body: string): number {
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) >= 128) return i;
  return -1;
}
