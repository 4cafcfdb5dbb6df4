/**
 * Arithmetic operators and truth. Ints, floats, strs and the builtin sequences are
 * handled natively; everything else goes through the dunder methods of its type
 * (builtin or not), with reflected operands, CPython's subclass-first rule and its
 * error messages. Comparison and membership are in compare.ts.
 */
import { PyFloat, PyObject, PyBox, PyType, None, NotImplemented, typeOf, type PyValue } from "../objects/core";
import {
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyBytes,
  PyRange,
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  bytesType,
  bytearrayType,
} from "../objects/containers";
import * as N from "../objects/numbers";
import { powFloat } from "../objects/pow";
import type { BinOp } from "../ast";
import type { Interpreter } from "./interpreter";
import { unboxFor } from "./boxes";
import { call2 } from "./call";
import { complexPow } from "../builtins/types/complex";

export { eq, ne, compare, compareOrder, compareValue, lt, contains } from "./compare";

type Int = N.Int;

const DUNDER: Record<BinOp, readonly [string, string, string]> = {
  "+": ["__add__", "__radd__", "__iadd__"],
  "-": ["__sub__", "__rsub__", "__isub__"],
  "*": ["__mul__", "__rmul__", "__imul__"],
  "@": ["__matmul__", "__rmatmul__", "__imatmul__"],
  "/": ["__truediv__", "__rtruediv__", "__itruediv__"],
  "//": ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
  "%": ["__mod__", "__rmod__", "__imod__"],
  "**": ["__pow__", "__rpow__", "__ipow__"],
  "<<": ["__lshift__", "__rlshift__", "__ilshift__"],
  ">>": ["__rshift__", "__rrshift__", "__irshift__"],
  "&": ["__and__", "__rand__", "__iand__"],
  "|": ["__or__", "__ror__", "__ior__"],
  "^": ["__xor__", "__rxor__", "__ixor__"],
};

/** An int value (bools count as 0/1), or undefined for non-ints. */
export function asInt(v: PyValue): Int | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    default:
      return undefined;
  }
}

export function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.v;
  const i = asInt(v);
  return i === undefined ? undefined : N.intToFloat(i);
}

const f = (x: number) => new PyFloat(x);

/** An int or float operand of float arithmetic; an int too large for a float is an error there. */
function operandFloat(rt: Interpreter, v: PyValue): number {
  const x = asFloat(v)!;
  if (!Number.isFinite(x) && !(v instanceof PyFloat)) {
    throw rt.error("OverflowError", "int too large to convert to float");
  }
  return x;
}

function intBinary(rt: Interpreter, op: BinOp, a: Int, b: Int): PyValue {
  switch (op) {
    case "+":
      return N.intAdd(a, b);
    case "-":
      return N.intSub(a, b);
    case "*":
      return N.intMul(a, b);
    case "/":
      if (b == 0) throw rt.error("ZeroDivisionError", "division by zero");
      if (typeof a === "bigint" || typeof b === "bigint") {
        const r = bigTrueDiv(a, b);
        if (!Number.isFinite(r)) throw rt.error("OverflowError", "integer division result too large for a float");
        return f(r);
      }
      return f(a / b);
    case "//":
      if (b == 0) throw rt.error("ZeroDivisionError", "integer division or modulo by zero");
      return N.intFloorDiv(a, b);
    case "%":
      if (b == 0) throw rt.error("ZeroDivisionError", "integer modulo by zero");
      return N.intMod(a, b);
    case "**":
      if (b < 0) {
        if (a == 0) throw rt.error("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        // CPython converts both to float and calls the C library's pow.
        return floatPow(rt, operandFloat(rt, a), operandFloat(rt, b));
      }
      rt.checkPowSize(a, b);
      return N.intPow(a, b);
    case "<<":
    case ">>":
      if (b < 0) throw rt.error("ValueError", "negative shift count");
      if (op === "<<") rt.checkShiftSize(a, b);
      return N.intShift(op, a, b);
    case "&":
    case "|":
    case "^":
      return N.intBitOp(op, a, b);
    case "@":
      return NotImplemented;
  }
}

/**
 * `a / b` for ints, correctly rounded as CPython's long_true_divide: a quotient of 55
 * or 56 bits with a sticky bit, rounded once to a double (on the subnormal grid when
 * it is that small). Infinity means the result is too large for a float.
 */
function bigTrueDiv(a: Int, b: Int): number {
  let x = BigInt(a);
  let y = BigInt(b);
  const negative = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negative ? -0 : 0;
  const diff = x.toString(2).length - y.toString(2).length;
  if (diff > 1025) return negative ? -Infinity : Infinity;
  if (diff < -1080) return negative ? -0 : 0;
  // The weight of the quotient's last bit: 2**shift.
  const shift = Math.max(diff - 55, -1076);
  const num = shift < 0 ? x << BigInt(-shift) : x;
  const den = shift > 0 ? y << BigInt(shift) : y;
  let q = num / den;
  if (q * den !== num) q |= 1n;
  let r = Number(q);
  r = shift < -1000 ? r * 2 ** (shift + 200) * 2 ** -200 : r * 2 ** shift;
  return negative ? -r : r;
}

function floatPow(rt: Interpreter, a: number, b: number): PyValue {
  if (a === 0 && b < 0) throw rt.error("ZeroDivisionError", "0.0 cannot be raised to a negative power");
  // A negative number to a fractional power is complex (float_pow hands it to complex).
  if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) return complexPow(rt, [a, 0], [b, 0]);
  const r = powFloat(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    throw rt.error("OverflowError", "(34, 'Numerical result out of range')");
  }
  return f(r);
}

