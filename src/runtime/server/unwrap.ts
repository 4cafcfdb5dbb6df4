/**
 * The function a decorator wraps, found as inspect.signature finds it: through the
 * `__wrapped__` attribute that gen.coroutine and functools.wraps set.
 */
import { PyMethod, PyObject, type PyValue } from "../../python/objects/core";
import { PyFunction } from "../../python/objects/functions";

const MAX_DEPTH = 10;

export function unwrapFunction(value: PyValue): PyFunction | null {
  let f: PyValue = value instanceof PyMethod ? value.func : value;
  for (let i = 0; i < MAX_DEPTH; i++) {
    const wrapped = f instanceof PyObject ? f.$dict?.get("__wrapped__") : undefined;
    if (wrapped !== undefined) f = wrapped;
    else break;
  }
  return f instanceof PyFunction ? f : null;
}
