/**
 * `collections.Counter`: a dict subclass of counts, following Lib/collections's
 * pure-Python definition (update/subtract, most_common order, elements, multiset
 * arithmetic, the 3.10+ comparisons and the repr ordered by count).
 */
import { PyObject, PyType, None, NotImplemented, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyDict, PyList, PyTuple, dictType, type Entry } from "../objects/containers";
import { builtinRepr } from "../interp/repr";
import { PyIterator, STOP } from "../interp/iter";
import type { Interpreter } from "../interp/interpreter";
import { arity } from "../builtins/registry";
import { defClassMethod, defMethods, indexArg, newClass } from "./util";
import { dictInit, subscriptWithMissing } from "./collections-dicts";

function entries(d: PyDict): Entry[] {
  return [...d.table.map.values()];
}

/** `self.get(k, 0)`. */
function count(rt: Interpreter, d: PyDict, k: PyValue): PyValue {
  const v = rt.dictGet(d, k);
  return v === undefined ? 0 : v;
}

/** `c[k]` for any Counter (missing keys count 0). */
function item(rt: Interpreter, d: PyDict, k: PyValue): PyValue {
  return subscriptWithMissing(rt, d, k);
}

/** Whether `v` is a mapping for update/subtract (dicts, or objects with keys and items). */
function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  const t = typeOf(v);
  return t.lookup("keys") !== undefined && t.lookup("__getitem__") !== undefined && t.lookup("items") !== undefined;
}

function mappingItems(rt: Interpreter, m: PyValue): [PyValue, PyValue][] {
  if (m instanceof PyDict) return entries(m).map((e) => [e.key, e.value]);
  return rt.toArray(rt.callMethod(m, "items", [])).map((p) => {
    const kv = rt.toArray(p);
    return [kv[0], kv[1]];
  });
}

/** Items sorted by count, largest first, ties in insertion order (sorted(reverse=True) is stable). */
function mostCommon(rt: Interpreter, d: PyDict): Entry[] {
  const es = entries(d);
  const idx = es.map((_, i) => i);
  idx.sort((i, j) => {
    const a = es[i]!.value;
    const b = es[j]!.value;
    if (rt.lt(a, b)) return 1;
    if (rt.lt(b, a)) return -1;
    return 0;
  });
  return idx.map((i) => es[i]!);
}

