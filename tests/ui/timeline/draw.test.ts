/**
 * drawSwimlane on a recording context: what is drawn, where, in which style. Real
 * runs of conformance scenarios; no DOM.
 */
import { describe, expect, it } from "vitest";
import { drawSwimlane } from "../../../src/ui/timeline/draw";
import { DARK, LIGHT, withAlpha } from "../../../src/ui/timeline/palette";
import { spanRect } from "../../../src/ui/timeline/view";
import { syntheticTrace } from "../../../bench/timeline-page/synthetic";
import { RecordingContext, trace, viewOf, type Call } from "./helpers";

function draw(view: ReturnType<typeof viewOf>): RecordingContext {
  const rec = new RecordingContext();
  drawSwimlane(rec.ctx, view);
  return rec;
}

/** fillRects in `style` that cover the pixel column `x` within the band [y, y + h). */
function fillsAt(rec: RecordingContext, style: string, x: number, y: number): Call[] {
  return rec.ops("fillRect").filter((c) => {
    const [rx, ry, rw, rh] = c.args as number[];
    return c.fillStyle === style && rx <= x && rx + rw >= x && ry <= y && ry + rh > y;
  });
}

const s06 = trace("s06_blocking_sleep");
const s01 = trace("s01_wrong_usage");

describe("drawSwimlane", () => {
  it("draws a blocked stretch of the loop in the blocked style: its fill, red hatching and outline", () => {
    const view = viewOf(s06);
    const rec = draw(view);
    const box = view.layout.byId.get("loop")!;
    const blocked = view.index.blocked[0];
    const r = spanRect(view, box, blocked);
    const mid = r.x + r.w / 2;
    expect(fillsAt(rec, LIGHT.blockedBg, mid, box.bar.y + 1)).toHaveLength(1);
    // Hatching: diagonal strokes in the blocked colour within the span.
    const hatchStrokes = rec.ops("stroke").filter((c) => c.strokeStyle === LIGHT.blocked);
    expect(hatchStrokes.length).toBeGreaterThan(0);
    expect(rec.ops("strokeRect").some((c) => c.strokeStyle === LIGHT.blocked)).toBe(true);
    expect(rec.texts()).toContain("#1 blocks the loop at line 9: time.sleep(0.3)");
  });

  it("hatches the second request's wait where the loop was blocked by the first", () => {
    const view = viewOf(s06);
    const rec = draw(view);
    const box = view.layout.byId.get("request:2")!;
    const waiting = view.index.byLane.get("request:2")!.spans.find((s) => s.kind === "waiting")!;
    const r = spanRect(view, box, waiting);
    expect(fillsAt(rec, LIGHT.waiting, r.x + r.w / 2, box.bar.y + 1)).toHaveLength(1);
    const redHatch = rec.ops("stroke").filter((c) => c.strokeStyle === withAlpha(LIGHT.blocked, 0.7));
    expect(redHatch.length).toBeGreaterThan(0);
  });

  it("draws work after the response in the warning colour and the response-sent bar across its lane", () => {
    const view = viewOf(s01);
    const rec = draw(view);
    const box = view.layout.byId.get("request:1")!;
    const pending = view.index.byLane.get("request:1")!.spans.find((s) => s.kind === "suspended-after-response")!;
    const r = spanRect(view, box, pending);
    expect(fillsAt(rec, withAlpha(LIGHT.after, 0.2), r.x + r.w / 2, box.bar.y + 1)).toHaveLength(1);
    expect(rec.ops("strokeRect").some((c) => c.strokeStyle === LIGHT.after)).toBe(true);
    // The response-sent bar: 3 px wide in the "ok" colour, nearly the lane's height.
    const sentX = view.scale.toPx(650);
    const bar = rec
      .ops("fillRect")
      .find((c) => c.fillStyle === LIGHT.ok && Math.abs((c.args[0] as number) + 1.5 - sentX) < 0.01);
    expect(bar?.args[3]).toBe(box.height - 4);
    expect(rec.texts()).toContain("response sent 200");
    expect(rec.texts().some((t) => t.startsWith("after the response · line 15: TestHandler.test yields fetch"))).toBe(
      true,
    );
  });

  it("dims everything after the playback cursor, and nothing without one", () => {
    const cursor = 50_000;
    const view = viewOf(s01, { cursor });
    const dims = draw(view)
      .ops("fillRect")
      .filter((c) => c.fillStyle === LIGHT.dim);
    expect(dims).toHaveLength(1);
    expect(dims[0].args[0]).toBeCloseTo(view.scale.toPx(cursor), 6);
    expect(dims[0].args[2]).toBeCloseTo(view.layout.plotRight - view.scale.toPx(cursor), 6);
    expect(
      draw(viewOf(s01))
        .ops("fillRect")
        .filter((c) => c.fillStyle === LIGHT.dim),
    ).toEqual([]);
  });

  it("outlines the spans and markers of highlighted lines", () => {
    const outlines = (lines: number[]) =>
      draw(viewOf(s01, { highlight: lines })).calls.filter(
        (c) => (c.op === "strokeRect" || c.op === "arc") && c.strokeStyle === LIGHT.highlight,
      );
    expect(outlines([])).toEqual([]);
    // Line 15: the yield the request waits at, and the fetch it started.
    const at15 = outlines([15]).filter((c) => c.op === "strokeRect");
    expect(at15.length).toBeGreaterThanOrEqual(3);
    // Line 16 is a print after the response: a marker ring.
    expect(outlines([16]).filter((c) => c.op === "arc")).toHaveLength(1);
  });

  it("uses the dark palette in the dark theme", () => {
    const rec = draw(viewOf(s06, { theme: "dark" }));
    expect(rec.ops("fillRect")[0].fillStyle).toBe(DARK.bg);
    expect(rec.ops("fillRect").some((c) => c.fillStyle === DARK.blockedBg)).toBe(true);
    expect(rec.ops("fillRect").some((c) => c.fillStyle === LIGHT.blockedBg)).toBe(false);
  });

  it("draws only what is in view when zoomed in", () => {
    // s06 zoomed to its last millisecond: request 2's work, not the start of the sleep.
    const rec = draw(viewOf(s06, { window: [300_000, 301_000] }));
    const texts = rec.texts();
    expect(texts).toContain("FastHandler.get");
    expect(texts).not.toContain("print: slow start");
  });

  it("keeps the work of a 50,000-span trace bounded by the pixels, not the spans", () => {
    const events = syntheticTrace(10, 12_500);
    const view = viewOf(events, { width: 1200 });
    expect(view.index.model.spans.length).toBeGreaterThan(45_000);
    const rec = draw(view);
    const rects = rec.ops("fillRect").length;
    // Sub-pixel neighbours merge: far fewer rectangles than spans.
    expect(rects).toBeLessThan(view.index.model.spans.length / 5);
  });

  it("collapses the label column at 375 px and labels each lane above it", () => {
    const view = viewOf(s01, { width: 375 });
    expect(view.layout.compact).toBe(true);
    expect(view.layout.plotLeft).toBeLessThan(10);
    const texts = draw(view).texts();
    expect(texts).toContain("#1 POST /test");
    expect(texts).toContain("fetch www.naver.com");
  });
});
