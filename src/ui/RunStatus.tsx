import {
  selectDiagnostics,
  selectOutcome,
  selectRunError,
  selectRunStatus,
  selectShownEvents,
  selectStale,
  selectTimings,
} from "../state";
import { runProblem } from "./runProblem";
import { usePlayground } from "./storeContext";

/** A short status of the newest run for the title bar: running, or how long it took. */
export function RunStatus() {
  const status = usePlayground(selectRunStatus);
  const timings = usePlayground(selectTimings);
  const events = usePlayground(selectShownEvents);
  const stale = usePlayground(selectStale);
  let text: string;
  if (status === "running") text = "running…";
  else if (status === "error") text = "stopped";
  else if (status === "idle" || timings === null) text = "";
  else text = `${events.length} events · ${timings.totalMs.toFixed(1)} ms`;
  return (
    <span className={`run-status run-status-${status}`} role="status" data-testid="run-status">
      {stale && status !== "running" ? <span className="stale-badge">stale</span> : null} {text}
    </span>
  );
}

/** The alert under the title bar when the newest run failed in any way. */
export function RunProblem() {
  const outcome = usePlayground(selectOutcome);
  const runError = usePlayground(selectRunError);
  const diagnostics = usePlayground(selectDiagnostics);
  const events = usePlayground(selectShownEvents);
  const problem = runProblem(outcome, runError, diagnostics, events);
  return (
    <div className="run-problem" role="alert" data-testid="run-problem" hidden={problem === null}>
      {problem}
    </div>
  );
}
