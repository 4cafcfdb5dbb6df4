/**
 * The `random` module: CPython's Mersenne Twister and the algorithms of its
 * random.py (randrange/_randbelow, choice, shuffle, sample, choices, gauss...), so
 * a seeded program draws the same numbers as CPython. The module's hidden instance
 * starts seeded with 0 (CPython seeds from the OS): runs stay reproducible, and
 * `random.seed()` / `seed(None)` also mean seed 0.
 */
import { PyFloat, PyModule, PyObject, PyType, None, normInt, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyBytes, PyDict, PyList, PyRange, PySet, PyTuple } from "../objects/containers";
import { getItem, setItem } from "../interp/subscript";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { defMethods, float, indexArg, makeModule, native, newClass, realArg } from "./util";
import { MersenneTwister } from "./random-mt";
import { hashFloat, seedFromBytes } from "./random-seed";
import * as dd from "./math-dd";

/** A `random.Random` instance. */
class RandomObj extends PyObject {
  readonly mt = new MersenneTwister();
  gaussNext: number | null = null;
  constructor(cls: PyType) {
    super(cls);
    this.$dict = new Map();
    this.mt.seedInt(0n);
  }
}

const NV_MAGICCONST = (4 * dd.exp(-0.5)) / Math.sqrt(2.0);
const TWOPI = 2 * Math.PI;

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** A uniformly random int in [0, n) for n > 0 (_randbelow_with_getrandbits). */
function randbelow(r: RandomObj, n: number | bigint): number | bigint {
  if (typeof n === "number" && n <= 0xffffffff) {
    if (n === 0) return 0;
    const shift = Math.clz32(n);
    let x = r.mt.uint32() >>> shift;
    while (x >= n) x = r.mt.uint32() >>> shift;
    return x;
  }
  const big = BigInt(n);
  const k = bitLength(big);
  let x = r.mt.getrandbits(k);
  while (x >= big) x = r.mt.getrandbits(k);
  return normInt(x);
}

