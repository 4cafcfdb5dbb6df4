import type { SyntaxNode } from "@lezer/common";
import type { ConstExpr } from "../../ast";
import type { LowerContext } from "../context";

/**
 * The value of a number literal as Lezer tokenized it (`1_000`, `0x_ff`, `1.5e-3`,
 * `2j`). Ints are exact bigints of any size; floats and imaginary parts are doubles.
 */
export function numberValue(text: string): ConstExpr["value"] {
  try {
    return readNumber(text.replace(/_/g, ""));
  } catch {
    // Only a malformed literal (`0x_`) gets here, and numberProblem reports it.
    return { type: "int", value: 0n };
  }
}

function readNumber(clean: string): ConstExpr["value"] {
  const last = clean[clean.length - 1];
  if (last === "j" || last === "J") return { type: "complex", imag: Number(clean.slice(0, -1)) };
  if (/^0[xXoObB]/.test(clean)) return { type: "int", value: BigInt(clean) };
  if (/[.eE]/.test(clean)) return { type: "float", value: Number(clean) };
  return { type: "int", value: BigInt(clean) };
}

const KIND_NAMES: Record<string, string> = { x: "hexadecimal", o: "octal", b: "binary" };
// A number may run straight into these keywords (`1if x else 2`); CPython only warns.
const KEYWORD_AFTER_NUMBER = /^(and|else|for|if|in|is|not|or)(?![A-Za-z0-9_])/;

/**
 * CPython's tokenizer message for a malformed number literal, or null if it is fine.
 * `text` is Lezer's Number token, `after` the source that follows it (Lezer stops a
 * number at the first character it cannot take, where CPython reports an error).
 */
export function numberProblem(text: string, after: string): string | null {
  const prefixed = /^0([xXoObB])/.exec(text);
  const kind = prefixed ? prefixed[1].toLowerCase() : null;
  const next = after[0] ?? "";

  if (text === "0" && /^[xXoObB]/.test(after)) {
    // Lezer split `0x`, `0b2`, `0o8` into `0` and a name.
    const letter = after[0].toLowerCase();
    const digit = after[1] ?? "";
    if (letter === "b" && /[2-9]/.test(digit)) return `invalid digit '${digit}' in binary literal`;
    if (letter === "o" && /[89]/.test(digit)) return `invalid digit '${digit}' in octal literal`;
    return `invalid ${KIND_NAMES[letter]} literal`;
  }
  if (kind) {
    const digits = text.slice(2);
    if (/_$|__/.test(digits)) return `invalid ${KIND_NAMES[kind]} literal`;
    if (kind === "b" && /^[0-9]/.test(next)) return `invalid digit '${next}' in binary literal`;
    if (kind === "o" && /^[0-9]/.test(next)) return `invalid digit '${next}' in octal literal`;
    if (/^[A-Za-z0-9_]/.test(next) && !KEYWORD_AFTER_NUMBER.test(after)) {
      return `invalid ${KIND_NAMES[kind]} literal`;
    }
    return null;
  }
  if (/_$|__|_[.eEjJ]|[.eE]_|[eE][+-]_/.test(text)) return "invalid decimal literal";
  // `1.e` or `1.real`: Python reads `1.` as a float running into a name.
  if (/^[0-9_]+$/.test(text) && /^\.[\p{L}_]/u.test(after)) return "invalid decimal literal";
  if ((/^[A-Za-z0-9_]/.test(next) || next.charCodeAt(0) >= 128) && !KEYWORD_AFTER_NUMBER.test(after)) {
    return "invalid decimal literal";
  }
  if (/^0[0-9_]*[1-9]/.test(text) && !/[.eEjJ]/.test(text)) {
    return "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
  }
  return null;
}

/** A Number node as a ConstExpr (its spelling is checked separately, see `numberProblem`). */
export function lowerNumber(cx: LowerContext, node: SyntaxNode): ConstExpr {
  const at = cx.pos(node);
  const value = numberValue(cx.src(node));
  if (cx.trailingDotFloats.has(node.from) && value.type === "int") {
    return { kind: "const", value: { type: "float", value: Number(value.value) }, line: at.line, col: at.col };
  }
  return { kind: "const", value, line: at.line, col: at.col };
}
