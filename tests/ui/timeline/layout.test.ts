import { describe, expect, it } from "vitest";
import type { Lane } from "../../../src/trace/spans";
import { COMPACT_BELOW, laneAt, layoutLanes } from "../../../src/ui/timeline/layout";

const lanes: Lane[] = [
  { id: "loop", kind: "loop", label: "IOLoop", short: "loop", request: null },
  { id: "request:1", kind: "request", label: "#1 GET /", short: "#1", request: 1 },
  { id: "fetch:1", kind: "fetch", label: "GET http://a/", short: "f1", request: 1 },
];

describe("layoutLanes", () => {
  it.each([
    // width, compact, label column
    [1200, false, 204],
    [800, false, 136],
    [600, false, 130],
    [COMPACT_BELOW - 1, true, 0],
    [375, true, 0],
  ])("at %d px: compact %s, label column %d px", (width, compact, labelWidth) => {
    const l = layoutLanes(lanes, width);
    expect(l.compact).toBe(compact);
    expect(l.labelWidth).toBe(labelWidth);
    expect(l.plotLeft).toBeGreaterThanOrEqual(labelWidth);
    expect(l.plotRight).toBeLessThan(width);
  });

  it("stacks lanes under the axis without gaps, each band inside its lane", () => {
    for (const width of [1000, 375]) {
      const l = layoutLanes(lanes, width);
      let y = l.axisHeight;
      for (const b of l.lanes) {
        expect(b.y).toBe(y);
        expect(b.bar.y).toBeGreaterThan(b.y);
        expect(b.bar.y + b.bar.h).toBeLessThanOrEqual(b.y + b.height);
        if (b.client) expect(b.client.y + b.client.h).toBeLessThan(b.bar.y);
        if (b.labelY !== null) expect(b.labelY).toBeLessThan(b.client?.y ?? b.bar.y);
        y += b.height;
      }
      expect(l.height).toBeGreaterThanOrEqual(y);
      expect(l.lanes[1].client).not.toBeNull();
      expect(l.lanes[0].client).toBeNull();
    }
  });

  it("finds the lane at a height", () => {
    const l = layoutLanes(lanes, 1000);
    expect(laneAt(l, l.lanes[1].y)?.lane.id).toBe("request:1");
    expect(laneAt(l, l.lanes[1].y + l.lanes[1].height - 0.5)?.lane.id).toBe("request:1");
    expect(laneAt(l, 0)).toBeNull();
  });
});
