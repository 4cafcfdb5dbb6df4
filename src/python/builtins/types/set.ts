/**
 * The native methods of `set` and `frozenset`: the mutators, the set algebra over any
 * iterables, the comparisons, and the operator dunders. Iteration and printing follow
 * CPython's table order (see set-order.ts).
 */
import { None, NotImplemented, PyType, isInstance, typeOf, type PyValue } from "../../objects/core";
import { PySet, PyDict, setType, frozensetType, dictType } from "../../objects/containers";
import { PyIterator, STOP } from "../../interp/iter";
import { keyError } from "../../interp/subscript";
import { tableGet, tableDelete, tableClear } from "../../interp/tables";
import type { Interpreter } from "../../interp/interpreter";
import { arity, noKw } from "../registry";
import { slots, natives, type MethodImpl } from "./receiver";
import { setKeys } from "./set-order";
import { SetLayout } from "./set-layout";
import { stableHash, hashValue } from "./hashes";

/** Whether `v` is a frozenset (or an instance of a frozenset subclass). */
function isFrozen(v: PyValue): boolean {
  return isInstance(v, frozensetType);
}

/** The type of a new set computed from `s`: CPython's results are plain `set` or `frozenset`. */
function baseType(s: PyValue): PyType {
  return isFrozen(s) ? frozensetType : setType;
}

function has(rt: Interpreter, s: PySet, k: PyValue): boolean {
  return tableGet(rt, s.table, k) !== undefined;
}

/** A new set of type `cls` holding `keys`. */
export function makeSet(rt: Interpreter, cls: PyType, keys: Iterable<PyValue>): PySet {
  const out = new PySet(cls);
  for (const k of keys) rt.setAdd(out, k);
  return out;
}

/** The elements of any iterable, in the order CPython visits them (a set's in table order). */
export function elements(rt: Interpreter, it: PyValue): PyValue[] {
  if (it instanceof PySet) return setKeys(it);
  if (it instanceof PyDict && it.$cls.isBuiltin) return Array.from(it.table.map.values(), (e) => e.key);
  return rt.toArray(it);
}

/** `it` as a set to test membership in: itself when it is one, else a new set of its elements. */
function asSet(rt: Interpreter, it: PyValue): PySet {
  return it instanceof PySet ? it : makeSet(rt, setType, elements(rt, it));
}

/**
 * The key to look up for `k`: a set, being unhashable, is looked up as the frozenset
 * with its elements, as CPython's `__contains__`, `remove` and `discard` do.
 */
function lookupKey(rt: Interpreter, k: PyValue): PyValue {
  return k instanceof PySet && !isFrozen(k) ? makeSet(rt, frozensetType, setKeys(k)) : k;
}

// The set algebra below follows CPython's algorithms step by step (Objects/setobject.c),
// which elements are visited and added in which order, so the results' tables, and so
// their iteration order, are CPython's.

/** The model of CPython's table behind `s` (made now if `s` never had an element). */
function layoutOf(s: PySet): SetLayout {
  const t = s.table;
  return (t.layout ??= new SetLayout()) as SetLayout;
}

function isExactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.$cls === dictType;
}

/** `set_merge`: `other`'s elements in its slot order, after one up-front resize. */
function merge(rt: Interpreter, s: PySet, other: PySet): void {
  if (other === s || other.table.size === 0) return;
  const layout = layoutOf(s);
  layout.beginMerge(other.table.layout as SetLayout | null, other.table.size);
  try {
    for (const k of setKeys(other)) rt.setAdd(s, k);
  } finally {
    layout.endMerge();
  }
}

/** `set_update_internal`: what `update`, `|=`, `set(x)` and `frozenset(x)` do with `other`. */
export function setUpdate(rt: Interpreter, s: PySet, other: PyValue): void {
  if (other instanceof PySet) return merge(rt, s, other);
  if (isExactDict(other)) {
    layoutOf(s).reserve(other.table.size);
    for (const e of other.table.map.values()) rt.setAdd(s, e.key);
    return;
  }
  for (const k of rt.iterate(other)) rt.setAdd(s, k);
}

/** A new set of type `cls` with the elements of `it`, as `cls(it)` builds it. */
function setFrom(rt: Interpreter, cls: PyType, it: PyValue): PySet {
  const out = new PySet(cls);
  setUpdate(rt, out, it);
  return out;
}

/**
 * A display of more than two constants, `{100, 5, 37}`: CPython compiles it to a
 * frozenset constant, which the compiler rebuilds from its own elements (merging
 * constants), and the new set merges that one in.
 */
