/**
 * How the views write virtual times: milliseconds with one decimal (`100.0 ms`),
 * seconds from 10 s on (`12.50 s`). Never the wall clock.
 */
import type { VTime } from "../trace";

/** A virtual time for people. */
export function formatTime(t: VTime | number): string {
  const ms = t / 1000;
  if (Math.abs(ms) >= 10_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(1)} ms`;
}
