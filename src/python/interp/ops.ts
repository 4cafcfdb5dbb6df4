/**
 * Operators: arithmetic, comparison, truth, membership. Builtin types are handled
 * natively; other objects go through their dunder methods, with reflected operands
 * and CPython's error messages.
 */
import { PyFloat, PyObject, None, NotImplemented, typeOf, type PyValue } from "../objects/core";
import { PyList, PyTuple, PyDict, PySet, PyBytes, PyRange, frozensetType } from "../objects/containers";
import * as N from "../objects/numbers";
import type { BinOp, CmpOp } from "../ast";
import type { Interpreter } from "./interpreter";

type Int = N.Int;

const DUNDER: Record<BinOp, [string, string, string]> = {
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
function asInt(v: PyValue): Int | undefined {
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

function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.v;
  const i = asInt(v);
  return i === undefined ? undefined : N.intToFloat(i);
}

const f = (x: number) => new PyFloat(x);

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
      if (typeof a === "bigint" || typeof b === "bigint") return f(bigTrueDiv(a, b));
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
        return f(N.intToFloat(a) ** N.intToFloat(b));
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

function bigTrueDiv(a: Int, b: Int): number {
  // Scale so the quotient keeps full precision before converting.
  const x = BigInt(a);
  const y = BigInt(b);
  const shift = 64n;
  const q = (x << shift) / y;
  return Number(q) / 2 ** 64;
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
    case "**": {
      if (a === 0 && b < 0) throw rt.error("ZeroDivisionError", "0.0 cannot be raised to a negative power");
      const r = a ** b;
      if (a < 0 && !Number.isInteger(b)) throw rt.error("ValueError", "complex results are not supported");
      if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
        throw rt.error("OverflowError", "(34, 'Numerical result out of range')");
      }
      return f(r);
    }
    default:
      return NotImplemented;
  }
}

/** Sequence and container operators of builtin types; NotImplemented when they do not apply. */
function builtinBinary(rt: Interpreter, op: BinOp, a: PyValue, b: PyValue): PyValue {
  if (typeof a === "string") {
    if (op === "+") {
      if (typeof b === "string") return a + b;
      throw rt.error("TypeError", `can only concatenate str (not "${typeOf(b).name}") to str`);
    }
    if (op === "*") {
      const n = asInt(b);
      if (n !== undefined) return rt.repeatStr(a, n);
    }
    if (op === "%") return rt.percentFormat(a, b);
    return NotImplemented;
  }
  if (a instanceof PyList && op === "+") {
    if (b instanceof PyList) return new PyList(a.items.concat(b.items));
    throw rt.error("TypeError", `can only concatenate list (not "${typeOf(b).name}") to list`);
  }
  if (a instanceof PyTuple && op === "+") {
    if (b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
    throw rt.error("TypeError", `can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
  }
  if (a instanceof PyBytes && op === "+" && b instanceof PyBytes) {
    const out = new Uint8Array(a.data.length + b.data.length);
    out.set(a.data);
    out.set(b.data, a.data.length);
    return new PyBytes(out, a.$cls);
  }
  if (a instanceof PyBytes && op === "%") return rt.percentFormatBytes(a, b);
  if (op === "*") {
    const [seq, n] = asInt(b) !== undefined ? [a, asInt(b)!] : [b, asInt(a)];
    if (n !== undefined) {
      if (seq instanceof PyList) return new PyList(rt.repeatArray(seq.items, n));
      if (seq instanceof PyTuple) return new PyTuple(rt.repeatArray(seq.items, n));
      if (typeof seq === "string") return rt.repeatStr(seq, n);
      if (seq instanceof PyBytes) {
        const items = rt.repeatArray(Array.from(seq.data), n) as number[];
        return new PyBytes(Uint8Array.from(items), seq.$cls);
      }
    }
    if (isSequence(a) || isSequence(b)) {
      const other = isSequence(a) ? b : a;
      if (!(other instanceof PyObject) || other.$cls.isBuiltin) {
        throw rt.error("TypeError", `can't multiply sequence by non-int of type '${typeOf(other).name}'`);
      }
    }
  }
  if (a instanceof PySet && b instanceof PySet && (op === "|" || op === "&" || op === "-" || op === "^")) {
    return rt.setOperator(op, a, b);
  }
  if (a instanceof PyDict && b instanceof PyDict && op === "|") {
    const out = rt.newDict();
    rt.dictUpdate(out, a);
    rt.dictUpdate(out, b);
    return out;
  }
  return NotImplemented;
}

function isSequence(v: PyValue): boolean {
  return typeof v === "string" || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes;
}

