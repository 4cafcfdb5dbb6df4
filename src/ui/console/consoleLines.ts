/**
 * The console's lines: prints, log records, warnings and errors of a trace in time
 * order, each as Tornado's own console would print it (src/trace/console.ts), with
 * the request it belongs to so the console can filter. Pure data.
 */
import { formatLogRecord, formatWarning, type TraceEvent, type VTime } from "../../trace";
import type { Release } from "../../scenario";

/** One entry of the console. */
export interface ConsoleLine {
  /** The event's `seq`: a stable key. */
  readonly seq: number;
  readonly t: VTime;
  /** `stderr`: what the code wrote to sys.stderr. */
  readonly kind: "print" | "stderr" | "log" | "warning" | "error";
  /** `INFO`, `WARNING`, `ERROR`, ... for log records; null otherwise. */
  readonly level: string | null;
  /** The request whose code wrote it, or null (the module, the loop). */
  readonly request: number | null;
  /** The source line, when known. */
  readonly line: number | null;
  /** What the console shows; may span several lines. */
  readonly text: string;
}

/** The console entries of `events`, sorted by time, then emission order. */
export function consoleLines(events: readonly TraceEvent[], release: Release): ConsoleLine[] {
  const out: ConsoleLine[] = [];
  for (const e of events) {
    const base = { seq: e.seq, t: e.t };
    switch (e.kind) {
      case "print":
        // One final newline is the print's own end; the rest is what it printed.
        out.push({
          ...base,
          kind: e.stream === "stderr" ? "stderr" : "print",
          level: null,
          request: e.request,
          line: e.line,
          text: e.text.replace(/\n$/, ""),
        });
        break;
      case "log":
        out.push({
          ...base,
          kind: "log",
          level: e.level,
          request: e.request,
          line: null,
          text: formatLogRecord(e, { release }),
        });
        break;
      case "warning":
        out.push({ ...base, kind: "warning", level: null, request: e.request, line: e.line, text: formatWarning(e) });
        break;
      case "load-error":
        out.push({
          ...base,
          kind: "error",
          level: null,
          request: null,
          line: e.line,
          text: e.traceback.length > 0 ? e.traceback.join("\n") : `${e.excType}: ${e.message} (line ${e.line})`,
        });
        break;
      case "runaway":
        out.push({
          ...base,
          kind: "error",
          level: null,
          request: e.owner.type === "request" || e.owner.type === "task" ? e.owner.request : null,
          line: e.line,
          text: `*** ${e.message} (line ${e.line})`,
        });
        break;
      default:
        break;
    }
  }
  return out.sort((a, b) => a.t - b.t || a.seq - b.seq);
}

/** The requests of a trace as the client numbered them, with what they asked for. */
export function requestsOf(events: readonly TraceEvent[]): { request: number; label: string }[] {
  const out: { request: number; label: string }[] = [];
  for (const e of events) {
    if (e.kind === "client-send") out.push({ request: e.request, label: `#${e.request} ${e.method} ${e.path}` });
  }
  return out.sort((a, b) => a.request - b.request);
}
