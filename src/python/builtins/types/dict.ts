/**
 * The native methods of `dict`. They work on the dict's own storage, so they serve
 * `class D(dict)` subclasses too (a subclass's `__getitem__` override is not consulted
 * by `get` or `pop`, as in CPython), and `__getitem__` calls a subclass's `__missing__`.
 */
import { None, NotImplemented, typeOf, type KwArgs, type PyValue } from "../../objects/core";
import { PyDict, PyTuple, dictType } from "../../objects/containers";
import { tableIterator } from "../../interp/iter";
import { keyError, setItem } from "../../interp/subscript";
import { tableGet, tableSet, tableDelete, tableClear } from "../../interp/tables";
import { builtinRepr } from "../../interp/repr";
import type { Interpreter } from "../../interp/interpreter";
import { arity, noKw } from "../registry";
import { slots, natives, classMethod, type MethodImpl } from "./receiver";
import { PyDictView, dictKeysType, dictValuesType, dictItemsType, reversedDict } from "./dict-views";

function dict(v: PyValue): PyDict {
  return v as PyDict;
}

/** `d[k]` on the storage, with a subclass's `__missing__` as the fallback. */
export function dictGetItem(rt: Interpreter, d: PyDict, k: PyValue): PyValue {
  const e = tableGet(rt, d.table, k);
  if (e) return e.value;
  const cls = typeOf(d);
  if (cls !== dictType) {
    const missing = cls.lookup("__missing__");
    if (missing !== undefined) return rt.call(missing, [d, k]);
  }
  throw keyError(rt, k);
}

/** `d.update(other, **kw)` and the `dict(...)` forms: a mapping or pairs, then keywords. */
function update(rt: Interpreter, d: PyDict, args: PyValue[], kw: KwArgs | null): void {
  arity(rt, "update", args, 0, 1);
  if (args.length) rt.dictUpdate(d, args[0]);
  if (kw) kw.names.forEach((n, i) => tableSet(rt, d.table, n, kw.values[i]));
}

function copy(rt: Interpreter, d: PyDict): PyDict {
  const out = new PyDict();
  rt.dictUpdate(out, d);
  return out;
}

natives(dictType, {
  keys: (rt, self, args, kw) => {
    noKw(rt, "dict.keys", kw);
    arity(rt, "dict.keys", args, 0);
    return new PyDictView(dictKeysType, dict(self));
  },
  values: (rt, self, args, kw) => {
    noKw(rt, "dict.values", kw);
    arity(rt, "dict.values", args, 0);
    return new PyDictView(dictValuesType, dict(self));
  },
  items: (rt, self, args, kw) => {
    noKw(rt, "dict.items", kw);
    arity(rt, "dict.items", args, 0);
    return new PyDictView(dictItemsType, dict(self));
  },
  get: (rt, self, args, kw) => {
    noKw(rt, "get", kw);
    arity(rt, "get", args, 1, 2);
    const e = tableGet(rt, dict(self).table, args[0]);
    return e ? e.value : args.length > 1 ? args[1] : None;
  },
  setdefault: (rt, self, args, kw) => {
    noKw(rt, "setdefault", kw);
    arity(rt, "setdefault", args, 1, 2);
    const t = dict(self).table;
    const e = tableGet(rt, t, args[0]);
    if (e) return e.value;
    const v = args.length > 1 ? args[1] : None;
    tableSet(rt, t, args[0], v);
    return v;
  },
  pop: (rt, self, args, kw) => {
    noKw(rt, "pop", kw);
    arity(rt, "pop", args, 1, 2);
    const e = tableDelete(rt, dict(self).table, args[0]);
    if (e) return e.value;
    if (args.length > 1) return args[1];
    throw keyError(rt, args[0]);
  },
  popitem: (rt, self, args, kw) => {
    noKw(rt, "dict.popitem", kw);
    arity(rt, "dict.popitem", args, 0);
    const t = dict(self).table;
    if (t.size === 0) throw rt.error("KeyError", "popitem(): dictionary is empty");
    let last: { key: PyValue; value: PyValue } | undefined;
    for (const e of t.map.values()) last = e;
    tableDelete(rt, t, last!.key);
    return new PyTuple([last!.key, last!.value]);
  },
  update: (rt, self, args, kw) => {
    update(rt, dict(self), args, kw);
    return None;
  },
  clear: (rt, self, args, kw) => {
    noKw(rt, "dict.clear", kw);
    arity(rt, "dict.clear", args, 0);
    tableClear(dict(self).table);
    return None;
  },
  copy: (rt, self, args, kw) => {
    noKw(rt, "dict.copy", kw);
    arity(rt, "dict.copy", args, 0);
    return copy(rt, dict(self));
  },
  __getitem__: (rt, self, args, kw) => {
    noKw(rt, "dict.__getitem__", kw);
    arity(rt, "dict.__getitem__", args, 1);
    return dictGetItem(rt, dict(self), args[0]);
  },
  __contains__: (rt, self, args, kw) => {
    noKw(rt, "dict.__contains__", kw);
    arity(rt, "dict.__contains__", args, 1);
    return tableGet(rt, dict(self).table, args[0]) !== undefined;
  },
  __reversed__: (rt, self, args, kw) => {
    noKw(rt, "dict.__reversed__", kw);
    arity(rt, "dict.__reversed__", args, 0);
    return reversedDict(rt, dict(self), "key");
  },
});

