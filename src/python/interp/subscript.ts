/**
 * Subscripts: `o[k]`, `o[k] = v`, `del o[k]`, with slices, negative indices and
 * CPython's messages.
 */
import { PyObject, PyType, None, typeOf, normInt, type PyValue } from "../objects/core";
import {
  PyList,
  PyTuple,
  PyDict,
  PyBytes,
  PyRange,
  PySlice,
  bytearrayType,
  listType,
  tupleType,
  dictType,
} from "../objects/containers";
import { inherits } from "./ops";
import { setItem as bytearraySetItem, delItem as bytearrayDelItem } from "../builtins/types/bytes-mutators";
import * as tables from "./tables";
import type { Interpreter } from "./interpreter";
import { genericAlias } from "../builtins/types/generic-alias";
import { iterableItems } from "../builtins/types/text-args";
import { call2, call3 } from "./call";

/** An index as a JS number, or undefined when `k` is not an int. */
function asIndex(rt: Interpreter, k: PyValue): number | undefined {
  if (typeof k === "number") return k;
  if (typeof k === "boolean") return k ? 1 : 0;
  if (typeof k === "bigint") return Number(k);
  if (k instanceof PyObject && !k.$cls.isBuiltin) {
    const m = k.$cls.lookup("__index__");
    if (m !== undefined) {
      const r = rt.call(m, [k]);
      const i = typeof r === "object" ? undefined : asIndex(rt, r);
      if (i === undefined) throw rt.error("TypeError", `__index__ returned non-int (type ${typeOf(r).name})`);
      return i;
    }
  }
  return undefined;
}

/** Resolve slice bounds against a length, as `slice.indices` does. */
export function sliceIndices(rt: Interpreter, s: PySlice, len: number): [number, number, number] {
  const step = s.step === None ? 1 : asIndex(rt, s.step);
  if (step === undefined)
    throw rt.error("TypeError", "slice indices must be integers or None or have an __index__ method");
  if (step === 0) throw rt.error("ValueError", "slice step cannot be zero");
  const bound = (v: PyValue, dflt: number): number => {
    if (v === None) return dflt;
    let i = asIndex(rt, v);
    if (i === undefined)
      throw rt.error("TypeError", "slice indices must be integers or None or have an __index__ method");
    if (i < 0) {
      i += len;
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= len) i = step < 0 ? len - 1 : len;
    return i;
  };
  const start = bound(s.start, step < 0 ? len - 1 : 0);
  const stop = bound(s.stop, step < 0 ? -1 : len);
  return [start, stop, step];
}

function sliceArray<T>(rt: Interpreter, items: readonly T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(rt, s, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]!);
  else for (let i = start; i > stop; i += step) out.push(items[i]!);
  return out;
}

/** Resolve an index against a length: `what` names the sequence in the IndexError, `kind` in the TypeError. */
function normIndex(rt: Interpreter, what: string, k: PyValue, len: number, kind: string): number {
  const i = asIndex(rt, k);
  if (i === undefined) {
    throw rt.error("TypeError", `${kind} indices must be integers or slices, not ${typeOf(k).name}`);
  }
  const j = i < 0 ? i + len : i;
  if (j < 0 || j >= len) throw rt.error("IndexError", `${what} out of range`);
  return j;
}

/** A str index: CPython words its TypeError differently from the other sequences. */
function strIndex(rt: Interpreter, k: PyValue, len: number): number {
  if (asIndex(rt, k) === undefined) {
    throw rt.error("TypeError", `string indices must be integers, not '${typeOf(k).name}'`);
  }
  return normIndex(rt, "string index", k, len, "string");
}

function hasSurrogates(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}

/** An index or slice bound as an exact bigint (a range's length may pass 2**53). */
function bigIndex(rt: Interpreter, v: PyValue, what: () => ReturnType<Interpreter["error"]>): bigint {
  if (typeof v === "bigint") return v;
  const i = asIndex(rt, v);
  if (i === undefined) throw what();
  return BigInt(i);
}

