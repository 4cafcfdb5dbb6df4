/**
 * `dict.keys()`, `dict.values()` and `dict.items()`: live views of a dict's storage.
 * Key and item views are set-like (`&`, `|`, `-`, `^` with any iterable, comparisons
 * with sets and other views); values views only iterate.
 *
 * The view types are marked non-builtin so the interpreter dispatches operators,
 * truth, `in` and `==` on them through their dunders, as it does for user classes.
 */
import { PyObject, PyType, None, NotImplemented, objectType, type PyValue } from "../../objects/core";
import { PyDict, PySet, PyTuple, setType, type Entry } from "../../objects/containers";
import { PyIterator, STOP, tableIterator } from "../../interp/iter";
import { tableGet } from "../../interp/tables";
import type { Interpreter } from "../../interp/interpreter";
import { arity, noKw } from "../registry";
import { slots, natives, type MethodImpl } from "./receiver";
import { makeSet, elements, union, intersection, difference, symmetricDifference } from "./set";

type Pick = "key" | "value" | "item";

function viewType(name: string): PyType {
  return new PyType(name, [objectType], { builtin: false, module: "builtins" });
}

export const dictKeysType = viewType("dict_keys");
export const dictValuesType = viewType("dict_values");
export const dictItemsType = viewType("dict_items");

const PICK = new Map<PyType, Pick>([
  [dictKeysType, "key"],
  [dictValuesType, "value"],
  [dictItemsType, "item"],
]);

/** A view of `dict`'s entries; it reads the dict's table on every use, so it stays live. */
export class PyDictView extends PyObject {
  constructor(
    cls: PyType,
    public readonly dict: PyDict,
  ) {
    super(cls);
  }
  get pick(): Pick {
    return PICK.get(this.$cls)!;
  }
}

function view(v: PyValue): PyDictView {
  return v as PyDictView;
}

function pickOf(e: Entry, pick: Pick): PyValue {
  return pick === "key" ? e.key : pick === "value" ? e.value : new PyTuple([e.key, e.value]);
}

/** The view's current elements, in the dict's order. */
function viewElements(v: PyDictView): PyValue[] {
  const pick = v.pick;
  return Array.from(v.dict.table.map.values(), (e) => pickOf(e, pick));
}

const ITER_NAMES: Record<Pick, string> = { key: "keyiterator", value: "valueiterator", item: "itemiterator" };

/** `reversed(d)`, `reversed(d.values())`...: newest first, failing if the dict changes size. */
export function reversedDict(rt: Interpreter, d: PyDict, pick: Pick): PyIterator {
  const entries = Array.from(d.table.map.values());
  const size = d.table.size;
  let i = entries.length - 1;
  return new PyIterator(`dict_reverse${ITER_NAMES[pick]}`, () => {
    if (d.table.size !== size) throw rt.error("RuntimeError", "dictionary changed size during iteration");
    return i >= 0 ? pickOf(entries[i--]!, pick) : STOP;
  });
}

/** Whether a set-like view (keys or items) contains `x`. */
function viewContains(rt: Interpreter, v: PyDictView, x: PyValue): boolean {
  if (v.pick === "key") return tableGet(rt, v.dict.table, x) !== undefined;
  if (v.pick === "value") {
    for (const e of v.dict.table.map.values()) if (e.value === x || rt.eq(e.value, x)) return true;
    return false;
  }
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const e = tableGet(rt, v.dict.table, x.items[0]);
  return e !== undefined && (e.value === x.items[1] || rt.eq(e.value, x.items[1]));
}

/** Set-like operands: sets, frozensets, and key and item views. */
function isSetLike(v: PyValue): boolean {
  return v instanceof PySet || (v instanceof PyDictView && v.pick !== "value");
}

function sizeOf(v: PyValue): number {
  return v instanceof PySet ? v.table.size : view(v).dict.table.size;
}

function containsIn(rt: Interpreter, container: PyValue, x: PyValue): boolean {
  return container instanceof PyDictView ? viewContains(rt, container, x) : rt.contains(container, x);
}

