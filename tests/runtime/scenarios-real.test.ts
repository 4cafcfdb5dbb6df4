/**
 * The project's own scenarios (tests/scenarios) against real Tornado: each runs
 * through the engine's 6.5 profile and its conformance trace must match (a) the trace
 * Debian's Tornado 6.2 recorded for it, and (b) a fresh run of the real-Tornado
 * harness when this machine has Tornado (CI installs python3-tornado).
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/scenario";
import { runScenario } from "../../src/runtime";
import { toConformance, compareTraces, type CompareOptions } from "../../src/trace";
import { SCENARIO_EXCEPTIONS } from "../scenarios/skip";

const ROOT = join(__dirname, "..", "scenarios");
const HARNESS = join(__dirname, "..", "..", "tools", "real-tornado", "run-real-tornado");
const PYTHON = "/usr/bin/python3";
const NAMES = readdirSync(ROOT)
  .filter((f) => f.endsWith(".py"))
  .map((f) => f.replace(/\.py$/, ""))
  .sort();

function engineTrace(name: string): string {
  const text = readFileSync(join(ROOT, `${name}.py`), "utf8");
  const { scenario, errors } = parseScenario(text);
  expect(errors).toEqual([]);
  expect(scenario.tornado).toBe("6.5");
  return toConformance(runScenario(scenario, undefined, { filename: `${name}.py` }).events);
}

function options(name: string): CompareOptions {
  return SCENARIO_EXCEPTIONS[name]?.mode === "order-only" ? { orderOnly: true } : {};
}

function check(name: string, expected: string): void {
  const actual = engineTrace(name);
  const result = compareTraces(expected, actual, options(name));
  expect(result.problems, `engine trace:\n${actual}\nreal Tornado:\n${expected}`).toEqual([]);
}

const tornadoCheck = spawnSync(PYTHON, ["-c", "import tornado"], { encoding: "utf8" });
const HAS_TORNADO = tornadoCheck.status === 0;
const NO_TORNADO_REASON = `${PYTHON} cannot import tornado (${(tornadoCheck.stderr || String(tornadoCheck.error ?? "")).trim().split("\n").pop()}); install python3-tornado to compare with fresh runs`;

describe("own scenarios", () => {
  it("has at least 30 scenarios, each with a recorded 6.2 trace", () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(30);
    for (const name of NAMES) expect(existsSync(join(ROOT, "expected-6.2", `${name}.txt`)), name).toBe(true);
  });

  it("lists in skip.ts only scenarios that exist", () => {
    for (const name of Object.keys(SCENARIO_EXCEPTIONS)) expect(NAMES).toContain(name);
  });
});

describe("own scenarios vs the trace real Tornado 6.2 recorded", () => {
  for (const name of NAMES) {
    const exception = SCENARIO_EXCEPTIONS[name];
    const run = () => check(name, readFileSync(join(ROOT, "expected-6.2", `${name}.txt`), "utf8"));
    if (exception?.mode === "skip") it.skip(`${name} (skipped: ${exception.reason})`, run);
    else it(name, run);
  }
});

const execFileAsync = promisify(execFile);

if (!HAS_TORNADO) console.log(`scenarios-real: fresh real-Tornado runs skipped: ${NO_TORNADO_REASON}`);

describe.skipIf(!HAS_TORNADO)("own scenarios vs a fresh run of real Tornado", () => {
  for (const name of NAMES) {
    const exception = SCENARIO_EXCEPTIONS[name];
    const run = async () => {
      const { stdout } = await execFileAsync(PYTHON, [HARNESS, join(ROOT, `${name}.py`)], { timeout: 60_000 });
      check(name, stdout);
    };
    // One at a time: real threads and sockets on a busy machine (other test files run
    // meanwhile) can be late by more than the tolerance. Retries absorb unlucky runs;
    // an engine that is wrong fails every time.
    if (exception?.mode === "skip") it.skip(`${name} (skipped: ${exception.reason})`, run);
    else it(name, { timeout: 60_000, retry: 2 }, run);
  }
});
