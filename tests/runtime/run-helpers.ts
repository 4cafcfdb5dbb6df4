/** Run scenario text through the engine for tests: its conformance trace or its stdout. */
import { parseScenario, setRelease, type Release } from "../../src/scenario";
import { runScenario } from "../../src/runtime";
import { toConformance } from "../../src/trace";

function run(source: string, release: Release) {
  const { scenario, errors } = parseScenario(setRelease(source, release));
  if (errors.length) throw new Error(errors.map((e) => e.message).join("; "));
  return runScenario(scenario);
}

/** The conformance view, one `T<ms> <source> <text>` line per event, spaces collapsed. */
export function traceLines(source: string, release: Release = "6.5"): string[] {
  return toConformance(run(source, release).events)
    .trimEnd()
    .split("\n")
    .map((l) => l.replace(/ +/g, " "));
}

/** Exactly what the code printed. */
export function stdoutOf(source: string, release: Release = "6.5"): string {
  return run(source, release).stdout;
}
