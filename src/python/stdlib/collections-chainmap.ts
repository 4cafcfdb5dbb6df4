/**
 * `collections.ChainMap`: a view over a list of mappings (`maps`), looked up in order,
 * written to the first, following Lib/collections's definition.
 */
import { PyObject, PyType, None, typeOf, type PyValue } from "../objects/core";
import { PyList } from "../objects/containers";
import { arrayIterator } from "../interp/iter";
import { getItem, setItem, delItem, keyError } from "../interp/subscript";
import type { Interpreter } from "../interp/interpreter";
import { arity } from "../builtins/registry";
import { defGetter, defMethods, newClass } from "./util";

function maps(rt: Interpreter, self: PyValue): PyValue[] {
  const m = rt.getattr(self, "maps");
  return m instanceof PyList ? m.items : rt.toArray(m);
}

function isKeyError(rt: Interpreter, e: unknown): boolean {
  return e instanceof PyObject && rt.isInstance(e, rt.excType("KeyError"));
}

/** The keys in ChainMap order: the last mapping's first, as `dict.fromkeys` over reversed maps gives. */
function keys(rt: Interpreter, self: PyValue): PyValue[] {
  const d = rt.newDict();
  for (const m of [...maps(rt, self)].reverse()) for (const k of rt.iterate(m)) rt.dictSet(d, k, None);
  return [...d.table.map.values()].map((e) => e.key);
}

/** Create the ChainMap class. */
export function makeChainMapType(): PyType {
  const t = newClass("ChainMap", "collections");
  const lookup = (rt: Interpreter, self: PyValue, key: PyValue): PyValue | undefined => {
    for (const m of maps(rt, self)) {
      try {
        return getItem(rt, m, key);
      } catch (e) {
        if (!isKeyError(rt, e)) throw e;
      }
    }
    return undefined;
  };
  const firstMappingError = (rt: Interpreter, key: PyValue) =>
    rt.error("KeyError", `Key not found in the first mapping: ${rt.repr(key)}`);
  defMethods(t, {
    __init__: (rt, self, args) => {
      rt.setattr(self, "maps", new PyList(args.length ? [...args] : [rt.newDict()]));
      return None;
    },
    __getitem__: (rt, self, [key]) => {
      const v = lookup(rt, self, key);
      if (v !== undefined) return v;
      return rt.callMethod(self, "__missing__", [key]);
    },
    __missing__: (rt, _self, [key]) => {
      throw keyError(rt, key);
    },
    get: (rt, self, args) => {
      arity(rt, "get", args, 1, 2);
      return rt.contains(self, args[0]) ? rt.callMethod(self, "__getitem__", [args[0]]) : (args[1] ?? None);
    },
    __len__: (rt, self) => keys(rt, self).length,
    __iter__: (rt, self) => arrayIterator("dict_keyiterator", keys(rt, self)),
    __contains__: (rt, self, [key]) => maps(rt, self).some((m) => rt.contains(m, key)),
    __bool__: (rt, self) => maps(rt, self).some((m) => rt.truthy(m)),
    __repr__: (rt, self) =>
      `${typeOf(self).name}(${maps(rt, self)
        .map((m) => rt.repr(m))
        .join(", ")})`,
    __setitem__: (rt, self, [key, value]) => {
      setItem(rt, maps(rt, self)[0], key, value);
      return None;
    },
    __delitem__: (rt, self, [key]) => {
      try {
        delItem(rt, maps(rt, self)[0], key);
      } catch (e) {
        if (isKeyError(rt, e)) throw firstMappingError(rt, key);
        throw e;
      }
      return None;
    },
    pop: (rt, self, args) => {
      arity(rt, "pop", args, 1, 2);
      try {
        return rt.callMethod(maps(rt, self)[0], "pop", args);
      } catch (e) {
        if (isKeyError(rt, e)) throw firstMappingError(rt, args[0]);
        throw e;
      }
    },
    popitem: (rt, self) => {
      try {
        return rt.callMethod(maps(rt, self)[0], "popitem", []);
      } catch (e) {
        if (isKeyError(rt, e)) throw rt.error("KeyError", "No keys found in the first mapping.");
        throw e;
      }
    },
    clear: (rt, self) => {
      rt.callMethod(maps(rt, self)[0], "clear", []);
      return None;
    },
    keys: (rt, self) => new PyList(keys(rt, self)),
    values: (rt, self) => new PyList(keys(rt, self).map((k) => rt.callMethod(self, "__getitem__", [k]))),
    items: (rt, self) =>
      new PyList(
        keys(rt, self).map((k) => {
          const v = rt.callMethod(self, "__getitem__", [k]);
          return rt.call(rt.builtins.get("tuple"), [new PyList([k, v])]);
        }),
      ),
    new_child: (rt, self, args, kw) => {
      let m = args.length && args[0] !== None ? args[0] : rt.newDict();
      if (kw && kw.names.length) {
        if (!(args.length && args[0] !== None)) m = rt.newDict();
        kw.names.forEach((n, i) => setItem(rt, m, n, kw.values[i]));
      }
      return rt.call(typeOf(self), [m, ...maps(rt, self)]);
    },
    copy: (rt, self) => {
      const [first, ...rest] = maps(rt, self);
      return rt.call(typeOf(self), [rt.callMethod(first, "copy", []), ...rest]);
    },
  });
  defGetter(t, "parents", (rt, self) => rt.call(typeOf(self), maps(rt, self).slice(1)));
  return t;
}
