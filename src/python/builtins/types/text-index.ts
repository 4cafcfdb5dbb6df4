/**
 * The optional `start`/`end` arguments of find, count, startswith... shared by str
 * and bytes: integers, None or objects with `__index__`, clamped like slice bounds.
 */
import { PyObject, None, typeOf, type PyValue } from "../../objects/core";
import type { Interpreter } from "../../interp/interpreter";

/** An int-like argument as a JS number (bigints saturate), or undefined for None/omitted. */
export function sliceIndex(rt: Interpreter, v: PyValue): number | undefined {
  if (v === undefined || v === None) return undefined;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (v instanceof PyObject && !v.$cls.isBuiltin) {
    const m = typeOf(v).lookup("__index__");
    if (m !== undefined) return sliceIndex(rt, rt.call(m, [v]));
  }
  throw rt.error("TypeError", "slice indices must be integers or None or have an __index__ method");
}

/** Resolve `start`/`end` against `len` as CPython's ADJUST_INDICES does (start may exceed len). */
export function adjustIndices(rt: Interpreter, start: PyValue, end: PyValue, len: number): [number, number] {
  let s = sliceIndex(rt, start) ?? 0;
  let e = sliceIndex(rt, end) ?? len;
  if (e > len) e = len;
  else if (e < 0) e = Math.max(0, e + len);
  if (s < 0) s = Math.max(0, s + len);
  return [s, e];
}

/** An integer argument (`width`, `count`...) via `__index__`, with CPython's message otherwise. */
export function indexArg(rt: Interpreter, v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof PyObject && !v.$cls.isBuiltin) {
    const m = typeOf(v).lookup("__index__");
    if (m !== undefined) return indexArg(rt, rt.call(m, [v]));
  }
  throw rt.error("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}
