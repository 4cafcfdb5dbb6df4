/**
 * The `types` module: the names of the builtin object kinds (FunctionType, ModuleType,
 * GenericAlias...), `SimpleNamespace`, and `MappingProxyType` (a read-only live view of a mapping).
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
  typeOf,
  type PyModule,
  type PyType,
  type PyValue,
} from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { generatorType, coroutineType } from "../interp/generators";
import { asyncGeneratorType } from "../interp/asyncgen";
import { genericAliasType, unionType } from "../builtins/types/generic-alias";
import { defMethods, defNew, makeModule, native, newClass } from "./util";
import { PyFunction } from "../objects/functions";
import { PyGenerator } from "../interp/generators";
import { isCallable } from "./functools-wraps";

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

  const mappingProxy = mappingProxyType();

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
    coroutine: native("coroutine", (rt, [f]) => iterableCoroutine(rt, f!)),
  });
}

/** `types.MappingProxyType`: a read-only view that follows the mapping it wraps. */
function mappingProxyType(): PyType {
  const target = new WeakMap<PyObject, PyValue>();
  const proxy = newClass("mappingproxy", "builtins");
  const of = (self: PyValue): PyValue => target.get(self as PyObject)!;
  defNew(proxy, (rt, cls, args, kw) => {
    if (kw?.names.length) throw rt.error("TypeError", "mappingproxy() takes no keyword arguments");
    if (args.length !== 1)
      throw rt.error("TypeError", `mappingproxy() takes exactly one argument (${args.length} given)`);
    const [mapping] = args as [PyValue];
    const type = typeOf(mapping);
    if (type.lookup("__getitem__") === undefined || type.lookup("keys") === undefined)
      throw rt.error("TypeError", `mappingproxy() argument must be a mapping, not ${typeOf(mapping).name}`);
    const o = new PyObject(cls);
    target.set(o, mapping);
    return o;
  });
  const forward = (name: string) => (rt: Interpreter, self: PyValue, args: PyValue[]) =>
    rt.callMethod(of(self), name, args);
  defMethods(proxy, {
    __getitem__: forward("__getitem__"),
    __len__: forward("__len__"),
    __iter__: forward("__iter__"),
    __contains__: (rt, self, [key]) => rt.contains(of(self), key!),
    keys: forward("keys"),
    values: forward("values"),
    items: forward("items"),
    get: forward("get"),
    copy: forward("copy"),
    __or__: (rt, self, [other]) => rt.callMethod(rt.callMethod(of(self), "copy", []), "__or__", [other!]),
    __eq__: (rt, self, [other]) => rt.eq(of(self), other!),
    __repr__: (rt, self) => `mappingproxy(${rt.repr(of(self))})`,
    __str__: (rt, self) => rt.str(of(self)),
  });
  proxy.dict.set("__hash__", None);
  return proxy;
}

/**
 * `types.coroutine(f)`: a generator function's generators become awaitable (CPython
 * sets CO_ITERABLE_COROUTINE on its code and returns the function itself); any other
 * callable is wrapped so the generators it returns are marked.
 */
function iterableCoroutine(rt: Interpreter, f: PyValue): PyValue {
  if (f instanceof PyFunction && f.kind === "generator") {
    f.iterableCoroutine = true;
    return f;
  }
  if (!isCallable(f)) throw rt.error("TypeError", "types.coroutine() expects a callable");
  return native(String(rt.getattr(f, "__name__")), (rt2, args, kw) => {
    const r = rt2.call(f, args, kw);
    if (r instanceof PyGenerator && !r.isCoroutine) r.iterableCoroutine = true;
    return r;
  });
}
