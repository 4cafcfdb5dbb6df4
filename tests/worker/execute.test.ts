import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toConformance } from "../../src/trace";
import { runScenario } from "../../src/runtime";
import { parseScenario } from "../../src/scenario";
import { executeRun } from "../../src/worker/execute";
import type { DiagnosticsMessage, DoneMessage, FromWorker, EventsMessage } from "../../src/worker/protocol";
import { EVENT_BATCH } from "../../src/worker/protocol";

function run(source: string, release?: "3.2" | "4.5" | "5.1" | "6.5"): FromWorker[] {
  const out: FromWorker[] = [];
  executeRun({ type: "run", id: 7, source, release }, (m) => out.push(structuredClone(m)));
  return out;
}

const events = (msgs: FromWorker[]) =>
  msgs.filter((m): m is EventsMessage => m.type === "events").flatMap((m) => m.events);
const done = (msgs: FromWorker[]) => msgs.at(-1) as DoneMessage;
const lastDiagnostics = (msgs: FromWorker[]) =>
  msgs.filter((m): m is DiagnosticsMessage => m.type === "diagnostics").at(-1)!.diagnostics;

const S01 = readFileSync("tests/conformance/scenarios/s01_wrong_usage.py", "utf8");

describe("executeRun", () => {
  it("posts diagnostics, the events, stdout and done, all with the request id", () => {
    const msgs = run(S01);
    expect(msgs.map((m) => m.type)).toEqual(["diagnostics", "events", "stdout", "done"]);
    expect(msgs.every((m) => "id" in m && m.id === 7)).toBe(true);
    const d = done(msgs);
    expect(d.outcome).toBe("ok");
    expect(d.eventCount).toBe(events(msgs).length);
    expect(d.timings.totalMs).toBeGreaterThanOrEqual(d.timings.runMs);
    // The same trace as the engine gives directly.
    const direct = runScenario(parseScenario(S01).scenario);
    expect(toConformance(events(msgs))).toBe(toConformance(direct.events));
    expect(msgs.find((m) => m.type === "stdout")).toMatchObject({ text: direct.stdout });
  });

  it("shows the blog example's bug: the response is sent before the fetch is done", () => {
    const evs = events(run(S01));
    const sent = evs.find((e) => e.kind === "response-sent")!;
    const fetched = evs.find((e) => e.kind === "fetch-done")!;
    expect(sent.t).toBeLessThan(fetched.t);
  });

  it("batches events in seq order", () => {
    // Enough prints for several batches.
    const msgs = run(`for i in range(${EVENT_BATCH + 100}):\n    print(i)\n`);
    const batches = msgs.filter((m): m is EventsMessage => m.type === "events");
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.every((b) => b.events.length <= EVENT_BATCH)).toBe(true);
    const seqs = batches.flatMap((b) => b.events.map((e) => e.seq));
    expect(seqs).toEqual(seqs.map((_, i) => i));
    expect(done(msgs).eventCount).toBe(seqs.length);
  });

  it("reports a syntax error as markers with 1-based columns and runs nothing", () => {
    const msgs = run("x = 1\ndef f(:\n    pass\n");
    expect(msgs.map((m) => m.type)).toEqual(["diagnostics", "done"]);
    expect(done(msgs).outcome).toBe("syntax-error");
    expect(lastDiagnostics(msgs)[0]).toMatchObject({
      source: "syntax",
      severity: "error",
      line: 2,
      col: 7,
      message: "SyntaxError: invalid syntax",
    });
  });

  it("marks a malformed directive at its line and still runs", () => {
    const msgs = run("# remote: see below\nprint('hi')\n");
    expect(msgs[0].type).toBe("diagnostics");
    expect(lastDiagnostics(msgs)).toEqual([
      expect.objectContaining({ source: "directive", line: 1, col: 1, endCol: 20 }),
    ]);
    expect(done(msgs).outcome).toBe("ok");
    expect(msgs.find((m) => m.type === "stdout")).toMatchObject({ text: "hi\n" });
  });

  it("turns a load error into a marker at its line (web.asynchronous on 6.5)", () => {
    const src =
      "from tornado import web\nclass H(web.RequestHandler):\n    @web.asynchronous\n    def get(self):\n        pass\n";
    const msgs = run(src);
    expect(done(msgs).outcome).toBe("load-error");
    expect(lastDiagnostics(msgs)).toEqual([
      {
        source: "load",
        severity: "error",
        line: 3,
        col: 5,
        endLine: 3,
        endCol: 22,
        message: "AttributeError: module 'tornado.web' has no attribute 'asynchronous'",
      },
    ]);
    // Under 4.5 the decorator exists and the module loads.
    expect(done(run(src, "4.5")).outcome).toBe("ok");
  });

  it("stops `while True: pass` in a handler with a runaway event naming the line", () => {
    const src =
      "from tornado import web\n\nclass MainHandler(web.RequestHandler):\n    def get(self):\n        while True:\n            pass\n";
    const msgs = run(src);
    expect(done(msgs).outcome).toBe("runaway");
    const runaway = events(msgs).find((e) => e.kind === "runaway");
    if (runaway?.kind !== "runaway") throw new Error("no runaway event");
    // The loop's own lines: the `while` or its body.
    expect([5, 6]).toContain(runaway.line);
    expect(lastDiagnostics(msgs)).toEqual([
      expect.objectContaining({ source: "runaway", severity: "error", line: runaway.line, message: runaway.message }),
    ]);
  });

  it("applies a release override without changing line numbers", () => {
    const src = "# tornado: 6.5\nfrom tornado import web\nprint(hasattr(web, 'asynchronous'))\n";
    expect(run(src, "4.5").find((m) => m.type === "stdout")).toMatchObject({ text: "True\n" });
    expect(run(src).find((m) => m.type === "stdout")).toMatchObject({ text: "False\n" });
  });
});
