import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareTraces, toConformance, TraceRecorder, ms, type TraceEvent } from "../../src/trace";
import { readGolden } from "../scenario/golden";
import { readEvents } from "./events-fixture";

const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;
const cases = readGolden(FIXTURES + "conformance.txt");

describe("toConformance golden cases", () => {
  for (const c of cases) {
    it(c.name, () => {
      const { events } = readEvents(c.input);
      expect(toConformance(events)).toBe(c.expected === "" ? "" : c.expected + "\n");
    });
  }
});

describe("toConformance", () => {
  it("matches real Tornado's golden trace of the blog's first example under the comparer", () => {
    const blog = cases.find((c) => c.name.startsWith("the blog's first example"))!;
    const golden = readFileSync(new URL("../conformance/golden/6.5.7/s01_wrong_usage.txt", import.meta.url), "utf8");
    const result = compareTraces(golden, toConformance(readEvents(blog.input).events));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("does not depend on the order events are passed in, only on seq", () => {
    const { events } = readEvents(cases[0].input);
    expect(toConformance([...events].reverse())).toBe(toConformance(events));
  });

  it("splits stdout on \\n only, as the harness does", () => {
    const rec = new TraceRecorder();
    rec.emit({ kind: "module-load-end", t: ms(0), app: { discovery: "routes", routes: [] } });
    rec.emit({ kind: "print", stream: "stdout", t: ms(7), text: "carriage\rreturn\n", line: 1, request: null });
    expect(toConformance(rec.events)).toBe("T7     print  carriage\rreturn\n");
  });

  it("orders lines by time, then by seq and line, when a later event carries an earlier time", () => {
    const rec = new TraceRecorder();
    rec.emit({ kind: "module-load-end", t: ms(0), app: { discovery: "routes", routes: [] } });
    rec.emit({ kind: "print", stream: "stdout", t: ms(7), text: "a\nb\n", line: 1, request: null });
    rec.emit({ kind: "client-recv", t: ms(5), request: 1, status: 200, body: "ok" });
    rec.emit({ kind: "print", stream: "stdout", t: ms(5), text: "c\nd\n", line: 1, request: null });
    rec.emit({ kind: "print", stream: "stdout", t: ms(7), text: "e\n", line: 1, request: null });
    expect(toConformance(rec.events)).toBe(
      "T5     client #1 recv 200 ok\nT5     print  c\nT5     print  d\nT7     print  a\nT7     print  b\nT7     print  e\n",
    );
  });

  it("is empty for a trace with nothing to show", () => {
    const events: TraceEvent[] = [{ kind: "end", seq: 0, t: ms(0) }];
    expect(toConformance(events)).toBe("");
  });
});
