import { describe, expect, it } from "vitest";
import { TimeScale, niceStep } from "../../src/trace/scale";

// 0..100 ms across pixels 100..1100: 100 µs a pixel.
const s = new TimeScale(0, 100_000, 100, 1100);

describe("TimeScale", () => {
  it.each([
    // time (µs), pixel
    [0, 100],
    [100, 101],
    [50_000, 600],
    [100_000, 1100],
    [-10_000, 0],
    [150_000, 1600],
  ])("maps %d µs to pixel %d and back", (t, px) => {
    expect(s.toPx(t)).toBeCloseTo(px, 9);
    expect(s.toTime(px)).toBeCloseTo(t, 6);
  });

  it.each([
    // factor, around px, expected start, end (µs)
    [2, 100, 0, 50_000],
    [2, 1100, 50_000, 100_000],
    [2, 600, 25_000, 75_000],
    [0.5, 600, -50_000, 150_000],
    [10, 350, 22_500, 32_500],
  ])("zooms by %d around pixel %d to %d..%d", (factor, px, start, end) => {
    const z = s.zoom(factor, px);
    expect(z.start).toBeCloseTo(start, 6);
    expect(z.end).toBeCloseTo(end, 6);
    // The time under the pivot stays under it.
    expect(z.toTime(px)).toBeCloseTo(s.toTime(px), 6);
  });

  it.each([
    // content moved right by dpx: earlier times come into view
    [100, -10_000, 90_000],
    [-250, 25_000, 125_000],
    [0, 0, 100_000],
  ])("pans by %d px to %d..%d", (dpx, start, end) => {
    const p = s.pan(dpx);
    expect([p.start, p.end]).toEqual([start, end]);
  });

  it.each([
    // d3-zoom transform k, x and the domain it shows
    [1, 0, 0, 100_000],
    [2, -100, 0, 50_000],
    [2, -1100, 50_000, 100_000],
    // zoomed 4x around pixel 300 (20 ms): 15..40 ms
    [4, -300 * 4 + 300, 15_000, 40_000],
  ])("seen through the transform k=%d x=%d shows %d..%d", (k, x, start, end) => {
    const t = s.transformed(k, x);
    expect(t.start).toBeCloseTo(start, 6);
    expect(t.end).toBeCloseTo(end, 6);
    // A point drawn at px under the identity is drawn at k*px + x under the transform.
    expect(t.toPx(s.toTime(350))).toBeCloseTo(k * 350 + x, 6);
  });

  it("keeps its range when resized, and refuses an empty domain or range", () => {
    const r = s.withRange(0, 500);
    expect([r.start, r.end, r.toPx(50_000)]).toEqual([0, 100_000, 250]);
    expect(() => new TimeScale(5, 5, 0, 10)).toThrow(RangeError);
    expect(() => new TimeScale(0, 10, 3, 3)).toThrow(RangeError);
  });
});

describe("ticks", () => {
  it.each([
    // domain start, end (µs), px width, min gap (px), expected labels
    [
      0,
      100_000,
      1000,
      80,
      ["0 ms", "10 ms", "20 ms", "30 ms", "40 ms", "50 ms", "60 ms", "70 ms", "80 ms", "90 ms", "100 ms"],
    ],
    [0, 300_700, 1000, 80, ["0 ms", "50 ms", "100 ms", "150 ms", "200 ms", "250 ms", "300 ms"]],
    [
      0,
      1000,
      1000,
      100,
      ["0 ms", "0.1 ms", "0.2 ms", "0.3 ms", "0.4 ms", "0.5 ms", "0.6 ms", "0.7 ms", "0.8 ms", "0.9 ms", "1 ms"],
    ],
    [-250, 250, 500, 100, ["-0.2 ms", "-0.1 ms", "0 ms", "0.1 ms", "0.2 ms"]],
    [1234, 1240, 600, 100, ["1.234 ms", "1.235 ms", "1.236 ms", "1.237 ms", "1.238 ms", "1.239 ms", "1.24 ms"]],
  ])("%d..%d µs over %d px, %d px apart", (start, end, width, gap, labels) => {
    const ticks = new TimeScale(start, end, 0, width).ticks(gap);
    expect(ticks.map((t) => t.label)).toEqual(labels);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].px - ticks[i - 1].px).toBeGreaterThanOrEqual(gap - 1e-9);
  });
});

describe("niceStep", () => {
  it.each([
    [0.3, 1],
    [1, 1],
    [1.5, 2],
    [3, 5],
    [7, 10],
    [12, 20],
    [99, 100],
    [100, 100],
    [101, 200],
    [4_000, 5_000],
    [60_000, 100_000],
  ])("%d µs -> %d µs", (span, step) => {
    expect(niceStep(span)).toBe(step);
  });
});
