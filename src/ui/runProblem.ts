/**
 * The sentence the page shows when the newest run did not go as planned: a syntax
 * error, a module that failed to load, a runaway loop, or a worker that had to be
 * restarted. Pure.
 */
import type { TraceEvent } from "../trace";
import type { EditorDiagnostic, RunOutcome } from "../worker";

/** What went wrong with the newest run, for people; null when nothing did. */
export function runProblem(
  outcome: RunOutcome | null,
  runError: string | null,
  diagnostics: readonly EditorDiagnostic[],
  events: readonly TraceEvent[],
): string | null {
  if (runError !== null) return `${capitalize(runError)}. The chart shows the last run that finished.`;
  switch (outcome) {
    case "syntax-error": {
      const d = diagnostics.find((x) => x.source === "syntax");
      const where = d ? `${d.message} (line ${d.line})` : "The code does not compile";
      return `${where}. The chart shows the last text that ran.`;
    }
    case "load-error": {
      const e = events.find((x) => x.kind === "load-error");
      return e?.kind === "load-error"
        ? `${e.excType}: ${e.message} (line ${e.line}). The module did not load, so no request was sent.`
        : "The module did not load.";
    }
    case "runaway": {
      const e = events.find((x) => x.kind === "runaway");
      if (e?.kind !== "runaway") return "A runaway loop was stopped.";
      // The engine's message usually names the line already.
      return e.message.includes(`line ${e.line}`) ? `${capitalize(e.message)}.` : `Line ${e.line}: ${e.message}.`;
    }
    case "crashed":
    case "ok":
    case null:
      return null;
    default:
      return assertNever(outcome);
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function assertNever(x: never): never {
  throw new Error(`unhandled outcome ${String(x)}`);
}
