/**
 * printf-style formatting: `"%s is %d" % (a, b)` and `b"%s" % x`, following
 * CPython's PyUnicode_Format and _PyBytes_FormatEx: flags, `*` widths, `%(key)s`
 * with a mapping, a single non-tuple argument, and their error messages. bytes are
 * formatted as latin-1 text (one character per byte) by the same code.
 */
import { PyObject, typeOf, type PyValue } from "../../objects/core";
import { PyTuple, PyBytes, PyDict, PyList, PyRange } from "../../objects/containers";
import { getItem } from "../../interp/subscript";
import type { Interpreter } from "../../interp/interpreter";
import { formatFloatText, type FloatMode } from "./float";
import { asciiOf, percentInt, percentFloat, bytesLike } from "./convert";

/** What differs between str and bytes formatting. */
interface Flavor {
  readonly isBytes: boolean;
  /** Text for %s (and %b for bytes). */
  text(rt: Interpreter, v: PyValue, type: string): string;
  /** Text for %c. */
  char(rt: Interpreter, v: PyValue): string;
  /** The mapping key named by `%(key)`. */
  key(text: string): PyValue;
}

const latin1 = (data: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
  return s;
};

const STR: Flavor = {
  isBytes: false,
  text: (rt, v, type) => (type === "s" ? rt.str(v) : type === "r" ? rt.repr(v) : asciiOf(rt, v)),
  char(rt, v) {
    if (typeof v === "string") {
      const cps = Array.from(v);
      if (cps.length === 1) return v;
    } else {
      let n: number | bigint | undefined;
      if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") n = typeof v === "boolean" ? +v : v;
      else if (v instanceof PyObject && !v.$cls.isBuiltin && typeOf(v).lookup("__index__") !== undefined) {
        n = percentInt(rt, v, "x");
      }
      if (n !== undefined) {
        if (n < 0 || n > 0x10ffff) throw rt.error("OverflowError", "%c arg not in range(0x110000)");
        return String.fromCodePoint(Number(n));
      }
    }
    throw rt.error("TypeError", "%c requires int or char");
  },
  key: (text) => text,
};

const BYTES: Flavor = {
  isBytes: true,
  text(rt, v, type) {
    if (type === "r" || type === "a") return asciiOf(rt, v);
    const data = bytesLike(rt, v);
    if (data === null) {
      throw rt.error(
        "TypeError",
        `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`,
      );
    }
    return latin1(data);
  },
  char(rt, v) {
    if (v instanceof PyBytes && v.data.length === 1) return String.fromCharCode(v.data[0]!);
    if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
      const n = typeof v === "boolean" ? +v : v;
      if (n < 0 || n > 255) throw rt.error("OverflowError", "%c arg not in range(256)");
      return String.fromCharCode(Number(n));
    }
    throw rt.error("TypeError", "%c requires an integer in range(256) or a single byte");
  },
  key: (text) => new PyBytes(Uint8Array.from(text, (c) => c.charCodeAt(0))),
};

/** Whether `args` counts as a mapping for `%(key)s` (CPython: has mp_subscript). */
function isMapping(args: PyValue, flavor: Flavor): boolean {
  if (args instanceof PyTuple || typeof args === "string") return false;
  if (args instanceof PyBytes) return !flavor.isBytes;
  if (args instanceof PyDict || args instanceof PyList || args instanceof PyRange) return true;
  return args instanceof PyObject && typeOf(args).lookup("__getitem__") !== undefined;
}

interface Arg {
  ljust: boolean;
  sign: boolean;
  blank: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  prec: number;
  ch: string;
}

