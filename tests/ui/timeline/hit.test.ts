/** Hit-testing against the same geometry the drawing uses, on real runs. */
import { describe, expect, it } from "vitest";
import { hitEvent, hitTest, type Hit } from "../../../src/ui/timeline/hit";
import { markerPos, spanRect } from "../../../src/ui/timeline/view";
import { trace, viewOf } from "./helpers";

const s01 = viewOf(trace("s01_wrong_usage"));
const s06 = viewOf(trace("s06_blocking_sleep"));

const what = (h: Hit | null): string =>
  h === null
    ? "nothing"
    : h.type === "span"
      ? `span ${h.span.kind} ${h.span.lane}`
      : `marker ${h.marker.kind} ${h.marker.lane}`;

/** The middle of a lane's band, and a time's pixel. */
const barY = (view: typeof s01, lane: string) => {
  const b = view.layout.byId.get(lane)!;
  return b.bar.y + b.bar.h / 2;
};

describe("hitTest", () => {
  it.each([
    // view, time (µs), lane, band, what is hit
    ["s01", 50_000, "request:1", "bar", "span suspended-after-response request:1"],
    ["s01", 50_000, "fetch:1", "bar", "span in-flight fetch:1"],
    ["s01", 50_000, "loop", "bar", "span idle loop"],
    ["s06", 150_000, "loop", "bar", "span blocked loop"],
    ["s06", 150_000, "request:1", "bar", "span running request:1"],
    ["s06", 150_000, "request:2", "bar", "span waiting request:2"],
    ["s06", 150_000, "request:2", "client", "span client-wait request:2"],
    ["s06", 10_000, "request:2", "bar", "nothing"],
  ] as const)("%s at %d µs in %s (%s): %s", (name, t, lane, band, expected) => {
    const view = name === "s01" ? s01 : s06;
    const box = view.layout.byId.get(lane)!;
    const y = band === "bar" ? box.bar.y + box.bar.h / 2 : box.client!.y + box.client!.h / 2;
    expect(what(hitTest(view, view.scale.toPx(t), y))).toBe(expected);
  });

  it("finds a marker at its glyph, before the span under it", () => {
    const box = s01.layout.byId.get("request:1")!;
    const print = s01.index.byLane.get("request:1")!.markers.find((m) => m.kind === "print" && m.afterResponse)!;
    const p = markerPos(s01, box, print);
    const hit = hitTest(s01, p.x + 1, p.y - 1);
    expect(what(hit)).toBe("marker print request:1");
    expect(hitEvent(hit!)).toEqual({ seq: print.seq, line: 16 });
  });

  it("finds the response-sent bar anywhere along its lane", () => {
    const box = s01.layout.byId.get("request:1")!;
    const x = s01.scale.toPx(650);
    for (const y of [box.y + 4, barY(s01, "request:1"), box.y + box.height - 4]) {
      expect(what(hitTest(s01, x, y))).toBe("marker response-sent request:1");
    }
  });

  it("hits an instant of work drawn a few pixels wide", () => {
    // The zero-length run at 0.65 ms after the response, seen zoomed in.
    const view = viewOf(trace("s01_wrong_usage"), { window: [600, 700] });
    const box = view.layout.byId.get("loop")!;
    const run = view.index.byLane.get("loop")!.spans.find((s) => s.t === 650 && s.end === 650)!;
    const r = spanRect(view, box, run);
    expect(r.w).toBe(2);
    expect(hitTest(view, r.x + 1, barY(view, "loop"))).toMatchObject({ type: "span", span: run });
  });

  it("reports the yield behind a suspended span for source links", () => {
    const hit = hitTest(s01, s01.scale.toPx(50_000), barY(s01, "request:1"))!;
    expect(hitEvent(hit)).toEqual({ seq: 9, line: 15 });
  });

  it("hits nothing over the label column, the axis or below the lanes", () => {
    expect(hitTest(s01, 20, barY(s01, "request:1"))).toBeNull();
    expect(hitTest(s01, s01.scale.toPx(50_000), 5)).toBeNull();
    expect(hitTest(s01, s01.scale.toPx(50_000), s01.layout.height + 10)).toBeNull();
  });
});
