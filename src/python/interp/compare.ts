/**
 * Comparison and membership: `==`, `!=`, ordering, `in`. Builtin values compare
 * natively (identity first inside containers, as CPython does, so `[nan] == [nan]`
 * holds for the same object); other objects through their rich-comparison dunders,
 * reflected operand included, with CPython's messages.
 */
import { PyFloat, PyObject, PyBox, PyType, NotImplemented, typeOf, type PyValue } from "../objects/core";
import {
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyBytes,
  PyRange,
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  bytesType,
  bytearrayType,
} from "../objects/containers";
import * as N from "../objects/numbers";
import type { CmpOp } from "../ast";
import type { Interpreter } from "./interpreter";
import { asInt, asFloat, truthy, inherits } from "./ops";
import { unboxFor } from "./boxes";
import { call2 } from "./call";

/** Exact comparison of a big int with a float (no rounding of the int). */
function intFloatCmp(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (i < bf) return -1;
  if (i > bf) return 1;
  return fl === f ? 0 : -1;
}

/** Code point order (UTF-16 order differs for characters beyond U+FFFF). */
export function strOrder(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  const sx = x >= 0xd800 && x <= 0xdfff;
  const sy = y >= 0xd800 && y <= 0xdfff;
  // A surrogate starts a code point above every BMP character.
  if (sx !== sy) return sx ? 1 : -1;
  return x - y;
}

function isUser(v: PyValue): v is PyObject {
  return v instanceof PyObject && !v.$cls.isBuiltin;
}

