/**
 * Golden chart models of real runs: conformance scenarios run through the runtime,
 * their lanes, spans, markers and links in text (fixtures/spans.txt, Lezer's form:
 * `=== name`, the scenario and release, `==>`, the model). After an intended
 * change, rewrite the file with `UPDATE_GOLDEN=1 npx vitest run tests/trace/spans-golden.test.ts`
 * and review the diff.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/runtime";
import { parseScenario, type Release } from "../../src/scenario";
import { spans, type SpanModel } from "../../src/trace/spans";
import type { TraceEvent } from "../../src/trace";
import { readGolden } from "../scenario/golden";
import { modelText } from "./spans-text";

const FIXTURE = new URL("./fixtures/spans.txt", import.meta.url).pathname;
const SCENARIOS = join(__dirname, "..", "conformance", "scenarios");

function run(name: string, release: Release): readonly TraceEvent[] {
  const { scenario, errors } = parseScenario(readFileSync(join(SCENARIOS, `${name}.py`), "utf8"));
  expect(errors).toEqual([]);
  return runScenario({ ...scenario, tornado: release }).events;
}

function model(name: string, release: Release): SpanModel {
  return spans(run(name, release));
}

describe("golden chart models of conformance runs", () => {
  const cases = readGolden(FIXTURE);
  const updated: string[] = [];
  for (const c of cases) {
    it(c.name, () => {
      const [name, release] = c.input.trim().split(/\s+/) as [string, Release];
      const actual = modelText(model(name, release));
      if (process.env.UPDATE_GOLDEN) updated.push(`=== ${c.name}\n${c.input.trim()}\n==>\n${actual}\n`);
      else expect(actual, `${FIXTURE}:${c.line}`).toBe(c.expected);
    });
  }
  if (process.env.UPDATE_GOLDEN) {
    it("rewrites the fixture", () => {
      const head = readFileSync(FIXTURE, "utf8").split("\n=== ")[0];
      writeFileSync(FIXTURE, `${head.trimEnd()}\n\n${updated.join("\n")}`);
    });
  }
});

describe("what the chart must make obvious", () => {
  it("blog example 1: the response is sent before the fetch returns, and work goes on after it", () => {
    const m = model("s01_wrong_usage", "6.5");
    const lane = m.spans.filter((s) => s.lane === "request:1");
    const sent = m.markers.find((k) => k.kind === "response-sent" && k.request === 1)!;
    const done = m.markers.find((k) => k.kind === "fetch-done")!;
    expect(sent.t).toBeLessThan(done.t);
    expect(lane.some((s) => s.kind === "after-response")).toBe(true);
    // The stretch after the response waits on the fetch at line 15 until it comes back.
    const pending = lane.find((s) => s.kind === "suspended-after-response")!;
    expect(pending).toMatchObject({ t: sent.t, end: done.t, line: 15 });
    expect(pending.label).toContain("fetch http://www.naver.com");
    // The prints after the fetch are output after the response.
    const late = m.markers.filter((k) => k.kind === "print" && k.afterResponse).map((k) => k.label);
    expect(late).toEqual(["200", "done"]);
    expect(m.links.map((l) => `${l.kind} ${l.from} ${l.to}`)).toEqual([
      "waits request:1 fetch:1",
      "wakes fetch:1 request:1",
    ]);
  });

  it("blog example 2 (yield): nothing runs after the response", () => {
    const m = model("s02_coroutine_yield", "6.5");
    expect(m.spans.filter((s) => s.kind === "after-response" || s.kind === "suspended-after-response")).toEqual([]);
    const sent = m.markers.find((k) => k.kind === "response-sent")!;
    const done = m.markers.find((k) => k.kind === "fetch-done")!;
    expect(sent.t).toBeGreaterThan(done.t);
  });

  it("blocking: the loop is blocked by request 1, and request 2 waits through it", () => {
    const m = model("s06_blocking_sleep", "6.5");
    const blocked = m.spans.filter((s) => s.kind === "blocked");
    expect(blocked).toHaveLength(1);
    expect(blocked[0]).toMatchObject({ lane: "loop", request: 1, line: 9, label: "time.sleep(0.3)" });
    const waiting = m.spans.find((s) => s.lane === "request:2" && s.kind === "waiting")!;
    expect(waiting.t).toBeLessThan(blocked[0].end);
    expect(waiting.end).toBeGreaterThanOrEqual(blocked[0].end);
    expect(waiting.label).toContain("blocked by #1 time.sleep(0.3)");
  });

  it("max_clients: the fetches beyond ten wait for a slot", () => {
    const m = model("s15_max_clients", "6.5");
    const slot = m.spans.filter((s) => s.kind === "queued" && s.label.includes("max_clients"));
    expect(slot.map((s) => s.lane)).toEqual(["fetch:11", "fetch:12"]);
    expect(m.lanes.map((l) => l.id).slice(0, 3)).toEqual(["loop", "request:1", "fetch:1"]);
  });

  it("a handler that never finishes: suspended until the client gives up", () => {
    const m = model("s04_asynchronous_no_finish", "4.5");
    const lane = m.spans.filter((s) => s.lane === "request:1" && s.kind === "suspended");
    const gaveUp = m.markers.find((k) => k.kind === "client-error")!;
    expect(gaveUp.label).toBe("gave up: TimeoutError");
    expect(lane[lane.length - 1]).toMatchObject({ end: gaveUp.t, label: "open: waiting for finish()" });
  });

  it("an endless loop: stopped, drawn as a blocked loop that the next request waits through", () => {
    const source = [
      "# request: GET / at 0",
      "# request: GET / at 10",
      "from tornado import web",
      "",
      "class H(web.RequestHandler):",
      "    def get(self):",
      "        while True:",
      "            pass",
      "",
      'routes = [(r"/", H)]',
    ].join("\n");
    const { scenario } = parseScenario(source);
    const m = spans(runScenario({ ...scenario, tornado: "6.5" }).events);
    const stop = m.markers.find((k) => k.kind === "runaway")!;
    expect(stop).toMatchObject({ lane: "request:1", severity: "error" });
    // The `while` or the `pass` in it, as the runtime reports the stop.
    expect([7, 8]).toContain(stop.line);
    const blocked = m.spans.filter((s) => s.kind === "blocked");
    expect(blocked).toHaveLength(1);
    expect(blocked[0]).toMatchObject({ lane: "loop", request: 1, end: stop.t, line: stop.line });
    const waiting = m.spans.find((s) => s.lane === "request:2" && s.kind === "waiting")!;
    expect(waiting.label).toBe(`waiting for the loop: blocked by #1 an endless loop, stopped (line ${stop.line})`);
  });
});
