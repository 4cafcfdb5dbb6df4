/**
 * `collections.defaultdict` and `collections.OrderedDict`: dict subclasses with
 * CPython's reprs (3.11 forms), `__missing__`, `move_to_end` and `popitem(last=)`.
 */
import { PyType, None, NotImplemented, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyDict, PyList, PyTuple, dictType } from "../objects/containers";
import { builtinRepr } from "../interp/repr";
import { PyIterator, STOP } from "../interp/iter";
import { keyError } from "../interp/subscript";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { defGetter, defMethods, newClass } from "./util";
import { isCallable } from "./functools-wraps";

/** A defaultdict's storage: a dict plus its factory. */
export class DefaultDictObj extends PyDict {
  factory: PyValue = None;
}

/** `d[k]` with the subclass's `__missing__` as the fallback (what dict.__getitem__ does). */
export function subscriptWithMissing(rt: Interpreter, self: PyDict, key: PyValue): PyValue {
  const v = rt.dictGet(self, key);
  if (v !== undefined) return v;
  const missing = typeOf(self).lookup("__missing__");
  if (missing !== undefined) return rt.call(missing, [self, key]);
  throw keyError(rt, key);
}

/** Run `dict.__init__` on a subclass instance. */
export function dictInit(rt: Interpreter, self: PyValue, args: PyValue[], kw: KwArgs | null): void {
  rt.call(dictType.dict.get("__init__"), [self, ...args], kw);
}

/** Create the defaultdict class. */
export function makeDefaultDictType(): PyType {
  const t = newClass("defaultdict", "collections", [dictType], (cls) => new DefaultDictObj(cls));
  const copy = (rt: Interpreter, self: PyValue) => {
    const src = self as DefaultDictObj;
    const out = new DefaultDictObj(typeOf(self));
    out.factory = src.factory;
    rt.dictUpdate(out, src);
    return out;
  };
  defMethods(t, {
    __init__: (rt, self, args, kw) => {
      const factory = args.length ? args[0] : None;
      if (factory !== None && !isCallable(factory)) {
        throw rt.error("TypeError", "first argument must be callable or None");
      }
      (self as DefaultDictObj).factory = factory;
      dictInit(rt, self, args.slice(1), kw);
      return None;
    },
    __missing__: (rt, self, args) => {
      arity(rt, "__missing__", args, 1);
      const d = self as DefaultDictObj;
      if (d.factory === None) throw keyError(rt, args[0]);
      const v = rt.call(d.factory, []);
      rt.callMethod(d, "__setitem__", [args[0], v]);
      return v;
    },
    __getitem__: (rt, self, [k]) => subscriptWithMissing(rt, self as PyDict, k),
    __repr__: (rt, self) => {
      const d = self as DefaultDictObj;
      const f = d.factory === None ? "None" : rt.repr(d.factory);
      return `${typeOf(d).name}(${f}, ${builtinRepr(rt, d)})`;
    },
    copy,
    __copy__: copy,
    __eq__: (rt, self, [o]) => (o instanceof PyDict ? rt.dictEq(self as PyDict, o) : NotImplemented),
    __or__: (rt, self, [o]) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const out = copy(rt, self);
      rt.dictUpdate(out, o);
      return out;
    },
  });
  defGetter(
    t,
    "default_factory",
    (_rt, self) => (self as DefaultDictObj).factory,
    (_rt, self, v) => {
      (self as DefaultDictObj).factory = v;
    },
  );
  return t;
}

/** Re-insert `entries` in the given order (a JS Map only appends). */
function reorder(rt: Interpreter, d: PyDict, entries: { key: PyValue; value: PyValue }[]): void {
  for (const e of entries) rt.dictDelete(d, e.key);
  for (const e of entries) rt.dictSet(d, e.key, e.value);
}

/** Create the OrderedDict class. */
export function makeOrderedDictType(): PyType {
  const t = newClass("OrderedDict", "collections", [dictType]);
  const eq = (rt: Interpreter, self: PyValue, o: PyValue): PyValue => {
    if (!(o instanceof PyDict)) return NotImplemented;
    const a = self as PyDict;
    if (!rt.dictEq(a, o)) return false;
    if (!rt.isInstance(o, t)) return true;
    const ka = [...a.table.map.values()];
    const kb = [...o.table.map.values()];
    return ka.every((e, i) => e.key === kb[i]!.key || rt.eq(e.key, kb[i]!.key));
  };
  const copy = (rt: Interpreter, self: PyValue) => {
    const out = new PyDict(typeOf(self));
    rt.dictUpdate(out, self);
    return out;
  };
  defMethods(t, {
    move_to_end: (rt, self, args, kw) => {
      const [key, last] = parseArgs(rt, "move_to_end", args, kw, ["key", "last"], 1);
      const d = self as PyDict;
      const value = rt.dictGet(d, key);
      if (value === undefined) throw keyError(rt, key);
      if (last === undefined || rt.truthy(last)) {
        rt.dictDelete(d, key);
        rt.dictSet(d, key, value);
      } else {
        const rest = [...d.table.map.values()].filter((e) => e.key !== key && !rt.eq(e.key, key));
        reorder(rt, d, [{ key, value }, ...rest]);
      }
      return None;
    },
    popitem: (rt, self, args, kw) => {
      const [last] = parseArgs(rt, "popitem", args, kw, ["last"]);
      const d = self as PyDict;
      if (d.table.size === 0) throw rt.error("KeyError", "dictionary is empty");
      const entries = [...d.table.map.values()];
      const e = last === undefined || rt.truthy(last) ? entries[entries.length - 1]! : entries[0]!;
      rt.dictDelete(d, e.key);
      return new PyTuple([e.key, e.value]);
    },
    __repr__: (rt, self) => {
      const d = self as PyDict;
      const name = typeOf(d).name;
      if (d.table.size === 0) return `${name}()`;
      if (rt.reprStack.has(d)) return "...";
      rt.reprStack.add(d);
      try {
        const items = [...d.table.map.values()].map((e) => new PyTuple([e.key, e.value]));
        return `${name}(${rt.repr(new PyList(items))})`;
      } finally {
        rt.reprStack.delete(d);
      }
    },
    __eq__: (rt, self, [o]) => eq(rt, self, o),
    __ne__: (rt, self, [o]) => {
      const r = eq(rt, self, o);
      return r === NotImplemented ? r : !r;
    },
    __reversed__: (_rt, self) => {
      const keys = [...(self as PyDict).table.map.values()].map((e) => e.key).reverse();
      let i = 0;
      return new PyIterator("odict_iterator", () => (i < keys.length ? keys[i++] : STOP));
    },
    copy,
    __copy__: copy,
    __or__: (rt, self, [o]) => {
      if (!(o instanceof PyDict)) return NotImplemented;
      const out = copy(rt, self);
      rt.dictUpdate(out, o);
      return out;
    },
  });
  return t;
}
