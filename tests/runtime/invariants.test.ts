/**
 * Every trace the runtime produces keeps the schema's invariants (checkTrace): time
 * never goes back along emission order, runs do not overlap, ids exist before use.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario, RELEASES } from "../../src/scenario";
import { runScenario } from "../../src/runtime";
import { checkTrace } from "../../src/trace";

const DIR = join(__dirname, "..", "conformance", "scenarios");

describe("trace invariants", () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".py"))) {
    for (const release of RELEASES) {
      it(`${file} on ${release}`, () => {
        const { scenario } = parseScenario(readFileSync(join(DIR, file), "utf8"));
        const events = runScenario({ ...scenario, tornado: release }).events;
        expect(checkTrace(events)).toEqual([]);
      });
    }
  }

  it("the same scenario gives the same trace every time", () => {
    const { scenario } = parseScenario(readFileSync(join(DIR, "s16_two_requests_interleave.py"), "utf8"));
    expect(JSON.stringify(runScenario(scenario).events)).toBe(JSON.stringify(runScenario(scenario).events));
  });
});
