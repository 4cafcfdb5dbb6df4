/**
 * Argument and comparison helpers shared by the sequence types' methods (list, tuple).
 */
import { PyObject, typeOf, type PyValue } from "../../objects/core";
import type { Interpreter } from "../../interp/interpreter";

/** An index argument (`pop(i)`, `insert(i, x)`, `seq * n`): an int, a bool, or an object with `__index__`. */
export function indexArg(rt: Interpreter, v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof PyObject) {
    const m = typeOf(v).lookup("__index__");
    if (m !== undefined) return indexArg(rt, rt.call(m, [v]));
  }
  throw rt.error("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** A start/stop argument of `index()`, resolved against the length as a slice bound is. */
export function sliceBound(rt: Interpreter, v: PyValue, len: number): number {
  let i: number;
  try {
    i = indexArg(rt, v);
  } catch {
    throw rt.error("TypeError", "slice indices must be integers or have an __index__ method");
  }
  if (i < 0) i = Math.max(0, i + len);
  return Math.min(i, len);
}

/**
 * Rich comparison of two sequences, as CPython's list and tuple compare: the first
 * position where the items differ decides, else the lengths do.
 */
export function compareSeq(
  rt: Interpreter,
  op: "==" | "<" | "<=" | ">" | ">=",
  a: readonly PyValue[],
  b: readonly PyValue[],
): boolean {
  if (op === "==" && a.length !== b.length) return false;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && (a[i] === b[i] || rt.eq(a[i], b[i]))) i++;
  if (i === n) {
    switch (op) {
      case "==":
        return a.length === b.length;
      case "<":
        return a.length < b.length;
      case "<=":
        return a.length <= b.length;
      case ">":
        return a.length > b.length;
      case ">=":
        return a.length >= b.length;
    }
  }
  if (op === "==") return false;
  return rt.compare(op, a[i], b[i]);
}
