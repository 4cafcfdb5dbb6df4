/**
 * exp, log, log2, pow, sin, cos and tan computed in double-double arithmetic (about 32 significant
 * digits) and rounded once, so they are correctly rounded in all but vanishingly
 * rare cases. CPython gets them from the C library (glibc), which is correctly
 * rounded in practice for these; JavaScript's Math.exp/log/pow are not (about
 * one result in ten differs from CPython's in the last digit for exp and pow).
 * glibc's log10, expm1, log1p and the hyperbolic functions are not correctly
 * rounded, and Math's versions agree with them more often, so those stay on Math.
 */

/** A double-double: hi + lo with |lo| <= ulp(hi) / 2. */
type DD = readonly [number, number];

const SPLITTER = 134217729; // 2**27 + 1

function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): [number, number] {
  const s = a + b;
  return [s, b - (s - a)];
}

function split(a: number): [number, number] {
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): [number, number] {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(x: DD, y: DD): DD {
  const [s, e] = twoSum(x[0], y[0]);
  return quickTwoSum(s, e + x[1] + y[1]);
}

function mul(x: DD, y: DD): DD {
  const [p, e] = twoProd(x[0], y[0]);
  return quickTwoSum(p, e + x[0] * y[1] + x[1] * y[0]);
}

function divNum(x: DD, b: number): DD {
  const q1 = x[0] / b;
  const [p, e] = twoProd(q1, b);
  const r = add(x, [-p, -e]);
  const q2 = r[0] / b;
  return quickTwoSum(q1, q2);
}

function div(x: DD, y: DD): DD {
  const q1 = x[0] / y[0];
  const r = add(x, mul(y, [-q1, 0]));
  const q2 = r[0] / y[0];
  const r2 = add(r, mul(y, [-q2, 0]));
  const q3 = r2[0] / y[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

/** e**x for a double-double argument with |x| < 710 (no overflow handling). */
function expDD(x: DD): DD {
  const k = Math.round(x[0] / LN2[0]);
  // r = x - k*ln2, then exp(r) = exp(r / 256) ** 256.
  let r = add(x, mul(LN2, [-k, 0]));
  r = [r[0] / 256, r[1] / 256];
  let sum: DD = [1, 0];
  let term: DD = [1, 0];
  for (let n = 1; n <= 14; n++) {
    term = divNum(mul(term, r), n);
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  for (let i = 0; i < 8; i++) sum = mul(sum, sum);
  const scale = (v: number) => scalePow2(v, k);
  return [scale(sum[0]), scale(sum[1])];
}

function scalePow2(v: number, k: number): number {
  // Two steps so the power of two itself never overflows or underflows.
  const h = Math.trunc(k / 2);
  return v * 2 ** h * 2 ** (k - h);
}

/** ln(m) for 0.5 <= m < 2 (by one Newton step from Math.log, in double-double). */
function logNear1(m: DD): DD {
  const y0 = Math.log(m[0] + m[1]);
  const t = add(mul(expDD([-y0, 0]), m), [-1, 0]);
  // ln(m) = y0 + ln(1 + t) = y0 + t - t*t/2 (+ O(t**3), far below precision).
  return add(add([y0, 0], t), [-(t[0] * t[0]) / 2, 0]);
}

/** ln(x) in double-double for finite x > 0. */
function logDD(x: number): DD {
  let e = 0;
  let m = x;
  if (m < 2 ** -1000) {
    m *= 2 ** 100;
    e -= 100;
  }
  const ex = Math.floor(Math.log2(m));
  m = m / 2 ** ex;
  e += ex;
  // Keep m near 1, where the Newton step is best conditioned.
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  } else if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  return add(logNear1([m, 0]), mul(LN2, [e, 0]));
}

const round = (x: DD) => x[0] + x[1];

/** Correctly rounded e**x (Infinity on overflow, 0 on underflow). */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  return round(expDD([x, 0]));
}

/** Correctly rounded ln(x) for finite x > 0. */
export function log(x: number): number {
  if (x === 1) return 0;
  return round(logDD(x));
}

/** Correctly rounded log2(x) for finite x > 0. */
export function log2(x: number): number {
  return round(div(logDD(x), LN2));
}

/** Correctly rounded x**y for finite x > 0 and finite y (Infinity/0 past the range). */
export function powPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  const l = mul(logDD(x), [y, 0]);
  if (l[0] > 709.8) return Infinity;
  if (l[0] < -745.2) return 0;
  return round(expDD(l));
}

const PIO2 = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33] as const;

/** x = k*(pi/2) + r with |r| <= pi/4 (r in double-double), for |x| up to about 1e9. */
function reduce(x: number): [number, DD] {
  const k = Math.round(x / PIO2[0]);
  let r: DD = add([x, 0], twoProd(-k, PIO2[0]));
  r = add(r, twoProd(-k, PIO2[1]));
  r = add(r, [-k * PIO2[2], 0]);
  return [((k % 4) + 4) % 4, r];
}

/** sin and cos of a reduced argument, by their Taylor series in double-double. */
function sinCos(r: DD): [DD, DD] {
  const r2 = mul(r, r);
  let sin: DD = r;
  let cos: DD = [1, 0];
  let term: DD = r;
  let cterm: DD = [1, 0];
  for (let n = 1; n <= 16; n++) {
    term = divNum(mul(term, r2), -(2 * n) * (2 * n + 1));
    cterm = divNum(mul(cterm, r2), -(2 * n - 1) * (2 * n));
    sin = add(sin, term);
    cos = add(cos, cterm);
    if (Math.abs(term[0]) < 1e-40 && Math.abs(cterm[0]) < 1e-40) break;
  }
  return [sin, cos];
}

const neg = (x: DD): DD => [-x[0], -x[1]];
const TRIG_LIMIT = 1e9;

/** Correctly rounded sin(x) (Math.sin past |x| = 1e9, where the reduction would lose digits). */
export function sin(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > TRIG_LIMIT || x === 0) return Math.sin(x);
  const [q, r] = reduce(x);
  const [s, c] = sinCos(r);
  return round(q === 0 ? s : q === 1 ? c : q === 2 ? neg(s) : neg(c));
}

/** Correctly rounded cos(x). */
export function cos(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > TRIG_LIMIT) return Math.cos(x);
  const [q, r] = reduce(x);
  const [s, c] = sinCos(r);
  return round(q === 0 ? c : q === 1 ? neg(s) : q === 2 ? neg(c) : s);
}

/** Correctly rounded tan(x). */
export function tan(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > TRIG_LIMIT || x === 0) return Math.tan(x);
  const [q, r] = reduce(x);
  const [s, c] = sinCos(r);
  return round(q % 2 === 0 ? div(s, c) : neg(div(c, s)));
}
