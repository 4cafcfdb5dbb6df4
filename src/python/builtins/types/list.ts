/**
 * The native methods of `list`: the public methods and the dunders, for explicit calls
 * (`list.append(xs, 1)`, `[].__len__()`) and for subclasses that call up to them.
 * Operators on plain lists never come here: the interpreter's fast paths handle them,
 * and the dunders delegate to the same code so both agree.
 */
import { None, NotImplemented, typeOf, type KwArgs, type PyValue } from "../../objects/core";
import { PyList, listType } from "../../objects/containers";
import { PyIterator, STOP, arrayIterator } from "../../interp/iter";
import { getItem, setItem, delItem } from "../../interp/subscript";
import { builtinRepr } from "../../interp/repr";
import type { Interpreter } from "../../interp/interpreter";
import { arity, noKw, parseArgs } from "../registry";
import { sortArray } from "../sort";
import { slots, natives } from "./receiver";
import { indexArg, sliceBound, compareSeq } from "./sequence";

/** A plain list sharing `self`'s storage, so the interpreter's list fast paths apply to a subclass instance. */
function plain(self: PyValue): PyList {
  const l = self as PyList;
  return l.$cls === listType ? l : new PyList(l.items);
}

function items(self: PyValue): PyValue[] {
  return (self as PyList).items;
}

/** The position of `x` in `xs[start:stop]`, or -1: the search `index` and `remove` share. */
function find(rt: Interpreter, xs: readonly PyValue[], x: PyValue, start = 0, stop = xs.length): number {
  for (let i = start; i < Math.min(stop, xs.length); i++) if (xs[i] === x || rt.eq(xs[i], x)) return i;
  return -1;
}

function sort(rt: Interpreter, self: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  if (args.length) throw rt.error("TypeError", "sort() takes no positional arguments");
  if (kw) {
    for (const n of kw.names) {
      if (n !== "key" && n !== "reverse")
        throw rt.error("TypeError", `'${n}' is an invalid keyword argument for sort()`);
    }
  }
  const [key, reverse] = parseArgs(rt, "sort", [], kw, [], 0, { kwOnly: ["key", "reverse"] });
  // CPython reads `reverse` as an int: None is refused, 0 and 1 are accepted.
  if (reverse !== undefined && typeof reverse !== "boolean") indexArg(rt, reverse);
  const list = self as PyList;
  // CPython empties the list while sorting, so a key function that mutates it is caught.
  const xs = list.items;
  list.items = [];
  let touched = false;
  try {
    sortArray(rt, xs, key, reverse);
  } finally {
    touched = list.items.length > 0;
    list.items = xs;
  }
  if (touched) throw rt.error("ValueError", "list modified during sort");
  return None;
}

natives(listType, {
  append: (rt, self, args, kw) => {
    noKw(rt, "list.append", kw);
    arity(rt, "list.append", args, 1);
    items(self).push(args[0]);
    return None;
  },
  extend: (rt, self, args, kw) => {
    noKw(rt, "list.extend", kw);
    arity(rt, "list.extend", args, 1);
    const xs = items(self);
    // rt.toArray copies first, so `xs.extend(xs)` doubles the list once.
    for (const x of rt.toArray(args[0])) xs.push(x);
    return None;
  },
  insert: (rt, self, args, kw) => {
    noKw(rt, "insert", kw);
    arity(rt, "insert", args, 2);
    const xs = items(self);
    let i = indexArg(rt, args[0]);
    if (i < 0) i = Math.max(0, i + xs.length);
    xs.splice(Math.min(i, xs.length), 0, args[1]);
    return None;
  },
  remove: (rt, self, args, kw) => {
    noKw(rt, "list.remove", kw);
    arity(rt, "list.remove", args, 1);
    const xs = items(self);
    const i = find(rt, xs, args[0]);
    if (i < 0) throw rt.error("ValueError", "list.remove(x): x not in list");
    xs.splice(i, 1);
    return None;
  },
  pop: (rt, self, args, kw) => {
    noKw(rt, "pop", kw);
    arity(rt, "pop", args, 0, 1);
    const xs = items(self);
    const i = args.length ? indexArg(rt, args[0]) : -1;
    if (xs.length === 0) throw rt.error("IndexError", "pop from empty list");
    const j = i < 0 ? i + xs.length : i;
    if (j < 0 || j >= xs.length) throw rt.error("IndexError", "pop index out of range");
    return xs.splice(j, 1)[0];
  },
  clear: (rt, self, args, kw) => {
    noKw(rt, "list.clear", kw);
    arity(rt, "list.clear", args, 0);
    (self as PyList).items = [];
    return None;
  },
  index: (rt, self, args, kw) => {
    noKw(rt, "index", kw);
    arity(rt, "index", args, 1, 3);
    const xs = items(self);
    const start = args.length > 1 ? sliceBound(rt, args[1], xs.length) : 0;
    const stop = args.length > 2 ? sliceBound(rt, args[2], xs.length) : xs.length;
    const i = find(rt, xs, args[0], start, stop);
    if (i < 0) throw rt.error("ValueError", `${rt.repr(args[0])} is not in list`);
    return i;
  },
  count: (rt, self, args, kw) => {
    noKw(rt, "list.count", kw);
    arity(rt, "list.count", args, 1);
    let n = 0;
    for (const x of items(self)) if (x === args[0] || rt.eq(x, args[0])) n++;
    return n;
  },
  sort,
  reverse: (rt, self, args, kw) => {
    noKw(rt, "list.reverse", kw);
    arity(rt, "list.reverse", args, 0);
    items(self).reverse();
    return None;
  },
  copy: (rt, self, args, kw) => {
    noKw(rt, "list.copy", kw);
    arity(rt, "list.copy", args, 0);
    return new PyList(items(self).slice());
  },
  __getitem__: (rt, self, args, kw) => {
    noKw(rt, "list.__getitem__", kw);
    arity(rt, "list.__getitem__", args, 1);
    return getItem(rt, plain(self), args[0]);
  },
  __reversed__: (rt, self, args, kw) => {
    noKw(rt, "list.__reversed__", kw);
    arity(rt, "list.__reversed__", args, 0);
    const list = self as PyList;
    let i = list.items.length - 1;
    // Like CPython's reverse iterator: it stops for good once the index leaves the list.
    return new PyIterator("list_reverseiterator", () => {
      if (i >= 0 && i < list.items.length) return list.items[i--];
      i = -1;
      return STOP;
    });
  },
});

