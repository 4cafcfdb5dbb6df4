import { describe, expect, it } from "vitest";
import { ms, spans, TraceRecorder, type Span, type SpanModel, type TraceEventInit } from "../../src/trace";
import { readGolden } from "../scenario/golden";
import { readEvents } from "./events-fixture";

const blog = readGolden(new URL("./fixtures/conformance.txt", import.meta.url).pathname)[0];

/** `kind t-end label` per span of a lane, times in ms. */
function laneText(model: SpanModel, lane: string): string[] {
  return model.spans
    .filter((s) => s.lane === lane)
    .map((s: Span) => `${s.kind} ${s.t / 1000}-${s.end / 1000} ${s.label}${s.line !== null ? ` @${s.line}` : ""}`);
}

function record(inits: TraceEventInit[]) {
  const rec = new TraceRecorder();
  for (const e of inits) rec.emit(e);
  return rec.events;
}

const req = (request: number) => ({ type: "request", request }) as const;

describe("spans", () => {
  const model = spans(readEvents(blog.input).events);

  it("gives the blog example's lanes", () => {
    expect(model.lanes.map((l) => l.id)).toEqual(["loop", "request:1", "fetch:1"]);
    expect(model.lanes[1].label).toBe("#1 POST /test");
    expect(model.lanes[2]).toMatchObject({ label: "GET http://www.naver.com", request: 1 });
    expect(model.start).toBe(0);
    expect(model.end).toBe(412500);
  });

  it("shows the work that goes on after the response in the request lane", () => {
    expect(laneText(model, "request:1")).toEqual([
      "client-wait 0-9.1 POST /test",
      "waiting 0.6-0.7 waiting for the loop",
      // The run that sent the response goes on (on_finish, the access log): split at the send.
      "running 0.7-8.6 TestHandler.post @7",
      "after-response 8.6-8.8 TestHandler.post @7",
      "suspended-after-response 8.8-112 after the response: TestHandler.test yields fetch http://www.naver.com @15",
      "after-response 112-112.5 TestHandler.test @15",
    ]);
  });

  it("shows who holds the loop, and idle time", () => {
    expect(laneText(model, "loop")).toEqual([
      "idle 0-0.7 idle",
      "running 0.7-8.8 #1 TestHandler.post @7",
      "idle 8.8-112 idle",
      "running 112-112.5 #1 TestHandler.test @15",
      "idle 112.5-412.5 idle",
    ]);
  });

  it("shows a fetch queued until the loop sends it, then in flight", () => {
    expect(laneText(model, "fetch:1")).toEqual([
      "queued 1.4-8.9 queued: waiting for the loop to send it @15",
      "in-flight 8.9-111.9 in flight: GET http://www.naver.com @15",
    ]);
    expect(model.markers.filter((m) => m.lane === "fetch:1").map((m) => `${m.kind} ${m.label}`)).toEqual([
      "fetch-done 200",
    ]);
  });

  it("puts markers in time order on their lanes", () => {
    expect(model.markers.map((m) => `${m.t / 1000} ${m.lane} ${m.kind}`)).toEqual([
      "0 request:1 send",
      "0.7 request:1 dispatch",
      "1.2 request:1 print",
      "8.1 request:1 print",
      "8.5 request:1 finish",
      "8.6 request:1 response-sent",
      "8.7 request:1 log",
      "8.7 request:1 on-finish",
      "9.1 request:1 recv",
      "111.9 fetch:1 fetch-done",
      "112.3 request:1 print",
      "112.4 request:1 print",
    ]);
  });

  it("shows a blocked loop and the request that waits for it", () => {
    const m = spans(
      record([
        { kind: "module-load-end", t: ms(0), app: { discovery: "routes", routes: [] } },
        { kind: "client-send", t: ms(0), request: 1, method: "GET", path: "/slow", body: null },
        { kind: "request-arrive", t: ms(0.5), request: 1 },
        {
          kind: "request-dispatch",
          t: ms(0.5),
          request: 1,
          method: "GET",
          path: "/slow",
          handler: "SlowHandler",
          pattern: "/slow",
        },
        { kind: "client-send", t: ms(20), request: 2, method: "GET", path: "/fast", body: null },
        { kind: "request-arrive", t: ms(20.5), request: 2 },
        { kind: "blocked", t: ms(1), end: ms(301), owner: req(1), line: 9, cause: "time.sleep(0.3)" },
        { kind: "response-sent", t: ms(302), request: 1, status: 200, bodyPreview: "slow", bytes: 4 },
        { kind: "run", t: ms(0.5), end: ms(302), owner: req(1), label: "SlowHandler.get", line: 8 },
        {
          kind: "request-dispatch",
          t: ms(302),
          request: 2,
          method: "GET",
          path: "/fast",
          handler: "FastHandler",
          pattern: "/fast",
        },
        { kind: "response-sent", t: ms(303), request: 2, status: 200, bodyPreview: "fast", bytes: 4 },
        { kind: "run", t: ms(302), end: ms(303), owner: req(2), label: "FastHandler.get", line: 14 },
        { kind: "client-recv", t: ms(303), request: 1, status: 200, body: "slow" },
        { kind: "client-recv", t: ms(304), request: 2, status: 200, body: "fast" },
      ]),
    );
    expect(laneText(m, "loop")).toEqual([
      "idle 0-0.5 idle",
      "running 0.5-302 #1 SlowHandler.get @8",
      "blocked 1-301 time.sleep(0.3) @9",
      "running 302-303 #2 FastHandler.get @14",
      "idle 303-304 idle",
    ]);
    expect(laneText(m, "request:2")).toEqual([
      "client-wait 20-304 GET /fast",
      "waiting 20.5-302 waiting for the loop: blocked by #1 time.sleep(0.3) (line 9)",
      "running 302-303 FastHandler.get @14",
    ]);
  });

  it("keeps a request that never finishes suspended until the client gives up", () => {
    const m = spans(
      record([
        { kind: "client-send", t: ms(0), request: 1, method: "GET", path: "/hang", body: null },
        {
          kind: "request-dispatch",
          t: ms(1),
          request: 1,
          method: "GET",
          path: "/hang",
          handler: "H",
          pattern: "/hang",
        },
        { kind: "run", t: ms(1), end: ms(2), owner: req(1), label: "H.get", line: 5 },
        { kind: "client-error", t: ms(600), request: 1, error: "TimeoutError", message: "timed out" },
        { kind: "end", t: ms(900) },
      ]),
    );
    expect(laneText(m, "request:1")).toEqual([
      "client-wait 0-600 GET /hang",
      "running 1-2 H.get @5",
      "suspended 2-600 open: waiting for finish()",
    ]);
    expect(m.markers.find((x) => x.kind === "client-error")).toMatchObject({ severity: "error", t: ms(600) });
  });

  it("gives a task no request started a lane of its own", () => {
    const task = { type: "task", task: 1, request: null } as const;
    const m = spans(
      record([
        { kind: "task-start", t: ms(0), task: 1, label: "ticker()", line: 3, parent: { type: "module" } },
        { kind: "run", t: ms(0), end: ms(1), owner: task, label: "ticker", line: 3 },
        { kind: "timer-set", t: ms(1), timer: 1, due: ms(50), owner: task, label: "gen.sleep(0.05)", line: 5 },
        {
          kind: "yield",
          t: ms(1),
          owner: task,
          fn: "ticker",
          line: 5,
          style: "await",
          waitsOn: { description: "gen.sleep(0.05)", fetches: [], timers: [1], futures: [] },
        },
        { kind: "timer-fire", t: ms(50), timer: 1 },
        { kind: "run", t: ms(51), end: ms(52), owner: task, label: "ticker", line: 5 },
        { kind: "task-end", t: ms(52), task: 1, outcome: "returned", exc: null },
      ]),
    );
    expect(m.lanes.map((l) => l.id)).toEqual(["loop", "task:1"]);
    expect(laneText(m, "task:1")).toEqual([
      "running 0-1 ticker @3",
      "suspended 1-51 ticker awaits gen.sleep(0.05) @5",
      "running 51-52 ticker @5",
    ]);
  });
});
