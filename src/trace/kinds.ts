/**
 * Every event kind as a runtime value, for code that checks or filters traces.
 */
import type { TraceEventKind } from "./types";

// `satisfies` makes a kind added to the union without an entry here a compile error.
const KINDS = {
  "module-load-start": true,
  "module-load-end": true,
  "load-error": true,
  "client-send": true,
  "request-arrive": true,
  "request-dispatch": true,
  "handler-enter": true,
  finish: true,
  "response-sent": true,
  "on-finish": true,
  "on-connection-close": true,
  "client-recv": true,
  "client-error": true,
  run: true,
  blocked: true,
  yield: true,
  resume: true,
  "task-start": true,
  "task-end": true,
  "fetch-queued": true,
  "fetch-start": true,
  "fetch-done": true,
  "fetch-fail": true,
  "timer-set": true,
  "timer-fire": true,
  "timer-cancel": true,
  print: true,
  log: true,
  warning: true,
  runaway: true,
  end: true,
} as const satisfies Record<TraceEventKind, true>;

/** All event kinds, in the order types.ts declares them. */
export const TRACE_EVENT_KINDS: readonly TraceEventKind[] = Object.keys(KINDS) as TraceEventKind[];

/** The two kinds emitted when their stretch ends, carrying its start as `t`. */
export const SPAN_KINDS: ReadonlySet<TraceEventKind> = new Set<TraceEventKind>(["run", "blocked"]);
