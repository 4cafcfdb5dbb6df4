/**
 * The native methods of `tuple`: `count`, `index` and the dunders, for explicit calls
 * and for subclasses (named tuples, user classes) that call up to them.
 */
import { NotImplemented, typeOf, type PyValue } from "../../objects/core";
import { PyTuple, tupleType } from "../../objects/containers";
import { arrayIterator } from "../../interp/iter";
import { getItem } from "../../interp/subscript";
import { builtinRepr } from "../../interp/repr";
import { arity, noKw } from "../registry";
import { slots, natives, type MethodImpl } from "./receiver";
import { indexArg, sliceBound, compareSeq } from "./sequence";
import { stableHash, hashValue } from "./hashes";

function items(self: PyValue): readonly PyValue[] {
  return (self as PyTuple).items;
}

/** A plain tuple with `self`'s items, so the interpreter's tuple fast paths apply to a subclass instance. */
function plain(self: PyValue): PyTuple {
  const t = self as PyTuple;
  return t.$cls === tupleType ? t : new PyTuple(t.items);
}

natives(tupleType, {
  count: (rt, self, args, kw) => {
    noKw(rt, "tuple.count", kw);
    arity(rt, "tuple.count", args, 1);
    let n = 0;
    for (const x of items(self)) if (x === args[0] || rt.eq(x, args[0])) n++;
    return n;
  },
  index: (rt, self, args, kw) => {
    noKw(rt, "index", kw);
    arity(rt, "index", args, 1, 3);
    const xs = items(self);
    const start = args.length > 1 ? sliceBound(rt, args[1], xs.length) : 0;
    const stop = args.length > 2 ? sliceBound(rt, args[2], xs.length) : xs.length;
    for (let i = start; i < stop; i++) if (xs[i] === args[0] || rt.eq(xs[i], args[0])) return i;
    throw rt.error("ValueError", "tuple.index(x): x not in tuple");
  },
});

function order(op: "<" | "<=" | ">" | ">="): MethodImpl {
  return (rt, self, [o]) => (o instanceof PyTuple ? compareSeq(rt, op, items(self), o.items) : NotImplemented);
}

slots(tupleType, {
  __len__: [0, (_rt, self) => items(self).length],
  __getitem__: [1, (rt, self, [k]) => getItem(rt, plain(self), k)],
  __contains__: [1, (rt, self, [x]) => items(self).some((y) => y === x || rt.eq(y, x))],
  __iter__: [0, (_rt, self) => arrayIterator("tuple_iterator", items(self))],
  __add__: [
    1,
    (rt, self, [other]) => {
      if (!(other instanceof PyTuple)) {
        throw rt.error("TypeError", `can only concatenate tuple (not "${typeOf(other).name}") to tuple`);
      }
      return new PyTuple(items(self).concat(other.items));
    },
  ],
  __mul__: [1, (rt, self, [n]) => new PyTuple(rt.repeatArray(items(self), indexArg(rt, n)))],
  __rmul__: [1, (rt, self, [n]) => new PyTuple(rt.repeatArray(items(self), indexArg(rt, n)))],
  __eq__: [1, (rt, self, [o]) => (o instanceof PyTuple ? compareSeq(rt, "==", items(self), o.items) : NotImplemented)],
  __ne__: [1, (rt, self, [o]) => (o instanceof PyTuple ? !compareSeq(rt, "==", items(self), o.items) : NotImplemented)],
  __lt__: [1, order("<")],
  __le__: [1, order("<=")],
  __gt__: [1, order(">")],
  __ge__: [1, order(">=")],
  // CPython's value for tuples of numbers; for other items, the interpreter's hash (which
  // CPython randomizes per run anyway for strings).
  __hash__: [0, (rt, self) => hashValue(stableHash(plain(self)) ?? BigInt(rt.hash(plain(self))))],
  __repr__: [0, (rt, self) => builtinRepr(rt, self)],
});
