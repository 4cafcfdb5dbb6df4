/**
 * The virtual Tornado: a deterministic IOLoop and the emulated modules of each
 * release, running handler code compiled by `python/`.
 */
export { runScenario } from "./run";
export type { RunOutput, RunOptions } from "./run";
export { PROFILES } from "./profile";
export type { ReleaseProfile } from "./profile";
