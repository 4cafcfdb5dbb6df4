/**
 * A pure time-to-pixel scale: virtual microseconds across a horizontal pixel range.
 * The one mapping the swimlane's drawing, its axis and its hit-testing share, so a
 * span is drawn, labelled and found at the same pixels. Immutable: zooming or
 * panning returns a new scale.
 */
import type { VTime } from "./time";

/** A tick of the time axis: where it falls and what it reads. */
export interface Tick {
  readonly t: number;
  readonly px: number;
  /** Milliseconds, with no more decimals than the step needs: `0 ms`, `12.5 ms`. */
  readonly label: string;
}

/** Maps the times [start, end] linearly onto the pixels [left, right]. */
export class TimeScale {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly left: number,
    readonly right: number,
  ) {
    if (!(end > start) || !(right > left)) throw new RangeError(`empty scale ${start}..${end} -> ${left}..${right}`);
  }

  /** Microseconds per pixel. */
  get usPerPx(): number {
    return (this.end - this.start) / (this.right - this.left);
  }

  /** The pixel of time `t` (not clamped: times outside the domain fall outside the range). */
  toPx(t: VTime | number): number {
    return this.left + (t - this.start) / this.usPerPx;
  }

  /** The time at pixel `px`, fractional microseconds. */
  toTime(px: number): number {
    return this.start + (px - this.left) * this.usPerPx;
  }

  /** The same domain on other pixels (the plot was resized). */
  withRange(left: number, right: number): TimeScale {
    return new TimeScale(this.start, this.end, left, right);
  }

  /** Zoomed by `factor` (> 1 zooms in) keeping the time under pixel `aroundPx` in place. */
  zoom(factor: number, aroundPx: number): TimeScale {
    const pivot = this.toTime(aroundPx);
    return new TimeScale(
      pivot - (pivot - this.start) / factor,
      pivot + (this.end - pivot) / factor,
      this.left,
      this.right,
    );
  }

  /** Moved so that the content slides `dpx` pixels to the right. */
  pan(dpx: number): TimeScale {
    const dt = dpx * this.usPerPx;
    return new TimeScale(this.start - dt, this.end - dt, this.left, this.right);
  }

  /**
   * This scale seen through a zoom transform `px' = k * px + x` (d3-zoom's), applied
   * to this scale as the untransformed one.
   */
  transformed(k: number, x: number): TimeScale {
    return new TimeScale(this.toTime((this.left - x) / k), this.toTime((this.right - x) / k), this.left, this.right);
  }

  /** Ticks at a round step (1, 2 or 5 times a power of ten µs) at least `minGapPx` apart. */
  ticks(minGapPx = 80): Tick[] {
    const step = niceStep(this.usPerPx * minGapPx);
    const out: Tick[] = [];
    const decimals = Math.max(0, -Math.floor(Math.log10(step / 1000) + 1e-9));
    for (let t = Math.ceil(this.start / step) * step; t <= this.end; t += step) {
      // Multiply back from an integer index so float steps do not accumulate error.
      const tt = Math.round(t / step) * step;
      out.push({ t: tt, px: this.toPx(tt), label: `${formatFixed(tt / 1000, decimals)} ms` });
    }
    return out;
  }
}

/** The smallest of 1, 2, 5 × 10^n (n ≥ 0, whole microseconds) that is at least `span`. */
export function niceStep(span: number): number {
  if (!(span > 1)) return 1;
  const pow = 10 ** Math.floor(Math.log10(span));
  for (const m of [1, 2, 5, 10]) if (m * pow >= span) return m * pow;
  return 10 * pow;
}

/** `v` rounded to `decimals` places, without trailing zeros or a negative zero. */
function formatFixed(v: number, decimals: number): string {
  const n = Number(v.toFixed(Math.min(decimals, 3)));
  return String(n === 0 ? 0 : n);
}