function allIn(rt: Interpreter, a: PyValue, b: PyValue): boolean {
  const xs = a instanceof PyDictView ? viewElements(a) : elements(rt, a);
  return xs.every((x) => containsIn(rt, b, x));
}

function compare(op: "==" | "!=" | "<" | "<=" | ">" | ">="): MethodImpl {
  return (rt, self, [o]) => {
    if (!isSetLike(o)) return NotImplemented;
    const n = sizeOf(self);
    const m = sizeOf(o);
    switch (op) {
      case "==":
        return n === m && allIn(rt, self, o);
      case "!=":
        return !(n === m && allIn(rt, self, o));
      case "<":
        return n < m && allIn(rt, self, o);
      case "<=":
        return n <= m && allIn(rt, self, o);
      case ">":
        return n > m && allIn(rt, o, self);
      case ">=":
        return n >= m && allIn(rt, o, self);
    }
  };
}

/** The view (or any iterable) as a new set. */
function toSet(rt: Interpreter, v: PyValue): PySet {
  return makeSet(rt, setType, v instanceof PyDictView ? viewElements(v) : elements(rt, v));
}

type SetOp = "|" | "&" | "-" | "^";

function setOp(rt: Interpreter, op: SetOp, a: PyValue, b: PyValue): PySet {
  const s = toSet(rt, a);
  const other = b instanceof PyDictView ? toSet(rt, b) : b;
  switch (op) {
    case "|":
      return union(rt, setType, s, [other]);
    case "&":
      return intersection(rt, setType, s, [other]);
    case "-":
      return difference(rt, setType, s, [other]);
    case "^":
      return symmetricDifference(rt, setType, s, other);
  }
}

function setSlots(type: PyType): void {
  const op =
    (o: SetOp): MethodImpl =>
    (rt, self, [b]) =>
      setOp(rt, o, self, b);
  const rop =
    (o: SetOp): MethodImpl =>
    (rt, self, [b]) =>
      setOp(rt, o, b, self);
  slots(type, {
    __contains__: [1, (rt, self, [x]) => viewContains(rt, view(self), x)],
    __eq__: [1, compare("==")],
    __ne__: [1, compare("!=")],
    __lt__: [1, compare("<")],
    __le__: [1, compare("<=")],
    __gt__: [1, compare(">")],
    __ge__: [1, compare(">=")],
    __or__: [1, op("|")],
    __and__: [1, op("&")],
    __sub__: [1, op("-")],
    __xor__: [1, op("^")],
    __ror__: [1, rop("|")],
    __rand__: [1, rop("&")],
    __rsub__: [1, rop("-")],
    __rxor__: [1, rop("^")],
  });
  natives(type, {
    isdisjoint: (rt, self, args, kw) => {
      noKw(rt, `${type.name}.isdisjoint`, kw);
      arity(rt, `${type.name}.isdisjoint`, args, 1);
      const other = args[0];
      const xs = other instanceof PyDictView ? viewElements(other) : elements(rt, other);
      return !xs.some((x) => viewContains(rt, view(self), x));
    },
  });
  // Key and item views are unhashable; values views hash by identity, as CPython's do.
  type.dict.set("__hash__", None);
}

for (const type of [dictKeysType, dictValuesType, dictItemsType]) {
  const pick = PICK.get(type)!;
  slots(type, {
    __len__: [0, (_rt, self) => view(self).dict.table.size],
    __iter__: [0, (rt, self) => tableIterator(rt, `dict_${ITER_NAMES[pick]}`, view(self).dict, pick)],
    __repr__: [
      0,
      (rt, self) => {
        const v = view(self);
        if (rt.reprStack.has(v)) return "...";
        rt.reprStack.add(v);
        try {
          return `${type.name}([${viewElements(v)
            .map((x) => rt.repr(x))
            .join(", ")}])`;
        } finally {
          rt.reprStack.delete(v);
        }
      },
    ],
  });
  natives(type, {
    __reversed__: (rt, self, args, kw) => {
      noKw(rt, `${type.name}.__reversed__`, kw);
      arity(rt, `${type.name}.__reversed__`, args, 0);
      return reversedDict(rt, view(self).dict, pick);
    },
  });
}
setSlots(dictKeysType);
setSlots(dictItemsType);
