/**
 * The `math` module: float functions with CPython's domain and range errors, and
 * the exact integer functions (floor/ceil/trunc to int, gcd, lcm, factorial, isqrt,
 * comb, perm) on ints of any size.
 */
import { PyFloat, PyModule, PyObject, None, normInt, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import { floatToInt } from "../objects/numbers";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { float, frexp, indexArg, makeModule, native, realArg } from "./util";
import { fsum } from "./math-fsum";
import * as dd from "./math-dd";

type Int = number | bigint;

const big = (v: Int): bigint => (typeof v === "bigint" ? v : BigInt(v));

function domain(rt: Interpreter): never {
  throw rt.error("ValueError", "math domain error");
}

function range(rt: Interpreter): never {
  throw rt.error("OverflowError", "math range error");
}

/** A one-argument float function with CPython's error checks on the result. */
function unary(name: string, f: (x: number) => number, ok: (x: number) => boolean = () => true) {
  return native(name, (rt, args, kw) => {
    noKwargs(rt, name, kw);
    arity(rt, `math.${name}`, args, 1);
    const x = realArg(rt, args[0]);
    if (!ok(x)) domain(rt);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain(rt);
    if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) range(rt);
    return float(r);
  });
}

function binary(name: string, f: (rt: Interpreter, x: number, y: number) => number) {
  return native(name, (rt, args, kw) => {
    noKwargs(rt, name, kw);
    arity(rt, name, args, 2);
    return float(f(rt, realArg(rt, args[0]), realArg(rt, args[1])));
  });
}

function noKwargs(rt: Interpreter, name: string, kw: KwArgs | null): void {
  if (kw && kw.names.length) throw rt.error("TypeError", `math.${name}() takes no keyword arguments`);
}

/** floor/ceil/trunc: ints pass through, floats become ints, other objects use their dunder. */
function rounding(name: "floor" | "ceil" | "trunc", f: (x: number) => number) {
  return native(name, (rt, args, kw) => {
    noKwargs(rt, name, kw);
    arity(rt, `math.${name}`, args, 1);
    const v = args[0];
    if (typeof v === "number" || typeof v === "bigint") return v;
    if (typeof v === "boolean") return v ? 1 : 0;
    if (v instanceof PyFloat) return floatToIntChecked(rt, f(v.v));
    if (v instanceof PyObject) {
      const m = v.$cls.lookup(`__${name}__`);
      if (m !== undefined) return rt.call(m, [v]);
    }
    if (name === "trunc") throw rt.error("TypeError", `type ${typeOf(v).name} doesn't define __trunc__ method`);
    return floatToIntChecked(rt, f(realArg(rt, v)));
  });
}

function floatToIntChecked(rt: Interpreter, x: number): Int {
  if (Number.isNaN(x)) throw rt.error("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw rt.error("OverflowError", "cannot convert float infinity to integer");
  return floatToInt(x);
}

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Integer square root (floor), exact for any size. */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n || !Number.isFinite(Number(n))) x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  // One Newton step from any start lands at or above floor(sqrt(n)); from there it descends.
  x = (x + n / x) >> 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

function factorialBig(n: number): bigint {
  let r = 1n;
  for (let i = 2; i <= n; i++) r *= BigInt(i);
  return r;
}

/** ln of an int of any size (huge ints go through their bit length, as CPython does). */
function intLog(x: Int): number {
  const f = Number(x);
  if (Number.isFinite(f)) return dd.log(f);
  // As CPython: x = m * 2**e with 0.5 <= m < 1, then log(m) + e * log(2).
  const b = big(x);
  const bits = b.toString(2).length;
  const m = Number(b >> BigInt(bits - 64)) / 2 ** 64;
  return dd.log(m) + bits * Math.LN2;
}

function logOf(rt: Interpreter, v: PyValue): number {
  if (typeof v === "bigint" || typeof v === "number" || typeof v === "boolean") {
    const n = typeof v === "boolean" ? (v ? 1 : 0) : v;
    if (n <= 0) domain(rt);
    return intLog(n);
  }
  const x = realArg(rt, v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) domain(rt);
  return x === Infinity ? x : dd.log(x);
}

