/**
 * The native methods of `set` and `frozenset`: the mutators, the set algebra over any
 * iterables, the comparisons, and the operator dunders. Iteration and printing follow
 * CPython's table order (see set-order.ts).
 */
import { None, NotImplemented, PyType, isInstance, typeOf, type PyValue } from "../../objects/core";
import { PySet, PyDict, setType, frozensetType } from "../../objects/containers";
import { PyIterator, STOP } from "../../interp/iter";
import { keyError } from "../../interp/subscript";
import { tableGet, tableDelete, tableClear } from "../../interp/tables";
import type { Interpreter } from "../../interp/interpreter";
import { arity, noKw } from "../registry";
import { slots, natives, type MethodImpl } from "./receiver";
import { setKeys } from "./set-order";
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

/** `a | b...` into a new set of type `cls`. */
export function union(rt: Interpreter, cls: PyType, a: PySet, others: readonly PyValue[]): PySet {
  const out = makeSet(rt, cls, setKeys(a));
  for (const o of others) for (const k of elements(rt, o)) rt.setAdd(out, k);
  return out;
}

/** `a & b` for one other iterable, iterating the smaller side as CPython does. */
function intersect(rt: Interpreter, cls: PyType, a: PySet, other: PyValue): PySet {
  if (other instanceof PySet) {
    const [small, big] = other.table.size > a.table.size ? [a, other] : [other, a];
    return makeSet(
      rt,
      cls,
      setKeys(small).filter((k) => has(rt, big, k)),
    );
  }
  return makeSet(
    rt,
    cls,
    elements(rt, other).filter((k) => has(rt, a, k)),
  );
}

export function intersection(rt: Interpreter, cls: PyType, a: PySet, others: readonly PyValue[]): PySet {
  let out = makeSet(rt, cls, setKeys(a));
  for (const o of others) out = intersect(rt, cls, out, o);
  return out;
}

export function difference(rt: Interpreter, cls: PyType, a: PySet, others: readonly PyValue[]): PySet {
  const out = makeSet(rt, cls, setKeys(a));
  for (const o of others) for (const k of elements(rt, o)) tableDelete(rt, out.table, k);
  return out;
}

export function symmetricDifference(rt: Interpreter, cls: PyType, a: PySet, other: PyValue): PySet {
  const out = makeSet(rt, cls, setKeys(a));
  // A set is deduplicated first: each element toggles membership once.
  for (const k of setKeys(asSet(rt, other))) {
    if (tableDelete(rt, out.table, k) === undefined) rt.setAdd(out, k);
  }
  return out;
}

/** Make `s` hold exactly `from`'s elements (the in-place methods compute, then store). */
function replace(rt: Interpreter, s: PySet, from: PySet): void {
  if (from === s) return;
  tableClear(s.table);
  for (const k of setKeys(from)) rt.setAdd(s, k);
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
      return makeSet(rt, baseType(self), setKeys(self$(self)));
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
    const k = setKeys(s)[0];
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
    for (const o of args) for (const k of elements(rt, o)) rt.setAdd(self$(self), k);
    return None;
  },
  intersection_update: (rt, self, args, kw) => {
    noKw(rt, "set.intersection_update", kw);
    replace(rt, self$(self), intersection(rt, setType, self$(self), args));
    return None;
  },
  difference_update: (rt, self, args, kw) => {
    noKw(rt, "set.difference_update", kw);
    for (const o of args) for (const k of elements(rt, o)) tableDelete(rt, self$(self).table, k);
    return None;
  },
  symmetric_difference_update: (rt, self, args, kw) => {
    noKw(rt, "set.symmetric_difference_update", kw);
    arity(rt, "set.symmetric_difference_update", args, 1);
    replace(rt, self$(self), symmetricDifference(rt, setType, self$(self), args[0]));
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
    replace(rt, self$(self), operate(rt, op, self$(self), o));
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