/** `a op b`. */
export function binary(rt: Interpreter, op: BinOp, a: PyValue, b: PyValue): PyValue {
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== undefined && ib !== undefined) {
    const r = intBinary(rt, op, ia, ib);
    if (r !== NotImplemented) return r;
  } else if ((a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined)) {
    const r = floatBinary(rt, op, asFloat(a)!, asFloat(b)!);
    if (r !== NotImplemented) return r;
  } else {
    const aBuiltin = !(a instanceof PyObject) || a.$cls.isBuiltin;
    if (aBuiltin) {
      const r = builtinBinary(rt, op, a, b);
      if (r !== NotImplemented) return r;
    }
    const [name, rname] = DUNDER[op];
    const m = aBuiltin ? undefined : typeOf(a).lookup(name);
    if (m !== undefined) {
      const r = rt.call(m, [a, b]);
      if (r !== NotImplemented) return r;
    }
    const bBuiltin = !(b instanceof PyObject) || b.$cls.isBuiltin;
    const rm = bBuiltin ? undefined : typeOf(b).lookup(rname);
    if (rm !== undefined) {
      const r = rt.call(rm, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  const shown = op === "**" ? "** or pow()" : op;
  throw rt.error("TypeError", `unsupported operand type(s) for ${shown}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** `a op= b`: in-place for lists, sets and objects with `__iop__`, else the binary op. */
export function inplace(rt: Interpreter, op: BinOp, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyList) {
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
  }
  if (a instanceof PySet && a.$cls !== frozensetType && b instanceof PySet) {
    const r = rt.setOperator(op as "|" | "&" | "-" | "^", a, b) as PySet;
    a.table.map.clear();
    a.table.hashed = null;
    for (const e of r.table.map.values()) rt.setAdd(a, e.key);
    return a;
  }
  if (a instanceof PyDict && op === "|") {
    rt.dictUpdate(a, b);
    return a;
  }
  if (a instanceof PyObject && !a.$cls.isBuiltin) {
    const m = typeOf(a).lookup(DUNDER[op][2]);
    if (m !== undefined) {
      const r = rt.call(m, [a, b]);
      if (r !== NotImplemented) return r;
    }
  }
  return binary(rt, op, a, b);
}

/** Unary `-`, `+`, `~`. */
export function unary(rt: Interpreter, op: "-" | "+" | "~", a: PyValue): PyValue {
  const i = asInt(a);
  if (i !== undefined) {
    if (op === "-") return N.intNeg(i);
    if (op === "+") return i;
    return N.intSub(N.intNeg(i), 1);
  }
  if (a instanceof PyFloat && op !== "~") return op === "-" ? new PyFloat(-a.v) : a;
  if (a instanceof PyObject && !a.$cls.isBuiltin) {
    const m = typeOf(a).lookup(op === "-" ? "__neg__" : op === "+" ? "__pos__" : "__invert__");
    if (m !== undefined) return rt.call(m, [a]);
  }
  throw rt.error("TypeError", `bad operand type for unary ${op}: '${typeOf(a).name}'`);
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
  if (v === None) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.table.size > 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyRange) return v.length > 0;
  const cls = typeOf(v);
  if (cls.isBuiltin && !(v instanceof PyObject && v.$dict)) return true;
  const b = cls.lookup("__bool__");
  if (b !== undefined) {
    const r = rt.call(b, [v]);
    if (typeof r !== "boolean") throw rt.error("TypeError", `__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const len = cls.lookup("__len__");
  if (len !== undefined) return truthy(rt, rt.call(len, [v]));
  return true;
}

/** Exact comparison of a big int with a float (no rounding of the int). */
function intFloatCmp(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (i < bf) return -1;
  if (i > bf) return 1;
  return fl === f ? 0 : -1;
}

/** `a == b`. */
export function eq(rt: Interpreter, a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== "object" && tb !== "object") {
    if (ta === "boolean" || tb === "boolean") return asInt(a) === asInt(b);
    return false; // different primitive kinds or unequal values
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = asFloat(a);
    const y = asFloat(b);
    if (x !== undefined && y !== undefined) {
      if (typeof a === "bigint") return intFloatCmp(a, y) === 0;
      if (typeof b === "bigint") return intFloatCmp(b, x) === 0;
      return x === y;
    }
  }
  const userA = a instanceof PyObject && !a.$cls.isBuiltin;
  const userB = b instanceof PyObject && !b.$cls.isBuiltin;
  if (userA || userB) return richEq(rt, a, b);
  if (a instanceof PyList && b instanceof PyList) return seqEq(rt, a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(rt, a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) return rt.dictEq(a, b);
  if (a instanceof PySet && b instanceof PySet) return rt.setEq(a, b);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]);
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    return a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
  }
  if (a instanceof PyObject && b instanceof PyObject) {
    const m = a.$cls.lookup("__eq__");
    if (m !== undefined && !rt.isObjectDefault(m, "__eq__")) {
      const r = rt.call(m, [a, b]);
      if (r !== NotImplemented) return truthy(rt, r);
    }
  }
  return false;
}

function richEq(rt: Interpreter, a: PyValue, b: PyValue): boolean {
  const m = typeOf(a).lookup("__eq__");
  if (m !== undefined && !rt.isObjectDefault(m, "__eq__")) {
    const r = rt.call(m, [a, b]);
    if (r !== NotImplemented) return truthy(rt, r);
  }
  const rm = typeOf(b).lookup("__eq__");
  if (rm !== undefined && !rt.isObjectDefault(rm, "__eq__")) {
    const r = rt.call(rm, [b, a]);
    if (r !== NotImplemented) return truthy(rt, r);
  }
  return a === b;
}

