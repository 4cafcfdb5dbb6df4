/**
 * The native methods of `float`: `is_integer`, `as_integer_ratio`, `hex`, `fromhex`,
 * the conversions (`__int__`, `__trunc__`, `__floor__`, `__ceil__`, `__round__`) and
 * the operator dunders for explicit calls.
 */
import { PyFloat, floatType, isInt, normInt, type PyValue } from "../../objects/core";
import { PyTuple } from "../../objects/containers";
import type { Interpreter } from "../../interp/interpreter";
import { arity, noKw } from "../registry";
import { floatToIntChecked } from "./constructors";
import { slots, natives, classMethod, type MethodImpl } from "./receiver";
import { floatHash, hashValue } from "./hashes";
import { numberGetters, roundWith, arithmeticSlots } from "./number-common";

function value(v: PyValue): number {
  return (v as PyFloat).v;
}

/** The sign, 53-bit significand and binary exponent of a finite double: |x| = mant * 2**exp. */
function decompose(x: number): { neg: boolean; mant: bigint; exp: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e !== 0) mant |= 1n << 52n;
  return { neg: hi >>> 31 === 1, mant, exp: e === 0 ? -1074 : e - 1075 };
}

function asIntegerRatio(rt: Interpreter, x: number): PyTuple {
  if (Number.isNaN(x)) throw rt.error("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw rt.error("OverflowError", "cannot convert Infinity to integer ratio");
  if (x === 0) return new PyTuple([0, 1]);
  const parts = decompose(x);
  let { mant, exp } = parts;
  while ((mant & 1n) === 0n && exp < 0) {
    mant >>= 1n;
    exp++;
  }
  const num = exp >= 0 ? mant << BigInt(exp) : mant;
  const den = exp >= 0 ? 1n : 1n << BigInt(-exp);
  return new PyTuple([normInt(parts.neg ? -num : num), normInt(den)]);
}

/** `x.hex()`: `0x1.8000000000000p+0`, subnormals as `0x0.…p-1022`. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const { neg, mant, exp } = decompose(x);
  const sign = neg ? "-" : "";
  if (mant === 0n) return `${sign}0x0.0p+0`;
  const frac = (mant & ((1n << 52n) - 1n)).toString(16).padStart(13, "0");
  const subnormal = mant < 1n << 52n;
  const e = subnormal ? -1022 : exp + 52;
  return `${sign}0x${subnormal ? 0 : 1}.${frac}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

/** `float.fromhex(s)`, correctly rounded (ties to even), with CPython's errors. */
export function floatFromHex(rt: Interpreter, text: string): number {
  const s = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) {
    const v = special[2]!.toLowerCase() === "nan" ? NaN : Infinity;
    return special[1] === "-" ? -v : v;
  }
  const m = HEX_FLOAT.exec(s);
  const intPart = m?.[2] ?? "";
  const fracPart = m?.[3] ?? "";
  if (!m || intPart + fracPart === "") throw rt.error("ValueError", "invalid hexadecimal floating-point string");
  const neg = m[1] === "-";
  const digits = BigInt("0x" + (intPart + fracPart));
  const exp2 = Number(m[4] ?? 0) - 4 * fracPart.length;
  if (digits === 0n) return neg ? -0 : 0;
  const top = digits.toString(2).length - 1 + exp2; // exponent of the leading bit
  if (top > 1100) throw rt.error("OverflowError", "hexadecimal value too large to represent as a float");
  // Keep 53 significant bits, fewer for subnormals (the last bit is worth 2**-1074).
  const lsb = Math.max(top - 52, -1074);
  let q: bigint;
  if (exp2 >= lsb) q = digits << BigInt(exp2 - lsb);
  else {
    const shift = BigInt(lsb - exp2);
    q = digits >> shift;
    const rem = digits & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  const r = Number(q) * 2 ** lsb;
  if (!Number.isFinite(r)) throw rt.error("OverflowError", "hexadecimal value too large to represent as a float");
  return neg ? -r : r;
}

function nullary(name: string, f: (rt: Interpreter, x: number) => PyValue): MethodImpl {
  return (rt, self, args, kw) => {
    noKw(rt, `float.${name}`, kw);
    arity(rt, `float.${name}`, args, 0);
    return f(rt, value(self));
  };
}

const isFloatOperand = (v: PyValue): boolean => v instanceof PyFloat || isInt(v);

arithmeticSlots(floatType, isFloatOperand, { bitwise: false, divmodZero: "float divmod()" });

slots(floatType, {
  __int__: [0, (rt, self) => floatToIntChecked(rt, value(self))],
  __float__: [0, (_rt, self) => self],
  __hash__: [0, (_rt, self) => hashValue(floatHash(value(self)))],
});

natives(floatType, {
  is_integer: nullary("is_integer", (_rt, x) => Number.isInteger(x)),
  as_integer_ratio: nullary("as_integer_ratio", asIntegerRatio),
  hex: nullary("hex", (_rt, x) => floatHex(x)),
  conjugate: nullary("conjugate", (_rt, x) => new PyFloat(x)),
  __trunc__: nullary("__trunc__", (rt, x) => floatToIntChecked(rt, Math.trunc(x))),
  __floor__: nullary("__floor__", (rt, x) => floatToIntChecked(rt, Math.floor(x))),
  __ceil__: nullary("__ceil__", (rt, x) => floatToIntChecked(rt, Math.ceil(x))),
  __round__: (rt, self, args, kw) => {
    noKw(rt, "float.__round__", kw);
    arity(rt, "__round__", args, 0, 1);
    return roundWith(rt, self, args[0]);
  },
});

classMethod(floatType, "fromhex", (rt, cls, args, kw) => {
  noKw(rt, "float.fromhex", kw);
  arity(rt, "float.fromhex", args, 1);
  const s = args[0];
  if (typeof s !== "string") throw rt.error("TypeError", "bad argument type for built-in operation");
  const r = new PyFloat(floatFromHex(rt, s));
  return cls === floatType ? r : rt.call(cls, [r]);
});

numberGetters(floatType, {
  real: (v) => v,
  imag: () => new PyFloat(0),
});
