/**
 * Every scenario of tests/scenarios and every gallery example, under each release the
 * engine reproduces, against the trace that real release produced for it (one run,
 * recorded by tests/scenarios/record-releases.sh from the release's source tree into
 * tests/scenarios/expected-<release>/ and tests/gallery/expected-<release>/), with
 * trace-compare's rules. No Python is needed: CI checks the recorded files.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario, type Release } from "../../src/scenario";
import { runScenario } from "../../src/runtime";
import { toConformance, compareTraces } from "../../src/trace";
import { RELEASE_EXCEPTIONS } from "../scenarios/skip";

const ROOT = join(__dirname, "..", "..");
const SOURCES = [
  { dir: join(ROOT, "tests", "scenarios"), expected: join(ROOT, "tests", "scenarios") },
  { dir: join(ROOT, "src", "scenario", "gallery"), expected: join(ROOT, "tests", "gallery") },
];
const RELEASES: readonly Release[] = ["3.2", "4.5", "5.1", "6.5"];

const CASES = SOURCES.flatMap(({ dir, expected }) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => ({ name: f.replace(/\.py$/, ""), file: join(dir, f), expected })),
);

function engineTrace(file: string, release: Release): string {
  const { scenario, errors } = parseScenario(readFileSync(file, "utf8"));
  expect(errors).toEqual([]);
  // The module is named after its file, as the harness names it.
  return toConformance(runScenario({ ...scenario, tornado: release }, undefined, { filename: basename(file) }).events);
}

describe("recorded traces of the older releases", () => {
  it("exist for every scenario and example under every release", () => {
    const missing = RELEASES.flatMap((r) =>
      CASES.filter((c) => !existsSync(join(c.expected, `expected-${r}`, `${c.name}.txt`))).map((c) => `${r}/${c.name}`),
    );
    expect(missing, "record them with tests/scenarios/record-releases.sh").toEqual([]);
  });

  it("have exceptions only for scenarios and releases that exist", () => {
    const names = new Set(CASES.map((c) => c.name));
    for (const key of Object.keys(RELEASE_EXCEPTIONS)) {
      const [release, name] = key.split("/") as [Release, string];
      expect(RELEASES, key).toContain(release);
      expect(names.has(name), key).toBe(true);
    }
  });
});

for (const release of RELEASES) {
  describe(`Tornado ${release}: the engine against the recorded real trace`, () => {
    for (const c of CASES) {
      const golden = join(c.expected, `expected-${release}`, `${c.name}.txt`);
      if (!existsSync(golden)) continue;
      const exception = RELEASE_EXCEPTIONS[`${release}/${c.name}`];
      const run = () => {
        const actual = engineTrace(c.file, release);
        const expected = readFileSync(golden, "utf8");
        const result = compareTraces(expected, actual, { orderOnly: exception?.mode === "order-only" });
        expect(result.problems, `engine trace:\n${actual}\nreal Tornado (${golden}):\n${expected}`).toEqual([]);
      };
      if (exception?.mode === "skip") it.skip(`${c.name} (skipped: ${exception.reason})`, run);
      else it(exception ? `${c.name} (${exception.mode}: ${exception.reason})` : c.name, run);
    }
  });
}
