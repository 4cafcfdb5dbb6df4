/**
 * The `__future__` module: the feature records CPython 3.11 has. Importing a name from
 * it is what matters (`from __future__ import annotations` changes how the compiler
 * treats annotations); the records are plain objects to read and print.
 */
import { PyObject, None, type PyModule, type PyValue } from "../objects/core";
import { PyList, PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { defMethods, makeModule, newClass } from "./util";

type Release = readonly [number, number, number, string, number];

// name, optional release, mandatory release (null: not yet), compiler flag
const FEATURES: ReadonlyArray<readonly [string, Release, Release | null, number]> = [
  ["nested_scopes", [2, 1, 0, "beta", 1], [2, 2, 0, "alpha", 0], 0x10],
  ["generators", [2, 2, 0, "alpha", 1], [2, 3, 0, "final", 0], 0],
  ["division", [2, 2, 0, "alpha", 2], [3, 0, 0, "alpha", 0], 0x20000],
  ["absolute_import", [2, 5, 0, "alpha", 1], [3, 0, 0, "alpha", 0], 0x40000],
  ["with_statement", [2, 5, 0, "alpha", 1], [2, 6, 0, "alpha", 0], 0x80000],
  ["print_function", [2, 6, 0, "alpha", 2], [3, 0, 0, "alpha", 0], 0x100000],
  ["unicode_literals", [2, 6, 0, "alpha", 2], [3, 0, 0, "alpha", 0], 0x200000],
  ["barry_as_FLUFL", [3, 1, 0, "alpha", 2], [4, 0, 0, "alpha", 0], 0x400000],
  ["generator_stop", [3, 5, 0, "beta", 1], [3, 7, 0, "alpha", 0], 0x800000],
  ["annotations", [3, 7, 0, "beta", 1], null, 0x1000000],
];

/** Build the `__future__` module. */
export function futureModule(rt: Interpreter): PyModule {
  const feature = newClass("_Feature", "__future__");
  const field = (self: PyValue, name: string) => (self as PyObject).$dict!.get(name)!;
  defMethods(feature, {
    getOptionalRelease: (_rt, self) => field(self, "optional"),
    getMandatoryRelease: (_rt, self) => field(self, "mandatory"),
    __repr__: (r, self) =>
      `_Feature(${r.repr(field(self, "optional"))}, ${r.repr(field(self, "mandatory"))}, ${r.repr(field(self, "compiler_flag"))})`,
  });
  const members: Record<string, PyValue> = {
    all_feature_names: new PyList(FEATURES.map(([name]) => name)),
  };
  for (const [name, optional, mandatory, flag] of FEATURES) {
    const f = new PyObject(feature);
    f.$dict = new Map<string, PyValue>([
      ["optional", new PyTuple(optional)],
      ["mandatory", mandatory ? new PyTuple(mandatory) : None],
      ["compiler_flag", flag],
    ]);
    members[name] = f;
  }
  void rt;
  return makeModule("__future__", members);
}
