/**
 * The `abc` module: ABCMeta (isinstance through `__subclasshook__` and `register`,
 * and refusing to instantiate a class with abstract methods), ABC, abstractmethod
 * and the abstract descriptor variants.
 */
import { PyBuiltin, PyModule, PyObject, PyType, None, typeOf, typeType, type PyValue } from "../objects/core";
import { EMPTY_TUPLE, PyList } from "../objects/containers";
import { PyClassMethod, PyProperty, PyStaticMethod } from "../objects/functions";
import { constructInstance } from "../interp/call";
import { createType } from "../interp/classes";
import type { Interpreter } from "../interp/interpreter";
import { arity } from "../builtins/registry";
import { defMethods, makeModule, native, newClass } from "./util";

/** Whether a class attribute is marked abstract (`__isabstractmethod__`), seeing through descriptors. */
export function isAbstract(rt: Interpreter, v: PyValue): boolean {
  if (v instanceof PyProperty) return isAbstract(rt, v.fget) || isAbstract(rt, v.fset);
  if (v instanceof PyClassMethod || v instanceof PyStaticMethod) return isAbstract(rt, v.func);
  if (v instanceof PyObject && v.$dict) {
    const flag = v.$dict.get("__isabstractmethod__");
    return flag !== undefined && rt.truthy(flag);
  }
  return false;
}

/** The abstract method names of a class, sorted (as CPython's message lists them). */
export function abstractMethods(rt: Interpreter, cls: PyType): string[] {
  const names = new Set<string>();
  for (const t of cls.mro) for (const k of t.dict.keys()) names.add(k);
  return [...names].filter((n) => isAbstract(rt, cls.lookup(n))).sort();
}

/** Build the `abc` module. */
export function abcModule(_rt: Interpreter): PyModule {
  const meta = newClass("ABCMeta", "abc", [typeType]);
  // Registered virtual subclasses of each ABC.
  const registry = new WeakMap<PyType, PyType[]>();

  const subclassCheck = (rt: Interpreter, cls: PyType, sub: PyType, seen: Set<PyType>): boolean => {
    if (sub.isSubtypeOf(cls)) return true;
    if (seen.has(cls)) return false;
    seen.add(cls);
    const hook = cls.lookup("__subclasshook__");
    if (hook !== undefined) {
      const r = rt.call(rt.getattr(cls, "__subclasshook__"), [sub]);
      if (r === true) return true;
      if (r === false) return false;
    }
    for (const r of registry.get(cls) ?? []) if (sub.isSubtypeOf(r) || subclassCheck(rt, r, sub, seen)) return true;
    for (const s of cls.subclasses)
      if (s.$cls === meta || s.$cls.isSubtypeOf(meta)) {
        if (subclassCheck(rt, s, sub, seen)) return true;
      }
    return false;
  };

  defMethods(meta, {
    __instancecheck__: (rt, cls, [instance]) => subclassCheck(rt, cls as PyType, typeOf(instance), new Set()),
    __subclasscheck__: (rt, cls, [sub]) => {
      if (!(sub instanceof PyType)) throw rt.error("TypeError", "issubclass() arg 1 must be a class");
      return subclassCheck(rt, cls as PyType, sub, new Set());
    },
    register: (rt, cls, args) => {
      arity(rt, "register", args, 1);
      const sub = args[0];
      if (!(sub instanceof PyType)) throw rt.error("TypeError", "Can only register classes");
      const list = registry.get(cls as PyType) ?? [];
      list.push(sub);
      registry.set(cls as PyType, list);
      return sub;
    },
    __call__: (rt, cls, args, kw) => {
      const c = cls as PyType;
      // object.__new__ refuses arguments before it looks at abstract methods.
      const object = rt.builtins.get("object") as PyType;
      const plain =
        c.lookup("__new__") === object.dict.get("__new__") && c.lookup("__init__") === object.dict.get("__init__");
      if (plain && (args.length || (kw && kw.names.length))) {
        throw rt.error("TypeError", `${c.name}() takes no arguments`);
      }
      const missing = abstractMethods(rt, c);
      if (missing.length) {
        const s = missing.length === 1 ? "" : "s";
        throw rt.error(
          "TypeError",
          `Can't instantiate abstract class ${c.name} with abstract method${s} ${missing.join(", ")}`,
        );
      }
      return constructInstance(rt, c, args, kw);
    },
  });

  // The names a class leaves abstract, as the frozenset ABCMeta keeps on it.
  meta.dict.set(
    "__abstractmethods__",
    new PyProperty(
      new PyBuiltin("__abstractmethods__", (rt1, args) => {
        const rt = rt1 as Interpreter;
        return rt.call(rt.builtins.get("frozenset")!, [new PyList(abstractMethods(rt, args[0] as PyType))]);
      }),
      None,
      None,
      None,
    ),
  );

  const abc = createType(
    _rt,
    meta,
    "ABC",
    [],
    new Map<string, PyValue>([
      ["__module__", "abc"],
      ["__slots__", EMPTY_TUPLE],
    ]),
  );

  const markAbstract = (rt: Interpreter, f: PyValue): PyValue => {
    const target = f instanceof PyClassMethod || f instanceof PyStaticMethod ? f.func : f;
    if (target instanceof PyObject && target.$dict) target.$dict.set("__isabstractmethod__", true);
    else rt.setattr(target, "__isabstractmethod__", true);
    return f;
  };

  return makeModule("abc", {
    ABCMeta: meta,
    ABC: abc,
    abstractmethod: native("abstractmethod", (rt, args) => {
      arity(rt, "abstractmethod", args, 1);
      return markAbstract(rt, args[0]);
    }),
    abstractclassmethod: native("abstractclassmethod", (rt, args) => {
      arity(rt, "abstractclassmethod", args, 1);
      markAbstract(rt, args[0]);
      return new PyClassMethod(args[0]);
    }),
    abstractstaticmethod: native("abstractstaticmethod", (rt, args) => {
      arity(rt, "abstractstaticmethod", args, 1);
      markAbstract(rt, args[0]);
      return new PyStaticMethod(args[0]);
    }),
    abstractproperty: native("abstractproperty", (rt, args) => {
      arity(rt, "abstractproperty", args, 1);
      markAbstract(rt, args[0]);
      return new PyProperty(args[0], None, None, None);
    }),
    get_cache_token: native("get_cache_token", () => 0),
  });
}
