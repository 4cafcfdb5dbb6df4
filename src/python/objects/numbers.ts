/**
 * Integer and float arithmetic with CPython's results: ints of any size (number while
 * safe, bigint beyond), floor division and modulo that round toward negative infinity,
 * and float repr as the shortest string that round-trips.
 */
import { normInt } from "./core";

export type Int = number | bigint;

const big = (v: Int): bigint => (typeof v === "bigint" ? v : BigInt(v));

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normInt(big(a) * big(b));
}

/** Floor division; the caller has checked b != 0. */
export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") return Math.floor(a / b) || 0;
  const x = big(a);
  const y = big(b);
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return normInt(q);
}

/** Modulo with the sign of the divisor; the caller has checked b != 0. */
export function intMod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r || 0;
  }
  const y = big(b);
  let r = big(a) % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normInt(r);
}

/** a ** b for b >= 0. */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normInt(big(a) ** big(b));
}

/** pow(a, b, m) with b >= 0. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let base = big(a);
  let exp = big(b);
  const mod = big(m);
  // Reduced too, so that pow(x, 0, 1) is 0.
  let result = 1n % mod;
  base = ((base % mod) + mod) % mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  if (result !== 0n && result < 0n !== mod < 0n) result += mod;
  return normInt(result);
}

export function intBitOp(op: "&" | "|" | "^", a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) {
    return op === "&" ? a & b : op === "|" ? a | b : a ^ b;
  }
  const x = big(a);
  const y = big(b);
  return normInt(op === "&" ? x & y : op === "|" ? x | y : x ^ y);
}

export function intShift(op: "<<" | ">>", a: Int, b: Int): Int {
  const x = big(a);
  const y = big(b);
  return normInt(op === "<<" ? x << y : x >> y);
}

export function intNeg(a: Int): Int {
  return typeof a === "number" ? -a || 0 : normInt(-a);
}

export function intCmp(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function intToFloat(a: Int): number {
  return typeof a === "number" ? a : Number(a);
}

/** Python floor of a float as an int (for `//` and `math.floor`). */
export function floatToInt(x: number): Int {
  if (Number.isSafeInteger(x)) return x || 0;
  return normInt(BigInt(x));
}

/** Python's float `%`: the result has the sign of the divisor. */
export function floatMod(a: number, b: number): number {
  let r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  else if (r === 0) r = b < 0 ? -0 : 0;
  return r;
}

export function floatFloorDiv(a: number, b: number): number {
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  // copysign(0.0, a / b), as CPython does: the sign survives a zero quotient.
  if (div === 0) return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  const floordiv = Math.floor(div);
  return div - floordiv > 0.5 ? floordiv + 1 : floordiv;
}

/** `repr(x)` for a float, as CPython prints it. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  // toExponential() with no argument gives the shortest round-tripping digits.
  const [mant, expStr] = x.toExponential().split("e") as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  let out: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) out = "0." + "0".repeat(-exp - 1) + digits;
    else if (digits.length <= exp + 1) out = digits + "0".repeat(exp + 1 - digits.length) + ".0";
    else out = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  } else {
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    out = m + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  }
  return neg ? "-" + out : out;
}

/** The exact decimal value of a finite double as [digits, point position], for correct rounding. */
export function exactDecimal(x: number): { neg: boolean; digits: string; exp10: number } {
  const neg = x < 0 || Object.is(x, -0);
  x = Math.abs(x);
  if (x === 0) return { neg, digits: "0", exp10: 1 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2: number;
  if (e === 0) exp2 = -1074;
  else {
    mant |= 1n << 52n;
    exp2 = e - 1075;
  }
  // value = mant * 2**exp2
  let num: bigint;
  let scale = 0; // value = num / 10**scale
  if (exp2 >= 0) num = mant << BigInt(exp2);
  else {
    num = mant * 5n ** BigInt(-exp2);
    scale = -exp2;
  }
  const s = num.toString();
  return { neg, digits: s, exp10: s.length - scale };
}

/**
 * Round a finite double to `ndigits` decimal places, ties to even on its exact value,
 * as CPython's `round()` and `%.Nf` do. Returns the decimal string (no exponent).
 */
export function toFixedExact(x: number, ndigits: number): string {
  const { neg, digits, exp10 } = exactDecimal(x);
  // digits d1 d2 ... with the decimal point after exp10 digits.
  const keep = exp10 + ndigits; // number of digits to keep
  let intDigits: bigint;
  if (keep < 0) intDigits = 0n;
  else {
    const head = digits.slice(0, keep) || "0";
    const rest = digits.slice(Math.max(keep, 0));
    intDigits = BigInt(head);
    if (rest.length) {
      const first = rest.charCodeAt(0) - 48;
      const tail = rest.slice(1).replace(/0+$/, "");
      if (first > 5 || (first === 5 && (tail.length > 0 || (intDigits & 1n) === 1n))) intDigits += 1n;
    }
    if (keep > digits.length) intDigits *= 10n ** BigInt(keep - digits.length);
  }
  let s = intDigits.toString();
  if (ndigits > 0) {
    s = s.padStart(ndigits + 1, "0");
    s = s.slice(0, s.length - ndigits) + "." + s.slice(s.length - ndigits);
  }
  return (neg ? "-" : "") + s;
}
