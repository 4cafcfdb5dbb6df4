/**
 * `collections.deque`: a double-ended queue with an optional maximum length, with
 * CPython's methods, messages, repr and "mutated during iteration" check.
 */
import { PyObject, PyType, None, NotImplemented, typeOf, type PyValue } from "../objects/core";
import { PyList, PyTuple, PySlice } from "../objects/containers";
import { PyIterator, STOP } from "../interp/iter";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs, arity } from "../builtins/registry";
import { defGetter, defMethods, indexArg, newClass } from "./util";

/** A deque's storage. `state` changes on every mutation, so iterators can notice. */
export class DequeObj extends PyObject {
  items: PyValue[] = [];
  maxlen: number | null = null;
  state = 0;
  constructor(cls: PyType) {
    super(cls);
  }
}

function d(self: PyValue): DequeObj {
  return self as DequeObj;
}

/** Append on the right, dropping from the left when full. */
function pushRight(q: DequeObj, v: PyValue): void {
  q.state++;
  if (q.maxlen === 0) return;
  q.items.push(v);
  if (q.maxlen !== null && q.items.length > q.maxlen) q.items.shift();
}

function pushLeft(q: DequeObj, v: PyValue): void {
  q.state++;
  if (q.maxlen === 0) return;
  q.items.unshift(v);
  if (q.maxlen !== null && q.items.length > q.maxlen) q.items.pop();
}

function index(rt: Interpreter, q: DequeObj, k: PyValue): number {
  const n = q.items.length;
  const i0 = Number(indexArg(rt, k));
  const i = i0 < 0 ? i0 + n : i0;
  if (i < 0 || i >= n) throw rt.error("IndexError", "deque index out of range");
  return i;
}

function compareDeques(rt: Interpreter, op: "<" | "<=" | ">" | ">=" | "==" | "!=", a: PyValue[], b: PyValue[]) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i] || rt.eq(a[i], b[i])) continue;
    if (op === "==") return false;
    if (op === "!=") return true;
    return rt.compare(op, a[i], b[i]);
  }
  const c = a.length - b.length;
  switch (op) {
    case "==":
      return c === 0;
    case "!=":
      return c !== 0;
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    case ">=":
      return c >= 0;
  }
}

