/**
 * The `complex` type: two floats, with CPython's arithmetic (Smith's division, integer
 * powers by repeated squaring, other powers through polar form), its repr (`(1+2j)`,
 * `1j`, `(-0-1j)`), hash, equality with ints and floats, and the constructor from
 * numbers and strings. A negative float raised to a fractional power gives a complex,
 * as in CPython (interp/ops.ts calls {@link complexPow}).
 */
import { PyFloat, PyObject, PyType, NotImplemented, objectType, typeOf, type PyValue } from "../../objects/core";
import { PyTuple } from "../../objects/containers";
import { floatRepr, intToFloat } from "../../objects/numbers";
import type { Interpreter } from "../../interp/interpreter";
import { floatHash } from "./hashes";
import { powFloat } from "../../objects/pow";
import * as dd from "../../stdlib/math-dd";
import { methods, getter, parseArgs } from "../registry";
import { PyBuiltin } from "../../objects/core";
import { PyStaticMethod } from "../../objects/functions";
import { formatComplex } from "../format/spec";

export const complexType: PyType = new PyType("complex", [objectType], {
  builtin: true,
  alloc: (cls) => new PyComplex(0, 0, cls),
});

export class PyComplex extends PyObject {
  constructor(
    readonly re: number,
    readonly im: number,
    cls: PyType = complexType,
  ) {
    super(cls);
  }
}

type C = readonly [number, number];

/** A real or complex operand as a pair, or undefined for anything else. */
export function complexOf(v: PyValue): C | undefined {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyFloat) return [v.v, 0];
  if (typeof v === "number") return [v, 0];
  if (typeof v === "bigint") return [intToFloat(v), 0];
  if (typeof v === "boolean") return [v ? 1 : 0, 0];
  return undefined;
}

const make = (c: C) => new PyComplex(c[0], c[1]);

function prod(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** `_Py_c_quot`: Smith's method; null for division by zero. */
function quot(a: C, b: C): C | null {
  const absRe = Math.abs(b[0]);
  const absIm = Math.abs(b[1]);
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absIm >= absRe) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

function powu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

/** `a ** b` as CPython's complex_pow computes it. */
export function complexPow(rt: Interpreter, a: C, b: C): PyComplex {
  let r: C | null;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    r = n >= 0 ? powu(a, n) : quot([1, 0], powu(a, -n));
    if (r === null) throw rt.error("ZeroDivisionError", "0.0 to a negative or complex power");
  } else if (b[0] === 0 && b[1] === 0) r = [1, 0];
  else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) throw rt.error("ZeroDivisionError", "0.0 to a negative or complex power");
    r = [0, 0];
  } else {
    // The C library's functions as CPython calls them (correctly rounded here, as glibc's are).
    const vabs = Math.hypot(a[0], a[1]);
    let len = powFloat(vabs, b[0]);
    const at = Math.atan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      len /= dd.exp(at * b[1]);
      phase += b[1] * dd.log(vabs);
    }
    r = [len * dd.cos(phase), len * dd.sin(phase)];
  }
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) {
    if ([...a, ...b].every(Number.isFinite)) throw rt.error("OverflowError", "complex exponentiation");
  }
  return make(r);
}

/** A component as complex's repr writes it: the float's repr without a `.0` on whole numbers. */
function part(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const s = floatRepr(x);
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

export function complexRepr(re: number, im: number): string {
  const imag = part(im);
  if (re === 0 && !Object.is(re, -0)) return `${imag}j`;
  const sign = imag.startsWith("-") ? "" : "+";
  return `(${part(re)}${sign}${imag}j)`;
}

function arith(rt: Interpreter, op: string, a: C, b: C): PyValue {
  switch (op) {
    case "+":
      return make([a[0] + b[0], a[1] + b[1]]);
    case "-":
      return make([a[0] - b[0], a[1] - b[1]]);
    case "*":
      return make(prod(a, b));
    case "/": {
      const q = quot(a, b);
      if (q === null) throw rt.error("ZeroDivisionError", "complex division by zero");
      return make(q);
    }
    case "**":
      return complexPow(rt, a, b);
  }
  return NotImplemented;
}

function binary(op: string, reflected: boolean) {
  return (rt: Interpreter, self: PyValue, args: PyValue[]) => {
    const other = complexOf(args[0]!);
    if (other === undefined) return NotImplemented;
    const me = complexOf(self)!;
    return reflected ? arith(rt, op, other, me) : arith(rt, op, me, other);
  };
}

const FLOAT =
  /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;

function floatText(t: string): number | null {
  if (!FLOAT.test(t)) return null;
  const u = t.replace(/_/g, "").toLowerCase();
  if (u.endsWith("inf") || u.endsWith("infinity")) return u.startsWith("-") ? -Infinity : Infinity;
  if (u.endsWith("nan")) return NaN;
  return Number(u);
}

/** `complex("1+2j")`: a real part, an imaginary part, or both (spaces and parentheses allowed). */
function parseComplex(rt: Interpreter, text: string): C {
  let s = text.trim();
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).trim();
  const bad = () => rt.error("ValueError", "complex() arg is a malformed string");
  if (!/[jJ]$/.test(s)) {
    const re = floatText(s);
    if (re === null) throw bad();
    return [re, 0];
  }
  const body = s.slice(0, -1);
  // Where the imaginary part starts: the last sign that is not an exponent's.
  let k = -1;
  for (let i = body.length - 1; i > 0; i--) {
    if ((body[i] === "+" || body[i] === "-") && !/[eE]/.test(body[i - 1]!)) {
      k = i;
      break;
    }
  }
  const realText = k < 0 ? "" : body.slice(0, k);
  const imagText = k < 0 ? body : body.slice(k);
  const im = imagText === "" || imagText === "+" ? 1 : imagText === "-" ? -1 : floatText(imagText);
  const re = realText === "" ? 0 : floatText(realText);
  if (re === null || im === null) throw bad();
  return [re, im];
}