export function constantSet(rt: Interpreter, items: readonly PyValue[]): PySet {
  const first = makeSet(rt, frozensetType, items);
  const second = makeSet(rt, frozensetType, setKeys(first));
  return setFrom(rt, setType, second);
}

/** Give `a` the table of `b` and `b` that of `a` (`set_swap_bodies`, for the in-place updates). */
function swapBodies(a: PySet, b: PySet): void {
  const t = a.table;
  (a as { table: PySet["table"] }).table = b.table;
  (b as { table: PySet["table"] }).table = t;
}

/** `a | b...` into a new set of type `cls`. */
export function union(rt: Interpreter, cls: PyType, a: PySet, others: readonly PyValue[]): PySet {
  const out = setFrom(rt, cls, a);
  // CPython passes over `a` itself among the others.
  for (const o of others) if (o !== a) setUpdate(rt, out, o);
  return out;
}

/** `set_intersection`: the smaller set's elements (or the iterable's) that the other has. */
function intersect(rt: Interpreter, cls: PyType, a: PySet, other: PyValue): PySet {
  if (other === a) return setFrom(rt, cls, a);
  const out = new PySet(cls);
  if (other instanceof PySet) {
    const [big, small] = other.table.size > a.table.size ? [other, a] : [a, other];
    for (const k of setKeys(small)) if (has(rt, big, k)) rt.setAdd(out, k);
    return out;
  }
  for (const k of rt.iterate(other)) if (has(rt, a, k)) rt.setAdd(out, k);
  return out;
}

export function intersection(rt: Interpreter, cls: PyType, a: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return setFrom(rt, cls, a);
  let out = a;
  for (const o of others) out = intersect(rt, cls, out, o);
  return out;
}

/** `set_difference_update_internal`: discard `other`'s elements, then resize away many dummies. */
function differenceUpdate(rt: Interpreter, s: PySet, other: PyValue): void {
  if (other === s) {
    tableClear(s.table);
    return;
  }
  if (other instanceof PySet) {
    // CPython iterates the intersection instead of a much larger other set.
    const o = other.table.size >> 3 > s.table.size ? intersect(rt, setType, s, other) : other;
    for (const k of setKeys(o)) tableDelete(rt, s.table, k);
  } else if (isExactDict(other)) {
    for (const e of Array.from(other.table.map.values())) tableDelete(rt, s.table, e.key);
  } else {
    for (const k of rt.iterate(other)) tableDelete(rt, s.table, k);
  }
  layoutOf(s).compact();
}

/** `set_difference`: a copy then removals, or the elements of `a` not in `other`. */
function differenceOne(rt: Interpreter, cls: PyType, a: PySet, other: PyValue): PySet {
  const sized = other instanceof PySet || isExactDict(other);
  if (!sized || a.table.size >> 2 > (other as PySet | PyDict).table.size) {
    const out = setFrom(rt, cls, a);
    differenceUpdate(rt, out, other);
    return out;
  }
  const out = new PySet(cls);
  const table = (other as PySet | PyDict).table;
  for (const k of setKeys(a)) if (tableGet(rt, table, k) === undefined) rt.setAdd(out, k);
  return out;
}

export function difference(rt: Interpreter, cls: PyType, a: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return setFrom(rt, cls, a);
  const out = differenceOne(rt, cls, a, others[0]);
  for (const o of others.slice(1)) differenceUpdate(rt, out, o);
  return out;
}

/** `set_symmetric_difference_update`: each element of `other` toggles membership once. */
function symmetricUpdate(rt: Interpreter, s: PySet, other: PyValue): void {
  if (other === s) {
    tableClear(s.table);
    return;
  }
  const toggle = (k: PyValue) => {
    if (tableDelete(rt, s.table, k) === undefined) rt.setAdd(s, k);
  };
  if (isExactDict(other)) {
    for (const e of Array.from(other.table.map.values())) toggle(e.key);
    return;
  }
  const o = other instanceof PySet ? other : setFrom(rt, baseType(s), other);
  for (const k of setKeys(o)) toggle(k);
}

/** `a ^ b`: a new set of `other`'s elements, updated with `a`'s. */
export function symmetricDifference(rt: Interpreter, cls: PyType, a: PySet, other: PyValue): PySet {
  const out = setFrom(rt, cls, other);
  symmetricUpdate(rt, out, a);
  return out;
}

function isSubset(rt: Interpreter, a: PySet, b: PySet): boolean {
  if (a.table.size > b.table.size) return false;
  for (const e of a.table.map.values()) if (!has(rt, b, e.key)) return false;
  return true;
}

