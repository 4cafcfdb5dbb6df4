/**
 * A stable sort with Python's comparisons, `key=` and `reverse=`, as `list.sort`
 * and `sorted` share it.
 */
import { None, type PyValue } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { strOrder } from "../interp/compare";

export function sortArray(rt: Interpreter, items: PyValue[], key: PyValue, reverse: PyValue): void {
  const keys = key === undefined || key === None ? items.slice() : items.map((x) => rt.call(key, [x]));
  const idx = items.map((_, i) => i);
  const rev = reverse !== undefined && reverse !== None && rt.truthy(reverse);
  const less = (a: PyValue, b: PyValue): boolean => {
    if (typeof a === "number" && typeof b === "number") return a < b;
    if (typeof a === "string" && typeof b === "string") return strOrder(a, b) < 0;
    return rt.lt(a, b);
  };
  // Array.prototype.sort is stable; reverse keeps equal items in their original order, as CPython does.
  idx.sort((i, j) => {
    const a = keys[i];
    const b = keys[j];
    if (rev) return less(b, a) ? -1 : less(a, b) ? 1 : 0;
    return less(a, b) ? -1 : less(b, a) ? 1 : 0;
  });
  const sorted = idx.map((i) => items[i]);
  for (let i = 0; i < items.length; i++) items[i] = sorted[i];
}
