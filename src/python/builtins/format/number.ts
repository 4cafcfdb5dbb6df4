/**
 * `format()` of ints and floats: signs, prefixes, thousands grouping, zero padding
 * and alignment laid out as CPython's calc_number_widths/fill_number do (so that
 * `format(1234, '010,')` is `00,001,234`).
 */
import type { Interpreter } from "../../interp/interpreter";
import type { FormatSpec } from "./spec-parse";
import { formatFloatText, type FloatMode } from "./float";

/** A number split into the parts the layout places. */
interface NumberParts {
  negative: boolean;
  /** `0x`, `0o`, `0b` (alternate form) or "". */
  prefix: string;
  /** The digits grouping applies to (the integer part). */
  digits: string;
  /** Whether a decimal point follows the digits. */
  decimal: boolean;
  /** Everything after the point: fraction, exponent, `%`; a character for `c`. */
  remainder: string;
}

/**
 * The digits with separators every `size` digits from the right, zero-padded (zeros
 * grouped too) to at least `minWidth` characters: CPython's InsertThousandsGrouping.
 */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  const pieces: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  let useSep = false;
  const take = (len: number) => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    pieces.push("0".repeat(zeros) + digits.slice(pos - chars, pos) + (useSep ? sep : ""));
    remaining -= chars;
    pos -= chars;
    useSep = true;
  };
  if (size > 0) {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, minWidth, 1));
      take(len);
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) return pieces.reverse().join("");
      minWidth -= sep.length;
    }
  }
  take(Math.max(remaining, minWidth, 1));
  return pieces.reverse().join("");
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function layout(rt: Interpreter, p: NumberParts, spec: FormatSpec, groupSize: number): string {
  let sign = "";
  if (p.negative) sign = "-";
  else if (spec.sign === "+") sign = "+";
  else if (spec.sign === " ") sign = " ";
  const nonDigits = sign.length + p.prefix.length + (p.decimal ? 1 : 0) + codePoints(p.remainder);
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigits : 0;
  const sep = spec.grouping === "" ? "" : spec.grouping;
  if (minWidth > 0) rt.checkLength(minWidth);
  const grouped = p.digits.length === 0 ? "" : groupDigits(p.digits, minWidth, sep, sep ? groupSize : 0);
  const padding = spec.width - (nonDigits + grouped.length);
  let left = 0;
  let inner = 0;
  let right = 0;
  if (padding > 0) {
    rt.checkLength(padding);
    if (spec.align === "<") right = padding;
    else if (spec.align === "^") {
      left = Math.floor(padding / 2);
      right = padding - left;
    } else if (spec.align === "=") inner = padding;
    else left = padding;
  }
  const f = spec.fill;
  return (
    f.repeat(left) +
    sign +
    p.prefix +
    f.repeat(inner) +
    grouped +
    (p.decimal ? "." : "") +
    p.remainder +
    f.repeat(right)
  );
}

/** Format an int with an already parsed spec whose type is an integer presentation. */
export function formatIntSpec(rt: Interpreter, v: number | bigint, spec: FormatSpec): string {
  if (spec.precision >= 0) throw rt.error("ValueError", "Precision not allowed in integer format specifier");
  if (spec.noNegZero) {
    throw rt.error("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (spec.type === "c") {
    if (spec.sign) throw rt.error("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      throw rt.error("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    // CPython reads the int as a C long first.
    if (v > 9223372036854775807n || v < -9223372036854775808n) {
      throw rt.error("OverflowError", "Python int too large to convert to C long");
    }
    if (v < 0 || v > 0x10ffff) throw rt.error("OverflowError", "%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(v));
    return layout(rt, { negative: false, prefix: "", digits: "", decimal: false, remainder: ch }, spec, 0);
  }
  const base = { b: 2, o: 8, x: 16, X: 16 }[spec.type] ?? 10;
  const negative = v < 0;
  let digits = (negative ? -v : v).toString(base);
  const prefix = spec.alternate && base !== 10 ? "0" + (spec.type === "X" ? "X" : spec.type) : "";
  if (spec.type === "X") digits = digits.toUpperCase();
  const groupSize = base === 10 ? 3 : 4;
  return layout(rt, { negative, prefix, digits, decimal: false, remainder: "" }, spec, groupSize);
}

/** Format a float with an already parsed spec whose type is a float presentation (or ""). */
export function formatFloatSpec(rt: Interpreter, x: number, spec: FormatSpec): string {
  let type = spec.type;
  let addDot0 = false;
  let precision = spec.precision;
  let defaultPrecision = 6;
  if (type === "") {
    addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let pct = false;
  if (type === "%") {
    type = "f";
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  if (precision > 2147483647) throw rt.error("ValueError", "precision too big");
  rt.checkLength(precision);
  const upper = type === "E" || type === "F" || type === "G";
  const mode = type.toLowerCase() as FloatMode;
  let text = formatFloatText(x, mode, precision, {
    alt: spec.alternate,
    addDot0,
    noNegZero: spec.noNegZero,
    upper,
  });
  if (pct) text += "%";
  if (spec.sign !== "+" && spec.sign !== " " && spec.width < 0 && !spec.grouping) return text;
  return layout(rt, floatParts(text), spec, 3);
}

/** Split formatted float text into the parts the layout places. */
function floatParts(text: string): NumberParts {
  const negative = text.startsWith("-");
  if (negative) text = text.slice(1);
  const m = /^[0-9]*/.exec(text)![0];
  const decimal = text[m.length] === ".";
  const remainder = text.slice(m.length + (decimal ? 1 : 0));
  return { negative, prefix: "", digits: m, decimal, remainder };
}

/**
 * Format a complex number with an already parsed spec (type "", e, f, g or n), as
 * CPython's format_complex_internal: each part formatted alone (the imaginary one
 * always signed unless the real part is left out), then the whole padded; no type
 * means repr-style parts, parentheses, and no real part when it is +0.
 */
export function formatComplexSpec(rt: Interpreter, re: number, im: number, spec: FormatSpec): string {
  if (spec.fill === "0") throw rt.error("ValueError", "Zero padding is not allowed in complex format specifier");
  if (spec.align === "=") {
    throw rt.error("ValueError", "'=' alignment flag is not allowed in complex format specifier");
  }
  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  if (precision > 2147483647) throw rt.error("ValueError", "precision too big");
  rt.checkLength(precision);
  const opts = { alt: spec.alternate, noNegZero: spec.noNegZero, upper: type === "E" || type === "F" || type === "G" };
  const mode = type.toLowerCase() as FloatMode;
  const part = (x: number, sign: FormatSpec["sign"]) =>
    layout(rt, floatParts(formatFloatText(x, mode, precision, opts)), { ...spec, sign, width: -1 }, 3);
  const body = (skipRe ? "" : part(re, spec.sign)) + part(im, skipRe ? spec.sign : "+") + "j";
  const text = parens ? `(${body})` : body;
  const pad = spec.width - codePoints(text);
  if (pad <= 0) return text;
  rt.checkLength(pad);
  const left = spec.align === "<" ? 0 : spec.align === "^" ? Math.floor(pad / 2) : pad;
  return spec.fill.repeat(left) + text + spec.fill.repeat(pad - left);
}
