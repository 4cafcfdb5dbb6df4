/**
 * A correctly rounded `x ** y` for floats. CPython calls the C library's `pow`, which
 * glibc rounds correctly; V8's `**` is off by one unit in the last place for about one
 * case in ten (`2 ** 1.5` is 2.82842712474619 in JS, 2.8284271247461903 in CPython).
 *
 * The result is exp(y * ln x) evaluated in double-double arithmetic (about 100 bits),
 * then rounded once. Special values follow C99 Annex F, as glibc does; the caller deals
 * with the cases Python turns into exceptions (0 ** negative, negative ** fraction,
 * overflow).
 */

/** A double-double: the unevaluated sum hi + lo with |lo| <= ulp(hi) / 2. */
interface DD {
  readonly hi: number;
  readonly lo: number;
}

const SPLITTER = 134217729; // 2**27 + 1, Dekker's splitting constant

function dd(hi: number, lo = 0): DD {
  return { hi, lo };
}

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: a - (s - bb) + (b - bb) };
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return { hi: s, lo: b - (s - a) };
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl };
}

function add(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  let r = quickTwoSum(s.hi, s.lo + t.hi);
  r = quickTwoSum(r.hi, r.lo + t.lo);
  return r;
}

function mul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

function mulNum(a: DD, b: number): DD {
  const p = twoProd(a.hi, b);
  return quickTwoSum(p.hi, p.lo + a.lo * b);
}

function div(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  let r = add(a, mulNum(b, -q1));
  const q2 = r.hi / b.hi;
  r = add(r, mulNum(b, -q2));
  const q3 = r.hi / b.hi;
  return add(quickTwoSum(q1, q2), dd(q3));
}

const LN2: DD = { hi: 0.6931471805599453, lo: 2.3190468138462996e-17 };
const SQRT2 = Math.SQRT2;

// 1 / (2k + 1) for the atanh series of the logarithm.
const ODD_RECIPROCALS: readonly DD[] = Array.from({ length: 24 }, (_, k) => div(dd(1), dd(2 * k + 1)));
// 1 / k! for the exponential series.
const FACTORIAL_RECIPROCALS: readonly DD[] = (() => {
  const out: DD[] = [dd(1)];
  for (let k = 1; k <= 14; k++) out.push(div(out[k - 1]!, dd(k)));
  return out;
})();

/** Split a positive finite x into m * 2**k with m in [sqrt(1/2), sqrt(2)). */
function frexp(x: number): { m: number; k: number } {
  let k = 0;
  if (x < 2 ** -1000) {
    x *= 2 ** 64;
    k -= 64;
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hiWord = view.getUint32(0);
  const e = (hiWord >>> 20) & 0x7ff;
  k += e - 1023;
  view.setUint32(0, (hiWord & 0x800fffff) | (1023 << 20));
  let m = view.getFloat64(0);
  if (m > SQRT2) {
    m /= 2;
    k += 1;
  }
  return { m, k };
}

/** ln(x) for a positive finite x, as a double-double. */
function logDD(x: number): DD {
  const { m, k } = frexp(x);
  // ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172.
  const s = div(dd(m - 1), twoSum(m, 1));
  const s2 = mul(s, s);
  let sum = ODD_RECIPROCALS[ODD_RECIPROCALS.length - 1]!;
  for (let i = ODD_RECIPROCALS.length - 2; i >= 0; i--) sum = add(mul(sum, s2), ODD_RECIPROCALS[i]!);
  const lnm = mulNum(mul(sum, s), 2);
  return add(mulNum(LN2, k), lnm);
}

/** exp(y) for a double-double y, rounded to the nearest double. */
function expDD(y: DD): number {
  if (y.hi > 709.8) return Infinity;
  if (y.hi < -745.2) return 0;
  const k = Math.round(y.hi / LN2.hi);
  const r = add(y, mulNum(LN2, -k));
  // expm1(r / 256) by its series, then expm1(2t) = expm1(t) * (expm1(t) + 2), eight times.
  const t = dd(r.hi / 256, r.lo / 256);
  let sum = FACTORIAL_RECIPROCALS[FACTORIAL_RECIPROCALS.length - 1]!;
  for (let i = FACTORIAL_RECIPROCALS.length - 2; i >= 1; i--) sum = add(mul(sum, t), FACTORIAL_RECIPROCALS[i]!);
  let em1 = mul(sum, t);
  for (let i = 0; i < 8; i++) em1 = mul(em1, add(em1, dd(2)));
  const e = add(dd(1), em1);
  return scale(e, k);
}

/** (hi + lo) * 2**k rounded once, also when the result is subnormal. */
function scale(v: DD, k: number): number {
  if (k > 1000) return (v.hi + v.lo) * 2 ** 1000 * 2 ** (k - 1000);
  if (k >= -1020) return (v.hi + v.lo) * 2 ** k;
  // A subnormal result: round hi + lo at the subnormal position in one step.
  const shifted = twoProd(v.hi, 2 ** (k + 1074));
  const lo = shifted.lo + v.lo * 2 ** (k + 1074);
  const n = Math.round(shifted.hi + lo);
  return n * 2 ** -1074;
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
}

/**
 * `pow(x, y)` as glibc computes it: correctly rounded, with C99's special values.
 * A negative x with a non-integer y gives NaN (Python raises before calling this).
 */
export function powFloat(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (y === 1) return x;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return ax > 1 === y > 0 ? Infinity : 0;
  }
  if (x === 0 || !Number.isFinite(x)) return x ** y; // JS follows C99 for zeros and infinities
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = powFloat(-x, y);
    return isOddInteger(y) ? -r : r;
  }
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(x);
  if (y === -1) return 1 / x;
  return expDD(mulNum(logDD(x), y));
}
