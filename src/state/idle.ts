/**
 * The idle signal end-to-end tests and benchmarks wait on: no run is due or in
 * flight, and the chart has drawn the newest results.
 */
import type { PlaygroundState, PlaygroundStore } from "./store";

/** True when nothing is left to run or draw. */
export function isIdle(s: PlaygroundState): boolean {
  return !s.runPending && s.runStatus !== "running" && s.drawnVersion >= s.resultVersion;
}

/** Resolves as soon as the store is idle (at once if it is). */
export function whenIdle(store: PlaygroundStore): Promise<void> {
  return new Promise((resolve) => {
    if (isIdle(store.getState())) return resolve();
    const stop = store.subscribe((s) => {
      if (!isIdle(s)) return;
      stop();
      resolve();
    });
  });
}