/** Create the deque class for one interpreter. */
export function makeDequeType(): PyType {
  const deque = newClass("deque", "collections", [], (cls) => new DequeObj(cls));
  const fresh = (cls: PyType, items: PyValue[], maxlen: number | null): DequeObj => {
    const q = new DequeObj(cls);
    q.maxlen = maxlen;
    for (const x of items) pushRight(q, x);
    return q;
  };
  const order = (op: "<" | "<=" | ">" | ">=" | "==" | "!=") => (rt: Interpreter, self: PyValue, args: PyValue[]) => {
    const o = args[0];
    if (!(o instanceof DequeObj)) return NotImplemented;
    return compareDeques(rt, op, d(self).items, o.items);
  };

  defMethods(deque, {
    __init__: (rt, self, args, kw) => {
      const [it, maxlenArg] = parseArgs(rt, "deque", args, kw, ["iterable", "maxlen"]);
      const q = d(self);
      let maxlen: number | null = null;
      if (maxlenArg !== undefined && maxlenArg !== None) {
        maxlen = Number(indexArg(rt, maxlenArg));
        if (maxlen < 0) throw rt.error("ValueError", "maxlen must be non-negative");
      }
      q.maxlen = maxlen;
      q.items = [];
      q.state++;
      if (it !== undefined) for (const x of rt.toArray(it)) pushRight(q, x);
      return None;
    },
    append: (rt, self, args) => {
      arity(rt, "deque.append", args, 1);
      pushRight(d(self), args[0]);
      return None;
    },
    appendleft: (rt, self, args) => {
      arity(rt, "deque.appendleft", args, 1);
      pushLeft(d(self), args[0]);
      return None;
    },
    pop: (rt, self, args) => {
      arity(rt, "deque.pop", args, 0);
      const q = d(self);
      if (!q.items.length) throw rt.error("IndexError", "pop from an empty deque");
      q.state++;
      return q.items.pop();
    },
    popleft: (rt, self, args) => {
      arity(rt, "deque.popleft", args, 0);
      const q = d(self);
      if (!q.items.length) throw rt.error("IndexError", "pop from an empty deque");
      q.state++;
      return q.items.shift();
    },
    extend: (rt, self, args) => {
      arity(rt, "deque.extend", args, 1);
      const q = d(self);
      for (const x of rt.toArray(args[0])) pushRight(q, x);
      return None;
    },
    extendleft: (rt, self, args) => {
      arity(rt, "deque.extendleft", args, 1);
      const q = d(self);
      for (const x of rt.toArray(args[0])) pushLeft(q, x);
      return None;
    },
    rotate: (rt, self, args) => {
      arity(rt, "deque.rotate", args, 0, 1);
      const q = d(self);
      const n = q.items.length;
      let k = args.length ? Number(indexArg(rt, args[0])) : 1;
      if (n > 1) {
        k = ((k % n) + n) % n;
        if (k) q.items = q.items.slice(n - k).concat(q.items.slice(0, n - k));
      }
      q.state++;
      return None;
    },
    clear: (_rt, self) => {
      const q = d(self);
      q.items = [];
      q.state++;
      return None;
    },
    copy: (_rt, self) => fresh(typeOf(self), d(self).items, d(self).maxlen),
    __copy__: (_rt, self) => fresh(typeOf(self), d(self).items, d(self).maxlen),
    count: (rt, self, args) => {
      arity(rt, "deque.count", args, 1);
      let c = 0;
      for (const x of d(self).items) if (x === args[0] || rt.eq(x, args[0])) c++;
      return c;
    },
    remove: (rt, self, args) => {
      arity(rt, "deque.remove", args, 1);
      const q = d(self);
      const i = q.items.findIndex((x) => x === args[0] || rt.eq(x, args[0]));
      if (i < 0) throw rt.error("ValueError", `${rt.repr(args[0])} is not in deque`);
      q.items.splice(i, 1);
      q.state++;
      return None;
    },
    index: (rt, self, args) => {
      arity(rt, "index", args, 1, 3);
      const items = d(self).items;
      const n = items.length;
      const bound = (v: PyValue, dflt: number) => {
        if (v === undefined) return dflt;
        let i = Number(indexArg(rt, v));
        if (i < 0) i = Math.max(0, i + n);
        return Math.min(i, n);
      };
      const start = bound(args[1], 0);
      const stop = bound(args[2], n);
      for (let i = start; i < stop; i++) if (items[i] === args[0] || rt.eq(items[i], args[0])) return i;
      throw rt.error("ValueError", `${rt.repr(args[0])} is not in deque`);
    },
    insert: (rt, self, args) => {
      arity(rt, "insert", args, 2);
      const q = d(self);
      if (q.maxlen !== null && q.items.length >= q.maxlen) {
        throw rt.error("IndexError", "deque already at its maximum size");
      }
      const n = q.items.length;
      let i = Number(indexArg(rt, args[0]));
      if (i < 0) i = Math.max(0, i + n);
      q.items.splice(Math.min(i, n), 0, args[1]);
      q.state++;
      return None;
    },
    reverse: (_rt, self) => {
      const q = d(self);
      q.items.reverse();
      q.state++;
      return None;
    },
    __len__: (_rt, self) => d(self).items.length,
    __bool__: (_rt, self) => d(self).items.length > 0,
    __contains__: (rt, self, [x]) => d(self).items.some((y) => y === x || rt.eq(y, x)),
    __getitem__: (rt, self, [k]) => {
      if (k instanceof PySlice) throw rt.error("TypeError", "sequence index must be integer, not 'slice'");
      const q = d(self);
      return q.items[index(rt, q, k)];
    },
    __setitem__: (rt, self, [k, v]) => {
      const q = d(self);
      q.items[index(rt, q, k)] = v;
      return None;
    },
    __delitem__: (rt, self, [k]) => {
      const q = d(self);
      q.items.splice(index(rt, q, k), 1);
      q.state++;
      return None;
    },
    __iter__: (rt, self) => iterator(rt, d(self), false),
    __reversed__: (rt, self) => iterator(rt, d(self), true),
    __repr__: (rt, self) => {
      const q = d(self);
      if (rt.reprStack.has(q)) return "[...]";
      rt.reprStack.add(q);
      try {
        const inner = "[" + q.items.map((x) => rt.repr(x)).join(", ") + "]";
        const name = typeOf(q).name;
        return q.maxlen === null ? `${name}(${inner})` : `${name}(${inner}, maxlen=${q.maxlen})`;
      } finally {
        rt.reprStack.delete(q);
      }
    },
    __eq__: order("=="),
    __ne__: order("!="),
    __lt__: order("<"),
    __le__: order("<="),
    __gt__: order(">"),
    __ge__: order(">="),
    __add__: (rt, self, [o]) => {
      if (!(o instanceof DequeObj)) {
        throw rt.error("TypeError", `can only concatenate deque (not "${typeOf(o).name}") to deque`);
      }
      return fresh(typeOf(self), [...d(self).items, ...o.items], d(self).maxlen);
    },
    __iadd__: (rt, self, [o]) => {
      const q = d(self);
      for (const x of rt.toArray(o)) pushRight(q, x);
      return q;
    },
    __mul__: (rt, self, [n]) => {
      const q = d(self);
      return fresh(typeOf(self), rt.repeatArray(q.items, indexArg(rt, n)), q.maxlen);
    },
    __rmul__: (rt, self, [n]) => {
      const q = d(self);
      return fresh(typeOf(self), rt.repeatArray(q.items, indexArg(rt, n)), q.maxlen);
    },
    __imul__: (rt, self, [n]) => {
      const q = d(self);
      const items = rt.repeatArray(q.items, indexArg(rt, n));
      q.items = [];
      for (const x of items) pushRight(q, x);
      return q;
    },
    __hash__: (rt) => {
      throw rt.error("TypeError", "unhashable type: 'collections.deque'");
    },
    // As CPython's: (cls, () or ((), maxlen), None, iterator over the items).
    __reduce__: (rt, self) => {
      const q = d(self);
      const args = q.maxlen === null ? new PyTuple([]) : new PyTuple([new PyTuple([]), q.maxlen]);
      return new PyTuple([typeOf(self), args, None, rt.iter(new PyList([...q.items]))]);
    },
  });
  defGetter(deque, "maxlen", (_rt, self) => d(self).maxlen ?? None);
  return deque;
}

function iterator(rt: Interpreter, q: DequeObj, reverse: boolean): PyIterator {
  const state = q.state;
  let i = 0;
  return new PyIterator(reverse ? "_collections._deque_reverse_iterator" : "_collections._deque_iterator", () => {
    if (q.state !== state) throw rt.error("RuntimeError", "deque mutated during iteration");
    const n = q.items.length;
    if (i >= n) return STOP;
    const v = reverse ? q.items[n - 1 - i] : q.items[i];
    i++;
    return v;
  });
}
