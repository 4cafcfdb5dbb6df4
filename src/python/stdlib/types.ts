/**
 * The `types` module: the names of the builtin object kinds (FunctionType, ModuleType,
 * GenericAlias...), `SimpleNamespace`, and `MappingProxyType` (a read-only copy here).
 */
import {
  PyObject,
  None,
  NotImplemented,
  builtinFunctionType,
  functionType,
  methodType,
  moduleType,
  noneType,
  notImplementedType,
  ellipsisType,
  type PyModule,
} from "../objects/core";
import { PyDict } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { generatorType, coroutineType } from "../interp/generators";
import { asyncGeneratorType } from "../interp/asyncgen";
import { genericAliasType, unionType } from "../builtins/types/generic-alias";
import { defMethods, defNew, makeModule, native, newClass } from "./util";

/** Build the `types` module. */
export function typesModule(_rt: Interpreter): PyModule {
  const ns = newClass("SimpleNamespace", "types", [], (cls) => {
    const o = new PyObject(cls);
    o.$dict = new Map();
    return o;
  });
  defNew(ns, (_rt, cls) => cls.alloc(cls));
  defMethods(ns, {
    __init__: (rt, self, args, kw) => {
      if (args.length > 1)
        throw rt.error("TypeError", `SimpleNamespace expected at most 1 argument, got ${args.length}`);
      if (args.length === 1) throw rt.error("TypeError", "no positional arguments expected");
      kw?.names.forEach((n, i) => (self as PyObject).$dict!.set(n, kw.values[i]!));
      return None;
    },
    __repr__: (rt, self) => {
      const o = self as PyObject;
      const name = o.$cls === ns ? "namespace" : o.$cls.name;
      if (rt.reprStack.has(o)) return `${name}(...)`;
      rt.reprStack.add(o);
      try {
        const parts = [...o.$dict!].map(([k, v]) => `${k}=${rt.repr(v)}`);
        return `${name}(${parts.join(", ")})`;
      } finally {
        rt.reprStack.delete(o);
      }
    },
    __eq__: (rt, self, [other]) => {
      if (!(other instanceof PyObject) || !rt.isInstance(other, ns)) return NotImplemented;
      return rt.eq(rt.getattr(self, "__dict__"), rt.getattr(other, "__dict__"));
    },
  });
  ns.dict.set("__hash__", None);

  const mappingProxy = native("mappingproxy", (rt, args) => {
    if (args.length !== 1)
      throw rt.error("TypeError", `mappingproxy() takes exactly one argument (${args.length} given)`);
    const d = new PyDict();
    rt.dictUpdate(d, args[0]!);
    return d;
  });

  return makeModule("types", {
    SimpleNamespace: ns,
    FunctionType: functionType,
    LambdaType: functionType,
    MethodType: methodType,
    BuiltinFunctionType: builtinFunctionType,
    BuiltinMethodType: builtinFunctionType,
    ModuleType: moduleType,
    NoneType: noneType,
    NotImplementedType: notImplementedType,
    EllipsisType: ellipsisType,
    GeneratorType: generatorType,
    CoroutineType: coroutineType,
    AsyncGeneratorType: asyncGeneratorType,
    GenericAlias: genericAliasType,
    UnionType: unionType,
    MappingProxyType: mappingProxy,
  });
}
