import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/runtime";
import { parseScenario } from "../../src/scenario";
import { TRACE_EVENT_KINDS } from "../../src/trace";
import { describeEvent } from "../../src/ui/table/describeEvent";

const DIR = "tests/conformance/scenarios";

describe("table rows", () => {
  it("describe every event of the golden scenarios, keeping seq, time and line", () => {
    const kinds = new Set<string>();
    for (const file of readdirSync(DIR)) {
      for (const e of runScenario(parseScenario(readFileSync(`${DIR}/${file}`, "utf8")).scenario).events) {
        kinds.add(e.kind);
        const row = describeEvent(e);
        expect(row.seq).toBe(e.seq);
        expect(row.t).toBe(e.t);
        expect(row.what).not.toBe("");
        const line = "line" in e && typeof e.line === "number" && e.line > 0 ? e.line : null;
        expect(row.line).toBe(line);
      }
    }
    // The scenarios exercise most kinds; the switch covers the rest at compile time.
    expect(kinds.size).toBeGreaterThan(TRACE_EVENT_KINDS.length / 2);
  });

  it("name who each event belongs to", () => {
    const events = runScenario(parseScenario(readFileSync(`${DIR}/s01_wrong_usage.py`, "utf8")).scenario).events;
    const sent = events.find((e) => e.kind === "response-sent")!;
    expect(describeEvent(sent)).toMatchObject({
      who: "#1",
      what: "response sent",
      details: expect.stringMatching(/^200, \d+ bytes$/),
    });
    const queued = events.find((e) => e.kind === "fetch-queued")!;
    expect(describeEvent(queued)).toMatchObject({
      who: "fetch 1",
      what: "fetch queued",
      line: 15,
      details: "GET http://www.naver.com",
    });
  });
});