/** Create the Counter class. */
export function makeCounterType(): PyType {
  const t = newClass("Counter", "collections", [dictType]);
  const fresh = () => new PyDict(t);
  const isCounter = (rt: Interpreter, v: PyValue): v is PyDict => v instanceof PyDict && rt.isInstance(v, t);

  const update = (rt: Interpreter, self: PyDict, args: PyValue[], kw: KwArgs | null, sign: 1 | -1, fname: string) => {
    if (args.length > 1) throw rt.error("TypeError", `${fname} expected at most 1 argument, got ${args.length}`);
    const it = args[0];
    if (it !== undefined && it !== None) {
      if (isMapping(it)) {
        if (sign === 1 && self.table.size === 0 && it instanceof PyDict) {
          for (const e of entries(it)) rt.dictSet(self, e.key, e.value);
        } else {
          for (const [k, v] of mappingItems(rt, it)) {
            rt.dictSet(
              self,
              k,
              sign === 1 ? rt.binary("+", v, count(rt, self, k)) : rt.binary("-", count(rt, self, k), v),
            );
          }
        }
      } else {
        for (const k of rt.iterate(it)) rt.dictSet(self, k, rt.binary(sign === 1 ? "+" : "-", count(rt, self, k), 1));
      }
    }
    if (kw && kw.names.length) {
      kw.names.forEach((n, i) => {
        const v = kw.values[i];
        rt.dictSet(self, n, sign === 1 ? rt.binary("+", v, count(rt, self, n)) : rt.binary("-", count(rt, self, n), v));
      });
    }
  };

  const keepPositive = (rt: Interpreter, d: PyDict) => {
    for (const e of entries(d)) if (!rt.compare(">", e.value, 0)) rt.dictDelete(d, e.key);
    return d;
  };

  /** `all(self[e] op other[e] for c in (self, other) for e in c)`. */
  const allPairs = (rt: Interpreter, a: PyDict, b: PyDict, op: "==" | "<=" | ">=") => {
    for (const c of [a, b]) {
      for (const e of entries(c)) if (!rt.compare(op, item(rt, a, e.key), item(rt, b, e.key))) return false;
    }
    return true;
  };

  const binaryOp = (impl: (rt: Interpreter, a: PyDict, b: PyDict, out: PyDict) => void) => {
    return (rt: Interpreter, self: PyValue, [o]: PyValue[]) => {
      if (!isCounter(rt, o)) return NotImplemented;
      const out = fresh();
      impl(rt, self as PyDict, o, out);
      return out;
    };
  };

  defMethods(t, {
    __init__: (rt, self, args, kw) => {
      dictInit(rt, self, [], null);
      update(rt, self as PyDict, args, kw, 1, "update");
      return None;
    },
    __missing__: (rt, _self, args) => {
      arity(rt, "__missing__", args, 1);
      return 0;
    },
    __getitem__: (rt, self, [k]) => subscriptWithMissing(rt, self as PyDict, k),
    __delitem__: (rt, self, [k]) => {
      rt.dictDelete(self as PyDict, k);
      return None;
    },
    update: (rt, self, args, kw) => {
      update(rt, self as PyDict, args, kw, 1, "update");
      return None;
    },
    subtract: (rt, self, args, kw) => {
      update(rt, self as PyDict, args, kw, -1, "subtract");
      return None;
    },
    total: (rt, self) => {
      let s: PyValue = 0;
      for (const e of entries(self as PyDict)) s = rt.binary("+", s, e.value);
      return s;
    },
    most_common: (rt, self, args) => {
      arity(rt, "most_common", args, 0, 1);
      let es = mostCommon(rt, self as PyDict);
      if (args.length && args[0] !== None) es = es.slice(0, Math.max(0, Number(indexArg(rt, args[0]))));
      return new PyList(es.map((e) => new PyTuple([e.key, e.value])));
    },
    elements: (rt, self) => {
      const es = entries(self as PyDict);
      let i = 0;
      let left = 0;
      return new PyIterator("itertools.chain", () => {
        while (left <= 0) {
          if (i >= es.length) return STOP;
          left = Number(indexArg(rt, es[i]!.value));
          i++;
        }
        left--;
        return es[i - 1]!.key;
      });
    },
    copy: (rt, self) => {
      const out = new PyDict(typeOf(self));
      rt.dictUpdate(out, self);
      return out;
    },
    __repr__: (rt, self) => {
      const d = self as PyDict;
      const name = typeOf(d).name;
      if (d.table.size === 0) return `${name}()`;
      let ordered: Entry[];
      try {
        ordered = mostCommon(rt, d);
      } catch (e) {
        if (!(e instanceof PyObject && rt.isInstance(e, rt.excType("TypeError")))) throw e;
        ordered = entries(d);
      }
      const plain = new PyDict();
      for (const e of ordered) rt.dictSet(plain, e.key, e.value);
      return `${name}(${builtinRepr(rt, plain)})`;
    },
    __eq__: (rt, self, [o]) => (isCounter(rt, o) ? allPairs(rt, self as PyDict, o, "==") : NotImplemented),
    __ne__: (rt, self, [o]) => (isCounter(rt, o) ? !allPairs(rt, self as PyDict, o, "==") : NotImplemented),
    __le__: (rt, self, [o]) => (isCounter(rt, o) ? allPairs(rt, self as PyDict, o, "<=") : NotImplemented),
    __ge__: (rt, self, [o]) => (isCounter(rt, o) ? allPairs(rt, self as PyDict, o, ">=") : NotImplemented),
    __lt__: (rt, self, [o]) =>
      isCounter(rt, o)
        ? allPairs(rt, self as PyDict, o, "<=") && !allPairs(rt, self as PyDict, o, "==")
        : NotImplemented,
    __gt__: (rt, self, [o]) =>
      isCounter(rt, o)
        ? allPairs(rt, self as PyDict, o, ">=") && !allPairs(rt, self as PyDict, o, "==")
        : NotImplemented,
    __add__: binaryOp((rt, a, b, out) => {
      for (const e of entries(a)) {
        const n = rt.binary("+", e.value, item(rt, b, e.key));
        if (rt.compare(">", n, 0)) rt.dictSet(out, e.key, n);
      }
      for (const e of entries(b)) {
        if (!rt.tableHas(a.table, e.key) && rt.compare(">", e.value, 0)) rt.dictSet(out, e.key, e.value);
      }
    }),
    __sub__: binaryOp((rt, a, b, out) => {
      for (const e of entries(a)) {
        const n = rt.binary("-", e.value, item(rt, b, e.key));
        if (rt.compare(">", n, 0)) rt.dictSet(out, e.key, n);
      }
      for (const e of entries(b)) {
        if (!rt.tableHas(a.table, e.key) && rt.compare("<", e.value, 0)) {
          rt.dictSet(out, e.key, rt.binary("-", 0, e.value));
        }
      }
    }),
    __or__: binaryOp((rt, a, b, out) => {
      for (const e of entries(a)) {
        const other = item(rt, b, e.key);
        const n = rt.compare("<", e.value, other) ? other : e.value;
        if (rt.compare(">", n, 0)) rt.dictSet(out, e.key, n);
      }
      for (const e of entries(b)) {
        if (!rt.tableHas(a.table, e.key) && rt.compare(">", e.value, 0)) rt.dictSet(out, e.key, e.value);
      }
    }),
    __and__: binaryOp((rt, a, b, out) => {
      for (const e of entries(a)) {
        const other = item(rt, b, e.key);
        const n = rt.compare("<", e.value, other) ? e.value : other;
        if (rt.compare(">", n, 0)) rt.dictSet(out, e.key, n);
      }
    }),
    __pos__: (rt, self) => {
      const out = fresh();
      for (const e of entries(self as PyDict)) if (rt.compare(">", e.value, 0)) rt.dictSet(out, e.key, e.value);
      return out;
    },
    __neg__: (rt, self) => {
      const out = fresh();
      for (const e of entries(self as PyDict)) {
        if (rt.compare("<", e.value, 0)) rt.dictSet(out, e.key, rt.binary("-", 0, e.value));
      }
      return out;
    },
    __iadd__: (rt, self, [o]) => {
      if (!isCounter(rt, o)) return NotImplemented;
      const d = self as PyDict;
      for (const e of entries(o)) rt.dictSet(d, e.key, rt.binary("+", item(rt, d, e.key), e.value));
      return keepPositive(rt, d);
    },
    __isub__: (rt, self, [o]) => {
      if (!isCounter(rt, o)) return NotImplemented;
      const d = self as PyDict;
      for (const e of entries(o)) rt.dictSet(d, e.key, rt.binary("-", item(rt, d, e.key), e.value));
      return keepPositive(rt, d);
    },
    __ior__: (rt, self, [o]) => {
      if (!isCounter(rt, o)) return NotImplemented;
      const d = self as PyDict;
      for (const e of entries(o)) {
        if (rt.compare(">", e.value, item(rt, d, e.key))) rt.dictSet(d, e.key, e.value);
      }
      return keepPositive(rt, d);
    },
    __iand__: (rt, self, [o]) => {
      if (!isCounter(rt, o)) return NotImplemented;
      const d = self as PyDict;
      for (const e of entries(d)) {
        const other = item(rt, o, e.key);
        if (rt.compare("<", other, e.value)) rt.dictSet(d, e.key, other);
      }
      return keepPositive(rt, d);
    },
  });
  defClassMethod(t, "fromkeys", (rt) => {
    throw rt.error("NotImplementedError", "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  });
  return t;
}
