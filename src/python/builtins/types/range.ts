/**
 * The `range` and `slice` types: their constructors, attributes and methods. A range
 * holds Python ints, so `range(2**65, 2**65 + 2)` works; see PyRange for the small case.
 */
import {
  PyBuiltin,
  PyBox,
  PyType,
  None,
  NotImplemented,
  typeOf,
  normInt,
  type KwArgs,
  type PyValue,
} from "../../objects/core";
import { PyRange, PySlice, PyTuple, rangeType, sliceType } from "../../objects/containers";
import { PyStaticMethod } from "../../objects/functions";
import { getItem, sliceIndices } from "../../interp/subscript";
import { rangeIterator } from "../../interp/iter";
import { rangeIndex } from "../../interp/compare";
import { builtinRepr } from "../../interp/repr";
import type { Interpreter } from "../../interp/interpreter";
import { getter, noKw, arity } from "../registry";
import { slots, natives } from "./receiver";
import { tupleHash, intHash } from "./hashes";
import * as N from "../../objects/numbers";

function defineNew(type: PyType, impl: (rt: Interpreter, args: PyValue[], kw: KwArgs | null) => PyValue): void {
  type.dict.set(
    "__new__",
    new PyStaticMethod(
      new PyBuiltin("__new__", (rt, args, kw) => impl(rt as Interpreter, args.slice(1), kw), `${type.name}.__new__`),
    ),
  );
}

/** A range bound: an int, or an object with `__index__`. */
function rangeArg(rt: Interpreter, v: PyValue): N.Int {
  if (v instanceof PyBox) v = v.value;
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const index = typeOf(v).lookup("__index__");
  if (index !== undefined) return rangeArg(rt, rt.call(index, [v]));
  throw rt.error("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

defineNew(rangeType, (rt, args, kw) => {
  noKw(rt, "range", kw);
  if (args.length < 1 || args.length > 3) {
    throw rt.error(
      "TypeError",
      args.length
        ? `range expected at most 3 arguments, got ${args.length}`
        : "range expected at least 1 argument, got 0",
    );
  }
  const n = args.map((a) => rangeArg(rt, a));
  const [start, stop, step] = n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? 1];
  if (step == 0) throw rt.error("ValueError", "range() arg 3 must not be zero");
  return new PyRange(start, stop, step);
});

const range = (v: PyValue) => v as PyRange;

getter(rangeType, "start", (_rt, self) => range(self).start);
getter(rangeType, "stop", (_rt, self) => range(self).stop);
getter(rangeType, "step", (_rt, self) => range(self).step);

natives(rangeType, {
  index: (rt, self, args, kw) => {
    noKw(rt, "range.index", kw);
    arity(rt, "range.index", args, 1);
    const v = args[0] instanceof PyBox ? args[0].value : args[0];
    if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
      const k = rangeIndex(range(self), typeof v === "boolean" ? Number(v) : v);
      if (k < 0) throw rt.error("ValueError", `${rt.repr(v)} is not in range`);
      return k;
    }
    const r = range(self);
    for (let i = 0; i < r.length; i++) if (rt.eq(r.at(i), v)) return i;
    throw rt.error("ValueError", "sequence.index(x): x not in sequence");
  },
  count: (rt, self, args, kw) => {
    noKw(rt, "range.count", kw);
    arity(rt, "range.count", args, 1);
    const v = args[0] instanceof PyBox ? args[0].value : args[0];
    if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
      return rangeIndex(range(self), typeof v === "boolean" ? Number(v) : v) >= 0 ? 1 : 0;
    }
    let n = 0;
    for (const x of rt.iterate(self)) if (rt.eq(x, v)) n++;
    return n;
  },
  __reversed__: (rt, self, args, kw) => {
    noKw(rt, "range.__reversed__", kw);
    arity(rt, "range.__reversed__", args, 0);
    const r = range(self);
    const n = r.len();
    if (n == 0) return rangeIterator(r);
    const last = r.at(N.intSub(n, 1));
    return rangeIterator(new PyRange(last, N.intSub(r.start, r.step), N.intNeg(r.step)));
  },
});

