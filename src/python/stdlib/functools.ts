/**
 * The `functools` module: partial, reduce, wraps/update_wrapper, lru_cache/cache,
 * total_ordering, cmp_to_key and cached_property.
 */
import { PyModule, PyObject, PyType, None, NotImplemented, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyDict, PyTuple } from "../objects/containers";
import { PyNativeMethod } from "../interp/attr";
import { STOP } from "../interp/iter";
import { loadModule } from "../interp/imports";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { defGetter, defMethods, defNew, makeModule, native, newClass } from "./util";
import { makeNamedTuple } from "./collections-namedtuple";
import { lruCacheFactory } from "./functools-lru";
import { isCallable, updateWrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES } from "./functools-wraps";

/** A `functools.partial` object. */
export class PartialObj extends PyObject {
  func: PyValue = None;
  args: PyValue[] = [];
  keywords: PyDict = new PyDict();
  constructor(cls: PyType) {
    super(cls);
    this.$dict = new Map();
  }
}

function names(rt: Interpreter, v: PyValue, dflt: readonly string[]): string[] {
  return v === undefined ? [...dflt] : rt.toArray(v).map((x) => rt.str(x));
}

/** The ordering methods total_ordering derives from each root, in CPython's table order. */
type Derived = [string, (rt: Interpreter, self: PyValue, other: PyValue, r: PyValue) => PyValue];
const CONVERT: Record<string, Derived[]> = {
  __lt__: [
    ["__gt__", (rt, s, o, r) => (rt.truthy(r) ? false : rt.compare("!=", s, o))],
    ["__le__", (rt, s, o, r) => (rt.truthy(r) ? r : rt.eq(s, o))],
    ["__ge__", (rt, _s, _o, r) => !rt.truthy(r)],
  ],
  __le__: [
    ["__ge__", (rt, s, o, r) => (!rt.truthy(r) ? true : rt.eq(s, o))],
    ["__lt__", (rt, s, o, r) => (rt.truthy(r) ? rt.compare("!=", s, o) : r)],
    ["__gt__", (rt, _s, _o, r) => !rt.truthy(r)],
  ],
  __gt__: [
    ["__lt__", (rt, s, o, r) => (rt.truthy(r) ? false : rt.compare("!=", s, o))],
    ["__ge__", (rt, s, o, r) => (rt.truthy(r) ? r : rt.eq(s, o))],
    ["__le__", (rt, _s, _o, r) => !rt.truthy(r)],
  ],
  __ge__: [
    ["__le__", (rt, s, o, r) => (!rt.truthy(r) ? true : rt.eq(s, o))],
    ["__gt__", (rt, s, o, r) => (rt.truthy(r) ? rt.compare("!=", s, o) : r)],
    ["__lt__", (rt, _s, _o, r) => !rt.truthy(r)],
  ],
};

function totalOrdering(rt: Interpreter, cls: PyValue): PyValue {
  if (!(cls instanceof PyType))
    throw rt.error("AttributeError", `'${typeOf(cls).name}' object has no attribute '__lt__'`);
  const object = rt.builtins.get("object") as PyType;
  const roots = Object.keys(CONVERT).filter((op) => {
    const m = cls.lookup(op);
    return m !== undefined && m !== object.dict.get(op);
  });
  if (roots.length === 0) throw rt.error("ValueError", "must define at least one ordering operation: < > <= >=");
  const root = roots.reduce((a, b) => (a > b ? a : b));
  for (const [name, derive] of CONVERT[root]!) {
    if (roots.includes(name)) continue;
    const m = new PyNativeMethod(
      name,
      (rt0, args) => {
        const rt = rt0 as Interpreter;
        const [self, other] = args;
        const r = rt.call(typeOf(self).lookup(root), [self, other]);
        if (r === NotImplemented) return r;
        return derive(rt, self, other, r);
      },
      `${cls.name}.${name}`,
    );
    cls.setAttr(name, m);
  }
  return cls;
}

