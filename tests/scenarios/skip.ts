/**
 * Scenarios of tests/scenarios whose engine trace cannot be compared with real
 * Tornado 6.2's as is, each with its reason. Entries name one scenario exactly; the
 * goal is a short list. `order-only` still checks the same events in the same
 * order, only not their times; `skip` checks nothing.
 */
export interface ScenarioException {
  readonly mode: "skip" | "order-only";
  readonly reason: string;
}

export const SCENARIO_EXCEPTIONS: Readonly<Record<string, ScenarioException>> = {
  p16_cpu_loop: {
    mode: "order-only",
    reason:
      "how long a 6-million-iteration loop takes depends on the machine running real Tornado " +
      "(68 ms per 3 million here); the engine's cost model is calibrated to 110 ms (DESIGN.md), " +
      "so only what runs in what order is comparable",
  },
};

/** A CPU-bound loop's time is the machine's: under every release only the order is compared. */
function cpuBound(name: string, reason: string): Record<string, ScenarioException> {
  const out: Record<string, ScenarioException> = {};
  for (const release of ["3.2", "4.5", "5.1", "6.5"]) out[`${release}/${name}`] = { mode: "order-only", reason };
  return out;
}

/**
 * Scenarios (and gallery examples) whose engine trace under a release cannot be
 * compared as is with the trace that real release recorded (expected-<release>/),
 * keyed `release/name`, each with its reason. tests/runtime/releases-recorded.test.ts
 * reads it.
 */
export const RELEASE_EXCEPTIONS: Readonly<Record<string, ScenarioException>> = {
  ...cpuBound("p16_cpu_loop", "a 6-million-iteration loop takes as long as the recording machine made it take"),
  ...cpuBound("blog-blocking-loop", "a 3-million-iteration loop takes as long as the recording machine made it take"),
  "3.2/p68_http_error_variants": {
    mode: "skip",
    reason:
      "3.2 logs HTTPError('100% broken') through the format string '%d %s: 100% broken', which fails; " +
      "the harness's log handler lets that TypeError escape into the request (a 500), where stock " +
      "logging would print '--- Logging error ---' to stderr and go on: neither is the engine's",
  },
  "5.1/p84_fetch_timeouts": {
    mode: "skip",
    reason:
      "prints a 599 HTTPResponse, whose 5.1 repr lists every attribute, the wall-clock start_time " +
      "and the measured request_time among them: no two runs print the same",
  },
};
