/**
 * `math.fsum`: CPython's exact summation (Shewchuk's partials, as in mathmodule.c's
 * math_fsum), with its handling of infinities, NaN and intermediate overflow.
 */
import type { Interpreter } from "../interp/interpreter";

/** The correctly rounded sum of `xs`. */
export function fsum(rt: Interpreter, xs: readonly number[]): number {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const xIn of xs) {
    let x = xIn;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // A nonfinite x may come from overflow of finite inputs.
        if (Number.isFinite(xsave)) throw rt.error("OverflowError", "intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw rt.error("ValueError", "-inf + inf in fsum");
    return specialSum;
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n]!;
    let lo = 0;
    // Sum exactly from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Make half-even rounding work across partials.
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}
