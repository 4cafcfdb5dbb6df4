/**
 * Calling the builtin types: `int(x)`, `str(x)`, `list(it)`, `dict(...)`, `range(...)`
 * and the iterator factories `enumerate`, `zip`, `map`, `filter`, `reversed`.
 */
import {
  PyBox,
  PyBuiltin,
  PyFloat,
  PyType,
  None,
  typeOf,
  intType,
  floatType,
  strType,
  boolType,
  objectType,
  normInt,
  type KwArgs,
  type PyValue,
} from "../../objects/core";
import {
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyBytes,
  PyRange,
  EMPTY_TUPLE,
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  bytesType,
  bytearrayType,
} from "../../objects/containers";
import { PyStaticMethod } from "../../objects/functions";
import { PyIterator, STOP } from "../../interp/iter";
import { getItem } from "../../interp/subscript";
import { tableClear } from "../../interp/tables";
import { setUpdate } from "./set";
import type { Interpreter } from "../../interp/interpreter";
import { method, fn, parseArgs, intArg, isNone, argTypeName } from "../registry";
import { iterableItems } from "./text-args";
import { repr as reprOf, strRepr, INT_MAX_STR_DIGITS } from "../../interp/repr";
import { len } from "../functions";
import { encodeStr, decodeBytes } from "./codecs";
import { overriddenInPython } from "../../interp/boxes";

function defineNew(
  type: PyType,
  impl: (rt: Interpreter, cls: PyType, args: PyValue[], kw: KwArgs | null) => PyValue,
): void {
  type.dict.set(
    "__new__",
    new PyStaticMethod(
      new PyBuiltin(
        "__new__",
        (rt, args, kw) => impl(rt as Interpreter, args[0] as PyType, args.slice(1), kw),
        `${type.name}.__new__`,
      ),
    ),
  );
}

const INT_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

const ND = /\p{Nd}/u;

/**
 * Decimal digits of any script as ASCII ones (`int("١٢٣")` is 123 in Python): a digit's
 * value is its distance from the start of its run of digits, modulo 10 (Unicode puts
 * each script's 0-9 together, some blocks back to back).
 */
function asciiDigits(s: string): string {
  if (!/[^\x20-\x7e]/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > 0x7f && ND.test(ch)) {
      let start = c;
      while (ND.test(String.fromCodePoint(start - 1))) start--;
      out += String((c - start) % 10);
    } else out += ch;
  }
  return out;
}

