/**
 * A plain-data picture of the store for end-to-end tests (`window.__playground.getState()`).
 */
import { toConformance, type TraceEvent } from "../trace";
import type { EditorDiagnostic, RunOutcome } from "../worker";
import type { RunStatus } from "./runSlice";
import type { PlaygroundState } from "./store";

/** What `getState()` returns; JSON-serializable. */
export interface PlaygroundSnapshot {
  readonly status: RunStatus;
  readonly outcome: RunOutcome | null;
  readonly release: string;
  /** True when the chart shows an older run's result (a syntax error, a failed run). */
  readonly stale: boolean;
  readonly runError: string | null;
  /** How many events the shown trace has. */
  readonly eventCount: number;
  /** The shown trace's conformance view (`T<ms> <source> <text>` lines). */
  readonly conformance: string;
  /** The shown trace. */
  readonly events: readonly TraceEvent[];
  readonly diagnostics: readonly EditorDiagnostic[];
  readonly cursor: number | null;
  readonly selectedEvent: { seq: number; line: number | null } | null;
  readonly editorCursorLine: number | null;
}

/** The snapshot of `s`. */
export function snapshot(s: PlaygroundState): PlaygroundSnapshot {
  return {
    status: s.runStatus,
    outcome: s.outcome,
    release: s.release,
    stale: s.stale,
    runError: s.runError,
    eventCount: s.lastGood.length,
    conformance: toConformance(s.lastGood),
    events: s.lastGood,
    diagnostics: s.diagnostics,
    cursor: s.cursor,
    selectedEvent: s.selectedEvent,
    editorCursorLine: s.editorCursorLine,
  };
}