/** `r[k]` for a range whose bounds are not all safe integers: exact bigint arithmetic throughout. */
function bigRangeItem(rt: Interpreter, o: PyRange, k: PyValue): PyValue {
  const len = BigInt(o.len());
  const first = BigInt(o.start);
  const st = BigInt(o.step);
  if (!(k instanceof PySlice)) {
    const i = bigIndex(rt, k, () =>
      rt.error("TypeError", `range indices must be integers or slices, not ${typeOf(k).name}`),
    );
    const j = i < 0n ? i + len : i;
    if (j < 0n || j >= len) throw rt.error("IndexError", "range object index out of range");
    return o.at(j);
  }
  const bad = () => rt.error("TypeError", "slice indices must be integers or None or have an __index__ method");
  const step = k.step === None ? 1n : bigIndex(rt, k.step, bad);
  if (step === 0n) throw rt.error("ValueError", "slice step cannot be zero");
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? len - 1n : len;
  const bound = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    const i = bigIndex(rt, v, bad);
    if (i < 0n) return i + len < lower ? lower : i + len;
    return i > upper ? upper : i;
  };
  const start = bound(k.start, step < 0n ? upper : lower);
  const stop = bound(k.stop, step < 0n ? lower : upper);
  return new PyRange(normInt(first + start * st), normInt(first + stop * st), normInt(step * st));
}

/** `o[k]`. */
export function getItem(rt: Interpreter, o: PyValue, k: PyValue): PyValue {
  if (o instanceof PyList && inherits(o.$cls, "__getitem__", listType)) {
    if (typeof k === "number") {
      const j = k < 0 ? k + o.items.length : k;
      if (j >= 0 && j < o.items.length) return o.items[j];
      throw rt.error("IndexError", "list index out of range");
    }
    if (k instanceof PySlice) return new PyList(sliceArray(rt, o.items, k));
    return o.items[normIndex(rt, "list index", k, o.items.length, "list")];
  }
  if (o instanceof PyDict && inherits(o.$cls, "__getitem__", dictType)) {
    const e = tables.tableGet(rt, o.table, k);
    if (e) return e.value;
    const missing = o.$cls.isBuiltin ? undefined : o.$cls.lookup("__missing__");
    if (missing !== undefined) return rt.call(missing, [o, k]);
    throw keyError(rt, k);
  }
  if (typeof o === "string") {
    if (hasSurrogates(o)) {
      const chars = Array.from(o);
      if (k instanceof PySlice) return sliceArray(rt, chars, k).join("");
      return chars[strIndex(rt, k, chars.length)]!;
    }
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(rt, k, o.length);
      if (step === 1) return o.slice(start, Math.max(start, stop));
      let out = "";
      if (step > 0) for (let i = start; i < stop; i += step) out += o[i];
      else for (let i = start; i > stop; i += step) out += o[i];
      return out;
    }
    return o[strIndex(rt, k, o.length)]!;
  }
  if (o instanceof PyTuple && inherits(o.$cls, "__getitem__", tupleType)) {
    if (k instanceof PySlice) return new PyTuple(sliceArray(rt, o.items, k));
    return o.items[normIndex(rt, "tuple index", k, o.items.length, "tuple")];
  }
  if (o instanceof PyBytes) {
    if (k instanceof PySlice) return new PyBytes(Uint8Array.from(sliceArray(rt, Array.from(o.data), k)), o.$cls);
    const ba = o.$cls === bytearrayType;
    return o.data[normIndex(rt, ba ? "bytearray index" : "index", k, o.data.length, ba ? "bytearray" : "byte")]!;
  }
  if (o instanceof PyRange) {
    if (!o.small) return bigRangeItem(rt, o, k);
    if (k instanceof PySlice) {
      // As CPython: the slice's indices mapped through the range, not re-normalized.
      const [start, stop, step] = sliceIndices(rt, k, o.length);
      const first = BigInt(o.start);
      const st = BigInt(o.step);
      return new PyRange(
        normInt(first + BigInt(start) * st),
        normInt(first + BigInt(stop) * st),
        normInt(BigInt(step) * st),
      );
    }
    return o.at(normIndex(rt, "range object index", k, o.length, "range"));
  }
  const cls = typeOf(o);
  const m = cls.lookup("__getitem__");
  if (m !== undefined) return call2(rt, m, o, k);
  if (o instanceof PyList) return getItem(rt, new PyList(o.items), k);
  if (o instanceof PyTuple) return getItem(rt, new PyTuple(o.items), k);
  if (o instanceof PyDict) {
    const e = tables.tableGet(rt, o.table, k);
    if (e) return e.value;
    const missing = cls.lookup("__missing__");
    if (missing !== undefined) return rt.call(missing, [o, k]);
    throw keyError(rt, k);
  }
  if (o instanceof PyType) return classGetItem(rt, o, k);
  throw rt.error("TypeError", `'${cls.name}' object is not subscriptable`);
}