/** Parse an int literal as `int(s, base)` does. */
export function parseIntString(rt: Interpreter, text: string, base: number): number | bigint {
  // The common case: a plain decimal number that fits a JS number exactly.
  if ((base === 10 || base === 0) && /^-?[1-9][0-9]{0,14}$|^0$/.test(text)) return Number(text);
  const fail = () => rt.error("ValueError", `invalid literal for int() with base ${base}: ${strRepr(text)}`);
  let s = asciiDigits(text.trim()).toLowerCase();
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  const prefixes: Record<string, number> = { "0x": 16, "0o": 8, "0b": 2 };
  const p = s.slice(0, 2);
  if (prefixes[p] && (b === 0 || b === prefixes[p])) {
    b = prefixes[p]!;
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  } else if (b === 0) {
    if (/^0+(_?0)*$/.test(s)) return 0;
    if (s.startsWith("0")) throw fail();
    b = 10;
  }
  if (s === "" || s.startsWith("_") || s.endsWith("_") || s.includes("__")) throw fail();
  s = s.replace(/_/g, "");
  // CPython limits decimal-ish conversions (bases that are not powers of two) to 4300 digits.
  if ((b & (b - 1)) !== 0 && s.length > INT_MAX_STR_DIGITS) {
    throw rt.error(
      "ValueError",
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let v = 0n;
  const B = BigInt(b);
  for (const ch of s) {
    const d = INT_DIGITS.indexOf(ch);
    if (d < 0 || d >= b) throw fail();
    v = v * B + BigInt(d);
  }
  return normInt(neg ? -v : v);
}

export function floatToIntChecked(rt: Interpreter, x: number): number | bigint {
  if (Number.isNaN(x)) throw rt.error("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw rt.error("OverflowError", "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t || 0 : normInt(BigInt(t));
}

/** `int(v)`. */
export function toInt(rt: Interpreter, v: PyValue, base?: PyValue): number | bigint {
  if (base !== undefined) {
    const b = intArg(rt, base);
    if (b !== 0 && (b < 2 || b > 36)) throw rt.error("ValueError", "int() base must be >= 2 and <= 36, or 0");
    if (typeof v === "string") return parseIntString(rt, v, b);
    if (v instanceof PyBytes) return parseIntString(rt, decodeBytes(rt, v.data, "ascii"), b);
    throw rt.error("TypeError", "int() can't convert non-string with explicit base");
  }
  if (v instanceof PyBox && !overriddenInPython(v.$cls, "__int__")) v = v.value;
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return floatToIntChecked(rt, v.v);
  if (typeof v === "string") return parseIntString(rt, v, 10);
  if (v instanceof PyBytes) return parseIntString(rt, decodeBytes(rt, v.data, "ascii"), 10);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const m = typeOf(v).lookup(name);
    if (m === undefined) continue;
    const r = rt.call(m, [v]);
    if (typeof r === "number" || typeof r === "bigint") return r;
    if (typeof r === "boolean") return r ? 1 : 0;
    if (r instanceof PyBox && (typeof r.value === "number" || typeof r.value === "bigint")) return r.value;
    const kind = name === "__trunc__" ? "Integral" : "int";
    throw rt.error("TypeError", `${name} returned non-${kind} (type ${typeOf(r).name})`);
  }
  throw rt.error(
    "TypeError",
    `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(v).name}'`,
  );
}

/** `float(v)`. */
export function toFloat(rt: Interpreter, v: PyValue): number {
  if (v instanceof PyBox && !overriddenInPython(v.$cls, "__float__")) v = v.value;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") {
    const x = Number(v);
    if (!Number.isFinite(x)) throw rt.error("OverflowError", "int too large to convert to float");
    return x;
  }
  if (typeof v === "string" || v instanceof PyBytes) {
    const text = typeof v === "string" ? v : decodeBytes(rt, v.data, "ascii");
    const s = asciiDigits(text.trim())
      .toLowerCase()
      .replace(/(\d)_(?=\d)/g, "$1");
    const m = /^[+-]?(inf|infinity|nan)$/.exec(s);
    if (m) return m[1] === "nan" ? NaN : s.startsWith("-") ? -Infinity : Infinity;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return Number(s);
    throw rt.error(
      "ValueError",
      `could not convert string to float: ${typeof v === "string" ? strRepr(v) : reprOf(rt, v)}`,
    );
  }
  const m = typeOf(v).lookup("__float__");
  if (m !== undefined) {
    const r = rt.call(m, [v]);
    if (r instanceof PyFloat) return r.v;
    throw rt.error("TypeError", `${typeOf(v).name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  const idx = typeOf(v).lookup("__index__");
  if (idx !== undefined) return Number(rt.call(idx, [v]));
  throw rt.error("TypeError", `float() argument must be a string or a real number, not '${typeOf(v).name}'`);
}

// Calls of the exact builtin types with one positional argument skip __new__'s binding.
strType.fastCall1 = (rt, v) => (typeof v === "number" ? String(v) : (rt as Interpreter).str(v));
intType.fastCall1 = (rt, v) => toInt(rt as Interpreter, v);
floatType.fastCall1 = (rt, v) => (v instanceof PyFloat ? undefined : new PyFloat(toFloat(rt as Interpreter, v)));
boolType.fastCall1 = (rt, v) => (rt as Interpreter).truthy(v);

/** An instance of `cls`: the value itself for the builtin type, a box for a subclass. */
function instanceOf(cls: PyType, base: PyType, value: PyValue): PyValue {
  return cls === base ? value : new PyBox(cls, value);
}

defineNew(intType, (rt, cls, args, kw) => {
  const [v, base] = parseArgs(rt, "int", args, kw, ["x", "base"], 0, { posOnly: 1, cName: "int" });
  if (v === undefined && base !== undefined) throw rt.error("TypeError", "int() missing string argument");
  return instanceOf(cls, intType, v === undefined ? 0 : toInt(rt, v, base));
});
defineNew(floatType, (rt, cls, args, kw) => {
  if (kw && kw.names.length) throw rt.error("TypeError", "float() takes no keyword arguments");
  if (args.length > 1) throw rt.error("TypeError", `float expected at most 1 argument, got ${args.length}`);
  const x = new PyFloat(args.length ? toFloat(rt, args[0]) : 0);
  return instanceOf(cls, floatType, x);
});
defineNew(boolType, (rt, _cls, args, kw) => {
  if (kw && kw.names.length) throw rt.error("TypeError", "bool() takes no keyword arguments");
  if (args.length > 1) throw rt.error("TypeError", `bool expected at most 1 argument, got ${args.length}`);
  return args.length ? rt.truthy(args[0]) : false;
});
defineNew(strType, (rt, cls, args, kw) => {
  const [v, encoding, errors] = parseArgs(rt, "str", args, kw, ["object", "encoding", "errors"], 0, { cName: "str" });
  let s: string;
  if (encoding === undefined && errors === undefined) s = v === undefined ? "" : rt.str(v);
  else {
    for (const [name, a] of [
      ["encoding", encoding],
      ["errors", errors],
    ] as const) {
      if (a !== undefined && typeof a !== "string") {
        throw rt.error("TypeError", `str() argument '${name}' must be str, not ${argTypeName(a)}`);
      }
    }
    if (v === undefined) s = "";
    else if (typeof v === "string") throw rt.error("TypeError", "decoding str is not supported");
    else if (!(v instanceof PyBytes)) {
      throw rt.error("TypeError", `decoding to str: need a bytes-like object, ${typeOf(v).name} found`);
    } else s = decodeBytes(rt, v.data, (encoding ?? "utf-8") as string, (errors ?? "strict") as string);
  }
  return instanceOf(cls, strType, s);
});

function fill(rt: Interpreter, target: PyList | PySet, it: PyValue): void {
  if (target instanceof PyList) target.items = rt.toArray(it);
  else setUpdate(rt, target, it);
}

/** list(), tuple(), set(), frozenset(): at most one positional argument, no keywords (CPython's words). */
function oneIterable(rt: Interpreter, name: string, args: PyValue[], kw: KwArgs | null): PyValue | undefined {
  if (kw && kw.names.length) throw rt.error("TypeError", `${name}() takes no keyword arguments`);
  if (args.length > 1) throw rt.error("TypeError", `${name} expected at most 1 argument, got ${args.length}`);
  return args[0];
}

defineNew(listType, (_rt, cls) => new PyList([], cls));
method(listType, "__init__", (rt, self, args, kw) => {
  const it = oneIterable(rt, "list", args, kw);
  (self as PyList).items = it === undefined ? [] : rt.toArray(it);
  return None;
});
defineNew(tupleType, (rt, cls, args, kw) => {
  const it = oneIterable(rt, "tuple", args, kw);
  if (it === undefined) return cls === tupleType ? EMPTY_TUPLE : new PyTuple([], cls);
  if (it instanceof PyTuple && cls === tupleType && it.$cls === tupleType) return it;
  return new PyTuple(rt.toArray(it), cls);
});
defineNew(setType, (_rt, cls) => new PySet(cls));
method(setType, "__init__", (rt, self, args, kw) => {
  oneIterable(rt, "set", args, kw);
  const s = self as PySet;
  tableClear(s.table);
  if (args.length) fill(rt, s, args[0]);
  return None;
});
defineNew(frozensetType, (rt, cls, args, kw) => {
  oneIterable(rt, "frozenset", args, kw);
  const s = new PySet(cls);
  if (args.length) fill(rt, s, args[0]);
  return s;
});
defineNew(dictType, (_rt, cls) => new PyDict(cls));
method(dictType, "__init__", (rt, self, args, kw) => {
  const d = self as PyDict;
  if (args.length > 1) throw rt.error("TypeError", `dict expected at most 1 argument, got ${args.length}`);
  if (args.length) rt.dictUpdate(d, args[0]);
  if (kw) kw.names.forEach((n, i) => rt.dictSet(d, n, kw.values[i]));
  return None;
});

/** `dict.update(other)` for a mapping with keys() or an iterable of pairs. */
export function dictUpdateFrom(rt: Interpreter, d: PyDict, other: PyValue): void {
  if (other instanceof PyDict) {
    for (const e of other.table.map.values()) rt.dictSet(d, e.key, e.value);
    return;
  }
  if (typeOf(other).lookup("keys") !== undefined) {
    for (const k of rt.iterate(rt.callMethod(other, "keys", []))) rt.dictSet(d, k, getItem(rt, other, k));
    return;
  }
  let i = 0;
  for (const pair of rt.iterate(other)) {
    let items: PyValue[];
    try {
      items = rt.toArray(pair);
    } catch {
      throw rt.error("TypeError", `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (items.length !== 2) {
      throw rt.error(
        "ValueError",
        `dictionary update sequence element #${i} has length ${items.length}; 2 is required`,
      );
    }
    rt.dictSet(d, items[0], items[1]);
    i++;
  }
}

function bytesFrom(rt: Interpreter, name: string, args: PyValue[], kw: KwArgs | null): Uint8Array {
  const [v, encoding, errors] = parseArgs(rt, name, args, kw, ["source", "encoding", "errors"], 0, { cName: name });
  if (v === undefined) return new Uint8Array(0);
  if (typeof v === "string") {
    if (encoding === undefined) throw rt.error("TypeError", "string argument without an encoding");
    return encodeStr(rt, v, String(encoding), isNone(errors) ? "strict" : String(errors));
  }
  if (encoding !== undefined) throw rt.error("TypeError", "encoding without a string argument");
  if (errors !== undefined) throw rt.error("TypeError", "errors without a string argument");
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
    const n = Number(v);
    if (n < 0) throw rt.error("ValueError", "negative count");
    rt.checkLength(n);
    return new Uint8Array(n);
  }
  if (v instanceof PyBytes) return v.data.slice();
  // bytes(x) asks x.__bytes__ first; an object with __index__ is a count.
  const cls = typeOf(v);
  const conv = name === "bytes" && encoding === undefined ? cls.lookup("__bytes__") : undefined;
  if (conv !== undefined) {
    const r = rt.call(conv, [v]);
    if (!(r instanceof PyBytes)) throw rt.error("TypeError", `__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    return r.data.slice();
  }
  if (cls.lookup("__index__") !== undefined && cls.lookup("__iter__") === undefined) {
    return bytesFrom(rt, name, [rt.call(cls.lookup("__index__"), [v])], null);
  }
  const out: number[] = [];
  for (const x of iterableItems(rt, v, `cannot convert '${cls.name}' object to ${name}`)) {
    if (typeof x !== "number" && typeof x !== "boolean") {
      throw rt.error("TypeError", `'${typeOf(x).name}' object cannot be interpreted as an integer`);
    }
    const n = Number(x);
    if (n < 0 || n > 255) throw rt.error("ValueError", "bytes must be in range(0, 256)");
    out.push(n);
  }
  return Uint8Array.from(out);
}
defineNew(bytesType, (rt, cls, args, kw) => new PyBytes(bytesFrom(rt, "bytes", args, kw), cls));
defineNew(bytearrayType, (rt, cls, args, kw) => new PyBytes(bytesFrom(rt, "bytearray", args, kw), cls));

void objectType;
// range and slice: their constructors and methods.
import "./range";

/** The iterator factories, as builtin functions. */
export function iteratorFactories(): Record<string, PyBuiltin> {
  return {
    enumerate: fn("enumerate", (rt, args, kw) => {
      if (args.length === 0 && !kw?.names.includes("iterable")) {
        throw rt.error("TypeError", "enumerate() missing required argument 'iterable'");
      }
      const [it, start] = parseArgs(rt, "enumerate", args, kw, ["iterable", "start"], 1, { cName: "enumerate" });
      const src = rt.iter(it);
      let i: PyValue = start === undefined ? 0 : start;
      return new PyIterator("enumerate", () => {
        const v = rt.next(src);
        if (v === STOP) return STOP;
        const r = new PyTuple([i, v]);
        i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : rt.binary("+", i, 1);
        return r;
      });
    }),
    zip: fn("zip", (rt, args, kw) => {
      const bad = kw?.names.find((n) => n !== "strict");
      if (bad !== undefined) throw rt.error("TypeError", `'${bad}' is an invalid keyword argument for zip()`);
      const strict = kw && kw.names.includes("strict") ? rt.truthy(kw.values[kw.names.indexOf("strict")]) : false;
      const its = args.map((a) => rt.iter(a));
      return new PyIterator("zip", () => {
        if (its.length === 0) return STOP;
        const out: PyValue[] = [];
        for (let k = 0; k < its.length; k++) {
          const v = rt.next(its[k]);
          if (v === STOP) {
            if (!strict) return STOP;
            // CPython names the first argument out of step and all those before it.
            const before = (i: number) => (i === 1 ? "argument 1" : `arguments 1-${i}`);
            if (k > 0) throw rt.error("ValueError", `zip() argument ${k + 1} is shorter than ${before(k)}`);
            for (let j = 1; j < its.length; j++) {
              if (rt.next(its[j]) !== STOP) {
                throw rt.error("ValueError", `zip() argument ${j + 1} is longer than ${before(j)}`);
              }
            }
            return STOP;
          }
          out.push(v);
        }
        return new PyTuple(out);
      });
    }),
    map: fn("map", (rt, args) => {
      if (args.length < 2) throw rt.error("TypeError", "map() must have at least two arguments.");
      const f = args[0];
      const its = args.slice(1).map((a) => rt.iter(a));
      return new PyIterator("map", () => {
        const vals: PyValue[] = [];
        for (const it of its) {
          const v = rt.next(it);
          if (v === STOP) return STOP;
          vals.push(v);
        }
        return rt.call(f, vals);
      });
    }),
    filter: fn("filter", (rt, args) => {
      if (args.length !== 2) throw rt.error("TypeError", `filter expected 2 arguments, got ${args.length}`);
      const [f, it] = [args[0], rt.iter(args[1])];
      return new PyIterator("filter", () => {
        for (;;) {
          const v = rt.next(it);
          if (v === STOP) return STOP;
          if (isNone(f) ? rt.truthy(v) : rt.truthy(rt.call(f, [v]))) return v;
        }
      });
    }),
    reversed: fn("reversed", (rt, args, kw) => {
      if (kw && kw.names.length) throw rt.error("TypeError", "reversed() takes no keyword arguments");
      if (args.length !== 1) throw rt.error("TypeError", `reversed expected 1 argument, got ${args.length}`);
      const v = args[0];
      const m = typeOf(v).lookup("__reversed__");
      if (m !== undefined && !(v instanceof PyList && v.$cls.isBuiltin)) return rt.call(m, [v]);
      let items: readonly PyValue[];
      if (v instanceof PyList || v instanceof PyTuple) items = v.items.slice();
      else if (typeof v === "string") items = Array.from(v);
      else if (v instanceof PyRange) items = rt.toArray(v);
      else if (v instanceof PyDict) items = rt.toArray(v);
      else if (v instanceof PyBytes) items = Array.from(v.data);
      else if (typeOf(v).lookup("__getitem__") !== undefined && typeOf(v).lookup("__len__") !== undefined) {
        const n = len(rt, v);
        const out: PyValue[] = [];
        for (let i = 0; i < n; i++) out.push(getItem(rt, v, i));
        items = out;
      } else throw rt.error("TypeError", `'${typeOf(v).name}' object is not reversible`);
      let i = items.length - 1;
      return new PyIterator(v instanceof PyList ? "list_reverseiterator" : "reversed", () =>
        i >= 0 ? items[i--] : STOP,
      );
    }),
  };
}
