/**
 * `functools.lru_cache` and `functools.cache`: the `_lru_cache_wrapper` object, with
 * CPython's key making (`_make_key`), hit/miss accounting, least-recently-used
 * eviction, `cache_info()`, `cache_clear()`, `cache_parameters()` and method binding.
 */
import {
  PyBuiltin,
  PyInstance,
  PyMethod,
  PyObject,
  PyType,
  None,
  objectType,
  typeOf,
  type KwArgs,
  type PyValue,
} from "../objects/core";
import { PyDict, PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { defMethods, native, newClass } from "./util";
import { isCallable, updateWrapper } from "./functools-wraps";

/** The cache state of one decorated function. */
class LruWrapper extends PyObject {
  func: PyValue = None;
  /** null: unbounded. */
  maxsize: number | null = 128;
  typed = false;
  readonly cache = new PyDict();
  hits = 0;
  misses = 0;
  constructor(cls: PyType) {
    super(cls);
    this.$dict = new Map();
  }
}

/** What the module exposes: `lru_cache` and `cache`. */
export interface LruFunctions {
  readonly lruCache: PyBuiltin;
  readonly cache: PyBuiltin;
}

/** Build the lru_cache machinery for one interpreter; `cacheInfo` is the CacheInfo named tuple class. */
export function lruCacheFactory(_rt: Interpreter, cacheInfo: PyType): LruFunctions {
  const wrapperType = newClass("_lru_cache_wrapper", "functools", [], (cls) => new LruWrapper(cls));
  // Separates positional from keyword arguments in keys, as `_make_key`'s kwd_mark.
  const mark = new PyInstance(objectType);

  const makeKey = (w: LruWrapper, args: PyValue[], kw: KwArgs | null) => {
    const hasKw = kw !== null && kw.names.length > 0;
    if (!hasKw && args.length === 1 && !w.typed) {
      const a = args[0];
      if (typeof a === "number" || typeof a === "bigint" || typeof a === "string") return a;
    }
    const items: PyValue[] = [...args];
    if (hasKw) {
      items.push(mark);
      kw!.names.forEach((n, i) => items.push(n, kw!.values[i]));
    }
    if (w.typed) {
      for (const a of args) items.push(typeOf(a));
      if (hasKw) for (const v of kw!.values) items.push(typeOf(v));
    }
    return new PyTuple(items);
  };

  defMethods(wrapperType, {
    __call__: (rt, self, args, kw) => {
      const w = self as LruWrapper;
      if (w.maxsize === 0) {
        w.misses++;
        return rt.call(w.func, args, kw);
      }
      const key = makeKey(w, args, kw);
      const hit = rt.dictGet(w.cache, key);
      if (hit !== undefined) {
        w.hits++;
        if (w.maxsize !== null) {
          // Most recently used goes last.
          rt.dictDelete(w.cache, key);
          rt.dictSet(w.cache, key, hit);
        }
        return hit;
      }
      w.misses++;
      const result = rt.call(w.func, args, kw);
      if (w.maxsize !== null && rt.dictGet(w.cache, key) !== undefined) return result;
      rt.dictSet(w.cache, key, result);
      if (w.maxsize !== null && w.cache.table.size > w.maxsize) {
        const oldest = w.cache.table.map.values().next().value!;
        rt.dictDelete(w.cache, oldest.key);
      }
      return result;
    },
    cache_info: (rt, self, args) => {
      arity(rt, "cache_info", args, 0);
      const w = self as LruWrapper;
      return rt.call(cacheInfo, [w.hits, w.misses, w.maxsize ?? None, w.cache.table.size]);
    },
    cache_clear: (rt, self, args) => {
      arity(rt, "cache_clear", args, 0);
      const w = self as LruWrapper;
      w.cache.table.map.clear();
      w.cache.table.hashed = null;
      w.hits = 0;
      w.misses = 0;
      return None;
    },
    cache_parameters: (rt, self) => {
      const w = self as LruWrapper;
      const d = rt.newDict();
      rt.dictSet(d, "maxsize", w.maxsize ?? None);
      rt.dictSet(d, "typed", w.typed);
      return d;
    },
    __get__: (_rt, self, [obj]) => (obj === None || obj === undefined ? self : new PyMethod(self, obj)),
  });

  const wrap = (rt: Interpreter, func: PyValue, maxsize: number | null, typed: boolean): LruWrapper => {
    const w = new LruWrapper(wrapperType);
    w.func = func;
    w.maxsize = maxsize === null ? null : Math.max(0, maxsize);
    w.typed = typed;
    updateWrapper(rt, w, func);
    return w;
  };

  const lruCache = native("lru_cache", (rt, args, kw) => {
    const [maxsizeArg, typedArg] = parseArgs(rt, "lru_cache", args, kw, ["maxsize", "typed"]);
    const typed = typedArg !== undefined && rt.truthy(typedArg);
    const m = maxsizeArg === undefined ? 128 : maxsizeArg;
    if (typeof m === "number" || typeof m === "bigint" || typeof m === "boolean") {
      const size = Number(m);
      return native("decorating_function", (rt2, a) => {
        arity(rt2, "decorating_function", a, 1);
        return wrap(rt2, a[0], size, typed);
      });
    }
    if (m === None) {
      return native("decorating_function", (rt2, a) => {
        arity(rt2, "decorating_function", a, 1);
        return wrap(rt2, a[0], null, typed);
      });
    }
    if (isCallable(m)) return wrap(rt, m, 128, typed);
    throw rt.error("TypeError", "Expected first argument to be an integer, a callable, or None");
  });

  const cache = native("cache", (rt, args) => {
    arity(rt, "cache", args, 1);
    return wrap(rt, args[0], null, false);
  });
  return { lruCache, cache };
}
