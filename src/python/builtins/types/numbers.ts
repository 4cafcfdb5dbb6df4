/**
 * The native methods of `int` and `bool` (float's are in float.ts): `bit_length`,
 * `to_bytes`, `from_bytes`, the rational-number attributes, and the operator dunders
 * for explicit calls such as `(5).__add__(3)` or `int.__add__`. The operators
 * themselves never come here: the dunders delegate to the interpreter's arithmetic,
 * returning NotImplemented for operands int does not handle, as CPython's do.
 */
import {
  PyFloat,
  NotImplemented,
  intType,
  boolType,
  isInt,
  normInt,
  typeOf,
  type KwArgs,
  type PyValue,
} from "../../objects/core";
import { PyTuple, PyBytes, bytesType } from "../../objects/containers";
import type { Interpreter } from "../../interp/interpreter";
import { arity, noKw, parseArgs, intArg, argTypeName } from "../registry";
import { slots, natives, classMethod, type MethodImpl } from "./receiver";
import { intHash, hashValue } from "./hashes";
import { numberGetters, roundWith, arithmeticSlots } from "./number-common";
import type { Int } from "../../objects/numbers";
// float's methods live in their own file; methods.ts loads this one for both number types.
import "./float";

/** An int or bool as an int. */
export function intOf(v: PyValue): Int {
  return typeof v === "boolean" ? (v ? 1 : 0) : (v as Int);
}

function big(v: PyValue): bigint {
  return BigInt(intOf(v));
}

const isIntOperand = (v: PyValue): boolean => isInt(v);

arithmeticSlots(intType, isIntOperand, { bitwise: true, divmodZero: null });

slots(intType, {
  __invert__: [0, (rt, self) => rt.unary("~", self)],
  __int__: [0, (_rt, self) => intOf(self)],
  __index__: [0, (_rt, self) => intOf(self)],
  __float__: [
    0,
    (rt, self) => {
      const x = Number(intOf(self));
      if (!Number.isFinite(x)) throw rt.error("OverflowError", "int too large to convert to float");
      return new PyFloat(x);
    },
  ],
  __hash__: [0, (_rt, self) => hashValue(intHash(intOf(self)))],
});

/** The int methods that take no arguments. */
function nullary(name: string, f: (rt: Interpreter, n: Int) => PyValue): MethodImpl {
  return (rt, self, args, kw) => {
    noKw(rt, `int.${name}`, kw);
    arity(rt, `int.${name}`, args, 0);
    return f(rt, intOf(self));
  };
}

function bitLength(n: Int): number {
  if (n == 0) return 0;
  const b = BigInt(n);
  return (b < 0n ? -b : b).toString(2).length;
}

function byteOrder(rt: Interpreter, fname: string, v: PyValue): "big" | "little" {
  if (v === undefined) return "big";
  if (typeof v !== "string") {
    throw rt.error("TypeError", `${fname}() argument 'byteorder' must be str, not ${argTypeName(v)}`);
  }
  if (v !== "big" && v !== "little") throw rt.error("ValueError", "byteorder must be either 'little' or 'big'");
  return v;
}

/** `n.to_bytes(length=1, byteorder='big', *, signed=False)`. */
function toBytes(rt: Interpreter, self: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  if (args.length > 2) {
    throw rt.error("TypeError", `to_bytes() takes at most 2 positional arguments (${args.length} given)`);
  }
  const [lengthArg, orderArg, signedArg] = parseArgs(rt, "to_bytes", args, kw, ["length", "byteorder"], 0, {
    kwOnly: ["signed"],
    cName: "to_bytes",
  });
  const length = lengthArg === undefined ? 1 : intArg(rt, lengthArg);
  if (length < 0) throw rt.error("ValueError", "length argument must be non-negative");
  const order = byteOrder(rt, "to_bytes", orderArg);
  const signed = signedArg !== undefined && rt.truthy(signedArg);
  let n = big(self);
  if (n < 0n && !signed) throw rt.error("OverflowError", "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? n >= -(1n << (bits - 1n)) && n < 1n << (bits - 1n) : n < 1n << bits;
  if (length === 0 ? n !== 0n : !fits) throw rt.error("OverflowError", "int too big to convert");
  rt.checkLength(length);
  if (n < 0n) n += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  if (order === "little") out.reverse();
  return new PyBytes(out, bytesType);
}

natives(intType, {
  bit_length: nullary("bit_length", (_rt, n) => bitLength(n)),
  bit_count: nullary("bit_count", (_rt, n) => {
    const b = BigInt(n);
    return Array.from((b < 0n ? -b : b).toString(2)).filter((c) => c === "1").length;
  }),
  conjugate: nullary("conjugate", (_rt, n) => n),
  as_integer_ratio: nullary("as_integer_ratio", (_rt, n) => new PyTuple([n, 1])),
  to_bytes: toBytes,
  __trunc__: nullary("__trunc__", (_rt, n) => n),
  __floor__: nullary("__floor__", (_rt, n) => n),
  __ceil__: nullary("__ceil__", (_rt, n) => n),
  __round__: (rt, self, args, kw) => {
    noKw(rt, "int.__round__", kw);
    arity(rt, "__round__", args, 0, 1);
    if (args.length === 0) return intOf(self);
    intArg(rt, args[0]);
    return roundWith(rt, intOf(self), args[0]);
  },
});

classMethod(intType, "from_bytes", (rt, cls, args, kw) => {
  if (args.length > 2) {
    throw rt.error("TypeError", `from_bytes() takes at most 2 positional arguments (${args.length} given)`);
  }
  const [src, orderArg, signedArg] = parseArgs(rt, "from_bytes", args, kw, ["bytes", "byteorder"], 1, {
    kwOnly: ["signed"],
    cName: "from_bytes",
  });
  // bytes(n) would make n zero bytes; from_bytes refuses numbers and str outright.
  if (typeof src === "string" || isInt(src) || src instanceof PyFloat) {
    throw rt.error("TypeError", `cannot convert '${typeOf(src).name}' object to bytes`);
  }
  const data = src instanceof PyBytes ? src.data : (rt.call(bytesType, [src]) as PyBytes).data;
  const order = byteOrder(rt, "from_bytes", orderArg);
  const bytes = order === "big" ? data : data.slice().reverse();
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if (signedArg !== undefined && rt.truthy(signedArg) && bytes.length && bytes[0]! >= 0x80) {
    n -= 1n << BigInt(bytes.length * 8);
  }
  const v = normInt(n);
  return cls === intType ? v : rt.call(cls, [v]);
});

numberGetters(intType, {
  real: (v) => intOf(v),
  imag: () => 0,
  numerator: (v) => intOf(v),
  denominator: () => 1,
});

// bool's &, | and ^ keep bools bools: True & False is False, True & 1 is 1.
function boolBit(op: "&" | "|" | "^", reflected: boolean): MethodImpl {
  return (rt, self, [o]) => {
    if (typeof o === "boolean") {
      const a = self as boolean;
      return op === "&" ? a && o : op === "|" ? a || o : a !== o;
    }
    if (!isInt(o)) return NotImplemented;
    return reflected ? rt.binary(op, o, self) : rt.binary(op, self, o);
  };
}

slots(boolType, {
  __and__: [1, boolBit("&", false)],
  __or__: [1, boolBit("|", false)],
  __xor__: [1, boolBit("^", false)],
  __rand__: [1, boolBit("&", true)],
  __ror__: [1, boolBit("|", true)],
  __rxor__: [1, boolBit("^", true)],
  __repr__: [0, (_rt, self) => (self ? "True" : "False")],
});
