/**
 * `repr()` and `str()` of every value, as CPython prints them.
 */
import {
  PyBuiltin,
  PyFloat,
  PyMethod,
  PyModule,
  PyType,
  None,
  NotImplemented,
  Ellipsis,
  typeOf,
  type PyValue,
} from "../objects/core";
import {
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyBytes,
  PyRange,
  PySlice,
  frozensetType,
  bytearrayType,
} from "../objects/containers";
import { PyException } from "../objects/exceptions";
import { PyFunction, PyProperty } from "../objects/functions";
import { floatRepr } from "../objects/numbers";
import { PyGenerator } from "./generators";
import { PyAsyncGenerator } from "./asyncgen";
import type { Interpreter } from "./interpreter";

/** Python's `repr` of a str: single quotes unless the text has ' and no ". */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && !isPrintable(ch)) {
      if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
      else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
      else out += "\\U" + c.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + quote;
}

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;
function isPrintable(ch: string): boolean {
  return ch === " " || !NON_PRINTABLE.test(ch);
}

export function bytesRepr(data: Uint8Array, prefix = "b", escapeSingle = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + quote;
  for (const b of data) {
    const ch = String.fromCharCode(b);
    if (ch === quote || ch === "\\" || (escapeSingle && ch === "'")) out += "\\" + ch;
    else if (b === 10) out += "\\n";
    else if (b === 13) out += "\\r";
    else if (b === 9) out += "\\t";
    else if (b < 0x20 || b >= 0x7f) out += "\\x" + b.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}

export function typeRepr(t: PyType): string {
  return t.module === "builtins" ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
}

/** CPython 3.11's limit on converting an int to or from decimal text (sys.int_info.default_max_str_digits). */
export const INT_MAX_STR_DIGITS = 4300;

/** The decimal text of a big int, refused past CPython's digit limit as CPython does. */
export function bigintText(rt: Interpreter, v: bigint): string {
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) {
    throw rt.error(
      "ValueError",
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

/** `repr(v)`. */
export function repr(rt: Interpreter, v: PyValue): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return bigintText(rt, v);
    case "boolean":
      return v ? "True" : "False";
    case "string":
      return strRepr(v);
  }
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v === None) return "None";
  // A type's own __repr__ (Python or native) wins; object's default is the builtin form.
  const m = typeOf(v).lookup("__repr__");
  if (m !== undefined && !rt.isObjectDefault(m, "__repr__")) {
    const r = rt.call(m, [v]);
    if (typeof r !== "string") throw rt.error("TypeError", `__repr__ returned non-string (type ${typeOf(r).name})`);
    return r;
  }
  return builtinRepr(rt, v);
}

/** Reprs guard against cycles: `[...]`, `{...}`. */
function guarded(rt: Interpreter, v: object, open: string, close: string, body: () => string): string {
  if (rt.reprStack.has(v)) return open + "..." + close;
  rt.reprStack.add(v);
  try {
    return body();
  } finally {
    rt.reprStack.delete(v);
  }
}

/** The repr builtin types have (what `object.__repr__` and the containers' `__repr__` give). */
export function builtinRepr(rt: Interpreter, v: PyValue): string {
  const name = (x: PyValue) => repr(rt, x);
  if (v instanceof PyList) {
    return guarded(rt, v, "[", "]", () => "[" + v.items.map(name).join(", ") + "]");
  }
  if (v instanceof PyTuple) {
    const tail = v.items.length === 1 ? ",)" : ")";
    return guarded(rt, v, "(", ")", () => "(" + v.items.map(name).join(", ") + tail);
  }
  if (v instanceof PyDict) {
    const body = () => {
      const parts: string[] = [];
      for (const e of v.table.map.values()) parts.push(name(e.key) + ": " + name(e.value));
      return "{" + parts.join(", ") + "}";
    };
    const r = guarded(rt, v, "{", "}", body);
    const special = rt.dictReprPrefix(v);
    return special ? special(r) : r;
  }
  if (v instanceof PySet) {
    const frozen = v.$cls === frozensetType || v.$cls.mro.includes(frozensetType);
    const tname = v.$cls.name;
    if (v.table.size === 0) return `${tname}()`;
    const inner = guarded(rt, v, "{", "}", () => {
      const parts: string[] = [];
      for (const e of v.table.map.values()) parts.push(name(e.key));
      return "{" + parts.join(", ") + "}";
    });
    return frozen || tname !== "set" ? `${tname}(${inner})` : inner;
  }
  if (v instanceof PyBytes) {
    // bytearray's repr (a subclass's too, under its own name) escapes ' even inside "...".
    return v.$cls.isSubtypeOf(bytearrayType) ? `${v.$cls.name}(${bytesRepr(v.data, "b", true)})` : bytesRepr(v.data);
  }
  if (v instanceof PyRange) {
    return v.step == 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  }
  if (v instanceof PySlice) return `slice(${name(v.start)}, ${name(v.stop)}, ${name(v.step)})`;
  if (v instanceof PyException) return exceptionRepr(rt, v);
  if (v instanceof PyType) return typeRepr(v);
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${rt.addressOf(v)}>`;
  if (v instanceof PyMethod) {
    const fn = v.func;
    const q = fn instanceof PyFunction ? fn.qualname : fn instanceof PyBuiltin ? fn.qualname : "?";
    if (fn instanceof PyBuiltin) {
      return `<built-in method ${fn.name} of ${typeOf(v.self).name} object at ${rt.addressOf(v.self)}>`;
    }
    return `<bound method ${q} of ${repr(rt, v.self)}>`;
  }
  if (v instanceof PyBuiltin) return `<built-in function ${v.name}>`;
  if (v instanceof PyModule) return `<module '${v.name}' (built-in)>`;
  if (v instanceof PyAsyncGenerator) return `<async_generator object ${v.qualname} at ${rt.addressOf(v)}>`;
  if (v instanceof PyGenerator) {
    return `<${v.isCoroutine ? "coroutine" : "generator"} object ${v.qualname} at ${rt.addressOf(v)}>`;
  }
  if (v instanceof PyProperty) return `<property object at ${rt.addressOf(v)}>`;
  if (v === NotImplemented) return "NotImplemented";
  if (v === Ellipsis) return "Ellipsis";
  const cls = typeOf(v);
  const mod = cls.module === "builtins" ? "" : cls.module + ".";
  return `<${mod}${cls.qualname} object at ${rt.addressOf(v)}>`;
}

export function exceptionRepr(rt: Interpreter, e: PyException): string {
  const items = e.args.items;
  const inner = items.length === 1 ? repr(rt, items[0]) : items.map((x) => repr(rt, x)).join(", ");
  return `${e.$cls.name}(${inner})`;
}

/** `str(e)` for an exception: its message. */
export function exceptionStr(rt: Interpreter, e: PyException): string {
  const items = e.args.items;
  if (items.length === 0) return "";
  if (items.length === 1) {
    if (rt.isInstance(e, rt.excType("KeyError"))) return repr(rt, items[0]);
    return str(rt, items[0]);
  }
  return repr(rt, e.args);
}

/** `str(v)`. */
export function str(rt: Interpreter, v: PyValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  const m = typeOf(v).lookup("__str__");
  if (m !== undefined && !rt.isObjectDefault(m, "__str__")) {
    const r = rt.call(m, [v]);
    if (typeof r !== "string") throw rt.error("TypeError", `__str__ returned non-string (type ${typeOf(r).name})`);
    return r;
  }
  return repr(rt, v);
}