function seed(rt: Interpreter, r: RandomObj, a: PyValue): void {
  let n: bigint;
  if (a === undefined || a === None) n = 0n;
  else if (typeof a === "number" || typeof a === "bigint" || typeof a === "boolean")
    n = BigInt(typeof a === "boolean" ? Number(a) : a);
  else if (a instanceof PyFloat) n = hashFloat(a.v);
  else if (typeof a === "string") n = seedFromBytes(new TextEncoder().encode(a));
  else if (a instanceof PyBytes) n = seedFromBytes(a.data);
  else {
    throw rt.error("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  r.mt.seedInt(n < 0n ? -n : n);
  r.gaussNext = null;
}

/** randrange's argument: an int, or an integral float (deprecated in 3.11 but accepted). */
function rangeArg(rt: Interpreter, v: PyValue, pos: number): bigint {
  if (v instanceof PyFloat) {
    if (!Number.isInteger(v.v)) throw rt.error("ValueError", `non-integer arg ${pos} for randrange()`);
    return BigInt(v.v);
  }
  return BigInt(indexArg(rt, v));
}

function randrange(rt: Interpreter, r: RandomObj, start: PyValue, stop: PyValue, step: PyValue): PyValue {
  const istart = rangeArg(rt, start, 1);
  if (stop === undefined || stop === None) {
    if (step !== undefined) throw rt.error("TypeError", "Missing a non-None stop argument");
    if (istart > 0n) return randbelow(r, normInt(istart));
    throw rt.error("ValueError", "empty range for randrange()");
  }
  const istop = rangeArg(rt, stop, 2);
  const width = istop - istart;
  const istep = step === undefined ? 1n : rangeArg(rt, step, 3);
  if (istep === 1n) {
    if (width > 0n) return normInt(istart + BigInt(randbelow(r, normInt(width))));
    throw rt.error("ValueError", `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: bigint;
  const fdiv = (a: bigint, b: bigint) => {
    const q = a / b;
    return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
  };
  if (istep > 0n) n = fdiv(width + istep - 1n, istep);
  else if (istep < 0n) n = fdiv(width + istep + 1n, istep);
  else throw rt.error("ValueError", "zero step for randrange()");
  if (n <= 0n) throw rt.error("ValueError", "empty range for randrange()");
  return normInt(istart + istep * BigInt(randbelow(r, normInt(n))));
}

function len(rt: Interpreter, v: PyValue): number {
  return Number(rt.call(rt.builtins.get("len"), [v]));
}

function isSequence(v: PyValue): boolean {
  if (
    typeof v === "string" ||
    v instanceof PyList ||
    v instanceof PyTuple ||
    v instanceof PyRange ||
    v instanceof PyBytes
  ) {
    return true;
  }
  if (v instanceof PyDict || v instanceof PySet) return false;
  const t = typeOf(v);
  return t.lookup("__getitem__") !== undefined && t.lookup("__len__") !== undefined;
}

/** Create the Random class for one interpreter. */
function makeRandomType(): PyType {
  const t = newClass("Random", "random", [], (cls) => new RandomObj(cls));
  const R = (v: PyValue) => v as RandomObj;
  defMethods(t, {
    __init__: (rt, self, args) => {
      arity(rt, "Random", args, 0, 1);
      seed(rt, R(self), args[0]);
      return None;
    },
    seed: (rt, self, args, kw) => {
      const [a] = parseArgs(rt, "seed", args, kw, ["a", "version"]);
      seed(rt, R(self), a);
      return None;
    },
    random: (rt, self, args) => {
      arity(rt, "random", args, 0);
      return float(R(self).mt.random());
    },
    getrandbits: (rt, self, args) => {
      arity(rt, "getrandbits", args, 1);
      const k = Number(indexArg(rt, args[0]));
      if (k < 0) throw rt.error("ValueError", "number of bits must be non-negative");
      return normInt(R(self).mt.getrandbits(k));
    },
    randbytes: (rt, self, args) => {
      arity(rt, "randbytes", args, 1);
      const n = Number(indexArg(rt, args[0]));
      let bits = R(self).mt.getrandbits(n * 8);
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        out[i] = Number(bits & 0xffn);
        bits >>= 8n;
      }
      return new PyBytes(out);
    },
    randrange: (rt, self, args, kw) => {
      const [start, stop, step] = parseArgs(rt, "randrange", args, kw, ["start", "stop", "step"], 1);
      return randrange(rt, R(self), start, stop, step);
    },
    randint: (rt, self, args, kw) => {
      const [a, b] = parseArgs(rt, "randint", args, kw, ["a", "b"], 2);
      return randrange(rt, R(self), a, rt.binary("+", b, 1), undefined);
    },
    choice: (rt, self, args) => {
      arity(rt, "choice", args, 1);
      const n = len(rt, args[0]);
      if (!n) throw rt.error("IndexError", "Cannot choose from an empty sequence");
      return getItem(rt, args[0], randbelow(R(self), n));
    },
    shuffle: (rt, self, args) => {
      arity(rt, "shuffle", args, 1);
      const x = args[0];
      if (x instanceof PyList && x.$cls.isBuiltin) {
        const a = x.items;
        for (let i = a.length - 1; i > 0; i--) {
          const j = randbelow(R(self), i + 1) as number;
          [a[i], a[j]] = [a[j], a[i]];
        }
        return None;
      }
      for (let i = len(rt, x) - 1; i > 0; i--) {
        const j = randbelow(R(self), i + 1);
        const xi = getItem(rt, x, i);
        const xj = getItem(rt, x, j);
        setItem(rt, x, i, xj);
        setItem(rt, x, j, xi);
      }
      return None;
    },
    sample: (rt, self, args, kw) => {
      const [population, kv, counts] = parseArgs(rt, "sample", args, kw, ["population", "k"], 2, {
        kwOnly: ["counts"],
      });
      if (!isSequence(population)) {
        throw rt.error("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).");
      }
      let pop: PyValue[] = typeof population === "string" ? Array.from(population) : rt.toArray(population);
      if (counts !== undefined && counts !== None) {
        const cs = rt.toArray(counts).map((c) => Number(indexArg(rt, c)));
        if (cs.length !== pop.length)
          throw rt.error("ValueError", "The number of counts does not match the population");
        const expanded: PyValue[] = [];
        cs.forEach((c, i) => {
          for (let k = 0; k < c; k++) expanded.push(pop[i]);
        });
        pop = expanded;
      }
      const n = pop.length;
      const k = Number(indexArg(rt, kv));
      if (!(k >= 0 && k <= n)) throw rt.error("ValueError", "Sample larger than population or is negative");
      const result: PyValue[] = new Array(k);
      let setsize = 21;
      if (k > 5) setsize += 4 ** Math.ceil(dd.log(k * 3) / dd.log(4));
      if (n <= setsize) {
        const pool = pop.slice();
        for (let i = 0; i < k; i++) {
          const j = randbelow(R(self), n - i) as number;
          result[i] = pool[j];
          pool[j] = pool[n - i - 1];
        }
      } else {
        const selected = new Set<number>();
        for (let i = 0; i < k; i++) {
          let j = randbelow(R(self), n) as number;
          while (selected.has(j)) j = randbelow(R(self), n) as number;
          selected.add(j);
          result[i] = pop[j];
        }
      }
      return new PyList(result);
    },
    choices: (rt, self, args, kw) => {
      const [population, weights, cumWeights, kv] = parseArgs(rt, "choices", args, kw, ["population", "weights"], 1, {
        kwOnly: ["cum_weights", "k"],
      });
      const pop = typeof population === "string" ? Array.from(population) : rt.toArray(population);
      const n = pop.length;
      const k = kv === undefined ? 1 : Number(indexArg(rt, kv));
      const out: PyValue[] = [];
      if (cumWeights === undefined || cumWeights === None) {
        if (weights === undefined || weights === None) {
          for (let i = 0; i < k; i++) out.push(pop[Math.floor(R(self).mt.random() * n)]);
          return new PyList(out);
        }
        let acc: PyValue = undefined;
        const cum: PyValue[] = [];
        for (const w of rt.iterate(weights)) {
          acc = acc === undefined ? w : rt.binary("+", acc, w);
          cum.push(acc);
        }
        return pickCumulative(rt, R(self), pop, cum, k);
      }
      if (weights !== undefined && weights !== None) {
        throw rt.error("TypeError", "Cannot specify both weights and cumulative weights");
      }
      return pickCumulative(rt, R(self), pop, rt.toArray(cumWeights), k);
    },
    uniform: (rt, self, args, kw) => {
      const [a, b] = parseArgs(rt, "uniform", args, kw, ["a", "b"], 2);
      const x = realArg(rt, a);
      return float(x + (realArg(rt, b) - x) * R(self).mt.random());
    },
    triangular: (rt, self, args, kw) => {
      const [lowv, highv, mode] = parseArgs(rt, "triangular", args, kw, ["low", "high", "mode"]);
      let low = lowv === undefined ? 0 : realArg(rt, lowv);
      let high = highv === undefined ? 1 : realArg(rt, highv);
      let u = R(self).mt.random();
      let c: number;
      if (mode === undefined || mode === None) c = 0.5;
      else {
        if (high === low) return float(low);
        c = (realArg(rt, mode) - low) / (high - low);
      }
      if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        [low, high] = [high, low];
      }
      return float(low + (high - low) * Math.sqrt(u * c));
    },
    normalvariate: (rt, self, args, kw) => {
      const [mu, sigma] = parseArgs(rt, "normalvariate", args, kw, ["mu", "sigma"]);
      return float(
        normal(R(self)) * (sigma === undefined ? 1 : realArg(rt, sigma)) + (mu === undefined ? 0 : realArg(rt, mu)),
      );
    },
    lognormvariate: (rt, self, args, kw) => {
      const [mu, sigma] = parseArgs(rt, "lognormvariate", args, kw, ["mu", "sigma"], 2);
      return float(dd.exp(realArg(rt, mu) + normal(R(self)) * realArg(rt, sigma)));
    },
    gauss: (rt, self, args, kw) => {
      const [mu, sigma] = parseArgs(rt, "gauss", args, kw, ["mu", "sigma"]);
      const r = R(self);
      let z = r.gaussNext;
      r.gaussNext = null;
      if (z === null) {
        const x2pi = r.mt.random() * TWOPI;
        const g2rad = Math.sqrt(-2.0 * dd.log(1.0 - r.mt.random()));
        z = dd.cos(x2pi) * g2rad;
        r.gaussNext = dd.sin(x2pi) * g2rad;
      }
      const m = mu === undefined ? 0 : realArg(rt, mu);
      const s = sigma === undefined ? 1 : realArg(rt, sigma);
      return float(m + z * s);
    },
    expovariate: (rt, self, args, kw) => {
      const [lambd] = parseArgs(rt, "expovariate", args, kw, ["lambd"], 1);
      const l = realArg(rt, lambd);
      if (l === 0) throw rt.error("ZeroDivisionError", "float division by zero");
      return float(-dd.log(1.0 - R(self).mt.random()) / l);
    },
    paretovariate: (rt, self, args) => {
      arity(rt, "paretovariate", args, 1);
      const u = 1.0 - R(self).mt.random();
      return float(dd.powPositive(u, -1.0 / realArg(rt, args[0])));
    },
    weibullvariate: (rt, self, args) => {
      arity(rt, "weibullvariate", args, 2);
      const u = 1.0 - R(self).mt.random();
      return float(realArg(rt, args[0]) * dd.powPositive(-dd.log(u), 1.0 / realArg(rt, args[1])));
    },
    gammavariate: (rt, self, args, kw) => {
      const [alpha, beta] = parseArgs(rt, "gammavariate", args, kw, ["alpha", "beta"], 2);
      return float(gamma(rt, R(self), realArg(rt, alpha), realArg(rt, beta)));
    },
    betavariate: (rt, self, args, kw) => {
      const [alpha, beta] = parseArgs(rt, "betavariate", args, kw, ["alpha", "beta"], 2);
      const y = gamma(rt, R(self), realArg(rt, alpha), 1.0);
      return float(y ? y / (y + gamma(rt, R(self), realArg(rt, beta), 1.0)) : 0.0);
    },
    vonmisesvariate: (rt, self, args, kw) => {
      const [muv, kappav] = parseArgs(rt, "vonmisesvariate", args, kw, ["mu", "kappa"], 2);
      const mu = realArg(rt, muv);
      const kappa = realArg(rt, kappav);
      const r = R(self);
      if (kappa <= 1e-6) return float(TWOPI * r.mt.random());
      const s = 0.5 / kappa;
      const rr = s + Math.sqrt(1.0 + s * s);
      let z: number;
      for (;;) {
        z = dd.cos(Math.PI * r.mt.random());
        const d = z / (rr + z);
        const u2 = r.mt.random();
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * dd.exp(d)) break;
      }
      const q = 1.0 / rr;
      const f = (q + z) / (1.0 + q * z);
      const theta = r.mt.random() > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
      return float(theta - Math.floor(theta / TWOPI) * TWOPI);
    },
    getstate: (_rt, self) => {
      const r = R(self);
      const words: PyValue[] = [...r.mt.mt].map((w) => w);
      words.push(Math.min(r.mt.index, 624));
      return new PyTuple([3, new PyTuple(words), r.gaussNext === null ? None : float(r.gaussNext)]);
    },
    setstate: (rt, self, args) => {
      arity(rt, "setstate", args, 1);
      const r = R(self);
      const [version, internal, g] = rt.toArray(args[0]);
      if (version !== 3)
        throw rt.error("ValueError", `state with version ${rt.repr(version)} passed to Random.setstate() of version 3`);
      const words = rt.toArray(internal).map((w) => Number(w));
      if (words.length !== 625) throw rt.error("ValueError", "state vector is the wrong size");
      r.mt.mt = Uint32Array.from(words.slice(0, 624));
      r.mt.index = words[624]!;
      r.gaussNext = g === None ? null : realArg(rt, g);
      return None;
    },
  });
  return t;
}

const LOG4 = dd.log(4.0);
const SG_MAGICCONST = 1.0 + dd.log(4.5);

/** Random.gammavariate, step for step (the draws must match CPython's). */
function gamma(rt: Interpreter, r: RandomObj, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw rt.error("ValueError", "gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = r.mt.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - r.mt.random();
      const v = dd.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * dd.exp(v);
      const z = u1 * u1 * u2;
      const rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= dd.log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -dd.log(1.0 - r.mt.random()) * beta;
  for (;;) {
    const u = r.mt.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    const x = p <= 1.0 ? dd.powPositive(p, 1.0 / alpha) : -dd.log((b - p) / alpha);
    const u1 = r.mt.random();
    if (p > 1.0) {
      if (u1 <= dd.powPositive(x, alpha - 1.0)) return x * beta;
    } else if (u1 <= dd.exp(-x)) return x * beta;
  }
}

function normal(r: RandomObj): number {
  for (;;) {
    const u1 = r.mt.random();
    const u2 = 1.0 - r.mt.random();
    const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -dd.log(u2)) return z;
  }
}

function pickCumulative(rt: Interpreter, r: RandomObj, pop: PyValue[], cum: PyValue[], k: number): PyList {
  const n = pop.length;
  if (cum.length !== n) throw rt.error("ValueError", "The number of weights does not match the population");
  const total = realArg(rt, cum[n - 1]) + 0.0;
  if (total <= 0.0) throw rt.error("ValueError", "Total of weights must be greater than zero");
  if (!Number.isFinite(total)) throw rt.error("ValueError", "Total of weights must be finite");
  const cw = cum.map((c) => realArg(rt, c));
  const hi = n - 1;
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) {
    const x = r.mt.random() * total;
    // bisect_right(cum_weights, x, 0, hi)
    let lo = 0;
    let h = hi;
    while (lo < h) {
      const mid = (lo + h) >> 1;
      if (x < cw[mid]!) h = mid;
      else lo = mid + 1;
    }
    out.push(pop[lo]);
  }
  return new PyList(out);
}

/** Build the `random` module: the Random class and the functions of a hidden instance. */
export function randomModule(rt: Interpreter): PyModule {
  const randomType = makeRandomType();
  const inst = rt.call(randomType, []) as RandomObj;
  const members: Record<string, PyValue> = { Random: randomType };
  const bound = [
    "seed",
    "random",
    "getrandbits",
    "randbytes",
    "randrange",
    "randint",
    "choice",
    "shuffle",
    "sample",
    "choices",
    "uniform",
    "triangular",
    "normalvariate",
    "lognormvariate",
    "gauss",
    "expovariate",
    "paretovariate",
    "weibullvariate",
    "gammavariate",
    "betavariate",
    "vonmisesvariate",
    "getstate",
    "setstate",
  ];
  for (const name of bound) {
    const m = randomType.dict.get(name)!;
    members[name] = native(name, (rt2, args, kw: KwArgs | null) => rt2.call(m, [inst, ...args], kw));
  }
  return makeModule("random", members);
}