/** The repr: `{1, 2}`, `set()`, `frozenset({1})`, `MySet({1})`; `...` for a set that contains itself. */
export function setRepr(rt: Interpreter, s: PySet): string {
  const name = typeOf(s).name;
  if (s.table.size === 0) return `${name}()`;
  if (rt.reprStack.has(s)) return `${name}(...)`;
  rt.reprStack.add(s);
  try {
    const body =
      "{" +
      setKeys(s)
        .map((k) => rt.repr(k))
        .join(", ") +
      "}";
    return typeOf(s) === setType ? body : `${name}(${body})`;
  } finally {
    rt.reprStack.delete(s);
  }
}

/** An iterator in CPython's order that fails, as CPython's does, if the set changes size. */
function setIterator(rt: Interpreter, s: PySet): PyIterator {
  const keys = setKeys(s);
  const size = s.table.size;
  let i = 0;
  return new PyIterator("set_iterator", () => {
    if (s.table.size !== size) throw rt.error("RuntimeError", "Set changed size during iteration");
    return i < keys.length ? keys[i++] : STOP;
  });
}

function self$(v: PyValue): PySet {
  return v as PySet;
}

/** Methods frozenset shares with set (each type gets its own receiver-checked copy). */
function sharedMethods(type: PyType): Record<string, MethodImpl> {
  const n = type.name;
  return {
    copy: (rt, self, args, kw) => {
      noKw(rt, `${n}.copy`, kw);
      arity(rt, `${n}.copy`, args, 0);
      if (typeOf(self) === frozensetType) return self;
      return setFrom(rt, baseType(self), self$(self));
    },
    union: (rt, self, args, kw) => {
      noKw(rt, `${n}.union`, kw);
      return union(rt, baseType(self), self$(self), args);
    },
    intersection: (rt, self, args, kw) => {
      noKw(rt, `${n}.intersection`, kw);
      return intersection(rt, baseType(self), self$(self), args);
    },
    difference: (rt, self, args, kw) => {
      noKw(rt, `${n}.difference`, kw);
      return difference(rt, baseType(self), self$(self), args);
    },
    symmetric_difference: (rt, self, args, kw) => {
      noKw(rt, `${n}.symmetric_difference`, kw);
      arity(rt, `${n}.symmetric_difference`, args, 1);
      return symmetricDifference(rt, baseType(self), self$(self), args[0]);
    },
    issubset: (rt, self, args, kw) => {
      noKw(rt, `${n}.issubset`, kw);
      arity(rt, `${n}.issubset`, args, 1);
      return isSubset(rt, self$(self), asSet(rt, args[0]));
    },
    issuperset: (rt, self, args, kw) => {
      noKw(rt, `${n}.issuperset`, kw);
      arity(rt, `${n}.issuperset`, args, 1);
      return isSubset(rt, asSet(rt, args[0]), self$(self));
    },
    isdisjoint: (rt, self, args, kw) => {
      noKw(rt, `${n}.isdisjoint`, kw);
      arity(rt, `${n}.isdisjoint`, args, 1);
      for (const k of elements(rt, args[0])) if (has(rt, self$(self), k)) return false;
      return true;
    },
    __contains__: (rt, self, args, kw) => {
      noKw(rt, `${n}.__contains__`, kw);
      arity(rt, `${n}.__contains__`, args, 1);
      return has(rt, self$(self), lookupKey(rt, args[0]));
    },
  };
}

natives(setType, {
  ...sharedMethods(setType),
  add: (rt, self, args, kw) => {
    noKw(rt, "set.add", kw);
    arity(rt, "set.add", args, 1);
    rt.setAdd(self$(self), args[0]);
    return None;
  },
  discard: (rt, self, args, kw) => {
    noKw(rt, "set.discard", kw);
    arity(rt, "set.discard", args, 1);
    tableDelete(rt, self$(self).table, lookupKey(rt, args[0]));
    return None;
  },
  remove: (rt, self, args, kw) => {
    noKw(rt, "set.remove", kw);
    arity(rt, "set.remove", args, 1);
    if (tableDelete(rt, self$(self).table, lookupKey(rt, args[0])) === undefined) throw keyError(rt, args[0]);
    return None;
  },
  pop: (rt, self, args, kw) => {
    noKw(rt, "set.pop", kw);
    arity(rt, "set.pop", args, 0);
    const s = self$(self);
    if (s.table.size === 0) throw rt.error("KeyError", "pop from an empty set");
    const mk = layoutOf(s).popCandidate();
    const k = mk === undefined ? setKeys(s)[0] : s.table.map.get(mk)!.key;
    tableDelete(rt, s.table, k);
    return k;
  },
  clear: (rt, self, args, kw) => {
    noKw(rt, "set.clear", kw);
    arity(rt, "set.clear", args, 0);
    tableClear(self$(self).table);
    return None;
  },
  update: (rt, self, args, kw) => {
    noKw(rt, "set.update", kw);
    for (const o of args) setUpdate(rt, self$(self), o);
    return None;
  },
  intersection_update: (rt, self, args, kw) => {
    noKw(rt, "set.intersection_update", kw);
    swapBodies(self$(self), intersection(rt, setType, self$(self), args));
    return None;
  },
  difference_update: (rt, self, args, kw) => {
    noKw(rt, "set.difference_update", kw);
    for (const o of args) differenceUpdate(rt, self$(self), o);
    return None;
  },
  symmetric_difference_update: (rt, self, args, kw) => {
    noKw(rt, "set.symmetric_difference_update", kw);
    arity(rt, "set.symmetric_difference_update", args, 1);
    symmetricUpdate(rt, self$(self), args[0]);
    return None;
  },
});
natives(frozensetType, sharedMethods(frozensetType));

