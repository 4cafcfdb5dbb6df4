/**
 * Virtual time. A `VTime` is a whole number of virtual microseconds since the
 * application started serving (the moment a scenario's `at 0` names); what happens
 * while the module loads may carry times at or before 0. Never a Date, never the
 * wall clock: the runtime's clock is the only source.
 */

/** Virtual microseconds since serving started; an integer. */
export type VTime = number & { readonly __brand: "vtime" };

/** The start of serving. */
export const T0 = 0 as VTime;

/** A time of `n` microseconds (rounded to a whole number). */
export function us(n: number): VTime {
  return Math.round(n) as VTime;
}

/** A time of `n` milliseconds (rounded to a whole microsecond). */
export function ms(n: number): VTime {
  return Math.round(n * 1000) as VTime;
}

/** The time in milliseconds, fractions kept. */
export function toMs(t: VTime): number {
  return t / 1000;
}

/** Whole milliseconds, truncated toward minus infinity (the conformance view's `T<ms>`). */
export function wholeMs(t: VTime): number {
  return Math.floor(t / 1000);
}

/** `t` moved by `deltaUs` microseconds. */
export function addUs(t: VTime, deltaUs: number): VTime {
  return Math.round(t + deltaUs) as VTime;
}

/** The later of two times. */
export function maxTime(a: VTime, b: VTime): VTime {
  return (a >= b ? a : b) as VTime;
}
