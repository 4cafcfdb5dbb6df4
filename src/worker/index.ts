/**
 * The page's side of the run worker: the client and the message protocol. The
 * worker's entry (./entry.ts) is loaded by the client as a Worker, never imported.
 */
export { RunClient, defaultWorkerFactory, DEFAULT_TIMEOUT_MS } from "./client";
export type { ClientEvent, RunClientOptions, WorkerFactory, WorkerLike } from "./client";
export { EVENT_BATCH } from "./protocol";
export type {
  DiagnosticSource,
  DoneMessage,
  EditorDiagnostic,
  FromWorker,
  RunOutcome,
  RunRequest,
  RunTimings,
  ToWorker,
} from "./protocol";
