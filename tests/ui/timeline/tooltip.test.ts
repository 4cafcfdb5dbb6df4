import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../../../src/trace/types";
import { hitTest } from "../../../src/ui/timeline/hit";
import { describeHit, fmtMs } from "../../../src/ui/timeline/tooltip";
import { markerPos } from "../../../src/ui/timeline/view";
import { trace, viewOf } from "./helpers";

const events = trace("s01_wrong_usage");
const view = viewOf(events);
const bySeq = new Map<number, TraceEvent>(events.map((e) => [e.seq, e]));
const tip = (lane: string, t: number, band: "bar" | "marker" = "bar") => {
  const box = view.layout.byId.get(lane)!;
  const y = band === "bar" ? box.bar.y + box.bar.h / 2 : box.markerY;
  const hit = hitTest(view, view.scale.toPx(t), y);
  if (!hit) throw new Error(`nothing at ${t} in ${lane}`);
  return describeHit(hit, (seq) => bySeq.get(seq));
};

describe("tooltips", () => {
  it.each([
    [0, "0 ms"],
    [650, "0.65 ms"],
    [100_650, "100.65 ms"],
    [1, "0.001 ms"],
  ])("%d µs reads %s", (us, text) => expect(fmtMs(us)).toBe(text));

  it("say what a suspended span waits on, when, and at which line", () => {
    const t = tip("request:1", 50_000);
    expect(t.title).toBe("Still pending after the response was sent");
    expect(t.lines).toEqual([
      "0.65 ms → 103.65 ms (103 ms)",
      "request #1, line 15",
      "TestHandler.test yields fetch http://www.naver.com",
      "The client already has its response: this work cannot change it.",
    ]);
  });

  it("give a fetch's URL, and its status where it ends", () => {
    expect(tip("fetch:1", 50_000).lines).toContain("in flight: GET http://www.naver.com");
    const box = view.layout.byId.get("fetch:1")!;
    const done = view.index.byLane.get("fetch:1")!.markers[0];
    const p = markerPos(view, box, done);
    const hit = hitTest(view, p.x, p.y)!;
    expect(describeHit(hit, (s) => bySeq.get(s))).toEqual({
      title: "Fetch done",
      lines: ["103.65 ms", "request #1", "status 200, 26 bytes"],
    });
  });

  it("give a print's text and say when it came after the response", () => {
    const box = view.layout.byId.get("request:1")!;
    const print = view.index.byLane.get("request:1")!.markers.find((m) => m.kind === "print" && m.afterResponse)!;
    const p = markerPos(view, box, print);
    const t = describeHit(hitTest(view, p.x, p.y)!, (s) => bySeq.get(s));
    expect(t).toEqual({
      title: "print",
      lines: ["103.65 ms", "request #1, line 16", "200", "after the response was sent"],
    });
  });

  it("give a log record's level, logger and message", () => {
    const log = events.find((e) => e.kind === "log")!;
    const marker = view.index.byLane.get("request:1")!.markers.find((m) => m.seq === log.seq)!;
    const t = describeHit({ type: "marker", marker, box: view.layout.byId.get("request:1")! }, (s) => bySeq.get(s));
    expect(t.title).toBe("Log INFO (tornado.access)");
    expect(t.lines).toContain("200 POST /test (127.0.0.1) 0.45ms");
  });
});
