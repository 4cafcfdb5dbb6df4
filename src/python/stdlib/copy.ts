/**
 * The `copy` module: shallow and deep copies of the builtin containers, of their
 * subclasses (named tuples, defaultdict...), and of plain instances, honouring
 * `__copy__` / `__deepcopy__(memo)`; deep copies keep shared references and cycles.
 */
import { PyFloat, PyModule, PyObject, PyType, None, objectType, typeOf, type PyValue } from "../objects/core";
import {
  PyBytes,
  PyDict,
  PyList,
  PySet,
  PyTuple,
  PyRange,
  PySlice,
  frozensetType,
  bytesType,
} from "../objects/containers";
import { PyException } from "../objects/exceptions";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { makeModule, native, newClass } from "./util";
import { setUpdate } from "../builtins/types/set";
import { setKeys } from "../builtins/types/set-order";
import { copySlots } from "../interp/slots";

/** Values copy.copy and copy.deepcopy return as they are. */
function isAtomic(v: PyValue): boolean {
  if (typeof v !== "object" || v === null || v === None || v instanceof PyFloat) return true;
  if (v instanceof PyType || v instanceof PyRange || v instanceof PySlice) return true;
  if (v instanceof PyBytes && v.$cls === bytesType) return true;
  const o = v as PyObject;
  return (
    o.$cls.isBuiltin &&
    !(v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PyTuple || v instanceof PyBytes)
  );
}

function copyDict(from: Map<string, PyValue> | null, to: PyObject, map: (v: PyValue) => PyValue = (v) => v): void {
  if (!from) return;
  to.$dict ??= new Map();
  for (const [k, v] of from) to.$dict.set(k, map(v));
}

/** `copy.copy(x)`. */
export function shallowCopy(rt: Interpreter, x: PyValue): PyValue {
  if (isAtomic(x)) return x;
  const cls = typeOf(x);
  const hook = cls.lookup("__copy__");
  if (hook !== undefined) return rt.call(hook, [x]);
  if (x instanceof PyTuple) {
    if (cls.isBuiltin) return x;
    const t = new PyTuple(x.items, cls);
    if (x.$dict === null) t.$dict = null;
    copyDict(x.$dict, t);
    return t;
  }
  if (x instanceof PySet && cls === frozensetType) return x;
  const reduced = viaReduce(rt, x, (v) => v, null);
  if (reduced !== undefined) return reduced;
  const o = x as PyObject;
  const out = cls.alloc(cls);
  if (x instanceof PyList) (out as PyList).items = x.items.slice();
  else if (x instanceof PyDict) for (const e of x.table.map.values()) rt.dictSet(out as PyDict, e.key, e.value);
  else if (x instanceof PySet) setUpdate(rt, out as PySet, x);
  else if (x instanceof PyBytes) (out as PyBytes).data = x.data.slice();
  else if (x instanceof PyException) (out as PyException).args = x.args;
  copyExtra(x, out, (v) => v);
  copySlots(x, out, (v) => v);
  copyDict(o.$dict, out);
  return out;
}

/** `copy.deepcopy(x, memo)`: `memo` maps id(original) to the copy (a Python dict, for __deepcopy__). */
export function deepCopy(rt: Interpreter, x: PyValue, memo: PyDict): PyValue {
  if (isAtomic(x)) return x;
  const id = rt.idOf(x);
  const seen = rt.dictGet(memo, id);
  if (seen !== undefined) return seen;
  const cls = typeOf(x);
  const hook = cls.lookup("__deepcopy__");
  let y: PyValue;
  if (hook !== undefined) {
    y = rt.call(hook, [x, memo]);
  } else if (!(x instanceof PyTuple) && hasReduceHooks(x)) {
    y = viaReduce(
      rt,
      x,
      (v) => deepCopy(rt, v, memo),
      (made) => rt.dictSet(memo, id, made),
    )!;
  } else if (x instanceof PyTuple) {
    const items = x.items.map((v) => deepCopy(rt, v, memo));
    // A tuple may have been copied while copying its own items (through a cycle).
    const again = rt.dictGet(memo, id);
    if (again !== undefined) return again;
    if (cls.isBuiltin && items.every((v, i) => v === x.items[i])) y = x;
    else {
      const t = new PyTuple(items, cls);
      if (x.$dict === null) t.$dict = null;
      else copyDict(x.$dict, t, (v) => deepCopy(rt, v, memo));
      y = t;
    }
  } else {
    const o = x as PyObject;
    const out = cls.alloc(cls);
    rt.dictSet(memo, id, out);
    if (x instanceof PyList) (out as PyList).items = x.items.map((v) => deepCopy(rt, v, memo));
    else if (x instanceof PyDict) {
      for (const e of x.table.map.values())
        rt.dictSet(out as PyDict, deepCopy(rt, e.key, memo), deepCopy(rt, e.value, memo));
    } else if (x instanceof PySet) {
      // As set.__reduce__: the copies of the elements, in iteration order, added to a new set.
      for (const k of setKeys(x)) rt.setAdd(out as PySet, deepCopy(rt, k, memo));
    } else if (x instanceof PyBytes) (out as PyBytes).data = x.data.slice();
    else if (x instanceof PyException) (out as PyException).args = x.args;
    copyExtra(x, out, (v) => deepCopy(rt, v, memo));
    copySlots(x, out, (v) => deepCopy(rt, v, memo));
    copyDict(o.$dict, out, (v) => deepCopy(rt, v, memo));
    y = out;
  }
  rt.dictSet(memo, id, y);
  return y;
}