/** `complex(real=0, imag=0)`. */
export function makeComplex(rt: Interpreter, cls: PyType, args: PyValue[]): PyValue {
  const [a, b] = args;
  if (typeof a === "string") {
    if (b !== undefined) throw rt.error("TypeError", "complex() can't take second arg if first is a string");
    const c = parseComplex(rt, a);
    return new PyComplex(c[0], c[1], cls);
  }
  if (typeof b === "string") throw rt.error("TypeError", "complex() second arg can't be a string");
  const conv = (v: PyValue | undefined, which: string): C => {
    if (v === undefined) return [0, 0];
    const c = complexOf(v);
    if (c !== undefined) return c;
    if (v instanceof PyObject) {
      const hook = v.$cls.lookup("__complex__") ?? v.$cls.lookup("__float__") ?? v.$cls.lookup("__index__");
      if (hook !== undefined) return complexOf(rt.call(hook, [v])) ?? [0, 0];
    }
    throw rt.error(
      "TypeError",
      which === "first"
        ? `complex() first argument must be a string or a number, not '${typeOf(v).name}'`
        : `complex() second argument must be a number, not '${typeOf(v).name}'`,
    );
  };
  const x = conv(a, "first");
  const y = conv(b, "second");
  // Only complex arguments mix their parts (so complex(0, -0.0) keeps the sign of zero).
  const re = b instanceof PyComplex ? x[0] - y[1] : x[0];
  const im = a instanceof PyComplex ? x[1] + y[0] : b === undefined ? x[1] : y[0];
  return new PyComplex(re, im, cls);
}

const HASH_IMAG = 1000003n;

methods(complexType, {
  __repr__: (_rt, self) => complexRepr((self as PyComplex).re, (self as PyComplex).im),
  __add__: binary("+", false),
  __radd__: binary("+", true),
  __sub__: binary("-", false),
  __rsub__: binary("-", true),
  __mul__: binary("*", false),
  __rmul__: binary("*", true),
  __truediv__: binary("/", false),
  __rtruediv__: binary("/", true),
  __pow__: binary("**", false),
  __rpow__: binary("**", true),
  __neg__: (_rt, self) => make([-(self as PyComplex).re, -(self as PyComplex).im]),
  __pos__: (_rt, self) => make([(self as PyComplex).re, (self as PyComplex).im]),
  __abs__: (rt, self) => {
    const z = self as PyComplex;
    const r = Math.hypot(z.re, z.im);
    if (!Number.isFinite(r) && Number.isFinite(z.re) && Number.isFinite(z.im)) {
      throw rt.error("OverflowError", "absolute value too large");
    }
    return new PyFloat(r);
  },
  __bool__: (_rt, self) => (self as PyComplex).re !== 0 || (self as PyComplex).im !== 0,
  __eq__: (_rt, self, [o]) => {
    const c = complexOf(o!);
    if (c === undefined) return NotImplemented;
    return (self as PyComplex).re === c[0] && (self as PyComplex).im === c[1];
  },
  __ne__: (_rt, self, [o]) => {
    const c = complexOf(o!);
    if (c === undefined) return NotImplemented;
    return !((self as PyComplex).re === c[0] && (self as PyComplex).im === c[1]);
  },
  __hash__: (_rt, self) => {
    const z = self as PyComplex;
    let h = BigInt.asIntN(64, floatHash(z.re) + HASH_IMAG * floatHash(z.im));
    if (h === -1n) h = -2n;
    return h >= -(2n ** 53n) && h <= 2n ** 53n ? Number(h) : h;
  },
  conjugate: (_rt, self) => make([(self as PyComplex).re, -(self as PyComplex).im]),
  __complex__: (_rt, self) => make([(self as PyComplex).re, (self as PyComplex).im]),
  __getnewargs__: (_rt, self) =>
    new PyTuple([new PyFloat((self as PyComplex).re), new PyFloat((self as PyComplex).im)]),
  __format__: (rt, self, [spec]) => {
    const z = self as PyComplex;
    if (spec === "") return complexRepr(z.re, z.im);
    return formatComplex(rt as Interpreter, z.re, z.im, spec as string);
  },
});
getter(complexType, "real", (_rt, self) => new PyFloat((self as PyComplex).re));
getter(complexType, "imag", (_rt, self) => new PyFloat((self as PyComplex).im));

complexType.dict.set(
  "__new__",
  new PyStaticMethod(
    new PyBuiltin(
      "__new__",
      (rt0, args, kw) => {
        const rt = rt0 as Interpreter;
        const [real, imag] = parseArgs(rt, "complex", args.slice(1), kw, ["real", "imag"], 0, {
          cName: "complex",
        });
        const given = [real, imag].filter((v) => v !== undefined) as PyValue[];
        return makeComplex(rt, args[0] as PyType, real === undefined && imag !== undefined ? [0, imag] : given);
      },
      "complex.__new__",
    ),
  ),
);
