/**
 * The Chrome Trace Event export: the fields Perfetto's and chrome://tracing's JSON
 * importers need, checked as those importers read them (validateChromeTrace below),
 * on the traces of every conformance scenario and gallery example, plus what each
 * part of a trace becomes.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/runtime";
import { parseScenario } from "../../src/scenario";
import { GALLERY } from "../../src/scenario/gallery";
import { chromeTraceJson, toChromeTrace, type ChromeTraceEvent } from "../../src/trace/chrome";
import type { TraceEvent } from "../../src/trace";
import { readEvents } from "./events-fixture";

const SCENARIOS = join(__dirname, "..", "conformance", "scenarios");

function trace(source: string): readonly TraceEvent[] {
  const { scenario } = parseScenario(source);
  return runScenario(scenario).events;
}

const scenarioTrace = (name: string) => trace(readFileSync(join(SCENARIOS, `${name}.py`), "utf8"));

/**
 * What the importers need, as problem sentences (empty: the file opens cleanly):
 * - an object with `traceEvents` and `displayTimeUnit`; every event with a string
 *   `name`, a known `ph`, a finite `ts` ≥ 0 in microseconds and integer pid/tid;
 *   timestamps in non-decreasing order (the importers sort stably; ours is sorted);
 * - `X` with `dur` ≥ 0, the slices of one thread disjoint or nested (never crossing);
 * - `b`/`e` with `cat` and `id`; per (cat, id) an `e` closes the last open `b` of the
 *   same name, and nothing is left open;
 * - `s`/`f` with `cat`, `id` and the same name; each `s` before its `f`, each flow
 *   used once, `f` binding to its enclosing slice (`bp: "e"`), and both inside a
 *   slice of their thread that is open at that point of the file;
 * - `i` with a scope; `M` naming the process or the thread.
 */
function validateChromeTrace(file: unknown): string[] {
  const problems: string[] = [];
  if (typeof file !== "object" || file === null) return ["not an object"];
  const f = file as { traceEvents?: unknown; displayTimeUnit?: unknown };
  if (!Array.isArray(f.traceEvents)) return ["no traceEvents array"];
  if (f.displayTimeUnit !== "ms") problems.push(`displayTimeUnit is ${String(f.displayTimeUnit)}`);
  const events = f.traceEvents as ChromeTraceEvent[];
  const open = new Map<string, { name: string; ts: number }[]>();
  const flows = new Map<string, "open" | "closed">();
  const slices = new Map<string, { ts: number; end: number }[]>();
  let lastTs = -Infinity;
  events.forEach((e, i) => {
    const where = `event ${i} (${e.ph} ${JSON.stringify(e.name)})`;
    if (typeof e.name !== "string") problems.push(`${where}: name is not a string`);
    if (!["X", "b", "e", "s", "f", "i", "M"].includes(e.ph)) problems.push(`${where}: unknown phase`);
    if (typeof e.ts !== "number" || !Number.isFinite(e.ts) || e.ts < 0) problems.push(`${where}: bad ts`);
    if (!Number.isInteger(e.pid) || !Number.isInteger(e.tid)) problems.push(`${where}: pid/tid not integers`);
    if (e.ph !== "M") {
      if (e.ts < lastTs) problems.push(`${where}: ts ${e.ts} before ${lastTs}`);
      lastTs = e.ts;
    }
    const thread = `${e.pid}/${e.tid}`;
    switch (e.ph) {
      case "X": {
        if (typeof e.dur !== "number" || e.dur < 0) {
          problems.push(`${where}: bad dur`);
          break;
        }
        const list = slices.get(thread) ?? [];
        for (const s of list) {
          const crosses = s.ts < e.ts && e.ts < s.end && s.end < e.ts + e.dur;
          if (crosses) problems.push(`${where}: crosses the slice [${s.ts}, ${s.end}]`);
        }
        list.push({ ts: e.ts, end: e.ts + e.dur });
        slices.set(thread, list);
        break;
      }
      case "b":
      case "e": {
        if (typeof e.cat !== "string" || e.id === undefined) {
          problems.push(`${where}: async event without cat or id`);
          break;
        }
        const key = `${e.cat}:${e.id}`;
        const stack = open.get(key) ?? [];
        if (e.ph === "b") stack.push({ name: e.name, ts: e.ts });
        else {
          const top = stack.pop();
          if (!top) problems.push(`${where}: ends nothing on ${key}`);
          else if (top.name !== e.name) problems.push(`${where}: ends "${top.name}" on ${key}`);
          else if (top.ts > e.ts) problems.push(`${where}: ends before it began`);
        }
        open.set(key, stack);
        break;
      }
      case "s":
      case "f": {
        if (typeof e.cat !== "string" || e.id === undefined) {
          problems.push(`${where}: flow without cat or id`);
          break;
        }
        const key = `${e.cat}:${e.name}:${e.id}`;
        const state = flows.get(key);
        if (e.ph === "s") {
          if (state) problems.push(`${where}: flow ${key} started twice`);
          flows.set(key, "open");
        } else {
          if (state !== "open") problems.push(`${where}: flow ${key} ends without a start`);
          if (e.bp !== "e") problems.push(`${where}: flow end does not bind to its enclosing slice`);
          flows.set(key, "closed");
        }
        const enclosing = (slices.get(thread) ?? []).some((s) => s.ts <= e.ts && e.ts <= s.end);
        if (!enclosing) problems.push(`${where}: no slice of its thread encloses it`);
        break;
      }
      case "i":
        if (!["t", "p", "g"].includes(e.s ?? "")) problems.push(`${where}: instant without scope`);
        break;
      case "M":
        if (!["process_name", "thread_name"].includes(e.name) || typeof e.args?.name !== "string") {
          problems.push(`${where}: metadata without a name`);
        }
        break;
    }
  });
  for (const [key, stack] of open) if (stack.length) problems.push(`${key}: ${stack.length} slice(s) left open`);
  for (const [key, state] of flows) if (state === "open") problems.push(`flow ${key} never ends`);
  return problems;
}