function nonNegInt(rt: Interpreter, v: PyValue, what: string): bigint {
  const n = big(indexArg(rt, v));
  if (n < 0n) throw rt.error("ValueError", `${what} must be a non-negative integer`);
  return n;
}

function perm(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  let r = 1n;
  for (let i = n - k + 1n; i <= n; i++) r *= i;
  return r;
}

function comb(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

function ldexp(x: number, e: number): number {
  // Scale in steps so intermediate powers of two neither overflow nor underflow.
  let r = x;
  while (e > 1000) {
    r *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    r *= 2 ** -1000;
    e += 1000;
  }
  return r * 2 ** e;
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigUint64(0);
  bits += y > x === x > 0 ? 1n : -1n;
  buf.setBigUint64(0, bits);
  return buf.getFloat64(0);
}

function pow(rt: Interpreter, x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && y < 0 && Number.isFinite(y)) domain(rt);
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) domain(rt);
  if (x === -1 && !Number.isFinite(y)) return 1;
  let r: number;
  if (Number.isFinite(x) && Number.isFinite(y) && x !== 0) {
    // x < 0 here only with an integral y (checked above): the sign comes from y's parity.
    const mag = dd.powPositive(Math.abs(x), y);
    r = x < 0 && Math.abs(y) % 2 === 1 ? -mag : mag;
  } else r = x ** y;
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range(rt);
  return r;
}

