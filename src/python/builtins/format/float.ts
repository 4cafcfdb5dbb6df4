/**
 * Floats to text as CPython's PyOS_double_to_string does, for `format()`, f-strings
 * and `%`: the `e`, `f`, `g` and repr (`r`) modes, correctly rounded (ties to even on
 * the exact binary value), with the alternate form and `z` (no negative zero).
 */
import { exactDecimal } from "../../objects/numbers";

export type FloatMode = "e" | "f" | "g" | "r";

export interface FloatOptions {
  /** `#`: keep the decimal point and (for g) trailing zeros. */
  readonly alt?: boolean;
  /** Format '' with a precision: like g, but at least one digit after the point. */
  readonly addDot0?: boolean;
  /** `z`: a result that rounds to zero loses its minus sign. */
  readonly noNegZero?: boolean;
  /** Upper-case `E`, `INF`, `NAN`. */
  readonly upper?: boolean;
}

/** Decimal digits (no trailing zeros, "0" for zero) and the point position: value = 0.DIGITS × 10^decpt. */
interface Digits {
  digits: string;
  decpt: number;
}

/** Round the exact value of |x| to `keep` leading digits (half to even). */
function roundExact(x: number, keepOf: (decpt: number) => number): Digits {
  const { digits, exp10 } = exactDecimal(x);
  const keep = keepOf(exp10);
  if (keep < 0) return { digits: "", decpt: exp10 - keep };
  if (keep >= digits.length) return { digits: digits.replace(/0+$/, ""), decpt: exp10 };
  let head = digits.slice(0, keep);
  const first = digits.charCodeAt(keep) - 48;
  let up = first > 5;
  if (first === 5) {
    up = !/^0*$/.test(digits.slice(keep + 1)) || (head.length > 0 && (head.charCodeAt(head.length - 1) - 48) % 2 === 1);
  }
  let decpt = exp10;
  if (up) {
    // Propagate the carry through trailing nines.
    let i = head.length - 1;
    while (i >= 0 && head[i] === "9") i--;
    if (i < 0) {
      head = "1";
      decpt++;
    } else head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
  }
  return { digits: head.replace(/0+$/, ""), decpt };
}

/** Shortest round-tripping digits (repr's). */
function shortest(x: number): Digits {
  const [mant, exp] = Math.abs(x).toExponential().split("e") as [string, string];
  return { digits: mant.replace(".", "").replace(/0+$/, ""), decpt: Number(exp) + 1 };
}

/**
 * `x` with `p` decimals through JavaScript's toFixed, which rounds the exact value
 * correctly but breaks ties away from zero; null when that could differ from CPython
 * (an exact tie, a magnitude toFixed writes with an exponent, or too many digits).
 * x has a tie at the (p+1)th decimal exactly when it has p+1 fractional bits: a
 * dyadic fraction with k fractional bits has k decimals, the last being 5.
 */
function fixedFast(x: number, p: number): string | null {
  if (p > 100 || !(Math.abs(x) < 1e21)) return null;
  if (Number.isInteger(x * 2 ** (p + 1)) && !Number.isInteger(x * 2 ** p)) return null;
  const s = x.toFixed(p);
  // toFixed drops the sign of a negative number that rounds to zero; CPython keeps it.
  return (x < 0 || Object.is(x, -0)) && s[0] !== "-" ? "-" + s : s;
}

/**
 * Format a float. `precision` is digits after the point for e and f, significant
 * digits for g (0 means 1), and ignored for r.
 */
export function formatFloatText(x: number, mode: FloatMode, precision: number, opts: FloatOptions = {}): string {
  const upper = opts.upper ?? false;
  if (Number.isNaN(x)) return upper ? "NAN" : "nan";
  if (!Number.isFinite(x)) return (x < 0 ? "-" : "") + (upper ? "INF" : "inf");
  const alt = opts.alt ?? false;
  const addDot0 = opts.addDot0 ?? false;
  let neg = x < 0 || Object.is(x, -0);
  if (mode === "e") precision++;
  if (mode === "g" && precision === 0) precision = 1;

  if (mode === "f" && !alt) {
    const fast = fixedFast(x, precision);
    if (fast !== null) return opts.noNegZero && neg && /^-[0.]*$/.test(fast) ? fast.slice(1) : fast;
  }
  let d: Digits;
  if (x === 0) d = { digits: "0", decpt: 1 };
  else if (mode === "r") d = shortest(x);
  else if (mode === "f") d = roundExact(x, (decpt) => decpt + precision);
  else d = roundExact(x, () => precision);
  const { digits } = d;
  let decpt = d.decpt;
  if (opts.noNegZero && neg && /^0*$/.test(digits)) neg = false;

  // From here on, CPython's format_float_short: pad `digits` with zeros on either side
  // to the slice [vstart, vend) of an infinite string of zeros around it.
  let vend = digits.length;
  let useExp = false;
  switch (mode) {
    case "e":
      useExp = true;
      vend = precision;
      break;
    case "f":
      vend = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vend = precision;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = Math.max(vend, decpt + 1);
  else vend = Math.max(vend, decpt);

  let out = neg ? "-" : "";
  if (decpt <= 0) out += "0".repeat(decpt - vstart) + "." + "0".repeat(-decpt);
  else out += "0".repeat(-vstart);
  if (decpt > 0 && decpt <= digits.length) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (digits.length < decpt) out += "0".repeat(decpt - digits.length) + "." + "0".repeat(vend - decpt);
  else out += "0".repeat(vend - digits.length);
  if (out.endsWith(".") && !alt) out = out.slice(0, -1);
  if (useExp) {
    const e = Math.abs(exp);
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
  }
  return out;
}
