/**
 * The conformance view: the trace as `T<ms> <source> <text>` lines, the format of
 * SCENARIO_FORMAT.md that real Tornado's traces were recorded in. Every rule here
 * mirrors what tools/real-tornado/run-real-tornado prints for the same events, so
 * the two can be compared with tools/trace-compare (or {@link compareTraces}).
 */
import { pyPrefix, pySplitlines, pyStrip } from "./pytext";
import { wholeMs, type VTime } from "./time";
import { assertNever, type Log, type TraceEvent, type Warning } from "./types";

/** One line of the conformance view, before formatting. */
export interface ConformanceLine {
  /** Whole milliseconds since serving started (0 for everything the module did). */
  readonly ms: number;
  readonly source: "client" | "print" | "log" | "error";
  readonly text: string;
}

/** The lines of the conformance view, in time order. */
export function conformanceLines(events: readonly TraceEvent[]): ConformanceLine[] {
  const serving = servingStart(events);
  const keyed: { t: number; seq: number; sub: number; line: ConformanceLine }[] = [];
  let stdout = "";
  const add = (ev: TraceEvent, source: ConformanceLine["source"], text: string, sub = 0): void => {
    // What the module does while it loads is stamped T0; so is a plain program's
    // output, and everything after a load error.
    const t = serving !== null && ev.seq > serving ? Math.max(0, ev.t) : 0;
    keyed.push({ t, seq: ev.seq, sub, line: { ms: wholeMs(t as VTime), source, text } });
  };

  for (const ev of [...events].sort((a, b) => a.seq - b.seq)) {
    switch (ev.kind) {
      case "client-send":
        add(ev, "client", `#${ev.request} send ${ev.method} ${ev.path}`);
        break;
      case "client-recv":
        add(ev, "client", `#${ev.request} recv ${ev.status} ${pyPrefix(ev.body, 60).replace(/\n/g, " ")}`);
        break;
      case "client-error":
        add(ev, "client", `#${ev.request} error ${ev.error}`);
        break;
      case "print": {
        // The harness captures stdout only; stderr goes past it.
        if (ev.stream === "stderr") break;
        // One line per complete line of stdout, stamped when its newline is written;
        // a last line with no newline is never shown (the harness drops it too).
        stdout += ev.text;
        const parts = stdout.split("\n");
        stdout = parts.pop() ?? "";
        parts.forEach((p, i) => add(ev, "print", p, i));
        break;
      }
      case "log":
        add(ev, "log", logText(ev));
        break;
      case "warning":
        add(ev, "log", warningText(ev));
        break;
      case "load-error":
        add(ev, "error", `${ev.excType}: ${ev.message} (line ${ev.line})`);
        break;
      case "runaway":
        add(ev, "error", `${ev.message} (line ${ev.line})`);
        break;
      case "module-load-start":
      case "module-load-end":
      case "request-arrive":
      case "request-dispatch":
      case "handler-enter":
      case "finish":
      case "response-sent":
      case "on-finish":
      case "on-connection-close":
      case "run":
      case "blocked":
      case "yield":
      case "resume":
      case "task-start":
      case "task-end":
      case "fetch-queued":
      case "fetch-start":
      case "fetch-done":
      case "fetch-fail":
      case "timer-set":
      case "timer-fire":
      case "timer-cancel":
      case "end":
        break;
      default:
        assertNever(ev);
    }
  }
  keyed.sort((a, b) => a.t - b.t || a.seq - b.seq || a.sub - b.sub);
  return keyed.map((k) => k.line);
}

/**
 * The conformance view as text: each line `"T%-5d %-6s %s"` (Python's format, as
 * the harness prints it), each ending in a newline.
 */
export function toConformance(events: readonly TraceEvent[]): string {
  return conformanceLines(events)
    .map((l) => `${`T${l.ms}`.padEnd(6)} ${l.source.padEnd(6)} ${l.text}\n`)
    .join("");
}

/** The `seq` of the `module-load-end` that starts serving, or null when nothing is
 * served (a plain program, a load error, or a trace that stopped while loading). */
function servingStart(events: readonly TraceEvent[]): number | null {
  for (const ev of events) {
    if (ev.kind === "module-load-end") return ev.app === null ? null : ev.seq;
    if (ev.kind === "load-error") return null;
  }
  return null;
}

const ADDRESS = / at 0x[0-9a-f]+/g;

/** `LEVEL:logger:first line[ | ExcType: message]`, as the harness's logging handler writes it. */
export function logText(ev: Log): string {
  const lines = pySplitlines(ev.message);
  if (lines.length === 0) lines.push("");
  let exc: string | null = null;
  if (ev.exc !== null) exc = `${ev.exc.type}: ${ev.exc.message}`;
  // A message that carries a formatted traceback itself (Tornado 4's "Future ...
  // exception was never retrieved: Traceback ...") ends in the exception line.
  else if ((lines.length > 1 && lines[1].startsWith("  File")) || lines[0].includes("Traceback"))
    exc = pyStrip(lines[lines.length - 1]);
  const first = lines[0].replace(ADDRESS, "");
  return `${ev.level}:${ev.logger}:${first}${exc !== null ? ` | ${exc}` : ""}`;
}

/** A warning as `logging.captureWarnings` hands it to the harness:
 * `WARNING:py.warnings:Category: message`. */
export function warningText(ev: Warning): string {
  const message = pySplitlines(ev.message)[0] ?? "";
  // The harness keeps `Category: text` only for category names ending in Warning;
  // otherwise it keeps Python's whole `file:line: Category: text` line.
  const first = /^\w+Warning$/.test(ev.category)
    ? `${ev.category}: ${message}`
    : `${ev.filename}:${ev.line}: ${ev.category}: ${message}`;
  return `WARNING:py.warnings:${first.replace(ADDRESS, "")}`;
}