/** Build the `math` module. */
export function mathModule(_rt: Interpreter): PyModule {
  const intFn = (name: string, impl: (rt: Interpreter, args: PyValue[], kw: KwArgs | null) => PyValue) =>
    native(name, impl);
  return makeModule("math", {
    pi: float(Math.PI),
    e: float(Math.E),
    tau: float(2 * Math.PI),
    inf: float(Infinity),
    nan: float(NaN),
    sqrt: unary("sqrt", Math.sqrt, (x) => !(x < 0)),
    exp: unary("exp", dd.exp),
    exp2: unary("exp2", (x) => 2 ** x),
    expm1: unary("expm1", Math.expm1),
    log2: native("log2", (rt, args) => {
      arity(rt, "math.log2", args, 1);
      return float(log2(rt, args[0]));
    }),
    log10: native("log10", (rt, args) => {
      arity(rt, "math.log10", args, 1);
      return float(log10(rt, args[0]));
    }),
    log1p: unary("log1p", Math.log1p, (x) => x > -1),
    log: native("log", (rt, args, kw) => {
      noKwargs(rt, "log", kw);
      if (args.length < 1 || args.length > 2) throw rt.error("TypeError", "math.log requires 1 to 2 arguments");
      const num = logOf(rt, args[0]);
      if (args.length === 1) return float(num);
      const den = logOf(rt, args[1]);
      if (den === 0) throw rt.error("ZeroDivisionError", "float division by zero");
      return float(num / den);
    }),
    sin: unary("sin", dd.sin, Number.isFinite),
    cos: unary("cos", dd.cos, Number.isFinite),
    tan: unary("tan", dd.tan, Number.isFinite),
    asin: unary("asin", Math.asin, (x) => Number.isNaN(x) || Math.abs(x) <= 1),
    acos: unary("acos", Math.acos, (x) => Number.isNaN(x) || Math.abs(x) <= 1),
    atan: unary("atan", Math.atan),
    sinh: unary("sinh", Math.sinh),
    cosh: unary("cosh", Math.cosh),
    tanh: unary("tanh", Math.tanh),
    asinh: unary("asinh", Math.asinh),
    acosh: unary("acosh", Math.acosh, (x) => Number.isNaN(x) || x >= 1),
    atanh: unary("atanh", Math.atanh, (x) => Number.isNaN(x) || Math.abs(x) < 1),
    cbrt: unary("cbrt", Math.cbrt),
    atan2: binary("atan2", (_rt, y, x) => Math.atan2(y, x)),
    pow: binary("pow", pow),
    fmod: binary("fmod", (rt, x, y) => {
      if (y === 0 || !Number.isFinite(x)) {
        if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
        domain(rt);
      }
      return x % y;
    }),
    remainder: binary("remainder", (rt, x, y) => {
      if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
      if (y === 0 || !Number.isFinite(x)) domain(rt);
      if (!Number.isFinite(y)) return x;
      const n = Math.round(x / y);
      // Ties go to the even multiple.
      const q = Math.abs(x / y - Math.trunc(x / y)) === 0.5 ? 2 * Math.round(x / y / 2) : n;
      const r = x - q * y;
      return r === 0 ? (x < 0 ? -0 : 0) : r;
    }),
    copysign: binary("copysign", (_rt, x, y) => {
      return y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x);
    }),
    fabs: unary("fabs", Math.abs),
    floor: rounding("floor", Math.floor),
    ceil: rounding("ceil", Math.ceil),
    trunc: rounding("trunc", Math.trunc),
    degrees: unary("degrees", (x) => (x * 180) / Math.PI),
    radians: unary("radians", (x) => (x * Math.PI) / 180),
    hypot: native("hypot", (rt, args) => {
      return float(hypot(args.map((a) => realArg(rt, a))));
    }),
    dist: native("dist", (rt, args) => {
      arity(rt, "dist", args, 2);
      const p = rt.toArray(args[0]).map((a) => realArg(rt, a));
      const q = rt.toArray(args[1]).map((a) => realArg(rt, a));
      if (p.length !== q.length) throw rt.error("ValueError", "both points must have the same number of dimensions");
      return float(hypot(p.map((x, i) => x - q[i]!)));
    }),
    isfinite: boolFn("isfinite", Number.isFinite),
    isinf: boolFn("isinf", (x) => x === Infinity || x === -Infinity),
    isnan: boolFn("isnan", Number.isNaN),
    isclose: native("isclose", (rt, args, kw) => {
      const [a, b, relTol, absTol] = parseArgs(rt, "isclose", args, kw, ["a", "b"], 2, {
        kwOnly: ["rel_tol", "abs_tol"],
      });
      if (args.length > 2)
        throw rt.error("TypeError", `isclose() takes exactly 2 positional arguments (${args.length} given)`);
      const x = realArg(rt, a);
      const y = realArg(rt, b);
      const rel = relTol === undefined ? 1e-9 : realArg(rt, relTol);
      const abs = absTol === undefined ? 0 : realArg(rt, absTol);
      if (rel < 0 || abs < 0) throw rt.error("ValueError", "tolerances must be non-negative");
      if (x === y) return true;
      if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
      const diff = Math.abs(y - x);
      return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }),
    fsum: native("fsum", (rt, args) => {
      arity(rt, "math.fsum", args, 1);
      return float(
        fsum(
          rt,
          rt.toArray(args[0]).map((v) => realArg(rt, v)),
        ),
      );
    }),
    prod: native("prod", (rt, args, kw) => {
      const [it, start] = parseArgs(rt, "prod", args, kw, ["iterable"], 1, { kwOnly: ["start"] });
      let acc: PyValue = start === undefined ? 1 : start;
      for (const x of rt.iterate(it)) acc = rt.binary("*", acc, x);
      return acc;
    }),
    modf: native("modf", (rt, args) => {
      arity(rt, "math.modf", args, 1);
      const x = realArg(rt, args[0]);
      if (!Number.isFinite(x)) return new PyTuple([float(Number.isNaN(x) ? x : x > 0 ? 0 : -0), float(x)]);
      const i = Math.trunc(x);
      const frac = x - i;
      return new PyTuple([float(frac === 0 && (x < 0 || Object.is(x, -0)) ? -0 : frac), float(i)]);
    }),
    frexp: native("frexp", (rt, args) => {
      arity(rt, "math.frexp", args, 1);
      const [m, e] = frexp(realArg(rt, args[0]));
      return new PyTuple([float(m), e]);
    }),
    ldexp: native("ldexp", (rt, args) => {
      arity(rt, "ldexp", args, 2);
      const x = realArg(rt, args[0]);
      const e = indexArg(rt, args[1]);
      const r = ldexp(x, Math.max(-100000, Math.min(100000, Number(e))));
      if (!Number.isFinite(r) && Number.isFinite(x)) range(rt);
      return float(r);
    }),
    nextafter: binary("nextafter", (_rt, x, y) => nextafter(x, y)),
    ulp: unary("ulp", (x) => {
      if (Number.isNaN(x)) return x;
      x = Math.abs(x);
      if (x === Infinity) return x;
      const n = nextafter(x, Infinity);
      return n === Infinity ? x - nextafter(x, -Infinity) : n - x;
    }),
    gcd: intFn("gcd", (rt, args) => {
      let g = 0n;
      for (const a of args) g = gcd2(g, big(indexArg(rt, a)));
      return normInt(g);
    }),
    lcm: intFn("lcm", (rt, args) => {
      let l = 1n;
      for (const a of args) {
        const b = big(indexArg(rt, a));
        if (b === 0n || l === 0n) l = 0n;
        else l = ((l < 0n ? -l : l) / gcd2(l, b)) * (b < 0n ? -b : b);
      }
      return normInt(l);
    }),
    factorial: intFn("factorial", (rt, args) => {
      arity(rt, "math.factorial", args, 1);
      const n = indexArg(rt, args[0]);
      if (n < 0) throw rt.error("ValueError", "factorial() not defined for negative values");
      if (Number(n) > 100000) throw rt.error("OverflowError", "factorial() argument should not exceed 100000");
      return normInt(factorialBig(Number(n)));
    }),
    isqrt: intFn("isqrt", (rt, args) => {
      arity(rt, "math.isqrt", args, 1);
      const n = big(indexArg(rt, args[0]));
      if (n < 0n) throw rt.error("ValueError", "isqrt() argument must be nonnegative");
      return normInt(isqrtBig(n));
    }),
    comb: intFn("comb", (rt, args) => {
      arity(rt, "comb", args, 2);
      const n = nonNegInt(rt, args[0], "n");
      const k = nonNegInt(rt, args[1], "k");
      return normInt(comb(n, k));
    }),
    perm: intFn("perm", (rt, args) => {
      arity(rt, "perm", args, 1, 2);
      const n = nonNegInt(rt, args[0], "n");
      const k = args.length < 2 || args[1] === None ? n : nonNegInt(rt, args[1], "k");
      return normInt(perm(n, k));
    }),
  });
}

function boolFn(name: string, f: (x: number) => boolean) {
  return native(name, (rt, args) => {
    arity(rt, `math.${name}`, args, 1);
    return f(realArg(rt, args[0]));
  });
}

function hypot(xs: number[]): number {
  return Math.hypot(...xs);
}

function log2(rt: Interpreter, v: PyValue): number {
  if (typeof v === "number" || typeof v === "bigint") {
    if (v <= 0) domain(rt);
    const b = big(v);
    // Exact for powers of two of any size.
    if ((b & (b - 1n)) === 0n) return b.toString(2).length - 1;
    return Number.isFinite(Number(b)) ? dd.log2(Number(b)) : intLog(b) / Math.LN2;
  }
  const x = realArg(rt, v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) domain(rt);
  return x === Infinity ? x : dd.log2(x);
}

function log10(rt: Interpreter, v: PyValue): number {
  if (typeof v === "number" || typeof v === "bigint") {
    if (v <= 0) domain(rt);
    return Number.isFinite(Number(v)) ? Math.log10(Number(v)) : intLog(v) / Math.LN10;
  }
  const x = realArg(rt, v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) domain(rt);
  return Math.log10(x);
}