classMethod(dictType, "fromkeys", (rt, cls, args, kw) => {
  noKw(rt, "fromkeys", kw);
  arity(rt, "fromkeys", args, 1, 2);
  const value = args.length > 1 ? args[1] : None;
  const d = rt.call(cls, []);
  // A plain dict is filled directly; anything else goes through its own `__setitem__`.
  const direct =
    d instanceof PyDict &&
    (d.$cls === dictType || typeOf(d).lookup("__setitem__") === dictType.dict.get("__setitem__"));
  for (const k of rt.iterate(args[0])) {
    if (direct) tableSet(rt, (d as PyDict).table, k, value);
    else setItem(rt, d, k, value);
  }
  return d;
});

function unordered(): MethodImpl {
  return () => NotImplemented;
}

slots(dictType, {
  __len__: [0, (_rt, self) => dict(self).table.size],
  __setitem__: [
    2,
    (rt, self, [k, v]) => {
      tableSet(rt, dict(self).table, k, v);
      return None;
    },
  ],
  __delitem__: [
    1,
    (rt, self, [k]) => {
      if (tableDelete(rt, dict(self).table, k) === undefined) throw keyError(rt, k);
      return None;
    },
  ],
  __iter__: [0, (rt, self) => tableIterator(rt, "dict_keyiterator", dict(self), "key")],
  __eq__: [1, (rt, self, [o]) => (o instanceof PyDict ? rt.dictEq(dict(self), o) : NotImplemented)],
  __ne__: [1, (rt, self, [o]) => (o instanceof PyDict ? !rt.dictEq(dict(self), o) : NotImplemented)],
  __lt__: [1, unordered()],
  __le__: [1, unordered()],
  __gt__: [1, unordered()],
  __ge__: [1, unordered()],
  __or__: [
    1,
    (rt, self, [o]) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const out = copy(rt, dict(self));
      rt.dictUpdate(out, o);
      return out;
    },
  ],
  __ror__: [
    1,
    (rt, self, [o]) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const out = copy(rt, o);
      rt.dictUpdate(out, self);
      return out;
    },
  ],
  __ior__: [
    1,
    (rt, self, [o]) => {
      rt.dictUpdate(dict(self), o);
      return self;
    },
  ],
  __repr__: [0, (rt, self) => builtinRepr(rt, self)],
});

// Dicts are mutable, hence unhashable: `dict.__hash__ is None`, and so for subclasses.
dictType.dict.set("__hash__", None);