function seqEq(rt: Interpreter, a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(rt, a[i], b[i])) return false;
  return true;
}

export function ne(rt: Interpreter, a: PyValue, b: PyValue): boolean {
  if (a instanceof PyObject && !a.$cls.isBuiltin) {
    const m = a.$cls.lookup("__ne__");
    if (m !== undefined && !rt.isObjectDefault(m, "__ne__")) {
      const r = rt.call(m, [a, b]);
      if (r !== NotImplemented) return truthy(rt, r);
    }
  }
  return !eq(rt, a, b);
}

type Order = "<" | "<=" | ">" | ">=";
const ORDER_DUNDER: Record<Order, [string, string]> = {
  "<": ["__lt__", "__gt__"],
  "<=": ["__le__", "__ge__"],
  ">": ["__gt__", "__lt__"],
  ">=": ["__ge__", "__le__"],
};

function cmpResult(op: Order, c: number): boolean {
  switch (op) {
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

/** Three-way comparison of builtin values, or undefined when the types do not order. */
function builtinCompare(rt: Interpreter, a: PyValue, b: PyValue): number | undefined {
  const ia = asInt(a);
  const ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return N.intCmp(ia, ib);
  if ((a instanceof PyFloat || ia !== undefined) && (b instanceof PyFloat || ib !== undefined)) {
    const x = asFloat(a)!;
    const y = asFloat(b)!;
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    if (typeof ia === "bigint") return intFloatCmp(ia, y);
    if (typeof ib === "bigint") return -intFloatCmp(ib, x);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const x = a.items;
    const y = b.items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (!eq(rt, x[i], y[i])) return lt(rt, x[i], y[i]) ? -1 : 1;
    }
    return x.length - y.length;
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const n = Math.min(a.data.length, b.data.length);
    for (let i = 0; i < n; i++) if (a.data[i] !== b.data[i]) return a.data[i]! - b.data[i]!;
    return a.data.length - b.data.length;
  }
  return undefined;
}

/** `a < b` and friends. */
export function compareOrder(rt: Interpreter, op: Order, a: PyValue, b: PyValue): boolean {
  const userA = a instanceof PyObject && !a.$cls.isBuiltin;
  const userB = b instanceof PyObject && !b.$cls.isBuiltin;
  if (!userA && !userB) {
    if (a instanceof PySet && b instanceof PySet) return rt.setCompare(op, a, b);
    const c = builtinCompare(rt, a, b);
    if (c !== undefined) return cmpResult(op, c);
  } else {
    const [name, rname] = ORDER_DUNDER[op];
    const m = typeOf(a).lookup(name);
    if (m !== undefined && !rt.isObjectDefault(m, name)) {
      const r = rt.call(m, [a, b]);
      if (r !== NotImplemented) return truthy(rt, r);
    }
    const rm = typeOf(b).lookup(rname);
    if (rm !== undefined && !rt.isObjectDefault(rm, rname)) {
      const r = rt.call(rm, [b, a]);
      if (r !== NotImplemented) return truthy(rt, r);
    }
  }
  throw rt.error("TypeError", `'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

export function lt(rt: Interpreter, a: PyValue, b: PyValue): boolean {
  return compareOrder(rt, "<", a, b);
}

/** `item in container`. */
export function contains(rt: Interpreter, container: PyValue, item: PyValue): boolean {
  if (typeof container === "string") {
    if (typeof item !== "string") {
      throw rt.error("TypeError", `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    }
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || eq(rt, x, item)) return true;
    return false;
  }
  if (container instanceof PyDict || container instanceof PySet) return rt.tableHas(container.table, item);
  if (container instanceof PyRange) {
    const i = asInt(item);
    if (i === undefined || typeof i === "bigint") return false;
    const { start, step } = container;
    const n = container.length;
    const k = (i - start) / step;
    return Number.isInteger(k) && k >= 0 && k < n;
  }
  if (container instanceof PyBytes) {
    const i = asInt(item);
    if (i !== undefined) return container.data.includes(Number(i));
    if (item instanceof PyBytes) return rt.bytesFind(container, item) >= 0;
  }
  const m = typeOf(container).lookup("__contains__");
  if (m !== undefined && !typeOf(container).isBuiltin) return truthy(rt, rt.call(m, [container, item]));
  for (const x of rt.iterate(container)) if (x === item || eq(rt, x, item)) return true;
  return false;
}

/** One comparison of a chain. */
export function compare(rt: Interpreter, op: CmpOp, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case "==":
      return eq(rt, a, b);
    case "!=":
      return ne(rt, a, b);
    case "is":
      return a === b;
    case "is not":
      return a !== b;
    case "in":
      return contains(rt, b, a);
    case "not in":
      return !contains(rt, b, a);
    default:
      return compareOrder(rt, op, a, b);
  }
}
