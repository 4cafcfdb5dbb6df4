/**
 * The messages between the page and the run worker: one discriminated union each
 * way, on `type`. Every message about a run carries the run's `id`, chosen by the
 * page; the page drops anything whose id is not the run it waits for, so a result
 * that arrives after a newer edit can never overwrite the newer one.
 *
 * All payloads are plain data (structured-clone safe): trace events, strings,
 * numbers.
 */
import type { Release } from "../scenario";
import type { TraceEvent } from "../trace";

/** Page → worker: compile and run this scenario text. */
export interface RunRequest {
  readonly type: "run";
  readonly id: number;
  /** The whole scenario text, directives included. */
  readonly source: string;
  /** Overrides the `# tornado:` line for this run (the text's line numbers stay). */
  readonly release?: Release;
}

/** Page → worker: answer with a `pong` (a liveness check when no run is under way). */
export interface PingRequest {
  readonly type: "ping";
  readonly id: number;
}

/** Everything the page sends. */
export type ToWorker = RunRequest | PingRequest;

/** Where an editor diagnostic comes from. */
export type DiagnosticSource = "syntax" | "directive" | "load" | "runaway";

/**
 * A problem to show as an editor marker. Lines are 1-based; columns are 1-based and
 * `endCol` is exclusive, as Monaco counts them.
 */
export interface EditorDiagnostic {
  readonly source: DiagnosticSource;
  readonly severity: "error" | "warning";
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** As Python words it, type first: `SyntaxError: invalid syntax`. */
  readonly message: string;
}

/** How a run ended. */
export type RunOutcome =
  /** The module loaded and served (or ran as a plain program). */
  | "ok"
  /** The text does not compile: nothing ran; the diagnostics say why. */
  | "syntax-error"
  /** The module raised while it loaded (a trace with a `load-error` event). */
  | "load-error"
  /** The step budget stopped a runaway loop (a trace with a `runaway` event). */
  | "runaway"
  /** A bug of the engine threw; `error` in the done message says what. */
  | "crashed";

/** Wall-clock milliseconds spent in the worker, for the status line and benchmarks. */
export interface RunTimings {
  /** Reading directives and compiling. */
  readonly compileMs: number;
  /** Running the scenario (compiling again inside the runtime included). */
  readonly runMs: number;
  /** From receiving the request to posting `done`. */
  readonly totalMs: number;
}

/** Worker → page: the worker has loaded and takes requests. */
export interface ReadyMessage {
  readonly type: "ready";
}

/** Worker → page: diagnostics of the run's text (sent once, before any event). */
export interface DiagnosticsMessage {
  readonly type: "diagnostics";
  readonly id: number;
  readonly diagnostics: readonly EditorDiagnostic[];
}

/** Worker → page: the next batch of trace events, in `seq` order. */
export interface EventsMessage {
  readonly type: "events";
  readonly id: number;
  readonly events: readonly TraceEvent[];
}

/** Worker → page: what the code printed since the last stdout message. */
export interface StdoutMessage {
  readonly type: "stdout";
  readonly id: number;
  readonly text: string;
}

/** Worker → page: the run is over; no more messages carry this id. */
export interface DoneMessage {
  readonly type: "done";
  readonly id: number;
  readonly outcome: RunOutcome;
  /** How many events were sent in all (a check that no batch was lost). */
  readonly eventCount: number;
  readonly timings: RunTimings;
  /** For `crashed`: the engine's own error message; null otherwise. */
  readonly error: string | null;
}

/** Worker → page: the answer to a ping. */
export interface PongMessage {
  readonly type: "pong";
  readonly id: number;
}

/** Everything the worker sends. */
export type FromWorker = ReadyMessage | DiagnosticsMessage | EventsMessage | StdoutMessage | DoneMessage | PongMessage;

/** How many events go in one `events` message. */
export const EVENT_BATCH = 500;
