import { describe, expect, it } from "vitest";
import {
  checkTrace,
  ms,
  toMs,
  TRACE_EVENT_KINDS,
  TraceRecorder,
  us,
  wholeMs,
  type TraceEvent,
  type TraceEventInit,
} from "../../src/trace";
import { readGolden } from "../scenario/golden";
import { readEvents } from "./events-fixture";

describe("VTime", () => {
  it.each([
    [ms(1.5), 1500, 1.5, 1],
    [ms(0.0004), 0, 0, 0],
    [us(2999.6), 3000, 3, 3],
    [us(-1), -1, -0.001, -1],
  ])("%d µs", (t, micros, millis, whole) => {
    expect(t).toBe(micros);
    expect(toMs(t)).toBe(millis);
    expect(wholeMs(t)).toBe(whole);
  });
});

describe("TraceRecorder", () => {
  it("numbers events in emission order and tells a listener", () => {
    const seen: TraceEvent[] = [];
    const rec = new TraceRecorder((e) => seen.push(e));
    rec.emit({ kind: "module-load-start", t: ms(0) });
    rec.emit({ kind: "print", stream: "stdout", t: ms(0), text: "x\n", line: 1, request: null });
    expect(rec.events.map((e) => e.seq)).toEqual([0, 1]);
    expect(seen).toEqual(rec.events);
  });

  it("keeps events as plain data that survive JSON", () => {
    const { events } = readEvents(readGolden(new URL("./fixtures/conformance.txt", import.meta.url).pathname)[0].input);
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
    for (const e of events) expect(TRACE_EVENT_KINDS).toContain(e.kind);
  });
});

describe("checkTrace", () => {
  const good: TraceEventInit[] = [
    { kind: "module-load-start", t: ms(0) },
    { kind: "module-load-end", t: ms(0), app: { discovery: "routes", routes: [] } },
    { kind: "client-send", t: ms(0), request: 1, method: "GET", path: "/", body: null },
    { kind: "run", t: ms(1), end: ms(2), owner: { type: "request", request: 1 }, label: "H.get", line: 3 },
    { kind: "end", t: ms(2) },
  ];
  const record = (inits: TraceEventInit[]) => {
    const rec = new TraceRecorder();
    inits.forEach((e) => rec.emit(e));
    return rec.events;
  };

  it("accepts a well-formed trace, the fixture of the blog example included", () => {
    expect(checkTrace(record(good))).toEqual([]);
    const { events } = readEvents(readGolden(new URL("./fixtures/conformance.txt", import.meta.url).pathname)[0].input);
    expect(checkTrace(events)).toEqual([]);
  });

  it("finds each broken invariant", () => {
    const owner = { type: "request", request: 1 } as const;
    expect(
      checkTrace(
        record([
          good[2],
          { kind: "print", stream: "stdout", t: ms(5), text: "", line: 1, request: 1 },
          { kind: "print", stream: "stdout", t: ms(4), text: "", line: 1, request: 1 },
        ]),
      ),
    ).toEqual(["event 2 (print): t 4000 goes back from 5000"]);
    expect(checkTrace(record([{ kind: "finish", t: ms(0), request: 2, how: "auto", line: null }]))).toEqual([
      "event 0 (finish): names request #2 before its client-send",
    ]);
    expect(
      checkTrace(
        record([
          { kind: "fetch-start", t: ms(0), fetch: 1 },
          { kind: "timer-fire", t: ms(0), timer: 4 },
        ]),
      ),
    ).toEqual([
      "event 0 (fetch-start): names fetch 1 before its fetch-queued",
      "event 1 (timer-fire): names timer 4 before its timer-set",
    ]);
    expect(
      checkTrace(
        record([
          good[2],
          { kind: "run", t: ms(0), end: ms(10), owner, label: "a", line: null },
          { kind: "run", t: ms(5), end: ms(12), owner, label: "b", line: null },
        ]),
      ),
    ).toEqual(["runs 1 and 2 overlap: the loop has one thread"]);
    expect(checkTrace(record([{ kind: "run", t: ms(3), end: ms(2), owner, label: "a", line: null }])).length).toBe(1);
    expect(
      checkTrace(
        record([
          {
            kind: "load-error",
            t: ms(0),
            excType: "SyntaxError",
            message: "invalid syntax",
            line: 1,
            col: 0,
            traceback: [],
          },
          { kind: "print", stream: "stdout", t: ms(0), text: "x\n", line: 2, request: null },
          { kind: "end", t: ms(0) },
          { kind: "end", t: ms(0) },
        ]),
      ),
    ).toEqual(["event 1 (print): follows a load error", "event 2 (end): end is not the last event"]);
    const renumbered = record(good).map((e, i) => ({ ...e, seq: i === 1 ? 7 : e.seq }));
    expect(checkTrace(renumbered)).toEqual(["event 1 (module-load-end): seq is 7, expected 1"]);
    expect(checkTrace([{ kind: "end", seq: 0, t: 1.5 as never }])).toEqual([
      "event 0 (end): t 1.5 is not a whole number of microseconds",
    ]);
  });
});