slots(rangeType, {
  __len__: [0, (rt, self) => rt.call(rt.builtins.get("len"), [self])],
  __iter__: [0, (_rt, self) => rangeIterator(range(self))],
  __getitem__: [1, (rt, self, [k]) => getItem(rt, self, k)],
  __contains__: [1, (rt, self, [x]) => rt.contains(self, x)],
  __bool__: [0, (_rt, self) => range(self).len() != 0],
  __repr__: [0, (rt, self) => builtinRepr(rt, self)],
  __eq__: [1, (rt, self, [o]) => (o instanceof PyRange ? rt.eq(self, o) : NotImplemented)],
  __ne__: [1, (rt, self, [o]) => (o instanceof PyRange ? !rt.eq(self, o) : NotImplemented)],
  __hash__: [
    0,
    (_rt, self) => {
      // CPython hashes (len, start, step), with None for what an empty or 1-long range lacks.
      const r = range(self);
      const n = r.len();
      const parts =
        n == 0
          ? [intHash(0), 0n, 0n]
          : n == 1
            ? [intHash(1), intHash(r.start), 0n]
            : [intHash(n), intHash(r.start), intHash(r.step)];
      return normInt(tupleHash(parts));
    },
  ],
});

// --- slice ------------------------------------------------------------------------------------------

defineNew(sliceType, (rt, args, kw) => {
  noKw(rt, "slice", kw);
  if (args.length === 1) return new PySlice(None, args[0], None);
  if (args.length === 2) return new PySlice(args[0], args[1], None);
  if (args.length === 3) return new PySlice(args[0], args[1], args[2]);
  throw rt.error(
    "TypeError",
    args.length
      ? `slice expected at most 3 arguments, got ${args.length}`
      : "slice expected at least 1 argument, got 0",
  );
});

const slice = (v: PyValue) => v as PySlice;

getter(sliceType, "start", (_rt, self) => slice(self).start);
getter(sliceType, "stop", (_rt, self) => slice(self).stop);
getter(sliceType, "step", (_rt, self) => slice(self).step);

natives(sliceType, {
  indices: (rt, self, args, kw) => {
    noKw(rt, "slice.indices", kw);
    arity(rt, "slice.indices", args, 1);
    const n = rangeArg(rt, args[0]);
    if (n < 0) throw rt.error("ValueError", "length should not be negative");
    return new PyTuple(sliceIndices(rt, slice(self), Number(n)));
  },
});

function sliceTuple(s: PySlice): PyTuple {
  return new PyTuple([s.start, s.stop, s.step]);
}

slots(sliceType, {
  __repr__: [0, (rt, self) => builtinRepr(rt, self)],
  __eq__: [
    1,
    (rt, self, [o]) => (o instanceof PySlice ? rt.eq(sliceTuple(slice(self)), sliceTuple(o)) : NotImplemented),
  ],
  __ne__: [
    1,
    (rt, self, [o]) => (o instanceof PySlice ? !rt.eq(sliceTuple(slice(self)), sliceTuple(o)) : NotImplemented),
  ],
  __lt__: [
    1,
    (rt, self, [o]) =>
      o instanceof PySlice ? rt.compare("<", sliceTuple(slice(self)), sliceTuple(o)) : NotImplemented,
  ],
  __le__: [
    1,
    (rt, self, [o]) =>
      o instanceof PySlice ? rt.compare("<=", sliceTuple(slice(self)), sliceTuple(o)) : NotImplemented,
  ],
  __gt__: [
    1,
    (rt, self, [o]) =>
      o instanceof PySlice ? rt.compare(">", sliceTuple(slice(self)), sliceTuple(o)) : NotImplemented,
  ],
  __ge__: [
    1,
    (rt, self, [o]) =>
      o instanceof PySlice ? rt.compare(">=", sliceTuple(slice(self)), sliceTuple(o)) : NotImplemented,
  ],
});
// Slices are unhashable before Python 3.12.
sliceType.dict.set("__hash__", None);