const byPhase = (evs: readonly ChromeTraceEvent[], ph: ChromeTraceEvent["ph"], cat?: string) =>
  evs.filter((e) => e.ph === ph && (cat === undefined || e.cat === cat));

describe("Chrome trace export", () => {
  const conformance = readdirSync(SCENARIOS)
    .filter((f) => f.endsWith(".py"))
    .map((f) => f.replace(/\.py$/, ""));

  it.each(conformance)("%s: opens cleanly (the importers' rules)", (name) => {
    const json = chromeTraceJson(scenarioTrace(name));
    expect(validateChromeTrace(JSON.parse(json))).toEqual([]);
  });

  it.each(GALLERY.map((e) => [e.id, e.source] as const))("gallery %s: opens cleanly", (_id, source) => {
    expect(validateChromeTrace(JSON.parse(chromeTraceJson(trace(source))))).toEqual([]);
  });

  it("the validator refuses what the importers refuse", () => {
    const good = toChromeTrace(scenarioTrace("s02_coroutine_yield"));
    expect(validateChromeTrace(good)).toEqual([]);
    const evs = good.traceEvents;
    const without = (pred: (e: ChromeTraceEvent) => boolean) => ({
      ...good,
      traceEvents: evs.filter((e) => !pred(e)),
    });
    const firstEnd = evs.find((e) => e.ph === "e")!;
    expect(validateChromeTrace(without((e) => e === firstEnd)).join("\n")).toMatch(/left open|ends "/);
    const firstFlowStart = evs.find((e) => e.ph === "s")!;
    expect(validateChromeTrace(without((e) => e === firstFlowStart)).join("\n")).toMatch(/without a start/);
    expect(validateChromeTrace({ ...good, displayTimeUnit: "ns" })).toEqual(["displayTimeUnit is ns"]);
    const crossing = [...evs, { ...byPhase(evs, "X")[1], ts: byPhase(evs, "X")[1].ts + 1, name: "x" }];
    crossing.sort((a, b) => a.ts - b.ts);
    expect(validateChromeTrace({ ...good, traceEvents: crossing }).join("\n")).toMatch(/crosses/);
  });

  it("names the process and the IOLoop thread; times in microseconds, shown in ms", () => {
    const t = toChromeTrace(scenarioTrace("s01_wrong_usage"), { title: "Tornado 6.5" });
    expect(t.displayTimeUnit).toBe("ms");
    const meta = byPhase(t.traceEvents, "M");
    expect(meta.map((m) => [m.name, m.args?.name])).toEqual([
      ["process_name", "Tornado 6.5"],
      ["thread_name", "IOLoop"],
    ]);
  });

  it("makes each run of the loop a complete event on the IOLoop thread", () => {
    const events = scenarioTrace("s01_wrong_usage");
    const runs = events.filter((e) => e.kind === "run");
    const xs = byPhase(toChromeTrace(events).traceEvents, "X", "run");
    expect(xs).toHaveLength(runs.length);
    for (const r of runs) {
      if (r.kind !== "run") continue;
      expect(xs).toContainEqual(expect.objectContaining({ name: r.label, ts: r.t, dur: r.end - r.t, tid: 1 }));
    }
  });

  it("makes a request an async slice from the client's send to its response", () => {
    const events = scenarioTrace("s02_coroutine_yield");
    const recv = events.find((e) => e.kind === "client-recv")!;
    const t = toChromeTrace(events).traceEvents;
    const top = t.filter((e) => e.cat === "request" && e.name === "#1 POST /test");
    expect(top.map((e) => [e.ph, e.ts])).toEqual([
      ["b", 0],
      ["e", recv.t],
    ]);
    expect(top[0].args).toMatchObject({ method: "POST", path: "/test", status: 200 });
    // Inside it: running, then suspended at the yield on the fetch, then running again.
    const states = byPhase(t, "b", "request")
      .filter((e) => e.args?.state)
      .map((e) => e.args?.state);
    expect(states).toContain("suspended");
    expect(states[0]).toBe("running");
    expect(
      byPhase(t, "b").some((e) => e.name === "suspended: TestHandler.test yields fetch http://www.naver.com"),
    ).toBe(true);
    // A correct handler does nothing after its response.
    expect(t.some((e) => e.cat === "request-after")).toBe(false);
  });

  it("puts the work done after the response on its own track (the blog's first example)", () => {
    const events = scenarioTrace("s01_wrong_usage");
    const sent = events.find((e) => e.kind === "response-sent")!;
    const t = toChromeTrace(events).traceEvents;
    const after = t.filter((e) => e.cat === "request-after");
    expect(after[0]).toMatchObject({ ph: "b", name: "#1 POST /test: after the response" });
    expect(after[0].ts).toBeGreaterThanOrEqual(sent.t);
    expect(after.some((e) => e.ph === "b" && e.name === "TestHandler.test")).toBe(true);
    // The request's own slice ends when the client has its response.
    const top = t.filter((e) => e.cat === "request" && e.name === "#1 POST /test" && e.ph === "e");
    expect(top[0].ts).toBeLessThan(100_000);
  });

  it("links each yield to its resume with a flow", () => {
    const events = scenarioTrace("s02_coroutine_yield");
    const resumed = events.filter((e) => e.kind === "resume").length;
    expect(resumed).toBeGreaterThan(0);
    const t = toChromeTrace(events).traceEvents;
    const starts = byPhase(t, "s", "yield");
    const ends = byPhase(t, "f", "yield");
    expect(starts.length).toBe(ends.length);
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.length).toBeLessThanOrEqual(resumed);
    const fetchFlow = starts.find((s) => s.name === "TestHandler.test yields fetch http://www.naver.com")!;
    const end = ends.find((f) => f.id === fetchFlow.id)!;
    expect(end.ts - fetchFlow.ts).toBeGreaterThanOrEqual(100_000);
  });

  it("makes prints, log records and warnings instants on the loop", () => {
    const t = toChromeTrace(trace(GALLERY.find((e) => e.id === "async-not-awaited")!.source)).traceEvents;
    const instants = byPhase(t, "i");
    expect(instants.some((i) => i.cat === "warning" && /never awaited/.test(i.name))).toBe(true);
    expect(instants.some((i) => i.cat === "log" && i.name.startsWith("INFO:tornado.access:200 POST /comment"))).toBe(
      true,
    );
    const printed = toChromeTrace(scenarioTrace("s06_blocking_sleep")).traceEvents;
    expect(byPhase(printed, "i", "print").map((i) => i.name)).toEqual(["slow start", "slow end", "fast"]);
  });

  it("nests a blocked stretch inside its run", () => {
    const t = toChromeTrace(scenarioTrace("s06_blocking_sleep")).traceEvents;
    const blocked = byPhase(t, "X", "blocked");
    expect(blocked).toHaveLength(1);
    expect(blocked[0].name).toBe("blocked: time.sleep(0.3)");
    expect(blocked[0].dur).toBe(300_000);
    const run = byPhase(t, "X", "run").find(
      (r) => r.ts <= blocked[0].ts && blocked[0].ts + blocked[0].dur! <= r.ts + r.dur!,
    );
    expect(run).toBeDefined();
  });

  it("shows fetches queued for a slot, then in flight", () => {
    const t = toChromeTrace(scenarioTrace("s15_max_clients")).traceEvents;
    const tops = byPhase(t, "b", "fetch").filter((e) => e.name.startsWith("fetch GET"));
    expect(tops).toHaveLength(12);
    expect(byPhase(t, "b", "fetch").filter((e) => e.name === "waiting for a slot")).toHaveLength(2);
    expect(byPhase(t, "b", "fetch").filter((e) => e.name === "in flight")).toHaveLength(12);
  });

  it("shifts times so that module loading before serving stays at or after 0", () => {
    const { events } = readEvents(
      [
        '{"kind":"module-load-start","t":-2000}',
        '{"kind":"print","t":-1500,"text":"loading\\n","line":1,"request":null}',
        '{"kind":"run","t":-2000,"end":-1000,"owner":{"type":"module"},"label":"<module>","line":null}',
        '{"kind":"module-load-end","t":-1000,"app":null}',
        '{"kind":"end","t":0}',
      ].join("\n"),
    );
    const t = toChromeTrace(events);
    expect(t.otherData.servingStartsAtUs).toBe(2000);
    expect(byPhase(t.traceEvents, "X")[0]).toMatchObject({ name: "<module>", ts: 0, dur: 1000 });
    expect(byPhase(t.traceEvents, "i")[0]).toMatchObject({ name: "loading", ts: 500 });
    expect(validateChromeTrace(t)).toEqual([]);
  });

  it("writes JSON that parses back to the same trace", () => {
    const events = scenarioTrace("s10_error_after_yield");
    expect(JSON.parse(chromeTraceJson(events))).toEqual(toChromeTrace(events));
  });
});