/** Whether the class overrides `__reduce_ex__`/`__reduce__` or defines `__getstate__`/`__setstate__`. */
function hasReduceHooks(x: PyValue): boolean {
  const cls = typeOf(x);
  if (cls.isBuiltin) return false;
  return ["__reduce_ex__", "__reduce__", "__getstate__", "__setstate__"].some((n) => {
    const m = cls.lookup(n);
    return m !== undefined && m !== objectType.dict.get(n);
  });
}

/**
 * Copy through the pickle protocol, as copy._reconstruct does: the class's
 * `__reduce_ex__(4)`/`__reduce__()` result (callable, args, state, listitems,
 * dictitems), or for a class with only `__getstate__`/`__setstate__` a new instance
 * given the state. `map` copies the parts (identity for a shallow copy); `made` records
 * the new object before its state is copied (the memo of a deep copy). Undefined when
 * the class has none of these hooks.
 */
function viaReduce(
  rt: Interpreter,
  x: PyValue,
  map: (v: PyValue) => PyValue,
  made: ((y: PyValue) => void) | null,
): PyValue | undefined {
  if (!hasReduceHooks(x)) return undefined;
  const cls = typeOf(x);
  const overrides = (n: string) => {
    const m = cls.lookup(n);
    return m !== undefined && m !== objectType.dict.get(n);
  };
  let y: PyValue;
  let state: PyValue = None;
  let listItems: PyValue = None;
  let dictItems: PyValue = None;
  if (overrides("__reduce_ex__") || overrides("__reduce__")) {
    const rv = overrides("__reduce_ex__") ? rt.callMethod(x, "__reduce_ex__", [4]) : rt.callMethod(x, "__reduce__", []);
    if (typeof rv === "string") return x;
    const parts = rt.toArray(rv);
    const args = parts[1] === undefined ? [] : rt.toArray(parts[1]).map(map);
    y = rt.call(parts[0]!, args);
    [state = None, listItems = None, dictItems = None] = parts.slice(2);
  } else {
    y = cls.alloc(cls);
    state = overrides("__getstate__")
      ? rt.callMethod(x, "__getstate__", [])
      : x instanceof PyObject && x.$dict
        ? rt.getattr(x, "__dict__")
        : None;
  }
  made?.(y);
  if (state !== None) {
    state = map(state);
    if (typeOf(y).lookup("__setstate__") !== undefined) rt.callMethod(y, "__setstate__", [state]);
    else {
      let slotState: PyValue = None;
      if (state instanceof PyTuple && state.items.length === 2) [state, slotState] = state.items as [PyValue, PyValue];
      if (state !== None) rt.callMethod(rt.getattr(y, "__dict__"), "update", [state]);
      if (slotState !== None)
        for (const [k, v] of rt.toArray(rt.callMethod(slotState, "items", [])).map((p) => rt.toArray(p)))
          rt.setattr(y, rt.str(k), v!);
    }
  }
  if (listItems !== None) for (const v of rt.toArray(listItems)) rt.callMethod(y, "append", [map(v)]);
  if (dictItems !== None)
    for (const p of rt.toArray(dictItems)) {
      const [k, v] = rt.toArray(p);
      rt.callMethod(y, "__setitem__", [map(k!), map(v!)]);
    }
  return y;
}

/** Native state that lives outside `$dict` (a defaultdict's factory, a deque's items). */
function copyExtra(from: PyValue, to: PyObject, map: (v: PyValue) => PyValue): void {
  const src = from as unknown as Record<string, unknown>;
  const dst = to as unknown as Record<string, unknown>;
  for (const key of ["factory", "maxlen"]) if (key in src && key in dst) dst[key] = src[key];
  if ("items" in src && "items" in dst && Array.isArray(src.items) && !(from instanceof PyList)) {
    dst.items = (src.items as PyValue[]).map(map);
  }
}

/** Build the `copy` module. */
export function copyModule(rt: Interpreter): PyModule {
  const errorType = newClass("Error", "copy", [rt.excType("Exception")]);
  return makeModule("copy", {
    Error: errorType,
    error: errorType,
    copy: native("copy", (rt, args) => {
      arity(rt, "copy", args, 1);
      return shallowCopy(rt, args[0]);
    }),
    deepcopy: native("deepcopy", (rt, args, kw) => {
      const [x, memo] = parseArgs(rt, "deepcopy", args, kw, ["x", "memo"], 1);
      return deepCopy(rt, x, memo instanceof PyDict ? memo : rt.newDict());
    }),
  });
}
