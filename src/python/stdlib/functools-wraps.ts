/**
 * What `functools.wraps` does, shared by `wraps`, `update_wrapper` and `lru_cache`:
 * copying a wrapped callable's identity onto its wrapper.
 */
import { PyBuiltin, PyMethod, PyObject, PyType, typeOf, type PyValue } from "../objects/core";
import { PyFunction } from "../objects/functions";
import type { Interpreter } from "../interp/interpreter";

/** `callable(v)`, as the builtin answers it. */
export function isCallable(v: PyValue): boolean {
  return (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyMethod ||
    v instanceof PyType ||
    typeOf(v).lookup("__call__") !== undefined
  );
}

export const WRAPPER_ASSIGNMENTS = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];
export const WRAPPER_UPDATES = ["__dict__"];

/** `functools.update_wrapper(wrapper, wrapped, assigned, updated)`. */
export function updateWrapper(
  rt: Interpreter,
  wrapper: PyValue,
  wrapped: PyValue,
  assigned: readonly string[] = WRAPPER_ASSIGNMENTS,
  updated: readonly string[] = WRAPPER_UPDATES,
): PyValue {
  for (const name of assigned) {
    let value: PyValue;
    try {
      value = rt.getattr(wrapped, name);
    } catch (e) {
      if (rt.isPyObject(e) && rt.isInstance(e, rt.excType("AttributeError"))) continue;
      throw e;
    }
    rt.setattr(wrapper, name, value);
  }
  for (const name of updated) {
    if (name === "__dict__") {
      // The interpreter's `__dict__` is a snapshot, so the instance dicts are merged directly.
      const from = wrapped instanceof PyObject ? wrapped.$dict : null;
      const to = wrapper instanceof PyObject ? wrapper.$dict : null;
      if (from && to) for (const [k, v] of from) to.set(k, v);
      continue;
    }
    let extra: PyValue;
    try {
      extra = rt.getattr(wrapped, name);
    } catch (e) {
      if (rt.isPyObject(e) && rt.isInstance(e, rt.excType("AttributeError"))) extra = rt.newDict();
      else throw e;
    }
    rt.callMethod(rt.getattr(wrapper, name), "update", [extra]);
  }
  rt.setattr(wrapper, "__wrapped__", wrapped);
  return wrapper;
}
