/**
 * The interpreter's `dictRepr` hook: a wrapper around the `{...}` repr of a dict
 * subclass, used when the builtin dict repr runs on it.
 *
 * The collections types (defaultdict, OrderedDict, Counter) define their own
 * `__repr__` in CPython's 3.11 forms, and call the builtin dict repr for the inner
 * `{...}` part, so that part must stay plain: no dict subclass gets a wrapper here
 * (`class D(dict)` prints as `{...}`, as in CPython).
 */
import type { PyDict } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";

export function dictReprWrapper(_rt: Interpreter, _d: PyDict): ((inner: string) => string) | null {
  return null;
}
