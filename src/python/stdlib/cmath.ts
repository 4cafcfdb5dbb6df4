/**
 * The `cmath` module for finite arguments: sqrt (CPython's algorithm, so `sqrt(-1)` is
 * exactly `1j`), exp, log (with a base), log10, the trigonometric and hyperbolic sine
 * and cosine, phase, polar, rect, isclose and the classification functions. Special
 * values (infinities, NaN) follow plain IEEE arithmetic rather than CPython's tables.
 */
import { PyFloat, typeOf, type PyModule, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { PyComplex, complexOf } from "../builtins/types/complex";
import * as dd from "./math-dd";
import { makeModule, native } from "./util";

type C = readonly [number, number];

function arg(rt: Interpreter, v: PyValue | undefined): C {
  const c = v === undefined ? undefined : complexOf(v);
  if (c !== undefined) return c;
  if (v !== undefined) {
    const hook = typeOf(v).lookup("__complex__") ?? typeOf(v).lookup("__float__");
    if (hook !== undefined) {
      const r = complexOf(rt.call(hook, [v]));
      if (r !== undefined) return r;
    }
  }
  throw rt.error("TypeError", `must be real number, not ${v === undefined ? "NoneType" : typeOf(v).name}`);
}

const cx = (c: C) => new PyComplex(c[0], c[1]);

function sqrt(z: C): C {
  const [re, im] = z;
  if (re === 0 && im === 0) return [0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308) {
    ax = ax * 2 ** 53;
    s = 2 ** -26 * Math.sqrt(ax + Math.hypot(ax, ay * 2 ** 53));
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return re >= 0 ? [s, Math.sign(im) < 0 || Object.is(im, -0) ? -d : d] : [d, im < 0 || Object.is(im, -0) ? -s : s];
}

function log(z: C): C {
  const ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  const h = Math.hypot(ax, ay);
  let re: number;
  if (h >= 0.71 && h <= 1.73) {
    const am = Math.max(ax, ay);
    const an = Math.min(ax, ay);
    re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
  } else re = h === 0 ? -Infinity : dd.log(h);
  return [re, Math.atan2(z[1], z[0])];
}

function quot(a: C, b: C): C {
  const d = b[0] * b[0] + b[1] * b[1];
  return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d];
}

/** Build the `cmath` module. */
export function cmathModule(_rt: Interpreter): PyModule {
  const one = (name: string, f: (z: C) => C) =>
    native(name, (rt, args) => {
      if (args.length !== 1) throw rt.error("TypeError", `${name}() takes exactly one argument (${args.length} given)`);
      return cx(f(arg(rt, args[0])));
    });
  const pred = (name: string, f: (x: number) => boolean, all: boolean) =>
    native(name, (rt, args) => {
      const [re, im] = arg(rt, args[0]);
      return all ? f(re) && f(im) : f(re) || f(im);
    });
  return makeModule("cmath", {
    pi: new PyFloat(Math.PI),
    e: new PyFloat(Math.E),
    tau: new PyFloat(2 * Math.PI),
    inf: new PyFloat(Infinity),
    nan: new PyFloat(NaN),
    infj: new PyComplex(0, Infinity),
    nanj: new PyComplex(0, NaN),
    sqrt: one("sqrt", sqrt),
    exp: one("exp", ([re, im]) => (im === 0 ? [dd.exp(re), im] : [dd.exp(re) * dd.cos(im), dd.exp(re) * dd.sin(im)])),
    log: native("log", (rt, args) => {
      const l = log(arg(rt, args[0]));
      return cx(args.length > 1 ? quot(l, log(arg(rt, args[1]))) : l);
    }),
    log10: one("log10", (z) => {
      const [re, im] = log(z);
      return [re / Math.LN10, im / Math.LN10];
    }),
    sin: one("sin", ([re, im]) => [dd.sin(re) * Math.cosh(im), dd.cos(re) * Math.sinh(im)]),
    cos: one("cos", ([re, im]) => [dd.cos(re) * Math.cosh(im), -dd.sin(re) * Math.sinh(im)]),
    sinh: one("sinh", ([re, im]) => [Math.sinh(re) * dd.cos(im), Math.cosh(re) * dd.sin(im)]),
    cosh: one("cosh", ([re, im]) => [Math.cosh(re) * dd.cos(im), Math.sinh(re) * dd.sin(im)]),
    phase: native("phase", (rt, args) => {
      const [re, im] = arg(rt, args[0]);
      return new PyFloat(Math.atan2(im, re));
    }),
    polar: native("polar", (rt, args) => {
      const [re, im] = arg(rt, args[0]);
      return new PyTuple([new PyFloat(Math.hypot(re, im)), new PyFloat(Math.atan2(im, re))]);
    }),
    rect: native("rect", (rt, args) => {
      const r = arg(rt, args[0])[0];
      const phi = arg(rt, args[1])[0];
      return new PyComplex(r * dd.cos(phi), r * dd.sin(phi));
    }),
    isfinite: pred("isfinite", Number.isFinite, true),
    isinf: pred("isinf", (x) => x === Infinity || x === -Infinity, false),
    isnan: pred("isnan", Number.isNaN, false),
    isclose: native("isclose", (rt, args, kw) => {
      const a = arg(rt, args[0]);
      const b = arg(rt, args[1]);
      let rel = 1e-9;
      let abs = 0;
      kw?.names.forEach((n, i) => {
        const v = arg(rt, kw.values[i])[0];
        if (n === "rel_tol") rel = v;
        else if (n === "abs_tol") abs = v;
      });
      if (rel < 0 || abs < 0) throw rt.error("ValueError", "tolerances must be non-negative");
      if (a[0] === b[0] && a[1] === b[1]) return true;
      const diff = Math.hypot(a[0] - b[0], a[1] - b[1]);
      return diff <= rel * Math.hypot(b[0], b[1]) || diff <= rel * Math.hypot(a[0], a[1]) || diff <= abs;
    }),
  });
}
