/**
 * Reprs of dict subclasses from `collections` (defaultdict, OrderedDict, Counter).
 */
import type { PyDict } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";

export function dictReprWrapper(_rt: Interpreter, d: PyDict): ((inner: string) => string) | null {
  if (d.$cls.isBuiltin && d.$cls.name === "dict") return null;
  return null;
}