type SetOp = "|" | "&" | "-" | "^";

function operate(rt: Interpreter, op: SetOp, a: PySet, b: PySet): PySet {
  const cls = baseType(a);
  switch (op) {
    case "|":
      return union(rt, cls, a, [b]);
    case "&":
      return intersect(rt, cls, a, b);
    case "-":
      return difference(rt, cls, a, [b]);
    case "^":
      return symmetricDifference(rt, cls, a, b);
  }
}

function binary(op: SetOp): MethodImpl {
  return (rt, self, [o]) => (o instanceof PySet ? operate(rt, op, self$(self), o) : NotImplemented);
}

function reflected(op: SetOp): MethodImpl {
  return (rt, self, [o]) => (o instanceof PySet ? operate(rt, op, o, self$(self)) : NotImplemented);
}

function inplace(op: SetOp): MethodImpl {
  return (rt, self, [o]) => {
    if (!(o instanceof PySet)) return NotImplemented;
    const s = self$(self);
    if (op === "|") setUpdate(rt, s, o);
    else if (op === "&") swapBodies(s, intersect(rt, setType, s, o));
    else if (op === "-") differenceUpdate(rt, s, o);
    else symmetricUpdate(rt, s, o);
    return self;
  };
}

function compare(op: "==" | "!=" | "<" | "<=" | ">" | ">="): MethodImpl {
  return (rt, self, [o]) => {
    if (!(o instanceof PySet)) return NotImplemented;
    const a = self$(self);
    switch (op) {
      case "==":
        return a.table.size === o.table.size && isSubset(rt, a, o);
      case "!=":
        return !(a.table.size === o.table.size && isSubset(rt, a, o));
      case "<":
        return a.table.size < o.table.size && isSubset(rt, a, o);
      case "<=":
        return isSubset(rt, a, o);
      case ">":
        return a.table.size > o.table.size && isSubset(rt, o, a);
      case ">=":
        return isSubset(rt, o, a);
    }
  };
}

for (const type of [setType, frozensetType]) {
  slots(type, {
    __len__: [0, (_rt, self) => self$(self).table.size],
    __iter__: [0, (rt, self) => setIterator(rt, self$(self))],
    __repr__: [0, (rt, self) => setRepr(rt, self$(self))],
    __eq__: [1, compare("==")],
    __ne__: [1, compare("!=")],
    __lt__: [1, compare("<")],
    __le__: [1, compare("<=")],
    __gt__: [1, compare(">")],
    __ge__: [1, compare(">=")],
    __or__: [1, binary("|")],
    __and__: [1, binary("&")],
    __sub__: [1, binary("-")],
    __xor__: [1, binary("^")],
    __ror__: [1, reflected("|")],
    __rand__: [1, reflected("&")],
    __rsub__: [1, reflected("-")],
    __rxor__: [1, reflected("^")],
  });
}
slots(setType, {
  __ior__: [1, inplace("|")],
  __iand__: [1, inplace("&")],
  __isub__: [1, inplace("-")],
  __ixor__: [1, inplace("^")],
});
slots(frozensetType, {
  // CPython's value for frozensets of numbers; otherwise the interpreter's own hash.
  __hash__: [
    0,
    (rt, self) => {
      const plain = typeOf(self) === frozensetType ? self : makeSet(rt, frozensetType, setKeys(self$(self)));
      return hashValue(stableHash(plain) ?? BigInt(rt.hash(plain)));
    },
  ],
});
// A set is mutable, hence unhashable; a frozenset hashes by value.
setType.dict.set("__hash__", None);