/** Call `a.name(b)`, then (or first, for a subclass that overrides it) `b.rname(a)`; NotImplemented if both decline. */
function richCompare(rt: Interpreter, a: PyValue, b: PyValue, name: string, rname: string): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let reflectedTried = false;
  if (tb !== ta && tb.isSubtypeOf(ta)) {
    const rm = tb.lookup(rname);
    if (rm !== undefined && rm !== ta.lookup(rname) && !rt.isObjectDefault(rm, rname)) {
      reflectedTried = true;
      const r = call2(rt, rm, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const m = ta.lookup(name);
  if (m !== undefined && !rt.isObjectDefault(m, name)) {
    const r = call2(rt, m, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!reflectedTried) {
    const rm = tb.lookup(rname);
    if (rm !== undefined && !rt.isObjectDefault(rm, rname)) {
      const r = call2(rt, rm, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

function seqEq(rt: Interpreter, a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !eq(rt, x, y)) return false;
  }
  return true;
}

function bytesEq(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `a == b`. */
export function eq(rt: Interpreter, a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  if (a instanceof PyBox) a = unboxFor(a, "__eq__");
  if (b instanceof PyBox) b = unboxFor(b, "__eq__");
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== "object" && tb !== "object") {
    if (ta === tb) return a === b;
    if (ta === "boolean" || tb === "boolean") return asInt(a) === asInt(b);
    if (ta === "string" || tb === "string") return false;
    return a == b; // a number and a bigint: equal values are never both normalized, but be exact anyway
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = asFloat(a);
    const y = asFloat(b);
    if (x !== undefined && y !== undefined) {
      if (typeof a === "bigint") return intFloatCmp(a, y) === 0;
      if (typeof b === "bigint") return intFloatCmp(b, x) === 0;
      return x === y;
    }
  }
  if (isUser(a) || isUser(b)) {
    const r = richCompare(rt, a, b, "__eq__", "__eq__");
    return r === NotImplemented ? a === b : truthy(rt, r);
  }
  if (a instanceof PyList && b instanceof PyList) return seqEq(rt, a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(rt, a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) return rt.dictEq(a, b);
  if (a instanceof PySet && b instanceof PySet) return rt.setEq(a, b);
  if (a instanceof PyBytes && b instanceof PyBytes) return bytesEq(a.data, b.data);
  if (a instanceof PyRange && b instanceof PyRange) {
    const n = a.len();
    if (n !== b.len()) return false;
    return n == 0 || (a.start == b.start && (n == 1 || a.step == b.step));
  }
  if (a instanceof PyObject || b instanceof PyObject) {
    const r = richCompare(rt, a, b, "__eq__", "__eq__");
    if (r !== NotImplemented) return truthy(rt, r);
  }
  return false;
}

/** `a != b`. */
export function ne(rt: Interpreter, a: PyValue, b: PyValue): boolean {
  if (isUser(a) || isUser(b)) {
    const r = richCompare(rt, a, b, "__ne__", "__ne__");
    if (r !== NotImplemented) return truthy(rt, r);
  }
  return !eq(rt, a, b);
}

type Order = "<" | "<=" | ">" | ">=";
const ORDER_DUNDER: Record<Order, [string, string]> = {
  "<": ["__lt__", "__gt__"],
  "<=": ["__le__", "__ge__"],
  ">": ["__gt__", "__lt__"],
  ">=": ["__ge__", "__le__"],
};

function cmpResult(op: Order, c: number): boolean {
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    case ">=":
      return c >= 0;
  }
}

/** Ordering of two builtin sequences: the first unequal items decide (identity counts as equal). */
function seqOrder(rt: Interpreter, op: Order, x: readonly PyValue[], y: readonly PyValue[]): boolean {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i] && !eq(rt, x[i], y[i])) return compareOrder(rt, op, x[i], y[i]);
  }
  return cmpResult(op, x.length - y.length);
}

/** Three-way comparison of builtin scalars, or undefined when the types do not order natively. */
function scalarCompare(a: PyValue, b: PyValue): number | undefined {
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return N.intCmp(ia, ib);
  if ((a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined)) {
    const x = asFloat(a)!;
    const y = asFloat(b)!;
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    if (typeof ia === "bigint") return intFloatCmp(ia, y);
    if (typeof ib === "bigint") return -intFloatCmp(ib, x);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "string" && typeof b === "string") return strOrder(a, b);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const n = Math.min(a.data.length, b.data.length);
    for (let i = 0; i < n; i++) if (a.data[i] !== b.data[i]) return a.data[i]! - b.data[i]!;
    return a.data.length - b.data.length;
  }
  return undefined;
}

/** `a < b` and friends. */
export function compareOrder(rt: Interpreter, op: Order, a: PyValue, b: PyValue): boolean {
  const [name, rname] = ORDER_DUNDER[op];
  if (a instanceof PyBox) a = unboxFor(a, name);
  if (b instanceof PyBox) b = unboxFor(b, rname);
  if (!isUser(a) && !isUser(b)) {
    const c = scalarCompare(a, b);
    if (c !== undefined) return cmpResult(op, c);
    if (a instanceof PyList && b instanceof PyList) return seqOrder(rt, op, a.items, b.items);
    if (a instanceof PyTuple && b instanceof PyTuple) return seqOrder(rt, op, a.items, b.items);
    if (a instanceof PySet && b instanceof PySet) return rt.setCompare(op, a, b);
  }
  if (a instanceof PyObject || b instanceof PyObject) {
    const r = richCompare(rt, a, b, name, rname);
    if (r !== NotImplemented) return truthy(rt, r);
  }
  throw rt.error("TypeError", `'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

export function lt(rt: Interpreter, a: PyValue, b: PyValue): boolean {
  return compareOrder(rt, "<", a, b);
}

function scan(rt: Interpreter, items: readonly PyValue[], item: PyValue): boolean {
  for (const x of items) if (x === item || eq(rt, x, item)) return true;
  return false;
}

function bytesContains(rt: Interpreter, hay: PyBytes, item: PyValue): boolean {
  const i = asInt(item instanceof PyBox ? item.value : item);
  if (i !== undefined) {
    if (i < 0 || i > 255) throw rt.error("ValueError", "byte must be in range(0, 256)");
    return hay.data.includes(Number(i));
  }
  if (item instanceof PyBytes) return rt.bytesFind(hay, item) >= 0;
  const index = typeOf(item).lookup("__index__");
  if (index !== undefined) return bytesContains(rt, hay, rt.call(index, [item]));
  throw rt.error("TypeError", `a bytes-like object is required, not '${typeOf(item).name}'`);
}

/** `item in container`. */
export function contains(rt: Interpreter, container: PyValue, item: PyValue): boolean {
  if (typeof container === "string") {
    if (item instanceof PyBox && typeof item.value === "string") item = item.value;
    if (typeof item !== "string") {
      throw rt.error("TypeError", `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    }
    return container.includes(item);
  }
  const cls = typeOf(container);
  if (container instanceof PyList && inherits(cls, "__contains__", listType)) return scan(rt, container.items, item);
  if (container instanceof PyTuple && inherits(cls, "__contains__", tupleType)) return scan(rt, container.items, item);
  if (container instanceof PyDict && inherits(cls, "__contains__", dictType)) return rt.tableHas(container.table, item);
  if (
    container instanceof PySet &&
    (inherits(cls, "__contains__", setType) || inherits(cls, "__contains__", frozensetType))
  ) {
    // A set is looked up as the frozenset with its elements (`{1} in {frozenset({1})}`).
    if (item instanceof PySet && !rt.isInstance(item, frozensetType)) {
      const frozen = new PySet(frozensetType);
      for (const e of item.table.map.values()) rt.setAdd(frozen, e.key);
      item = frozen;
    }
    return rt.tableHas(container.table, item);
  }
  if (container instanceof PyRange) {
    if (item instanceof PyBox) item = item.value;
    const i = asInt(item);
    if (i === undefined) return scan(rt, rt.toArray(container), item);
    return rangeIndex(container, i) >= 0;
  }
  if (container instanceof PyBytes && (cls === bytesType || cls === bytearrayType)) {
    return bytesContains(rt, container, item);
  }
  const m = cls.lookup("__contains__");
  if (m !== undefined) return truthy(rt, rt.call(m, [container, item]));
  if (cls.lookup("__iter__") === undefined && cls.lookup("__getitem__") === undefined) {
    throw rt.error("TypeError", `argument of type '${cls.name}' is not iterable`);
  }
  for (const x of rt.iterate(container)) if (x === item || eq(rt, x, item)) return true;
  return false;
}

