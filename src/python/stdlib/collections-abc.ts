/**
 * `collections.abc`: the abstract base classes, usable with isinstance (structural
 * checks through `__subclasshook__`, the builtin types registered as in CPython)
 * and as bases with their mixin methods (Mapping.get/keys/items, Sequence.index...).
 */
import {
  PyBuiltin,
  PyModule,
  PyType,
  None,
  NotImplemented,
  typeOf,
  typeType,
  builtinFunctionType,
  type KwArgs,
  functionType,
  methodType,
  type PyValue,
} from "../objects/core";
import {
  PyList,
  PyTuple,
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  bytesType,
  bytearrayType,
  rangeType,
} from "../objects/containers";
import { PyClassMethod } from "../objects/functions";
import { PyNativeMethod } from "../interp/attr";
import { createType } from "../interp/classes";
import { generatorType, coroutineType } from "../interp/generators";
import { PyIterator, STOP } from "../interp/iter";
import { loadModule } from "../interp/imports";
import { getItem, setItem, delItem } from "../interp/subscript";
import type { Interpreter } from "../interp/interpreter";
import { arity } from "../builtins/registry";
import { makeModule, pyFunction } from "./util";

type Impl = (rt: Interpreter, self: PyValue, args: PyValue[], kw: KwArgs | null) => PyValue;

interface AbcSpec {
  readonly bases: readonly string[];
  readonly abstract: readonly string[];
  /** The methods `__subclasshook__` looks for (none: no hook). */
  readonly hook?: readonly string[];
  readonly mixins?: Readonly<Record<string, Impl>>;
}

function caught(rt: Interpreter, e: unknown, name: string): boolean {
  return rt.isPyObject(e) && rt.isInstance(e, rt.excType(name));
}

const mappingMixins: Record<string, Impl> = {
  get: (rt, self, args) => {
    arity(rt, "get", args, 1, 2);
    try {
      return getItem(rt, self, args[0]);
    } catch (e) {
      if (caught(rt, e, "KeyError")) return args[1] ?? None;
      throw e;
    }
  },
  __contains__: (rt, self, [key]) => {
    try {
      getItem(rt, self, key);
      return true;
    } catch (e) {
      if (caught(rt, e, "KeyError")) return false;
      throw e;
    }
  },
  keys: (rt, self) => new PyList(rt.toArray(self)),
  values: (rt, self) => new PyList(rt.toArray(self).map((k) => getItem(rt, self, k))),
  items: (rt, self) => new PyList(rt.toArray(self).map((k) => new PyTuple([k, getItem(rt, self, k)]))),
  __eq__: (rt, self, [other]) => {
    const mapping = typeOf(self).mro.find((t) => t.name === "Mapping" && t.module === "collections.abc");
    if (!mapping || !rt.call(rt.builtins.get("isinstance"), [other, mapping])) return NotImplemented;
    const toDict = (m: PyValue) => {
      const d = rt.newDict();
      for (const k of rt.iterate(m)) rt.dictSet(d, k, getItem(rt, m, k));
      return d;
    };
    return rt.dictEq(toDict(self), toDict(other));
  },
};

const mutableMappingMixins: Record<string, Impl> = {
  pop: (rt, self, args) => {
    arity(rt, "pop", args, 1, 2);
    let v: PyValue;
    try {
      v = getItem(rt, self, args[0]);
    } catch (e) {
      if (caught(rt, e, "KeyError") && args.length > 1) return args[1];
      throw e;
    }
    delItem(rt, self, args[0]);
    return v;
  },
  popitem: (rt, self) => {
    const it = rt.iter(self);
    const k = rt.next(it);
    if (k === STOP) throw rt.error("KeyError");
    const v = getItem(rt, self, k);
    delItem(rt, self, k);
    return new PyTuple([k, v]);
  },
  clear: (rt, self) => {
    for (const k of rt.toArray(self)) delItem(rt, self, k);
    return None;
  },
  setdefault: (rt, self, args) => {
    arity(rt, "setdefault", args, 1, 2);
    try {
      return getItem(rt, self, args[0]);
    } catch (e) {
      if (!caught(rt, e, "KeyError")) throw e;
    }
    const v = args[1] ?? None;
    setItem(rt, self, args[0], v);
    return v;
  },
  // update(other=(), /, **kw): a mapping (anything with keys()) by key, else (key, value) pairs.
  update: (rt, self, args, kw) => {
    if (args.length > 1) {
      throw rt.error(
        "TypeError",
        `MutableMapping.update() takes from 1 to 2 positional arguments but ${args.length + 1} were given`,
      );
    }
    const other = args[0];
    if (other !== undefined && rt.hasattr(other, "keys")) {
      for (const k of rt.iterate(rt.callMethod(other, "keys", []))) setItem(rt, self, k, getItem(rt, other, k));
    } else if (other !== undefined) {
      for (const pair of rt.iterate(other)) {
        const kv = rt.toArray(pair);
        if (kv.length > 2) throw rt.error("ValueError", "too many values to unpack (expected 2)");
        if (kv.length < 2) throw rt.error("ValueError", `not enough values to unpack (expected 2, got ${kv.length})`);
        setItem(rt, self, kv[0], kv[1]);
      }
    }
    kw?.names.forEach((name, i) => setItem(rt, self, name, kw.values[i]!));
    return None;
  },
};

