/**
 * The format-spec mini-language: `format(v, spec)`, f-string fields and `str.format`
 * fields all come here (installed as the interpreter's `format` hook). Builtin
 * values are formatted natively; other objects through their `__format__`, with
 * `object.__format__` refusing a non-empty spec as CPython does.
 */
import { PyFloat, intType, floatType, boolType, typeOf, type PyValue } from "../../objects/core";
import { floatRepr } from "../../objects/numbers";
import type { Interpreter } from "../../interp/interpreter";
import { argTypeName, method } from "../registry";
import { parseSpec, type FormatSpec } from "./spec-parse";
import { formatIntSpec, formatFloatSpec, formatComplexSpec } from "./number";

function unknownCode(rt: Interpreter, type: string, typeName: string) {
  const code = type.codePointAt(0)!;
  const shown = code > 32 && code < 128 ? type : "\\x" + code.toString(16);
  return rt.error("ValueError", `Unknown format code '${shown}' for object of type '${typeName}'`);
}

/** `format(s, spec)` for a str. */
export function formatStr(rt: Interpreter, s: string, spec: string): string {
  if (spec === "") return s;
  const f = parseSpec(rt, spec, "str", "s", "<");
  if (f.type !== "s") throw unknownCode(rt, f.type, "str");
  if (f.sign === " ") throw rt.error("ValueError", "Space not allowed in string format specifier");
  if (f.sign) throw rt.error("ValueError", "Sign not allowed in string format specifier");
  if (f.noNegZero) {
    throw rt.error("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alternate) throw rt.error("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw rt.error("ValueError", "'=' alignment not allowed in string format specifier");
  return padText(rt, s, f);
}

/** Truncate to the precision and pad to the width (in code points), for str and objects formatted as text. */
function padText(rt: Interpreter, s: string, f: FormatSpec): string {
  let chars: string[] | null = null;
  let len = s.length;
  if (/[\uD800-\uDFFF]/.test(s)) {
    chars = Array.from(s);
    len = chars.length;
  }
  if (f.precision >= 0 && len > f.precision) {
    s = chars ? chars.slice(0, f.precision).join("") : s.slice(0, f.precision);
    len = f.precision;
  }
  const pad = f.width - len;
  if (pad <= 0) return s;
  rt.checkLength(pad);
  const left = f.align === ">" ? pad : f.align === "^" ? Math.floor(pad / 2) : 0;
  return f.fill.repeat(left) + s + f.fill.repeat(pad - left);
}

/** `format(v, spec)` for an int (or a bool, named by `typeName`). */
export function formatInt(rt: Interpreter, v: number | bigint, spec: string, typeName = "int"): string {
  if (spec === "") return String(v);
  const f = parseSpec(rt, spec, typeName, "d", ">");
  switch (f.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      return formatIntSpec(rt, v, f);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%": {
      const x = Number(v);
      if (!Number.isFinite(x)) throw rt.error("OverflowError", "int too large to convert to float");
      return formatFloatSpec(rt, x, f);
    }
    default:
      throw unknownCode(rt, f.type, typeName);
  }
}

/** `format(x, spec)` for a float. */
export function formatFloat(rt: Interpreter, x: number, spec: string): string {
  if (spec === "") return floatRepr(x);
  const f = parseSpec(rt, spec, "float", "", ">");
  if (!["", "e", "E", "f", "F", "g", "G", "n", "%"].includes(f.type)) throw unknownCode(rt, f.type, "float");
  return formatFloatSpec(rt, x, f);
}

/** `format(z, spec)` for a complex number's parts (`complex.__format__`). */
export function formatComplex(rt: Interpreter, re: number, im: number, spec: string): string {
  const f = parseSpec(rt, spec, "complex", "", ">");
  if (!["", "e", "E", "f", "F", "g", "G", "n"].includes(f.type)) throw unknownCode(rt, f.type, "complex");
  return formatComplexSpec(rt, re, im, f);
}

/** `format(v, spec)`: the interpreter's `format` hook. */
export function formatValue(rt: Interpreter, v: PyValue, spec: string): string {
  switch (typeof v) {
    case "string":
      return formatStr(rt, v, spec);
    case "number":
    case "bigint":
      return formatInt(rt, v, spec);
    case "boolean":
      return spec === "" ? (v ? "True" : "False") : formatInt(rt, v ? 1 : 0, spec, "bool");
  }
  if (v instanceof PyFloat) return formatFloat(rt, v.v, spec);
  const m = typeOf(v).lookup("__format__");
  if (m !== undefined && !rt.isObjectDefault(m, "__format__")) {
    const r = rt.call(m, [v, spec]);
    if (typeof r !== "string") throw rt.error("TypeError", `__format__ must return a str, not ${typeOf(r).name}`);
    return r;
  }
  if (spec !== "") {
    throw rt.error("TypeError", `unsupported format string passed to ${typeOf(v).name}.__format__`);
  }
  return rt.str(v);
}

// `int.__format__` and friends for explicit calls; formatValue does not go through them.
function defineFormat(type: typeof intType, impl: (rt: Interpreter, self: PyValue, spec: string) => string): void {
  if (type.dict.has("__format__")) return;
  method(type, "__format__", (rt, self, args) => {
    if (args.length !== 1) {
      throw rt.error("TypeError", `${type.name}.__format__() takes exactly one argument (${args.length} given)`);
    }
    const spec = args[0];
    if (typeof spec !== "string") {
      throw rt.error("TypeError", `__format__() argument must be str, not ${argTypeName(spec)}`);
    }
    if (!rt.isInstance(self, type)) {
      throw rt.error(
        "TypeError",
        `descriptor '__format__' for '${type.name}' objects doesn't apply to a '${typeOf(self).name}' object`,
      );
    }
    return impl(rt, self, spec);
  });
}
defineFormat(intType, (rt, self, spec) => formatValue(rt, self, spec));
defineFormat(boolType, (rt, self, spec) => formatValue(rt, self, spec));
defineFormat(floatType, (rt, self, spec) => formatFloat(rt, (self as PyFloat).v, spec));