/** The index of int `i` in range `r`, or -1. */
export function rangeIndex(r: PyRange, i: number | bigint): number | bigint {
  if (r.small && typeof i === "number") {
    const start = r.start as number;
    const step = r.step as number;
    const k = (i - start) / step;
    return Number.isInteger(k) && k >= 0 && k < r.length ? k : -1;
  }
  const d = BigInt(i) - BigInt(r.start);
  const step = BigInt(r.step);
  if (d % step !== 0n) return -1;
  const k = d / step;
  if (k < 0n || k >= BigInt(r.len())) return -1;
  return k <= 9007199254740991n ? Number(k) : k;
}

const RICH: Record<"==" | "!=" | Order, [string, string]> = {
  "==": ["__eq__", "__eq__"],
  "!=": ["__ne__", "__ne__"],
  ...ORDER_DUNDER,
};

/**
 * `a op b` as a Python value: for objects whose class defines the comparison in
 * Python, whatever the method returned (`__eq__` may return a non-bool); else a bool.
 */
export function compareValue(rt: Interpreter, op: "==" | "!=" | Order, a: PyValue, b: PyValue): PyValue {
  const [name, rname] = RICH[op];
  // A str/int/float subclass that keeps the base's comparison compares as its value.
  if (a instanceof PyBox) a = unboxFor(a, name);
  if (b instanceof PyBox) b = unboxFor(b, rname);
  if (isUser(a) || isUser(b)) {
    const r = richCompare(rt, a, b, name, rname);
    if (r !== NotImplemented) return r;
    // Both declined: identity for ==, object.__ne__'s inverted __eq__ for !=, else an error.
    if (op === "==") return a === b;
    if (op === "!=") return !eq(rt, a, b);
    throw rt.error(
      "TypeError",
      `'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`,
    );
  }
  return compare(rt, op, a, b);
}

/** One comparison of a chain. */
export function compare(rt: Interpreter, op: CmpOp, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case "==":
      return eq(rt, a, b);
    case "!=":
      return ne(rt, a, b);
    case "is":
      return a === b;
    case "is not":
      return a !== b;
    case "in":
      return contains(rt, b, a);
    case "not in":
      return !contains(rt, b, a);
    default:
      return compareOrder(rt, op, a, b);
  }
}

export type { PyType };