const sequenceMixins: Record<string, Impl> = {
  __iter__: (rt, self) => {
    let i = 0;
    let done = false;
    return new PyIterator("iterator", () => {
      if (done) return STOP;
      try {
        return getItem(rt, self, i++);
      } catch (e) {
        if (caught(rt, e, "IndexError")) {
          done = true;
          return STOP;
        }
        throw e;
      }
    });
  },
  __contains__: (rt, self, [value]) => {
    for (const v of rt.iterate(self)) if (v === value || rt.eq(v, value)) return true;
    return false;
  },
  __reversed__: (rt, self) => {
    let i = Number(rt.call(rt.builtins.get("len"), [self]));
    return new PyIterator("generator", () => (i > 0 ? getItem(rt, self, --i) : STOP));
  },
  index: (rt, self, args) => {
    arity(rt, "index", args, 1, 3);
    let i = 0;
    for (const v of rt.iterate(self)) {
      if (v === args[0] || rt.eq(v, args[0])) return i;
      i++;
    }
    throw rt.error("ValueError");
  },
  count: (rt, self, args) => {
    arity(rt, "count", args, 1);
    let n = 0;
    for (const v of rt.iterate(self)) if (v === args[0] || rt.eq(v, args[0])) n++;
    return n;
  },
};

const mutableSequenceMixins: Record<string, Impl> = {
  append: (rt, self, [v]) => {
    rt.callMethod(self, "insert", [rt.call(rt.builtins.get("len"), [self]), v]);
    return None;
  },
  extend: (rt, self, [vs]) => {
    for (const v of rt.toArray(vs)) rt.callMethod(self, "append", [v]);
    return None;
  },
  pop: (rt, self, args) => {
    const i = args.length ? args[0] : -1;
    const v = getItem(rt, self, i);
    delItem(rt, self, i);
    return v;
  },
  remove: (rt, self, [v]) => {
    delItem(rt, self, rt.callMethod(self, "index", [v]));
    return None;
  },
  reverse: (rt, self) => {
    const n = Number(rt.call(rt.builtins.get("len"), [self]));
    for (let i = 0; i < Math.floor(n / 2); i++) {
      const a = getItem(rt, self, i);
      setItem(rt, self, i, getItem(rt, self, n - i - 1));
      setItem(rt, self, n - i - 1, a);
    }
    return None;
  },
  clear: (rt, self) => {
    while (Number(rt.call(rt.builtins.get("len"), [self])) > 0) rt.callMethod(self, "pop", []);
    return None;
  },
  __iadd__: (rt, self, [vs]) => {
    rt.callMethod(self, "extend", [vs]);
    return self;
  },
};

const SPECS: ReadonlyArray<readonly [string, AbcSpec]> = [
  ["Hashable", { bases: [], abstract: ["__hash__"], hook: ["__hash__"] }],
  ["Awaitable", { bases: [], abstract: ["__await__"], hook: ["__await__"] }],
  ["Coroutine", { bases: ["Awaitable"], abstract: ["send", "throw"], hook: ["__await__", "send", "throw", "close"] }],
  ["AsyncIterable", { bases: [], abstract: ["__aiter__"], hook: ["__aiter__"] }],
  ["AsyncIterator", { bases: ["AsyncIterable"], abstract: ["__anext__"], hook: ["__anext__", "__aiter__"] }],
  ["Iterable", { bases: [], abstract: ["__iter__"], hook: ["__iter__"] }],
  [
    "Iterator",
    {
      bases: ["Iterable"],
      abstract: ["__next__"],
      hook: ["__iter__", "__next__"],
      mixins: { __iter__: (_rt, self) => self },
    },
  ],
  ["Reversible", { bases: ["Iterable"], abstract: ["__reversed__"], hook: ["__reversed__", "__iter__"] }],
  [
    "Generator",
    { bases: ["Iterator"], abstract: ["send", "throw"], hook: ["__iter__", "__next__", "send", "throw", "close"] },
  ],
  ["Sized", { bases: [], abstract: ["__len__"], hook: ["__len__"] }],
  ["Container", { bases: [], abstract: ["__contains__"], hook: ["__contains__"] }],
  ["Callable", { bases: [], abstract: ["__call__"], hook: ["__call__"] }],
  [
    "Collection",
    { bases: ["Sized", "Iterable", "Container"], abstract: [], hook: ["__len__", "__iter__", "__contains__"] },
  ],
  ["Set", { bases: ["Collection"], abstract: [] }],
  ["MutableSet", { bases: ["Set"], abstract: ["add", "discard"] }],
  ["Mapping", { bases: ["Collection"], abstract: ["__getitem__"], mixins: mappingMixins }],
  ["MutableMapping", { bases: ["Mapping"], abstract: ["__setitem__", "__delitem__"], mixins: mutableMappingMixins }],
  ["Sequence", { bases: ["Reversible", "Collection"], abstract: ["__getitem__"], mixins: sequenceMixins }],
  [
    "MutableSequence",
    { bases: ["Sequence"], abstract: ["__setitem__", "__delitem__", "insert"], mixins: mutableSequenceMixins },
  ],
  ["ByteString", { bases: ["Sequence"], abstract: [] }],
  ["MappingView", { bases: ["Sized"], abstract: [] }],
  ["KeysView", { bases: ["MappingView", "Set"], abstract: [] }],
  ["ItemsView", { bases: ["MappingView", "Set"], abstract: [] }],
  ["ValuesView", { bases: ["MappingView", "Collection"], abstract: [] }],
];

