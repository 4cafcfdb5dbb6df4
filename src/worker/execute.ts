/**
 * One run, as the worker performs it: read the directives, compile, run, and post
 * what happened as protocol messages. No Worker globals here, so tests call it
 * directly with a `post` that collects the messages.
 */
import { compileSource } from "../python";
import { runScenario } from "../runtime";
import { parseScenario } from "../scenario";
import type { TraceEvent } from "../trace";
import { fromDirectives, fromEvent, fromSyntax } from "./diagnostics";
import { EVENT_BATCH, type EditorDiagnostic, type FromWorker, type RunOutcome, type RunRequest } from "./protocol";

/** A monotonic clock in milliseconds (`performance.now` in a worker). */
export type Clock = () => number;

/**
 * Runs `request` and posts, in this order: one `diagnostics` message, `events`
 * batches of at most {@link EVENT_BATCH}, one `stdout` message when anything was
 * printed, one more `diagnostics` message when the run itself found a load error or
 * a runaway loop, then `done`. Never throws: an engine bug becomes outcome `crashed`.
 */
export function executeRun(
  request: RunRequest,
  post: (m: FromWorker) => void,
  now: Clock = () => performance.now(),
): void {
  const { id, source } = request;
  const start = now();
  const parsed = parseScenario(source);
  const scenario = request.release ? { ...parsed.scenario, tornado: request.release } : parsed.scenario;
  const directiveDiagnostics = fromDirectives(parsed.errors, source);
  const compiled = compileSource(source, "scenario.py");
  const compileMs = now() - start;

  if (!compiled.ok) {
    post({ type: "diagnostics", id, diagnostics: [...fromSyntax(compiled.diagnostics), ...directiveDiagnostics] });
    const total = now() - start;
    post({
      type: "done",
      id,
      outcome: "syntax-error",
      eventCount: 0,
      timings: { compileMs, runMs: 0, totalMs: total },
      error: null,
    });
    return;
  }
  post({ type: "diagnostics", id, diagnostics: directiveDiagnostics });

  let batch: TraceEvent[] = [];
  let sent = 0;
  const runDiagnostics: EditorDiagnostic[] = [];
  let outcome: RunOutcome = "ok";
  const flush = (): void => {
    if (batch.length === 0) return;
    post({ type: "events", id, events: batch });
    sent += batch.length;
    batch = [];
  };
  const listener = (event: TraceEvent): void => {
    if (event.kind === "load-error") outcome = "load-error";
    if (event.kind === "runaway") outcome = "runaway";
    const d = fromEvent(event, source);
    if (d) runDiagnostics.push(d);
    batch.push(event);
    if (batch.length >= EVENT_BATCH) flush();
  };

  const runStart = now();
  let error: string | null = null;
  let stdout = "";
  try {
    stdout = runScenario(scenario, listener).stdout;
  } catch (e) {
    outcome = "crashed";
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  flush();
  if (stdout !== "") post({ type: "stdout", id, text: stdout });
  if (runDiagnostics.length > 0)
    post({ type: "diagnostics", id, diagnostics: [...directiveDiagnostics, ...runDiagnostics] });
  const end = now();
  post({
    type: "done",
    id,
    outcome,
    eventCount: sent,
    timings: { compileMs, runMs: end - runStart, totalMs: end - start },
    error,
  });
}
