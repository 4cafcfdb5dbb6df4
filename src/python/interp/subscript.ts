/**
 * Subscripts: `o[k]`, `o[k] = v`, `del o[k]`, with slices, negative indices and
 * CPython's messages.
 */
import { PyObject, None, typeOf, type PyValue } from "../objects/core";
import { PyList, PyTuple, PyDict, PyBytes, PyRange, PySlice } from "../objects/containers";
import * as tables from "./tables";
import type { Interpreter } from "./interpreter";

/** An index as a JS number, or undefined when `k` is not an int. */
function asIndex(rt: Interpreter, k: PyValue): number | undefined {
  if (typeof k === "number") return k;
  if (typeof k === "boolean") return k ? 1 : 0;
  if (typeof k === "bigint") return Number(k);
  if (k instanceof PyObject && !k.$cls.isBuiltin) {
    const m = k.$cls.lookup("__index__");
    if (m !== undefined) return asIndex(rt, rt.call(m, [k]));
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

function normIndex(rt: Interpreter, what: string, k: PyValue, len: number, typeName: string): number {
  const i = asIndex(rt, k);
  if (i === undefined) {
    throw rt.error("TypeError", `${typeName} indices must be integers or slices, not ${typeOf(k).name}`);
  }
  const j = i < 0 ? i + len : i;
  if (j < 0 || j >= len) throw rt.error("IndexError", `${what} index out of range`);
  return j;
}

function hasSurrogates(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}

/** `o[k]`. */
export function getItem(rt: Interpreter, o: PyValue, k: PyValue): PyValue {
  if (o instanceof PyList && o.$cls.isBuiltin) {
    if (typeof k === "number") {
      const j = k < 0 ? k + o.items.length : k;
      if (j >= 0 && j < o.items.length) return o.items[j];
      throw rt.error("IndexError", "list index out of range");
    }
    if (k instanceof PySlice) return new PyList(sliceArray(rt, o.items, k));
    return o.items[normIndex(rt, "list", k, o.items.length, "list")];
  }
  if (o instanceof PyDict && o.$cls.isBuiltin) {
    const e = tables.tableGet(rt, o.table, k);
    if (e) return e.value;
    throw keyError(rt, k);
  }
  if (typeof o === "string") {
    if (hasSurrogates(o)) {
      const chars = Array.from(o);
      if (k instanceof PySlice) return sliceArray(rt, chars, k).join("");
      return chars[normIndex(rt, "string", k, chars.length, "string")]!;
    }
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(rt, k, o.length);
      if (step === 1) return o.slice(start, Math.max(start, stop));
      let out = "";
      if (step > 0) for (let i = start; i < stop; i += step) out += o[i];
      else for (let i = start; i > stop; i += step) out += o[i];
      return out;
    }
    return o[normIndex(rt, "string", k, o.length, "string")]!;
  }
  if (o instanceof PyTuple && o.$cls.isBuiltin) {
    if (k instanceof PySlice) return new PyTuple(sliceArray(rt, o.items, k));
    return o.items[normIndex(rt, "tuple", k, o.items.length, "tuple")];
  }
  if (o instanceof PyBytes) {
    if (k instanceof PySlice) return new PyBytes(Uint8Array.from(sliceArray(rt, Array.from(o.data), k)), o.$cls);
    return o.data[normIndex(rt, o.$cls.name === "bytearray" ? "bytearray" : "index", k, o.data.length, "byte")]!;
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(rt, k, o.length);
      const n =
        step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((stop - start) / step));
      const s0 = o.start + start * o.step;
      return new PyRange(s0, s0 + n * step * o.step, step * o.step);
    }
    return o.start + o.step * normIndex(rt, "range object", k, o.length, "range");
  }
  const cls = typeOf(o);
  const m = cls.lookup("__getitem__");
  if (m !== undefined) return rt.call(m, [o, k]);
  if (o instanceof PyList) return getItem(rt, new PyList(o.items), k);
  if (o instanceof PyTuple) return getItem(rt, new PyTuple(o.items), k);
  if (o instanceof PyDict) {
    const e = tables.tableGet(rt, o.table, k);
    if (e) return e.value;
    const missing = cls.lookup("__missing__");
    if (missing !== undefined) return rt.call(missing, [o, k]);
    throw keyError(rt, k);
  }
  if (o instanceof PyObject && o.$cls === rt.builtins.get("type")) {
    return o; // `list[int]`-style generic aliases are accepted and ignored
  }
  throw rt.error("TypeError", `'${cls.name}' object is not subscriptable`);
}

export function keyError(rt: Interpreter, k: PyValue) {
  const e = rt.error("KeyError");
  e.args = new PyTuple([k]);
  return e;
}

/** `o[k] = v`. */
export function setItem(rt: Interpreter, o: PyValue, k: PyValue, v: PyValue): void {
  if (o instanceof PyList && (o.$cls.isBuiltin || typeOf(o).lookup("__setitem__") === undefined)) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(rt, k, o.items.length);
      const values = rt.toArray(v);
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
    o.items[normIndex(rt, "list assignment", k, o.items.length, "list")] = v;
    return;
  }
  if (o instanceof PyDict && (o.$cls.isBuiltin || typeOf(o).lookup("__setitem__") === undefined)) {
    tables.tableSet(rt, o.table, k, v);
    return;
  }
  if (o instanceof PyBytes && o.$cls.name === "bytearray") {
    const i = normIndex(rt, "bytearray", k, o.data.length, "bytearray");
    o.data[i] = Number(v);
    return;
  }
  const m = typeOf(o).lookup("__setitem__");
  if (m !== undefined) {
    rt.call(m, [o, k, v]);
    return;
  }
  throw rt.error("TypeError", `'${typeOf(o).name}' object does not support item assignment`);
}

/** `del o[k]`. */
export function delItem(rt: Interpreter, o: PyValue, k: PyValue): void {
  if (o instanceof PyList && (o.$cls.isBuiltin || typeOf(o).lookup("__delitem__") === undefined)) {
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
    o.items.splice(normIndex(rt, "list assignment", k, o.items.length, "list"), 1);
    return;
  }
  if (o instanceof PyDict && (o.$cls.isBuiltin || typeOf(o).lookup("__delitem__") === undefined)) {
    if (!tables.tableDelete(rt, o.table, k)) throw keyError(rt, k);
    return;
  }
  const m = typeOf(o).lookup("__delitem__");
  if (m !== undefined) {
    rt.call(m, [o, k]);
    return;
  }
  throw rt.error("TypeError", `'${typeOf(o).name}' object doesn't support item deletion`);
}