/** Builtin types registered with each ABC, as CPython's `collections.abc` does. */
function registrations(rt: Interpreter): ReadonlyArray<readonly [string, readonly PyValue[]]> {
  const b = (n: string) => rt.builtins.get(n);
  return [
    [
      "Hashable",
      [b("int"), b("float"), b("str"), b("bool"), tupleType, frozensetType, bytesType, rangeType, b("type")],
    ],
    [
      "Iterable",
      [listType, tupleType, b("str"), dictType, setType, frozensetType, bytesType, bytearrayType, rangeType],
    ],
    ["Sized", [listType, tupleType, b("str"), dictType, setType, frozensetType, bytesType, bytearrayType, rangeType]],
    [
      "Container",
      [listType, tupleType, b("str"), dictType, setType, frozensetType, bytesType, bytearrayType, rangeType],
    ],
    ["Reversible", [listType, tupleType, b("str"), dictType, rangeType, bytesType, bytearrayType]],
    ["Generator", [generatorType]],
    ["Coroutine", [coroutineType]],
    ["Set", [frozensetType]],
    ["MutableSet", [setType]],
    ["MutableMapping", [dictType]],
    ["Sequence", [tupleType, b("str"), rangeType]],
    ["MutableSequence", [listType, bytearrayType]],
    ["ByteString", [bytesType, bytearrayType]],
  ];
}

/** Build `collections.abc` (its classes use the `abc` module's ABCMeta). */
export function collectionsAbcModule(rt: Interpreter): PyModule {
  const abc = loadModule(rt, "abc");
  const meta = abc.$dict!.get("ABCMeta") as PyType;
  const classes = new Map<string, PyType>();
  for (const [name, spec] of SPECS) {
    const ns = new Map<string, PyValue>([
      ["__module__", "collections.abc"],
      ["__slots__", new PyTuple([])],
    ]);
    for (const m of spec.abstract) {
      const f = pyFunction(m, `${name}.${m}`, { params: ["self"], vararg: "args", module: "collections.abc" }, () => {
        throw rt.error("NotImplementedError");
      });
      f.$dict!.set("__isabstractmethod__", true);
      ns.set(m, f);
    }
    for (const [m, impl] of Object.entries(spec.mixins ?? {})) {
      ns.set(
        m,
        new PyNativeMethod(m, (rt0, args, kw) => impl(rt0 as Interpreter, args[0], args.slice(1), kw), `${name}.${m}`),
      );
    }
    if (spec.hook) {
      const wanted = spec.hook;
      ns.set(
        "__subclasshook__",
        new PyClassMethod(
          new PyBuiltin("__subclasshook__", (_rt, args) => {
            const [cls, sub] = args;
            // Only the ABC itself checks structure; its subclasses fall back to registration.
            if (cls !== classes.get(name) || !(sub instanceof PyType)) return NotImplemented;
            for (const m of wanted) {
              const owner = sub.mro.find((t) => t.dict.has(m));
              if (!owner || owner.dict.get(m) === None) return NotImplemented;
            }
            return true;
          }),
        ),
      );
    }
    classes.set(
      name,
      createType(
        rt,
        meta,
        name,
        spec.bases.map((b) => classes.get(b)!),
        ns,
      ),
    );
  }
  for (const [name, types] of registrations(rt)) {
    for (const t of types) if (t instanceof PyType) rt.callMethod(classes.get(name)!, "register", [t]);
  }
  // The dict views, registered as CPython's collections.abc does.
  const empty = rt.newDict();
  for (const [name, view] of [
    ["KeysView", "keys"],
    ["ItemsView", "items"],
    ["ValuesView", "values"],
  ] as const)
    rt.callMethod(classes.get(name)!, "register", [typeOf(rt.callMethod(empty, view, []))]);
  // Functions and classes are callable without a `__call__` in their type's dict.
  const callable = classes.get("Callable")!;
  for (const f of [builtinFunctionType, functionType, methodType, typeType]) {
    rt.callMethod(callable, "register", [f]);
  }
  const members: Record<string, PyValue> = {};
  for (const [name, t] of classes) members[name] = t;
  return makeModule("collections.abc", members);
}
