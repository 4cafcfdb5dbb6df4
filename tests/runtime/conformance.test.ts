/**
 * Every conformance scenario, under every release, against the trace real Tornado
 * produced for it (tests/conformance/golden), with trace-compare's rules.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario, type Release } from "../../src/scenario";
import { runScenario } from "../../src/runtime";
import { toConformance, compareTraces } from "../../src/trace";
import { KNOWN_DIFFERENCES } from "./known-differences";

const ROOT = join(__dirname, "..", "conformance");
const RELEASES: Record<string, Release> = { "3.2.2": "3.2", "4.5.3": "4.5", "5.1.1": "5.1", "6.5.7": "6.5" };

for (const [version, release] of Object.entries(RELEASES)) {
  describe(`Tornado ${version}`, () => {
    for (const file of readdirSync(join(ROOT, "scenarios"))
      .filter((f) => f.endsWith(".py"))
      .sort()) {
      const name = file.replace(/\.py$/, "");
      const key = `${release}/${name}`;
      const reason = KNOWN_DIFFERENCES[key];
      const run = () => {
        const { scenario, errors } = parseScenario(readFileSync(join(ROOT, "scenarios", file), "utf8"));
        expect(errors).toEqual([]);
        const actual = toConformance(runScenario({ ...scenario, tornado: release }).events);
        const expected = readFileSync(join(ROOT, "golden", version, `${name}.txt`), "utf8");
        const result = compareTraces(expected, actual);
        expect(result.problems, `actual trace:\n${actual}`).toEqual([]);
      };
      if (reason) it.skip(`${name} (known difference: ${reason})`, run);
      else it(name, run);
    }
  });
}
