/**
 * The iteration protocol: `iter()`, `next()`, and the loops compiled code runs.
 * `next` returns the {@link STOP} sentinel instead of raising StopIteration, so a
 * `for` loop costs no exception.
 */
import { PyObject, PyType, None, objectType, typeOf, type PyValue, keepFast } from "../objects/core";
import { PyList, PyTuple, PyDict, PySet, PyBytes, PyRange, listType, tupleType, dictType } from "../objects/containers";
import { isPyException, stopIterationValue } from "../objects/exceptions";
import { PyGenerator, resume } from "./generators";
import type { Interpreter } from "./interpreter";
import { PyNativeMethod } from "./attr";

/** Returned by {@link nextOf} when an iterator is exhausted. */
export const STOP: unique symbol = Symbol("StopIteration");
export type Next = PyValue | typeof STOP;

export const iteratorTypes = new Map<string, PyType>();
function iteratorType(name: string): PyType {
  let t = iteratorTypes.get(name);
  if (!t) {
    t = new PyType(name, [objectType], { builtin: true });
    t.dict.set("__iter__", new PyNativeMethod("__iter__", (_rt, args) => args[0], `${name}.__iter__`));
    t.dict.set(
      "__next__",
      new PyNativeMethod(
        "__next__",
        (rt, args) => {
          const v = (args[0] as PyIterator).step();
          if (v === STOP) rt.raise("StopIteration");
          return v;
        },
        `${name}.__next__`,
      ),
    );
    iteratorTypes.set(name, t);
  }
  return t;
}

/** A native iterator: `step` returns the next value or STOP. */
export class PyIterator extends PyObject {
  declare readonly step: () => Next;
  constructor(typeName: string, step: () => Next) {
    super(iteratorType(typeName));
    (this as { step: () => Next }).step = step;
  }
}

export function arrayIterator(name: string, items: readonly PyValue[] | (() => readonly PyValue[])): PyIterator {
  let i = 0;
  const get = typeof items === "function" ? items : () => items;
  return new PyIterator(name, () => {
    const a = get();
    return i < a.length ? a[i++] : STOP;
  });
}

export function tableIterator(
  rt: Interpreter,
  name: string,
  owner: PyDict | PySet,
  pick: "key" | "value" | "item",
): PyIterator {
  const t = owner.table;
  const size = t.size;
  const it = t.map.values();
  const isDict = owner instanceof PyDict;
  return new PyIterator(name, () => {
    if (t.size !== size) {
      throw rt.error("RuntimeError", `${isDict ? "dictionary" : "Set"} changed size during iteration`);
    }
    const r = it.next();
    if (r.done) return STOP;
    const e = r.value;
    return pick === "key" ? e.key : pick === "value" ? e.value : new PyTuple([e.key, e.value]);
  });
}

/** The iterator of a range; a small one counts in JS numbers. */
export function rangeIterator(v: PyRange): PyIterator {
  if (v.small) {
    let cur = v.start as number;
    const stop = v.stop as number;
    const step = v.step as number;
    if (step > 0) return new PyIterator("range_iterator", () => (cur < stop ? (cur += step) - step : STOP));
    return new PyIterator("range_iterator", () => (cur > stop ? (cur += step) - step : STOP));
  }
  let i = 0n;
  const n = BigInt(v.len());
  return new PyIterator("longrange_iterator", () => (i < n ? v.at(i++) : STOP));
}

/** Whether `v`'s class iterates as its builtin base does (no `__iter__` override). */
function nativeIter(v: PyObject, base: PyType): boolean {
  const cls = v.$cls;
  return cls === base || cls.lookup("__iter__") === base.dict.get("__iter__");
}

