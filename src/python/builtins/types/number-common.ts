/**
 * Pieces int and float share: the operator dunders, the read-only numeric
 * attributes (`real`, `imag`...) and rounding through the `round` builtin.
 */
import { PyType, NotImplemented, isInstance, type PyValue } from "../../objects/core";
import { PyTuple } from "../../objects/containers";
import type { BinOp } from "../../ast";
import { slots, type MethodImpl, type SlotArity } from "./receiver";
import { isNone } from "../registry";
import { PyGetSet } from "../../objects/functions";
import type { Interpreter } from "../../interp/interpreter";

/**
 * Read-only attributes computed from the value. Looked up on the class itself
 * (`int.real`), they give the descriptor, as in CPython.
 */
export function numberGetters(type: PyType, table: Record<string, (v: PyValue) => PyValue>): void {
  for (const [name, get] of Object.entries(table)) {
    const d: PyGetSet = new PyGetSet(name, (_rt, o) => (isInstance(o, type) ? get(o) : d));
    type.dict.set(name, d);
  }
}

/** `round(v, ndigits)`, so `__round__` and the builtin agree. */
export function roundWith(rt: Interpreter, v: PyValue, ndigits: PyValue): PyValue {
  return rt.call(rt.builtins.get("round"), ndigits === undefined ? [v] : [v, ndigits]);
}

const OPS: ReadonlyArray<[string, BinOp]> = [
  ["add", "+"],
  ["sub", "-"],
  ["mul", "*"],
  ["truediv", "/"],
  ["floordiv", "//"],
  ["mod", "%"],
  ["lshift", "<<"],
  ["rshift", ">>"],
  ["and", "&"],
  ["or", "|"],
  ["xor", "^"],
];

/** `a.__pow__(b, mod)` through the `pow` builtin, so three-argument pow behaves the same. */
function power(rt: Interpreter, a: PyValue, b: PyValue, mod: PyValue): PyValue {
  if (isNone(mod)) return rt.binary("**", a, b);
  return rt.call(rt.builtins.get("pow"), [a, b, mod]);
}

/**
 * The arithmetic and comparison slots of a number type: `accepts` says which right
 * operands it handles (others get NotImplemented).
 */
export function arithmeticSlots(
  type: PyType,
  accepts: (v: PyValue) => boolean,
  options: { bitwise: boolean; divmodZero: string | null },
): void {
  const { divmodZero } = options;
  const table: Record<string, readonly [SlotArity, MethodImpl]> = {};
  for (const [name, op] of options.bitwise ? OPS : OPS.slice(0, 6)) {
    table[`__${name}__`] = [1, (rt, self, [o]) => (accepts(o) ? rt.binary(op, self, o) : NotImplemented)];
    table[`__r${name}__`] = [1, (rt, self, [o]) => (accepts(o) ? rt.binary(op, o, self) : NotImplemented)];
  }
  const divmod = (rt: Interpreter, a: PyValue, b: PyValue): PyValue => {
    if (divmodZero !== null && rt.eq(b, 0)) throw rt.error("ZeroDivisionError", divmodZero);
    return new PyTuple([rt.binary("//", a, b), rt.binary("%", a, b)]);
  };
  table.__divmod__ = [1, (rt, self, [o]) => (accepts(o) ? divmod(rt, self, o) : NotImplemented)];
  table.__rdivmod__ = [1, (rt, self, [o]) => (accepts(o) ? divmod(rt, o, self) : NotImplemented)];
  table.__pow__ = [[1, 2], (rt, self, [o, m]) => (accepts(o) ? power(rt, self, o, m) : NotImplemented)];
  table.__rpow__ = [[1, 2], (rt, self, [o, m]) => (accepts(o) ? power(rt, o, self, m) : NotImplemented)];
  for (const [name, op] of [
    ["eq", "=="],
    ["ne", "!="],
    ["lt", "<"],
    ["le", "<="],
    ["gt", ">"],
    ["ge", ">="],
  ] as const) {
    table[`__${name}__`] = [1, (rt, self, [o]) => (accepts(o) ? rt.compare(op, self, o) : NotImplemented)];
  }
  table.__neg__ = [0, (rt, self) => rt.unary("-", self)];
  table.__pos__ = [0, (rt, self) => rt.unary("+", self)];
  table.__abs__ = [0, (rt, self) => rt.call(rt.builtins.get("abs"), [self])];
  table.__bool__ = [0, (rt, self) => rt.truthy(self)];
  table.__repr__ = [0, (rt, self) => rt.repr(self)];
  slots(type, table);
}
