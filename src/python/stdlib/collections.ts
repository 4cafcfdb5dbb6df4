/**
 * The `collections` module: namedtuple, deque, defaultdict, OrderedDict, Counter,
 * ChainMap (and `collections.abc`, a module of its own).
 */
import type { PyModule } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { loadModule } from "../interp/imports";
import { makeModule, native } from "./util";
import { namedtupleFunction } from "./collections-namedtuple";
import { makeDequeType } from "./collections-deque";
import { makeDefaultDictType, makeOrderedDictType } from "./collections-dicts";
import { makeCounterType } from "./collections-counter";
import { makeChainMapType } from "./collections-chainmap";

/** Build the `collections` module. */
export function collectionsModule(rt: Interpreter): PyModule {
  const m = makeModule("collections", {
    namedtuple: native("namedtuple", (rt, args, kw) => namedtupleFunction(rt, args, kw)),
    deque: makeDequeType(),
    defaultdict: makeDefaultDictType(),
    OrderedDict: makeOrderedDictType(),
    Counter: makeCounterType(),
    ChainMap: makeChainMapType(),
  });
  // `import collections` then `collections.abc.Mapping` works in CPython (the package imports it).
  rt.modules.set("collections", m);
  m.$dict!.set("abc", loadModule(rt, "collections.abc"));
  return m;
}
