/**
 * The methods only bytearray has: append, extend, insert, pop, remove, reverse,
 * clear, copy, in-place `+=`/`*=`, and item assignment and deletion with slices.
 */
import { None, PyFloat, typeOf, type PyValue } from "../../objects/core";
import { PyBytes, PySlice, bytearrayType } from "../../objects/containers";
import { sliceIndices } from "../../interp/subscript";
import type { Interpreter } from "../../interp/interpreter";
import { iterableItems, textMethod, NOARGS, ONE, DUNDER1, range, type Sig } from "./text-args";
import { indexArg } from "./text-index";
import { isBytearray, byteValue, repeat } from "./bytes-args";
import * as B from "./bytes-ops";

type Impl = (rt: Interpreter, self: PyBytes, args: PyValue[]) => PyValue;

function defMut(name: string, sig: Sig, impl: Impl): void {
  textMethod(bytearrayType, isBytearray, name, sig, impl);
}

defMut("append", ONE, (rt, self, [x]) => {
  const b = byteValue(rt, x);
  self.data = B.concat([self.data, Uint8Array.of(b)]);
  return None;
});
defMut("extend", ONE, (rt, self, [it]) => {
  const add =
    it instanceof PyBytes
      ? it.data.slice()
      : Uint8Array.from(iterableItems(rt, it, `can't extend bytearray with ${typeOf(it).name}`), (x) =>
          byteValue(rt, x),
        );
  self.data = B.concat([self.data, add]);
  return None;
});
defMut("insert", range(2, 2), (rt, self, [i, x]) => {
  const n = self.data.length;
  let at = indexArg(rt, i);
  if (at < 0) at = Math.max(0, at + n);
  if (at > n) at = n;
  const b = byteValue(rt, x);
  self.data = B.concat([self.data.subarray(0, at), Uint8Array.of(b), self.data.subarray(at)]);
  return None;
});
defMut("pop", range(0, 1), (rt, self, [i]) => {
  const n = self.data.length;
  if (n === 0) throw rt.error("IndexError", "pop from empty bytearray");
  let at = i === undefined ? n - 1 : indexArg(rt, i);
  if (at < 0) at += n;
  if (at < 0 || at >= n) throw rt.error("IndexError", "pop index out of range");
  const v = self.data[at]!;
  self.data = B.concat([self.data.subarray(0, at), self.data.subarray(at + 1)]);
  return v;
});
defMut("remove", ONE, (rt, self, [x]) => {
  const b = byteValue(rt, x);
  const at = self.data.indexOf(b);
  if (at < 0) throw rt.error("ValueError", "value not found in bytearray");
  self.data = B.concat([self.data.subarray(0, at), self.data.subarray(at + 1)]);
  return None;
});
defMut("reverse", NOARGS, (_rt, self) => {
  self.data.reverse();
  return None;
});
defMut("clear", NOARGS, (_rt, self) => {
  self.data = new Uint8Array(0);
  return None;
});
defMut("copy", NOARGS, (_rt, self) => new PyBytes(self.data.slice(), bytearrayType));
defMut("__iadd__", DUNDER1, (rt, self, [o]) => {
  self.data = B.concat([self.data, bytesArgForConcat(rt, o)]);
  return self;
});
defMut("__imul__", DUNDER1, (rt, self, [n]) => {
  self.data = repeat(rt, self, n).data;
  return self;
});
defMut("__setitem__", { style: "dunder", min: 2, max: 2 }, (rt, self, [k, v]) => {
  setItem(rt, self, k, v);
  return None;
});
defMut("__delitem__", DUNDER1, (rt, self, [k]) => {
  delItem(rt, self, k);
  return None;
});

function bytesArgForConcat(rt: Interpreter, o: PyValue): Uint8Array {
  if (o instanceof PyBytes) return o.data;
  throw rt.error("TypeError", `can't concat ${typeOf(o).name} to bytearray`);
}

/** The bytes assigned to a slice of a bytearray. */
function sliceSource(rt: Interpreter, v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data.slice();
  // CPython refuses numbers (PyNumber_Check) and str before trying to iterate.
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean" || t === "string" || v instanceof PyFloat) {
    throw rt.error("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  const items = iterableItems(rt, v, `cannot convert '${typeOf(v).name}' object to bytearray`);
  return Uint8Array.from(items, (x) => byteValue(rt, x));
}

/** `ba[k] = v` with an index or a slice (any length for step 1, same length otherwise). */
export function setItem(rt: Interpreter, self: PyBytes, k: PyValue, v: PyValue): void {
  const n = self.data.length;
  if (k instanceof PySlice) {
    const src = sliceSource(rt, v);
    const [start, stop, step] = sliceIndices(rt, k, n);
    if (step === 1) {
      const end = Math.max(start, stop);
      self.data = B.concat([self.data.subarray(0, start), src, self.data.subarray(end)]);
      return;
    }
    const idx: number[] = [];
    if (step > 0) for (let i = start; i < stop; i += step) idx.push(i);
    else for (let i = start; i > stop; i += step) idx.push(i);
    if (idx.length !== src.length) {
      throw rt.error(
        "ValueError",
        `attempt to assign bytes of size ${src.length} to extended slice of size ${idx.length}`,
      );
    }
    idx.forEach((i, j) => (self.data[i] = src[j]!));
    return;
  }
  let i = indexOrError(rt, k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw rt.error("IndexError", "bytearray index out of range");
  self.data[i] = byteValue(rt, v);
}

/** `del ba[k]`. */
export function delItem(rt: Interpreter, self: PyBytes, k: PyValue): void {
  const n = self.data.length;
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(rt, k, n);
    const drop = new Set<number>();
    if (step > 0) for (let i = start; i < stop; i += step) drop.add(i);
    else for (let i = start; i > stop; i += step) drop.add(i);
    self.data = self.data.filter((_, i) => !drop.has(i));
    return;
  }
  let i = indexOrError(rt, k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw rt.error("IndexError", "bytearray index out of range");
  self.data = B.concat([self.data.subarray(0, i), self.data.subarray(i + 1)]);
}

function indexOrError(rt: Interpreter, k: PyValue): number {
  if (typeof k === "number" || typeof k === "bigint" || typeof k === "boolean") return Number(k);
  try {
    return indexArg(rt, k);
  } catch {
    throw rt.error("TypeError", `bytearray indices must be integers or slices, not ${typeOf(k).name}`);
  }
}
