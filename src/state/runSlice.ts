import type { StateCreator } from "zustand";
import type { TraceEvent } from "../trace";
import type { EditorDiagnostic, RunOutcome, RunTimings } from "../worker";
import { timeRange } from "./playback";
import { cursorForNewTrace } from "./playbackSlice";
import type { PlaygroundState } from "./store";

/** Where the newest run stands. `error`: the worker had to be restarted or the engine failed. */
export type RunStatus = "idle" | "running" | "done" | "error";

/** Everything one finished run produced, as the run controller gathered it. */
export interface RunResult {
  readonly id: number;
  readonly outcome: RunOutcome;
  readonly events: readonly TraceEvent[];
  readonly stdout: string;
  readonly diagnostics: readonly EditorDiagnostic[];
  readonly timings: RunTimings;
  /** The engine's error for outcome `crashed`. */
  readonly error: string | null;
}

/** The newest run and what the views show of it. */
export interface RunSlice {
  runStatus: RunStatus;
  /** The id of the newest run asked for, or null before the first. */
  runId: number | null;
  /** `performance.now()` when the newest run was triggered (for the edit-to-chart measure). */
  runTriggeredAt: number | null;
  /** True while a run is due but not yet sent (the pause after typing). The page
   * starts with its first run due. */
  runPending: boolean;
  outcome: RunOutcome | null;
  /** The newest run's events; empty when its text did not compile. */
  events: readonly TraceEvent[];
  /** The events of the newest run whose text compiled: what the chart and console show. */
  lastGood: readonly TraceEvent[];
  /** True when {@link lastGood} is not the newest text's result (a syntax error, a failed run). */
  stale: boolean;
  stdout: string;
  diagnostics: readonly EditorDiagnostic[];
  timings: RunTimings | null;
  /** A message for people when the run could not finish (watchdog, engine failure). */
  runError: string | null;
  /** Bumped whenever what the chart shows changes; the chart reports drawing it with {@link markDrawn}. */
  resultVersion: number;
  /** The {@link resultVersion} the chart last drew. */
  drawnVersion: number;

  setRunPending(pending: boolean): void;
  runStarted(id: number, at: number): void;
  runFinished(result: RunResult): void;
  runFailed(id: number, message: string): void;
  /** The chart drew the current results. */
  markDrawn(): void;
}

/** Builds the run slice. */
export const runSlice: StateCreator<PlaygroundState, [], [], RunSlice> = (set, get) => ({
  runStatus: "idle",
  runId: null,
  runTriggeredAt: null,
  runPending: true,
  outcome: null,
  events: [],
  lastGood: [],
  stale: false,
  stdout: "",
  diagnostics: [],
  timings: null,
  runError: null,
  resultVersion: 0,
  drawnVersion: 0,

  setRunPending: (runPending) => set({ runPending }),
  runStarted: (id, at) => set({ runId: id, runTriggeredAt: at, runStatus: "running", runPending: false }),
  runFinished: (r) => {
    const s = get();
    if (r.id !== s.runId) return;
    const compiled = r.outcome !== "syntax-error" && r.outcome !== "crashed";
    const lastGood = compiled ? r.events : s.lastGood;
    const stale = !compiled;
    const chartChanged = lastGood !== s.lastGood || stale !== s.stale;
    const cursor = lastGood === s.lastGood ? s.cursor : cursorForNewTrace(s.cursor, timeRange(lastGood));
    set({
      cursor,
      playing: s.playing && cursor !== null,
      // A picked event's seq means nothing in another trace.
      selectedEvent: lastGood === s.lastGood ? s.selectedEvent : null,
      runStatus: r.outcome === "crashed" ? "error" : "done",
      outcome: r.outcome,
      events: r.events,
      lastGood,
      stale,
      stdout: r.stdout,
      diagnostics: r.diagnostics,
      timings: r.timings,
      runError: r.outcome === "crashed" ? `the engine failed: ${r.error ?? "unknown error"}` : null,
      resultVersion: chartChanged ? s.resultVersion + 1 : s.resultVersion,
    });
  },
  runFailed: (id, message) => {
    const s = get();
    if (id !== s.runId) return;
    set({
      runStatus: "error",
      outcome: null,
      runError: message,
      stale: true,
      resultVersion: s.stale ? s.resultVersion : s.resultVersion + 1,
    });
  },
  markDrawn: () => set({ drawnVersion: get().resultVersion }),
});