/** Build the `functools` module. */
export function functoolsModule(rt: Interpreter): PyModule {
  const partialType = newClass("partial", "functools", [], (cls) => new PartialObj(cls));
  defNew(partialType, (rt, cls, args, kw) => {
    if (args.length === 0) throw rt.error("TypeError", "type 'partial' takes at least one argument");
    let [func, ...rest] = args;
    if (!isCallable(func)) throw rt.error("TypeError", "the first argument must be callable");
    const p = cls.alloc(cls) as PartialObj;
    const kwd = new PyDict();
    // A partial of a plain partial is flattened, as CPython does.
    if (func instanceof PartialObj && func.$cls === partialType) {
      rest = [...func.args, ...rest];
      for (const e of func.keywords.table.map.values()) rt.dictSet(kwd, e.key, e.value);
      func = func.func;
    }
    kw?.names.forEach((n, i) => rt.dictSet(kwd, n, kw.values[i]));
    p.func = func;
    p.args = rest;
    p.keywords = kwd;
    return p;
  });
  defMethods(partialType, {
    __call__: (rt, self, args, kw) => {
      const p = self as PartialObj;
      const names: string[] = [];
      const values: PyValue[] = [];
      for (const e of p.keywords.table.map.values()) {
        names.push(e.key as string);
        values.push(e.value);
      }
      kw?.names.forEach((n, i) => {
        const at = names.indexOf(n);
        if (at >= 0) values[at] = kw.values[i];
        else {
          names.push(n);
          values.push(kw.values[i]);
        }
      });
      return rt.call(p.func, [...p.args, ...args], names.length ? { names, values } : null);
    },
    __repr__: (rt, self) => {
      const p = self as PartialObj;
      const parts = [rt.repr(p.func), ...p.args.map((a) => rt.repr(a))];
      for (const e of p.keywords.table.map.values()) parts.push(`${rt.str(e.key)}=${rt.repr(e.value)}`);
      const name = p.$cls === partialType ? "functools.partial" : p.$cls.name;
      return `${name}(${parts.join(", ")})`;
    },
  });
  defGetter(partialType, "func", (_rt, self) => (self as PartialObj).func);
  defGetter(partialType, "args", (_rt, self) => new PyTuple([...(self as PartialObj).args]));
  defGetter(partialType, "keywords", (_rt, self) => (self as PartialObj).keywords);

  const updateWrapperFn = native("update_wrapper", (rt, args, kw) => {
    const [wrapper, wrapped, assigned, updated] = parseArgs(
      rt,
      "update_wrapper",
      args,
      kw,
      ["wrapper", "wrapped", "assigned", "updated"],
      2,
    );
    return updateWrapper(
      rt,
      wrapper,
      wrapped,
      names(rt, assigned, WRAPPER_ASSIGNMENTS),
      names(rt, updated, WRAPPER_UPDATES),
    );
  });

  const cacheInfo = makeNamedTuple(rt, "CacheInfo", ["hits", "misses", "maxsize", "currsize"], {
    module: "functools",
  });
  const lru = lruCacheFactory(rt, cacheInfo);

  const keyWrapper = newClass("KeyWrapper", "functools");
  const cmpKey = (op: "<" | "<=" | ">" | ">=" | "==") => (rt: Interpreter, self: PyValue, args: PyValue[]) => {
    const other = args[0];
    if (!(other instanceof KeyObj)) throw rt.error("TypeError", "other argument must be K instance");
    const a = self as KeyObj;
    return rt.compare(op, rt.call(a.cmp, [a.obj, other.obj]), 0);
  };
  defMethods(keyWrapper, {
    __lt__: cmpKey("<"),
    __le__: cmpKey("<="),
    __gt__: cmpKey(">"),
    __ge__: cmpKey(">="),
    __eq__: cmpKey("=="),
  });
  defMethods(keyWrapper, {
    __hash__: (rt) => {
      throw rt.error("TypeError", "unhashable type: 'functools.KeyWrapper'");
    },
  });
  defGetter(keyWrapper, "obj", (_rt, self) => (self as KeyObj).obj);

  const cachedProperty = newClass("cached_property", "functools");
  defMethods(cachedProperty, {
    __init__: (rt, self, args) => {
      arity(rt, "cached_property", args, 1);
      const d = (self as PyObject).$dict!;
      d.set("func", args[0]);
      d.set("attrname", None);
      d.set("__doc__", rt.getattr(args[0], "__doc__"));
      return None;
    },
    __set_name__: (_rt, self, [_owner, name]) => {
      (self as PyObject).$dict!.set("attrname", name);
      return None;
    },
    __get__: (rt, self, [instance]) => {
      if (instance === None) return self;
      const d = (self as PyObject).$dict!;
      let name = d.get("attrname");
      if (name === None) name = rt.getattr(d.get("func"), "__name__");
      const v = rt.call(d.get("func"), [instance]);
      if (instance instanceof PyObject && instance.$dict) instance.$dict.set(rt.str(name), v);
      else
        throw rt.error(
          "TypeError",
          `No '__dict__' attribute on '${typeOf(instance).name}' instance to cache ${rt.repr(name)} property.`,
        );
      return v;
    },
  });

  // partialmethod: a descriptor; the method it gives prepends the stored arguments
  // after self (the instance, or the first argument when read from the class).
  const partialMethod = newClass("partialmethod", "functools");
  defMethods(partialMethod, {
    __init__: (rt, self, args, kw) => {
      if (args.length === 0) {
        throw rt.error("TypeError", "descriptor '__init__' of partialmethod object needs an argument");
      }
      const d = (self as PyObject).$dict!;
      d.set("func", args[0]!);
      d.set("args", new PyTuple(args.slice(1)));
      const keywords = rt.newDict();
      if (kw) kw.names.forEach((n, i) => rt.dictSet(keywords, n, kw.values[i]!));
      d.set("keywords", keywords);
      return None;
    },
    __get__: (rt, self, [instance]) => {
      const d = (self as PyObject).$dict!;
      const func = d.get("func")!;
      const stored = (d.get("args") as PyTuple).items;
      const keywords = d.get("keywords") as PyDict;
      const call = (first: PyValue[], more: PyValue[], kw: KwArgs | null) => {
        const merged = rt.newDict();
        for (const e of keywords.table.map.values()) rt.dictSet(merged, e.key, e.value);
        if (kw) kw.names.forEach((n, i) => rt.dictSet(merged, n, kw.values[i]!));
        const names: string[] = [];
        const values: PyValue[] = [];
        for (const e of merged.table.map.values()) {
          names.push(e.key as string);
          values.push(e.value);
        }
        return rt.call(func, [...first, ...stored, ...more], names.length ? { names, values } : null);
      };
      const name = rt.str(rt.getattr(func, "__name__"));
      if (instance === None || instance === undefined) {
        return native(name, (_rt, a, kw) => call(a.slice(0, 1), a.slice(1), kw));
      }
      return native(name, (_rt, a, kw) => call([instance], a, kw));
    },
  });

  // Written in Python (py/singledispatch.ts), loaded on first use.
  const fromPython = (name: string) =>
    native(name, (rt, args, kw) => rt.call(rt.getattr(loadModule(rt, "_singledispatch"), name), args, kw));
  return makeModule("functools", {
    singledispatch: fromPython("singledispatch"),
    singledispatchmethod: fromPython("singledispatchmethod"),
    partial: partialType,
    reduce: native("reduce", (rt, args, kw) => {
      if (kw && kw.names.length) throw rt.error("TypeError", "reduce() takes no keyword arguments");
      arity(rt, "reduce", args, 2, 3);
      const [f, seq] = args;
      let it: PyValue;
      try {
        it = rt.iter(seq);
      } catch (e) {
        if (rt.isPyObject(e) && rt.isInstance(e, rt.excType("TypeError"))) {
          throw rt.error("TypeError", "reduce() arg 2 must support iteration");
        }
        throw e;
      }
      let acc: PyValue = args.length === 3 ? args[2] : rt.next(it);
      if (acc === STOP) throw rt.error("TypeError", "reduce() of empty iterable with no initial value");
      for (;;) {
        const x = rt.next(it);
        if (x === STOP) return acc;
        acc = rt.call(f, [acc, x]);
      }
    }),
    update_wrapper: updateWrapperFn,
    wraps: native("wraps", (rt, args, kw) => {
      const [wrapped, assigned, updated] = parseArgs(rt, "wraps", args, kw, ["wrapped", "assigned", "updated"], 1);
      const p = partialType.alloc(partialType) as PartialObj;
      p.func = updateWrapperFn;
      const kwd = new PyDict();
      rt.dictSet(kwd, "wrapped", wrapped);
      rt.dictSet(kwd, "assigned", assigned ?? new PyTuple(WRAPPER_ASSIGNMENTS));
      rt.dictSet(kwd, "updated", updated ?? new PyTuple(WRAPPER_UPDATES));
      p.keywords = kwd;
      return p;
    }),
    WRAPPER_ASSIGNMENTS: new PyTuple(WRAPPER_ASSIGNMENTS),
    WRAPPER_UPDATES: new PyTuple(WRAPPER_UPDATES),
    lru_cache: lru.lruCache,
    cache: lru.cache,
    total_ordering: native("total_ordering", (rt, args) => {
      arity(rt, "total_ordering", args, 1);
      return totalOrdering(rt, args[0]);
    }),
    cmp_to_key: native("cmp_to_key", (rt, args, kw) => {
      const [cmp] = parseArgs(rt, "cmp_to_key", args, kw, ["mycmp"], 1);
      return native("K", (rt, a) => {
        arity(rt, "K", a, 1);
        return new KeyObj(keyWrapper, a[0], cmp);
      });
    }),
    cached_property: cachedProperty,
    partialmethod: partialMethod,
  });
}

/** An object made by a `cmp_to_key` function: ordered by calling the comparison. */
class KeyObj extends PyObject {
  constructor(
    cls: PyType,
    readonly obj: PyValue,
    readonly cmp: PyValue,
  ) {
    super(cls);
  }
}
