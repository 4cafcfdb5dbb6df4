import { describe, expect, it } from "vitest";
import { createPlaygroundStore, isIdle, snapshot, whenIdle, type RunResult } from "../../src/state";
import type { TraceEvent, VTime } from "../../src/trace";

const store = () => createPlaygroundStore({ initialCode: "print(1)\n", storage: null });
const ev = (seq: number, t: number): TraceEvent => ({
  kind: "print",
  stream: "stdout",
  seq,
  t: t as VTime,
  text: `${seq}\n`,
  line: 1,
  request: null,
});
const result = (id: number, over: Partial<RunResult> = {}): RunResult => ({
  id,
  outcome: "ok",
  events: [ev(0, 0), ev(1, 5000)],
  stdout: "0\n1\n",
  diagnostics: [],
  timings: { compileMs: 1, runMs: 2, totalMs: 3 },
  error: null,
  ...over,
});
const SYNTAX = {
  source: "syntax",
  severity: "error",
  line: 1,
  col: 7,
  endLine: 1,
  endCol: 8,
  message: "SyntaxError: invalid syntax",
} as const;

describe("run slice", () => {
  it("starts with its first run due, so the page is not idle before it ran", () => {
    const s = store();
    expect(s.getState().runPending).toBe(true);
    expect(isIdle(s.getState())).toBe(false);
  });

  it("shows a finished run and waits for the chart before it is idle", () => {
    const s = store();
    s.getState().runStarted(1, 0);
    expect(s.getState().runStatus).toBe("running");
    s.getState().runFinished(result(1));
    expect(s.getState()).toMatchObject({ runStatus: "done", outcome: "ok", stale: false, stdout: "0\n1\n" });
    expect(s.getState().lastGood).toHaveLength(2);
    expect(isIdle(s.getState())).toBe(false);
    s.getState().markDrawn();
    expect(isIdle(s.getState())).toBe(true);
  });

  it("drops the result of a run that is not the newest", () => {
    const s = store();
    s.getState().runStarted(1, 0);
    s.getState().runStarted(2, 0);
    s.getState().runFinished(result(1));
    expect(s.getState().runStatus).toBe("running");
    expect(s.getState().lastGood).toEqual([]);
  });

  it("keeps the last good trace, marked stale, after a syntax error", () => {
    const s = store();
    s.getState().runStarted(1, 0);
    s.getState().runFinished(result(1));
    s.getState().markDrawn();
    const good = s.getState().lastGood;
    s.getState().runStarted(2, 0);
    s.getState().runFinished(result(2, { outcome: "syntax-error", events: [], stdout: "", diagnostics: [SYNTAX] }));
    expect(s.getState().lastGood).toBe(good);
    expect(s.getState()).toMatchObject({ stale: true, events: [], diagnostics: [SYNTAX] });
    // The chart must redraw (dimmed) before the page is idle...
    expect(isIdle(s.getState())).toBe(false);
    s.getState().markDrawn();
    // ...but a second syntax error changes nothing the chart shows, so it need not.
    s.getState().runStarted(3, 0);
    s.getState().runFinished(result(3, { outcome: "syntax-error", events: [], diagnostics: [SYNTAX] }));
    expect(isIdle(s.getState())).toBe(true);
    // The next good run is fresh again.
    s.getState().runStarted(4, 0);
    s.getState().runFinished(result(4));
    expect(s.getState().stale).toBe(false);
    expect(s.getState().lastGood).not.toBe(good);
  });

  it("a failed run keeps the chart, stale, and says why", () => {
    const s = store();
    s.getState().runStarted(1, 0);
    s.getState().runFinished(result(1));
    s.getState().runStarted(2, 0);
    s.getState().runFailed(2, "the run was stopped: no answer for 5 s; the worker was restarted");
    expect(s.getState()).toMatchObject({
      runStatus: "error",
      stale: true,
      runError: expect.stringContaining("no answer for 5 s"),
    });
    expect(s.getState().lastGood).toHaveLength(2);
  });

  it("keeps the cursor inside a new trace, drops it outside", () => {
    const s = store();
    s.getState().runStarted(1, 0);
    s.getState().runFinished(result(1));
    s.getState().setCursor(4000 as VTime);
    s.getState().runStarted(2, 0);
    s.getState().runFinished(result(2));
    expect(s.getState().cursor).toBe(4000);
    s.getState().runStarted(3, 0);
    s.getState().runFinished(result(3, { events: [ev(0, 0), ev(1, 1000)] }));
    expect(s.getState().cursor).toBeNull();
  });

  it("whenIdle resolves once the chart drew", async () => {
    const s = store();
    let done = false;
    const p = whenIdle(s).then(() => (done = true));
    s.getState().runStarted(1, 0);
    s.getState().runFinished(result(1));
    await Promise.resolve();
    expect(done).toBe(false);
    s.getState().markDrawn();
    await p;
    expect(done).toBe(true);
  });

  it("gives tests a serializable snapshot with the conformance view", () => {
    const s = store();
    s.getState().runStarted(1, 0);
    s.getState().runFinished(result(1));
    const snap = snapshot(s.getState());
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    // No module-load-end in this trace, so everything is stamped T0 (the view's rule).
    expect(snap).toMatchObject({ status: "done", eventCount: 2, conformance: "T0     print  0\nT0     print  1\n" });
  });
});