/** `n` for `seq * n`: an int, or an object with `__index__`. */
function repeatCount(rt: Interpreter, n: PyValue): number | bigint {
  if (typeof n === "number" || typeof n === "bigint") return n;
  return indexArg(rt, n);
}

function concatError(rt: Interpreter, other: PyValue) {
  return rt.error("TypeError", `can only concatenate list (not "${typeOf(other).name}") to list`);
}

slots(listType, {
  __len__: [0, (_rt, self) => items(self).length],
  __setitem__: [
    2,
    (rt, self, [k, v]) => {
      const p = plain(self);
      setItem(rt, p, k, v);
      (self as PyList).items = p.items;
      return None;
    },
  ],
  __delitem__: [
    1,
    (rt, self, [k]) => {
      const p = plain(self);
      delItem(rt, p, k);
      (self as PyList).items = p.items;
      return None;
    },
  ],
  __contains__: [1, (rt, self, [x]) => find(rt, items(self), x) >= 0],
  __iter__: [0, (_rt, self) => arrayIterator("list_iterator", () => (self as PyList).items)],
  __add__: [
    1,
    (rt, self, [other]) => {
      if (!(other instanceof PyList)) throw concatError(rt, other);
      return new PyList(items(self).concat(other.items));
    },
  ],
  __iadd__: [
    1,
    (rt, self, [other]) => {
      const xs = items(self);
      for (const x of rt.toArray(other)) xs.push(x);
      return self;
    },
  ],
  __mul__: [1, (rt, self, [n]) => new PyList(rt.repeatArray(items(self), repeatCount(rt, n)))],
  __rmul__: [1, (rt, self, [n]) => new PyList(rt.repeatArray(items(self), repeatCount(rt, n)))],
  __imul__: [
    1,
    (rt, self, [n]) => {
      (self as PyList).items = rt.repeatArray(items(self), repeatCount(rt, n));
      return self;
    },
  ],
  __eq__: [1, (rt, self, [o]) => (o instanceof PyList ? compareSeq(rt, "==", items(self), o.items) : NotImplemented)],
  __ne__: [1, (rt, self, [o]) => (o instanceof PyList ? !compareSeq(rt, "==", items(self), o.items) : NotImplemented)],
  __lt__: [1, (rt, self, [o]) => (o instanceof PyList ? compareSeq(rt, "<", items(self), o.items) : NotImplemented)],
  __le__: [1, (rt, self, [o]) => (o instanceof PyList ? compareSeq(rt, "<=", items(self), o.items) : NotImplemented)],
  __gt__: [1, (rt, self, [o]) => (o instanceof PyList ? compareSeq(rt, ">", items(self), o.items) : NotImplemented)],
  __ge__: [1, (rt, self, [o]) => (o instanceof PyList ? compareSeq(rt, ">=", items(self), o.items) : NotImplemented)],
  __repr__: [0, (rt, self) => builtinRepr(rt, self)],
});

// Lists are mutable, hence unhashable: `list.__hash__ is None`, and so for subclasses.
listType.dict.set("__hash__", None);