function floatBinary(rt: Interpreter, op: BinOp, a: number, b: number): PyValue {
  switch (op) {
    case "+":
      return f(a + b);
    case "-":
      return f(a - b);
    case "*":
      return f(a * b);
    case "/":
      if (b === 0) throw rt.error("ZeroDivisionError", "float division by zero");
      return f(a / b);
    case "//":
      if (b === 0) throw rt.error("ZeroDivisionError", "float floor division by zero");
      return f(N.floatFloorDiv(a, b));
    case "%":
      if (b === 0) throw rt.error("ZeroDivisionError", "float modulo");
      return f(N.floatMod(a, b));
    case "**":
      return floatPow(rt, a, b);
    default:
      return NotImplemented;
  }
}

/** The types whose operators {@link builtinBinary} implements completely: their dunders are not consulted. */
function isNativeOperand(t: PyType): boolean {
  return t.isBuiltin && NATIVE_OPERANDS.has(t.name);
}
const NATIVE_OPERANDS = new Set(["int", "bool", "float", "str", "list", "tuple", "bytes", "bytearray"]);

function isSequence(v: PyValue): boolean {
  return typeof v === "string" || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Sequence operators of the builtin types (concatenation, repetition, `%` formatting).
 * NotImplemented when they do not apply, so the other operand's reflected method
 * gets its turn before the error.
 */
function builtinBinary(rt: Interpreter, op: BinOp, a: PyValue, b: PyValue): PyValue {
  if (op === "+") {
    if (typeof a === "string") return typeof b === "string" ? a + b : NotImplemented;
    if (a instanceof PyList && b instanceof PyList) return new PyList(a.items.concat(b.items));
    if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
    if (a instanceof PyBytes && b instanceof PyBytes) {
      return new PyBytes(concatBytes(a.data, b.data), a.$cls === bytearrayType ? bytearrayType : bytesType);
    }
    return NotImplemented;
  }
  if (op === "%") {
    if (typeof a === "string") return rt.percentFormat(a, b);
    if (a instanceof PyBytes) return rt.percentFormatBytes(a, b);
    return NotImplemented;
  }
  if (op === "*") {
    const ib = asInt(b);
    const [seq, n] = ib !== undefined ? [a, ib] : [b, asInt(a)];
    if (n === undefined) return NotImplemented;
    if (typeof seq === "string") return rt.repeatStr(seq, n);
    if (seq instanceof PyList) return new PyList(rt.repeatArray(seq.items, n));
    if (seq instanceof PyTuple) return new PyTuple(rt.repeatArray(seq.items, n));
    if (seq instanceof PyBytes) {
      const items = rt.repeatArray(Array.from(seq.data), n) as number[];
      return new PyBytes(Uint8Array.from(items), seq.$cls === bytearrayType ? bytearrayType : bytesType);
    }
  }
  return NotImplemented;
}

/** `a op b`, or NotImplemented when no type implements it for these operands. */
function binaryOp(rt: Interpreter, op: BinOp, a: PyValue, b: PyValue): PyValue {
  const names = DUNDER[op];
  if (a instanceof PyBox) a = unboxFor(a, names[0]);
  if (b instanceof PyBox) b = unboxFor(b, names[1]);
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== undefined && ib !== undefined) {
    if (typeof a === "boolean" && typeof b === "boolean" && (op === "&" || op === "|" || op === "^")) {
      return op === "&" ? a && b : op === "|" ? a || b : a !== b;
    }
    return intBinary(rt, op, ia, ib);
  }
  if ((a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined)) {
    return floatBinary(rt, op, operandFloat(rt, a), operandFloat(rt, b));
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta.isBuiltin) {
    const r = builtinBinary(rt, op, a, b);
    if (r !== NotImplemented) return r;
  }
  const [name, rname] = names;
  // A subclass that overrides the reflected method goes first (CPython's rule).
  let reflectedTried = false;
  if (tb !== ta && tb.isSubtypeOf(ta)) {
    const rm = tb.lookup(rname);
    if (rm !== undefined && rm !== ta.lookup(rname)) {
      reflectedTried = true;
      const r = call2(rt, rm, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (!isNativeOperand(ta)) {
    const m = ta.lookup(name);
    if (m !== undefined) {
      const r = call2(rt, m, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  if (!reflectedTried && tb !== ta && !isNativeOperand(tb)) {
    const rm = tb.lookup(rname);
    if (rm !== undefined) {
      const r = call2(rt, rm, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  // Sequence repetition takes any count with __index__ (CPython's sq_repeat fallback).
  if (op === "*") {
    if (isSequence(a) && !tb.isBuiltin && tb.lookup("__index__") !== undefined) {
      return binaryOp(rt, op, a, indexOf(rt, b));
    }
    if (isSequence(b) && !ta.isBuiltin && ta.lookup("__index__") !== undefined) {
      return binaryOp(rt, op, indexOf(rt, a), b);
    }
  }
  return NotImplemented;
}

/** `operator.index(v)` for an object whose class defines `__index__`. */
function indexOf(rt: Interpreter, v: PyValue): Int {
  const r = rt.call(typeOf(v).lookup("__index__"), [v]);
  const i = asInt(r);
  if (i === undefined) throw rt.error("TypeError", `__index__ returned non-int (type ${typeOf(r).name})`);
  return i;
}

/** The TypeError for an operator no operand implements, in CPython's words. */
function operatorError(rt: Interpreter, op: BinOp, shown: string, a: PyValue, b: PyValue) {
  const an = typeOf(a).name;
  const bn = typeOf(b).name;
  if (op === "+") {
    if (typeof a === "string" || a instanceof PyList || a instanceof PyTuple) {
      const what = typeof a === "string" ? "str" : a instanceof PyList ? "list" : "tuple";
      if (typeOf(a).isBuiltin) return rt.error("TypeError", `can only concatenate ${what} (not "${bn}") to ${what}`);
    }
    if (a instanceof PyBytes) return rt.error("TypeError", `can't concat ${bn} to ${an}`);
  }
  if (op === "*" && (isSequence(a) || isSequence(b))) {
    const other = isSequence(a) ? b : a;
    return rt.error("TypeError", `can't multiply sequence by non-int of type '${typeOf(other).name}'`);
  }
  return rt.error("TypeError", `unsupported operand type(s) for ${shown}: '${an}' and '${bn}'`);
}

/** `a op b`. */
export function binary(rt: Interpreter, op: BinOp, a: PyValue, b: PyValue): PyValue {
  const r = binaryOp(rt, op, a, b);
  if (r !== NotImplemented) return r;
  throw operatorError(rt, op, op === "**" ? "** or pow()" : op, a, b);
}

/** Whether `t`'s method `name` is the one of the builtin `base` (not overridden by a subclass). */
export function inherits(t: PyType, name: string, base: PyType): boolean {
  return t === base || t.lookup(name) === base.dict.get(name);
}

/** `a op= b`: in place for lists, bytearrays, sets, dicts and objects with `__iop__`, else `a op b`. */
export function inplace(rt: Interpreter, op: BinOp, a: PyValue, b: PyValue): PyValue {
  const iname = DUNDER[op][2];
  if (a instanceof PyList && inherits(a.$cls, iname, listType)) {
    if (op === "+") {
      for (const x of rt.iterate(b)) a.items.push(x);
      return a;
    }
    if (op === "*") {
      const n = asInt(b);
      if (n !== undefined) {
        a.items = rt.repeatArray(a.items, n);
        return a;
      }
    }
  } else if (a instanceof PyBytes && a.$cls === bytearrayType && op === "+") {
    if (!(b instanceof PyBytes)) throw rt.error("TypeError", `can't concat ${typeOf(b).name} to bytearray`);
    a.data = concatBytes(a.data, b.data);
    return a;
  } else if (a instanceof PyDict && op === "|" && inherits(a.$cls, iname, dictType)) {
    rt.dictUpdate(a, b);
    return a;
  } else if (a instanceof PyObject && !(a instanceof PyFloat) && !isNativeOperand(a.$cls)) {
    const m = a.$cls.lookup(iname);
    if (m !== undefined) {
      const r = call2(rt, m, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  const r = binaryOp(rt, op, a, b);
  if (r !== NotImplemented) return r;
  throw operatorError(rt, op, `${op}=`, a, b);
}

const UNARY_DUNDER = { "-": "__neg__", "+": "__pos__", "~": "__invert__" } as const;

/** Unary `-`, `+`, `~`. */
export function unary(rt: Interpreter, op: "-" | "+" | "~", a: PyValue): PyValue {
  if (a instanceof PyBox) a = unboxFor(a, UNARY_DUNDER[op]);
  const i = asInt(a);
  if (i !== undefined) {
    if (op === "-") return N.intNeg(i);
    if (op === "+") return i;
    return N.intSub(N.intNeg(i), 1);
  }
  if (a instanceof PyFloat && op !== "~") return op === "-" ? new PyFloat(-a.v) : a;
  const t = typeOf(a);
  if (!isNativeOperand(t)) {
    const m = t.lookup(UNARY_DUNDER[op]);
    if (m !== undefined) return rt.call(m, [a]);
  }
  throw rt.error("TypeError", `bad operand type for unary ${op}: '${t.name}'`);
}

/** Python truthiness. */
export function truthy(rt: Interpreter, v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "bigint":
      return true;
    case "string":
      return v.length > 0;
  }
  if (v instanceof PyFloat) return v.v !== 0;
  const cls = (v as PyObject).$cls;
  if (cls.isBuiltin) {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
    if (v instanceof PyDict || v instanceof PySet) return v.table.size > 0;
    if (v instanceof PyBytes) return v.data.length > 0;
    if (v instanceof PyRange) return v.length > 0;
    if (v === None) return false;
  }
  const b = cls.lookup("__bool__");
  if (b !== undefined) {
    const r = rt.call(b, [v]);
    if (typeof r !== "boolean") throw rt.error("TypeError", `__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const len = cls.lookup("__len__");
  if (len !== undefined) {
    if (v instanceof PyList && len === listType.dict.get("__len__")) return v.items.length > 0;
    if (v instanceof PyTuple && len === tupleType.dict.get("__len__")) return v.items.length > 0;
    if (v instanceof PyDict && len === dictType.dict.get("__len__")) return v.table.size > 0;
    if (v instanceof PySet && (len === setType.dict.get("__len__") || len === frozensetType.dict.get("__len__"))) {
      return v.table.size > 0;
    }
    const n = rt.call(len, [v]);
    const i = asInt(n);
    if (i === undefined) throw rt.error("TypeError", `'${typeOf(n).name}' object cannot be interpreted as an integer`);
    if (i < 0) throw rt.error("ValueError", "__len__() should return >= 0");
    return i != 0;
  }
  return true;
}