/**
 * `cls[k]` on a class: its `__class_getitem__`; builtin and library classes make a
 * generic alias (`list[int]`, `deque[int]`), as their CPython versions do.
 */
function classGetItem(rt: Interpreter, cls: PyType, k: PyValue): PyValue {
  const hook = cls.lookup("__class_getitem__");
  if (hook !== undefined) return rt.call(rt.getattr(cls, "__class_getitem__"), [k]);
  if (cls.isBuiltin ? GENERIC_BUILTINS.has(cls.name) : cls.module !== "__main__") return genericAlias(cls, k);
  throw rt.error("TypeError", `type '${cls.name}' is not subscriptable`);
}

/** The builtin classes CPython gives `__class_getitem__`. */
const GENERIC_BUILTINS = new Set(["list", "dict", "tuple", "set", "frozenset", "type", "enumerate"]);

export function keyError(rt: Interpreter, k: PyValue) {
  const e = rt.error("KeyError");
  e.args = new PyTuple([k]);
  return e;
}

/** `o[k] = v`. */
export function setItem(rt: Interpreter, o: PyValue, k: PyValue, v: PyValue): void {
  if (o instanceof PyList && inherits(o.$cls, "__setitem__", listType)) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(rt, k, o.items.length);
      const values =
        v instanceof PyList || v instanceof PyTuple
          ? rt.toArray(v)
          : iterableItems(rt, v, step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
      if (step === 1) {
        o.items.splice(start, Math.max(0, stop - start), ...values);
        return;
      }
      const idx: number[] = [];
      if (step > 0) for (let i = start; i < stop; i += step) idx.push(i);
      else for (let i = start; i > stop; i += step) idx.push(i);
      if (idx.length !== values.length) {
        throw rt.error(
          "ValueError",
          `attempt to assign sequence of size ${values.length} to extended slice of size ${idx.length}`,
        );
      }
      idx.forEach((i, n) => (o.items[i] = values[n]));
      return;
    }
    o.items[normIndex(rt, "list assignment index", k, o.items.length, "list")] = v;
    return;
  }
  if (o instanceof PyDict && inherits(o.$cls, "__setitem__", dictType)) {
    tables.tableSet(rt, o.table, k, v);
    return;
  }
  if (o instanceof PyBytes && o.$cls === bytearrayType) {
    bytearraySetItem(rt, o, k, v);
    return;
  }
  const m = typeOf(o).lookup("__setitem__");
  if (m !== undefined) {
    call3(rt, m, o, k, v);
    return;
  }
  throw rt.error("TypeError", `'${typeOf(o).name}' object does not support item assignment`);
}

/** `del o[k]`. */
export function delItem(rt: Interpreter, o: PyValue, k: PyValue): void {
  if (o instanceof PyList && inherits(o.$cls, "__delitem__", listType)) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(rt, k, o.items.length);
      if (step === 1) {
        o.items.splice(start, Math.max(0, stop - start));
        return;
      }
      const drop = new Set<number>();
      if (step > 0) for (let i = start; i < stop; i += step) drop.add(i);
      else for (let i = start; i > stop; i += step) drop.add(i);
      o.items = o.items.filter((_, i) => !drop.has(i));
      return;
    }
    o.items.splice(normIndex(rt, "list assignment index", k, o.items.length, "list"), 1);
    return;
  }
  if (o instanceof PyDict && inherits(o.$cls, "__delitem__", dictType)) {
    if (!tables.tableDelete(rt, o.table, k)) throw keyError(rt, k);
    return;
  }
  if (o instanceof PyBytes && o.$cls === bytearrayType) {
    bytearrayDelItem(rt, o, k);
    return;
  }
  const m = typeOf(o).lookup("__delitem__");
  if (m !== undefined) {
    rt.call(m, [o, k]);
    return;
  }
  throw rt.error("TypeError", `'${typeOf(o).name}' object doesn't support item deletion`);
}