/** `iter(v)`. */
export function getIter(rt: Interpreter, v: PyValue): PyValue {
  if (typeof v === "string") return arrayIterator("str_ascii_iterator", Array.from(v));
  if (v instanceof PyList && nativeIter(v, listType)) return arrayIterator("list_iterator", () => v.items);
  if (v instanceof PyTuple && nativeIter(v, tupleType)) return arrayIterator("tuple_iterator", v.items);
  if (v instanceof PyRange) return rangeIterator(v);
  if (v instanceof PyDict && nativeIter(v, dictType)) return tableIterator(rt, "dict_keyiterator", v, "key");
  if (v instanceof PyBytes && v.$cls.isBuiltin) return arrayIterator("bytes_iterator", Array.from(v.data));
  if (v instanceof PyIterator || (v instanceof PyGenerator && !v.isCoroutine)) return v;
  // Sets iterate in CPython's table order, which set.__iter__ computes.
  const cls = typeOf(v);
  const m = cls.lookup("__iter__");
  if (m !== undefined) {
    if (m === None) throw rt.error("TypeError", `'${cls.name}' object is not iterable`);
    const it = rt.call(m, [v]);
    const nx = typeOf(it).lookup("__next__");
    if (nx === undefined && !(it instanceof PyIterator) && !(it instanceof PyGenerator)) {
      throw rt.error("TypeError", `iter() returned non-iterator of type '${typeOf(it).name}'`);
    }
    return it;
  }
  const gi = cls.lookup("__getitem__");
  if (gi !== undefined) {
    let i = 0;
    return new PyIterator("iterator", () => {
      try {
        return rt.call(gi, [v, i++]);
      } catch (e) {
        if (isPyException(e) && rt.isInstance(e, rt.excType("IndexError"))) return STOP;
        throw e;
      }
    });
  }
  throw rt.error("TypeError", `'${cls.name}' object is not iterable`);
}

/** Advance an iterator; STOP when exhausted. */
export function nextOf(rt: Interpreter, it: PyValue): Next {
  if (it instanceof PyIterator) return it.step();
  if (it instanceof PyGenerator) {
    const r = resume(rt, it, "send", rt.None);
    return r.done ? STOP : r.value;
  }
  const m = typeOf(it).lookup("__next__");
  if (m === undefined) throw rt.error("TypeError", `'${typeOf(it).name}' object is not an iterator`);
  try {
    return rt.call(m, [it]);
  } catch (e) {
    if (isPyException(e) && rt.isInstance(e, rt.excType("StopIteration"))) {
      void stopIterationValue(e);
      return STOP;
    }
    throw e;
  }
}

/** Iterate a Python iterable from TypeScript. */
export function* iterate(rt: Interpreter, v: PyValue): Generator<PyValue, void, undefined> {
  if (v instanceof PyList && nativeIter(v, listType)) {
    const items = v.items;
    for (let i = 0; i < v.items.length; i++) yield items === v.items ? items[i] : v.items[i];
    return;
  }
  if (v instanceof PyTuple && nativeIter(v, tupleType)) {
    yield* v.items;
    return;
  }
  const it = getIter(rt, v);
  for (;;) {
    // Native consumers (sum, list, join...) count a step per element, so an endless
    // iterator stops at the step budget like a Python loop does.
    if (--rt.budget < 0) rt.outOfBudget();
    const x = nextOf(rt, it);
    if (x === STOP) return;
    yield x;
  }
}

/** All the values of an iterable, as an array (a fresh one; the caller may keep it). */
export function toArray(rt: Interpreter, v: PyValue): PyValue[] {
  if (v instanceof PyList && nativeIter(v, listType)) return v.items.slice();
  if (v instanceof PyTuple && nativeIter(v, tupleType)) return v.items.slice();
  if (typeof v === "string") return Array.from(v);
  const out: PyValue[] = [];
  const it = getIter(rt, v);
  for (;;) {
    if (--rt.budget < 0) rt.outOfBudget();
    const x = nextOf(rt, it);
    if (x === STOP) return out;
    out.push(x);
    if (out.length > rt.maxLength) rt.checkLength(out.length);
  }
}

keepFast(PyIterator);
