/**
 * `datetime.timedelta`, following CPython's C implementation: the constructor's
 * exact accumulation of int and float components (round-half-even on the leftover
 * microseconds), normalization to days/seconds/microseconds, arithmetic with
 * round-half-even division, comparisons, str/repr and hashing.
 */
import { PyFloat, PyObject, PyType, NotImplemented, normInt, typeOf, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { defGetter, defMethods, defNew, newClass } from "./util";

const US_PER_DAY = 86_400_000_000n;
const MAX_DAYS = 999_999_999;

/** A timedelta: always normalized (0 <= seconds < 86400, 0 <= us < 10**6). */
export class TimedeltaObj extends PyObject {
  constructor(
    cls: PyType,
    readonly days: number,
    readonly seconds: number,
    readonly us: number,
  ) {
    super(cls);
  }

  /** The whole duration in microseconds. */
  get total(): bigint {
    return BigInt(this.days) * US_PER_DAY + BigInt(this.seconds) * 1_000_000n + BigInt(this.us);
  }
}

function floorDivmod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** a / b rounded to the nearest integer, ties to even (CPython's divide_nearest). */
function divideNearest(a: bigint, b: bigint): bigint {
  const [q, r] = floorDivmod(a, b);
  const twice = 2n * r;
  const over = b > 0n ? twice - b : b - twice;
  return over > 0n || (over === 0n && (q & 1n) === 1n) ? q + 1n : q;
}

/** A finite double as an exact ratio (numerator, denominator), as float.as_integer_ratio. */
function integerRatio(x: number): [bigint, bigint] {
  if (x === 0) return [0n, 1n];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (e === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = e - 1075;
  }
  if (hi >>> 31) mant = -mant;
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}

/** The class and its helpers, for the rest of the datetime module. */
export interface TimedeltaKit {
  readonly type: PyType;
  /** A timedelta from microseconds (OverflowError past the limits). */
  fromUs(rt: Interpreter, us: bigint, cls?: PyType): TimedeltaObj;
}

const COMPONENTS: ReadonlyArray<readonly [string, bigint]> = [
  ["microseconds", 1n],
  ["milliseconds", 1_000n],
  ["seconds", 1_000_000n],
  ["minutes", 60_000_000n],
  ["hours", 3_600_000_000n],
  ["days", US_PER_DAY],
  ["weeks", 7n * US_PER_DAY],
];
const POSITIONAL = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];

/** Create the timedelta class for one interpreter. */
export function makeTimedelta(): TimedeltaKit {
  const type = newClass("timedelta", "datetime");

  const fromUs = (rt: Interpreter, total: bigint, cls: PyType = type): TimedeltaObj => {
    const [days, rest] = floorDivmod(total, US_PER_DAY);
    if (days > BigInt(MAX_DAYS) || days < BigInt(-MAX_DAYS)) {
      throw rt.error("OverflowError", `days=${days}; must have magnitude <= ${MAX_DAYS}`);
    }
    const [secs, us] = floorDivmod(rest, 1_000_000n);
    return new TimedeltaObj(cls, Number(days), Number(secs), Number(us));
  };
  const td = (v: PyValue) => v as TimedeltaObj;
  const isTd = (v: PyValue): v is TimedeltaObj => v instanceof TimedeltaObj;
  const isInt = (v: PyValue): v is number | bigint | boolean =>
    typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
  const big = (v: number | bigint | boolean) => BigInt(typeof v === "boolean" ? Number(v) : v);
  // Operations with builtin values that do not apply fail with CPython's wording of the type name.
  const unsupported = (rt: Interpreter, op: string, a: PyValue, b: PyValue): PyValue => {
    const other = a instanceof TimedeltaObj ? b : a;
    if (other instanceof PyObject && !other.$cls.isBuiltin && !(other instanceof TimedeltaObj)) return NotImplemented;
    const name = (v: PyValue) => (v instanceof TimedeltaObj ? "datetime.timedelta" : typeOf(v).name);
    throw rt.error("TypeError", `unsupported operand type(s) for ${op}: '${name(a)}' and '${name(b)}'`);
  };

  defNew(type, (rt, cls, args, kw) => {
    if (args.length > 7) throw rt.error("TypeError", `__new__() takes at most 7 arguments (${args.length} given)`);
    const given = new Map<string, PyValue>();
    args.forEach((a, i) => given.set(POSITIONAL[i]!, a));
    kw?.names.forEach((n, i) => {
      if (!POSITIONAL.includes(n)) throw rt.error("TypeError", `'${n}' is an invalid keyword argument for __new__()`);
      if (given.has(n)) {
        throw rt.error(
          "TypeError",
          `argument for __new__() given by name ('${n}') and position (${POSITIONAL.indexOf(n) + 1})`,
        );
      }
      given.set(n, kw.values[i]);
    });
    let total = 0n;
    let leftover = 0;
    for (const [name, factor] of COMPONENTS) {
      const v = given.get(name);
      if (v === undefined) continue;
      if (isInt(v)) total += big(v) * factor;
      else if (v instanceof PyFloat) {
        if (!Number.isFinite(v.v))
          throw rt.error(
            Number.isNaN(v.v) ? "ValueError" : "OverflowError",
            "cannot convert float " + (Number.isNaN(v.v) ? "NaN" : "infinity") + " to integer",
          );
        const ip = Math.trunc(v.v);
        const frac = v.v - ip;
        total += BigInt(ip) * factor;
        if (frac !== 0) {
          const scaled = Number(factor) * frac;
          const ip2 = Math.trunc(scaled);
          total += BigInt(ip2);
          leftover += scaled - ip2;
        }
      } else {
        throw rt.error("TypeError", `unsupported type for timedelta ${name} component: ${typeOf(v).name}`);
      }
    }
    if (leftover !== 0) {
      let whole = roundHalfAway(leftover);
      // An exact half goes to the even total, as CPython does.
      if (Math.abs(whole - leftover) === 0.5) {
        const odd = Number(total & 1n);
        whole = 2 * roundHalfAway((leftover + odd) * 0.5) - odd;
      }
      total += BigInt(whole);
    }
    return fromUs(rt, total, cls);
  });

  const cmp =
    (op: "<" | "<=" | ">" | ">=") =>
    (rt: Interpreter, self: PyValue, [o]: PyValue[]) => {
      if (!isTd(o)) {
        if (o instanceof PyObject && !o.$cls.isBuiltin) return NotImplemented;
        throw rt.error(
          "TypeError",
          `'${op}' not supported between instances of 'datetime.timedelta' and '${typeOf(o).name}'`,
        );
      }
      const a = td(self).total;
      const b = o.total;
      return op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b;
    };

  defMethods(type, {
    total_seconds: (rt, self) => rt.binary("/", normInt(td(self).total), 1_000_000),
    __repr__: (_rt, self) => {
      const t = td(self);
      const parts: string[] = [];
      if (t.days) parts.push(`days=${t.days}`);
      if (t.seconds) parts.push(`seconds=${t.seconds}`);
      if (t.us) parts.push(`microseconds=${t.us}`);
      const cls = typeOf(t);
      const name = cls === type ? "datetime.timedelta" : cls.name;
      return `${name}(${parts.length ? parts.join(", ") : "0"})`;
    },
    __str__: (_rt, self) => timedeltaStr(td(self)),
    __hash__: (rt, self) => {
      const t = td(self);
      return rt.hash(new PyTuple([t.days, t.seconds, t.us]));
    },
    __bool__: (_rt, self) => td(self).total !== 0n,
    __eq__: (_rt, self, [o]) => (isTd(o) ? td(self).total === o.total : NotImplemented),
    __ne__: (_rt, self, [o]) => (isTd(o) ? td(self).total !== o.total : NotImplemented),
    __lt__: cmp("<"),
    __le__: cmp("<="),
    __gt__: cmp(">"),
    __ge__: cmp(">="),
    __neg__: (rt, self) => fromUs(rt, -td(self).total),
    __pos__: (rt, self) => fromUs(rt, td(self).total),
    __abs__: (rt, self) => fromUs(rt, td(self).total < 0n ? -td(self).total : td(self).total),
    __add__: (rt, self, [o]) => (isTd(o) ? fromUs(rt, td(self).total + o.total) : unsupported(rt, "+", self, o)),
    __radd__: (rt, self, [o]) => (isTd(o) ? fromUs(rt, td(self).total + o.total) : unsupported(rt, "+", o, self)),
    __sub__: (rt, self, [o]) => (isTd(o) ? fromUs(rt, td(self).total - o.total) : unsupported(rt, "-", self, o)),
    __rsub__: (rt, self, [o]) => (isTd(o) ? fromUs(rt, o.total - td(self).total) : unsupported(rt, "-", o, self)),
    __mul__: (rt, self, [o]) => multiply(rt, self, o) ?? unsupported(rt, "*", self, o),
    __rmul__: (rt, self, [o]) => multiply(rt, self, o) ?? unsupported(rt, "*", o, self),
    __truediv__: (rt, self, [o]) => {
      const us = td(self).total;
      if (isTd(o)) {
        if (o.total === 0n) throw rt.error("ZeroDivisionError", "division by zero");
        return rt.binary("/", normInt(us), normInt(o.total));
      }
      if (isInt(o)) {
        if (big(o) === 0n) throw rt.error("ZeroDivisionError", "integer division or modulo by zero");
        return fromUs(rt, divideNearest(us, big(o)));
      }
      if (o instanceof PyFloat) {
        const [n, d] = integerRatio(o.v);
        if (n === 0n) throw rt.error("ZeroDivisionError", "integer division or modulo by zero");
        return fromUs(rt, divideNearest(us * d, n));
      }
      return unsupported(rt, "/", self, o);
    },
    __floordiv__: (rt, self, [o]) => {
      const us = td(self).total;
      if (isTd(o)) {
        if (o.total === 0n) throw rt.error("ZeroDivisionError", "integer division or modulo by zero");
        return normInt(floorDivmod(us, o.total)[0]);
      }
      if (isInt(o)) {
        if (big(o) === 0n) throw rt.error("ZeroDivisionError", "integer division or modulo by zero");
        return fromUs(rt, floorDivmod(us, big(o))[0]);
      }
      return unsupported(rt, "//", self, o);
    },
    __mod__: (rt, self, [o]) => {
      if (!isTd(o)) return unsupported(rt, "%", self, o);
      if (o.total === 0n) throw rt.error("ZeroDivisionError", "integer modulo by zero");
      return fromUs(rt, floorDivmod(td(self).total, o.total)[1]);
    },
    __divmod__: (rt, self, [o]) => {
      if (!isTd(o)) return unsupported(rt, "divmod()", self, o);
      if (o.total === 0n) throw rt.error("ZeroDivisionError", "integer division or modulo by zero");
      const [q, r] = floorDivmod(td(self).total, o.total);
      return new PyTuple([normInt(q), fromUs(rt, r)]);
    },
    __reduce__: (_rt, self) => new PyTuple([typeOf(self), new PyTuple([td(self).days, td(self).seconds, td(self).us])]),
  });

  const multiply = (rt: Interpreter, self: PyValue, o: PyValue): PyValue | undefined => {
    const us = td(self).total;
    if (isInt(o)) return fromUs(rt, us * big(o));
    if (o instanceof PyFloat) {
      if (!Number.isFinite(o.v)) {
        throw rt.error(
          Number.isNaN(o.v) ? "ValueError" : "OverflowError",
          `cannot convert ${Number.isNaN(o.v) ? "NaN" : "Infinity"} to integer ratio`,
        );
      }
      const [n, d] = integerRatio(o.v);
      return fromUs(rt, divideNearest(us * n, d));
    }
    return undefined;
  };

  defGetter(type, "days", (_rt, self) => td(self).days);
  defGetter(type, "seconds", (_rt, self) => td(self).seconds);
  defGetter(type, "microseconds", (_rt, self) => td(self).us);
  type.dict.set("min", new TimedeltaObj(type, -MAX_DAYS, 0, 0));
  type.dict.set("max", new TimedeltaObj(type, MAX_DAYS, 86399, 999999));
  type.dict.set("resolution", new TimedeltaObj(type, 0, 0, 1));
  return { type, fromUs };
}

/** C's round(): halves away from zero. */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** `str(td)`: `[D day[s], ]H:MM:SS[.UUUUUU]`. */
export function timedeltaStr(t: TimedeltaObj): string {
  const hh = Math.floor(t.seconds / 3600);
  const mm = Math.floor((t.seconds % 3600) / 60);
  const ss = t.seconds % 60;
  let s = `${hh}:${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}`;
  if (t.days) s = `${t.days} day${Math.abs(t.days) !== 1 ? "s" : ""}, ` + s;
  if (t.us) s += "." + String(t.us).padStart(6, "0");
  return s;
}