/** The numeric text of %d/%o/%x: sign, `0x` prefix (alternate form), digits zero-padded to the precision. */
function formatLong(v: number | bigint, arg: Arg): string {
  const base = arg.ch === "o" ? 8 : arg.ch === "x" || arg.ch === "X" ? 16 : 10;
  const neg = v < 0;
  let digits = (neg ? -v : v).toString(base);
  if (arg.prec > digits.length) digits = "0".repeat(arg.prec - digits.length) + digits;
  let prefix = arg.alt && base !== 10 ? "0" + arg.ch : "";
  if (arg.ch === "X") {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  return (neg ? "-" : "") + prefix + digits;
}

/** Width, sign and padding around a converted value (CPython's unicode_format_arg_output). */
function output(rt: Interpreter, text: string, arg: Arg, numeric: boolean): string {
  if (arg.width <= text.length && arg.prec < 0 && !arg.sign && !arg.blank) {
    // Nothing to pad, truncate or sign (a surrogate pair only makes the text look longer).
    if (arg.width < 0 || !/[\uD800-\uDFFF]/.test(text)) return text;
  }
  rt.checkLength(arg.width);
  const fill = numeric && arg.zero ? "0" : " ";
  let chars = Array.from(text);
  if ((arg.ch === "s" || arg.ch === "r" || arg.ch === "a" || arg.ch === "b") && arg.prec >= 0) {
    chars = chars.slice(0, arg.prec);
  }
  let out = "";
  let sign = "";
  if (numeric) {
    if (chars[0] === "-" || chars[0] === "+") sign = chars.shift()!;
    else if (arg.sign) sign = "+";
    else if (arg.blank) sign = " ";
  }
  let len = chars.length;
  let width = Math.max(arg.width, len);
  if (sign) {
    if (fill !== " ") out += sign;
    if (width > len) width--;
  }
  const hasPrefix = numeric && arg.alt && (arg.ch === "x" || arg.ch === "X" || arg.ch === "o");
  let prefix = "";
  if (hasPrefix) {
    prefix = chars[0]! + chars[1]!;
    chars = chars.slice(2);
    if (fill !== " ") out += prefix;
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && !arg.ljust) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") out += sign + prefix;
  out += chars.join("");
  if (width > len) out += " ".repeat(width - len);
  return out;
}

function formatChecked(rt: Interpreter, fmt: string, args: PyValue, flavor: Flavor): string {
  const c: ArrayLike<string> = /[\uD800-\uDFFF]/.test(fmt) ? Array.from(fmt) : fmt;
  const n = c.length;
  let argv: readonly PyValue[] = args instanceof PyTuple ? args.items : [args];
  let argidx = 0;
  const dict = isMapping(args, flavor) ? args : null;
  const next = (): PyValue => {
    if (argidx < argv.length) return argv[argidx++];
    throw rt.error("TypeError", "not enough arguments for format string");
  };
  let out = "";
  let pos = 0;
  while (pos < n) {
    const start = pos;
    while (pos < n && c[pos] !== "%") pos++;
    if (pos > start) out += typeof c === "string" ? c.slice(start, pos) : (c as string[]).slice(start, pos).join("");
    if (pos >= n) break;
    pos++; // the '%'
    if (pos < n && c[pos] === "%") {
      out += "%";
      pos++;
      continue;
    }
    const arg: Arg = { ljust: false, sign: false, blank: false, alt: false, zero: false, width: -1, prec: -1, ch: "" };
    if (pos < n && c[pos] === "(") {
      if (dict === null) throw rt.error("TypeError", "format requires a mapping");
      let depth = 1;
      const keyStart = ++pos;
      while (depth > 0 && pos < n) {
        if (c[pos] === ")") depth--;
        else if (c[pos] === "(") depth++;
        pos++;
      }
      if (depth > 0) throw rt.error("ValueError", "incomplete format key");
      let key = "";
      for (let i = keyStart; i < pos - 1; i++) key += c[i];
      argv = [getItem(rt, dict, flavor.key(key))];
      argidx = 0;
    }
    for (; pos < n; pos++) {
      const f = c[pos];
      if (f === "-") arg.ljust = true;
      else if (f === "+") arg.sign = true;
      else if (f === " ") arg.blank = true;
      else if (f === "#") arg.alt = true;
      else if (f === "0") arg.zero = true;
      else break;
    }
    const readNumber = (what: string): number => {
      let v = 0;
      while (pos < n && c[pos]! >= "0" && c[pos]! <= "9") {
        v = v * 10 + (c[pos]!.charCodeAt(0) - 48);
        if (v > 2147483647) throw rt.error("ValueError", `${what} too big`);
        pos++;
      }
      return v;
    };
    const starArg = (): number => {
      const v = next();
      if (typeof v !== "number" && typeof v !== "boolean" && typeof v !== "bigint") {
        throw rt.error("TypeError", "* wants int");
      }
      return Number(v);
    };
    if (pos < n && c[pos] === "*") {
      arg.width = starArg();
      if (arg.width < 0) {
        arg.ljust = true;
        arg.width = -arg.width;
      }
      pos++;
    } else if (pos < n && c[pos]! >= "0" && c[pos]! <= "9") arg.width = readNumber("width");
    if (pos < n && c[pos] === ".") {
      pos++;
      arg.prec = 0;
      if (pos < n && c[pos] === "*") {
        arg.prec = Math.max(0, starArg());
        pos++;
      } else arg.prec = readNumber("precision");
    }
    if (pos < n && (c[pos] === "h" || c[pos] === "l" || c[pos] === "L")) pos++;
    if (pos >= n) throw rt.error("ValueError", "incomplete format");
    arg.ch = c[pos++]!;
    const v = next();
    out += convertOne(rt, v, arg, flavor, pos - 1);
  }
  if (argidx < argv.length && dict === null) {
    const what = flavor.isBytes ? "bytes" : "string";
    throw rt.error("TypeError", `not all arguments converted during ${what} formatting`);
  }
  return out;
}

function convertOne(rt: Interpreter, v: PyValue, arg: Arg, flavor: Flavor, index: number): string {
  rt.checkLength(arg.prec);
  switch (arg.ch) {
    case "s":
    case "r":
    case "a":
      return output(rt, flavor.text(rt, v, arg.ch), arg, false);
    case "b":
      if (flavor.isBytes) return output(rt, flavor.text(rt, v, "s"), arg, false);
      break;
    case "c":
      return output(rt, flavor.char(rt, v), arg, false);
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X": {
      const shown = flavor.isBytes && arg.ch === "i" ? "d" : arg.ch;
      return output(rt, formatLong(percentInt(rt, v, arg.ch, shown), arg), arg, true);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const x = percentFloat(rt, v, flavor.isBytes);
      const mode = arg.ch.toLowerCase() as FloatMode;
      const text = formatFloatText(x, mode, arg.prec < 0 ? 6 : arg.prec, {
        alt: arg.alt,
        upper: arg.ch !== mode,
      });
      return output(rt, text, arg, true);
    }
  }
  const code = arg.ch.codePointAt(0)!;
  const shown = code >= 31 && code <= 126 ? arg.ch : "?";
  throw rt.error("ValueError", `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`);
}

/** `fmt % args` for a str. */
export function percentFormat(rt: Interpreter, fmt: string, args: PyValue): string {
  const out = formatChecked(rt, fmt, args, STR);
  rt.checkLength(out.length);
  return out;
}

/** `fmt % args` for bytes or bytearray (the result has fmt's type). */
export function percentFormatBytes(rt: Interpreter, fmt: PyBytes, args: PyValue): PyBytes {
  const text = formatChecked(rt, latin1(fmt.data), args, BYTES);
  return new PyBytes(
    Uint8Array.from(text, (ch) => ch.charCodeAt(0)),
    fmt.$cls,
  );
}
