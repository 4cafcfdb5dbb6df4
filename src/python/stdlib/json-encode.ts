/**
 * `json.dumps`: CPython's encoder (json/encoder.py), with its separators, indent,
 * key conversion, escaping and error messages.
 */
import { PyBox, PyFloat, None, typeOf, type PyValue } from "../objects/core";
import { PyDict, PyList, PyTuple } from "../objects/containers";
import { floatRepr } from "../objects/numbers";
import type { Interpreter } from "../interp/interpreter";
import { sortArray } from "../builtins/sort";

/** The options of `json.dumps` after defaults are applied. */
export interface EncodeOptions {
  readonly skipkeys: boolean;
  readonly ensureAscii: boolean;
  readonly checkCircular: boolean;
  readonly allowNan: boolean;
  /** The indent string, or null for the one-line form. */
  readonly indent: string | null;
  readonly itemSeparator: string;
  readonly keySeparator: string;
  readonly default: PyValue;
  readonly sortKeys: boolean;
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

function hex4(c: number): string {
  return "\\u" + c.toString(16).padStart(4, "0");
}

/** A JSON string literal, as `json.encoder.py_encode_basestring(_ascii)` writes it. */
export function encodeString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[ch];
    if (short) out += short;
    else if (c < 0x20) out += hex4(c);
    // UTF-16 code units are exactly the surrogate pairs CPython writes for astral characters.
    else if (ensureAscii && c > 0x7e) out += hex4(c);
    else out += ch;
  }
  return out + '"';
}

function floatStr(rt: Interpreter, x: number, allowNan: boolean): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!allowNan) throw rt.error("ValueError", "Out of range float values are not JSON compliant");
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

function intStr(v: number | bigint): string {
  return typeof v === "bigint" ? v.toString() : String(v);
}

/**
 * Instances of str, int and float subclasses (an IntEnum or StrEnum member, say) are
 * written as the str, int or float they are, as CPython's encoder does.
 */
function boxedValue(v: PyValue): PyValue | undefined {
  return v instanceof PyBox ? v.value : undefined;
}

/** Encode `value` as JSON text. */
export function encode(rt: Interpreter, value: PyValue, o: EncodeOptions): string {
  const markers = new Set<object>();
  const enter = (v: object) => {
    if (!o.checkCircular) return;
    if (markers.has(v)) throw rt.error("ValueError", "Circular reference detected");
    markers.add(v);
  };
  const leave = (v: object) => {
    if (o.checkCircular) markers.delete(v);
  };

  const scalar = (v: PyValue): string | undefined => {
    if (typeof v === "string") return encodeString(v, o.ensureAscii);
    if (v === None) return "null";
    if (v === true) return "true";
    if (v === false) return "false";
    if (typeof v === "number" || typeof v === "bigint") return intStr(v);
    if (v instanceof PyFloat) return floatStr(rt, v.v, o.allowNan);
    return undefined;
  };

  const keyStr = (k: PyValue): string | null => {
    const ev = boxedValue(k);
    if (ev !== undefined) k = ev;
    if (typeof k === "string") return k;
    if (k instanceof PyFloat) return floatStr(rt, k.v, o.allowNan);
    if (k === true) return "true";
    if (k === false) return "false";
    if (k === None) return "null";
    if (typeof k === "number" || typeof k === "bigint") return intStr(k);
    if (o.skipkeys) return null;
    throw rt.error("TypeError", `keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
  };

  const walk = (v: PyValue, level: number): string => {
    const ev = boxedValue(v);
    if (ev !== undefined) v = ev;
    const s = scalar(v);
    if (s !== undefined) return s;
    if (v instanceof PyList || v instanceof PyTuple) return array(v, v.items, level);
    if (v instanceof PyDict) return object(v, level);
    if (o.default === None) {
      throw rt.error("TypeError", `Object of type ${typeOf(v).name} is not JSON serializable`);
    }
    enter(v as object);
    const r = walk(rt.call(o.default, [v]), level);
    leave(v as object);
    return r;
  };

  const newline = (level: number) => "\n" + rt.repeatStr(o.indent!, level);

  const array = (owner: object, items: readonly PyValue[], level: number): string => {
    if (items.length === 0) return "[]";
    enter(owner);
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) parts.push(walk(items[i], level + 1));
    leave(owner);
    if (o.indent === null) return "[" + parts.join(o.itemSeparator) + "]";
    const nl = newline(level + 1);
    return "[" + nl + parts.join(o.itemSeparator + nl) + newline(level) + "]";
  };

  const object = (d: PyDict, level: number): string => {
    if (d.table.size === 0) return "{}";
    enter(d);
    let entries = [...d.table.map.values()].map((e) => [e.key, e.value] as const);
    if (o.sortKeys) {
      // sorted(d.items()) compares keys (which are unique), so (key, index) pairs sort the same.
      const wrapped = entries.map((e, i) => new PyTuple([e[0], i]));
      sortArray(rt, wrapped, None, false);
      entries = wrapped.map((t) => entries[t.items[1] as number]!);
    }
    const parts: string[] = [];
    for (const [k, val] of entries) {
      const ks = keyStr(k);
      if (ks === null) continue;
      parts.push(encodeString(ks, o.ensureAscii) + o.keySeparator + walk(val, level + 1));
    }
    leave(d);
    if (parts.length === 0) return "{}";
    if (o.indent === null) return "{" + parts.join(o.itemSeparator) + "}";
    const nl = newline(level + 1);
    return "{" + nl + parts.join(o.itemSeparator + nl) + newline(level) + "}";
  };

  return walk(value, 0);
}
