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

type Source = ConformanceLine["source"];

/**
 * The view's lines in the order the events produced them (`seq`, then line within
 * the event), kept as parallel columns: a run's trace has hundreds of thousands of
 * events, so no object per line and no copy of the events unless they need sorting.
 */
class Lines {
  readonly ts: number[] = [];
  readonly seqs: number[] = [];
  readonly subs: number[] = [];
  readonly sources: Source[] = [];
  readonly texts: string[] = [];

  /** Indices in time order: by `t`, then `seq`, then line within the event. */
  order(): ArrayLike<number> {
    const { ts, seqs, subs } = this;
    const n = ts.length;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) {
      const dt = ts[i]! - ts[i - 1]!;
      sorted =
        dt > 0 || (dt === 0 && (seqs[i]! > seqs[i - 1]! || (seqs[i] === seqs[i - 1] && subs[i]! >= subs[i - 1]!)));
    }
    const idx = new Array<number>(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    // Lines come in (seq, line) order and `t` rarely goes back (a client reading a
    // response stamped before the job that let it run ended): most runs need no sort.
    if (!sorted) idx.sort((a, b) => ts[a]! - ts[b]! || seqs[a]! - seqs[b]! || subs[a]! - subs[b]!);
    return idx;
  }
}

/** The kinds the view shows a line for. */
type ShownKind =
  "client-send" | "client-recv" | "client-error" | "print" | "log" | "warning" | "load-error" | "runaway";
type ShownEvent = Extract<TraceEvent, { kind: ShownKind }>;

/** Whether an event of this kind shows in the view: checked on every event, so a table
 * lookup (its type keeps it in step with {@link ShownKind} and with every kind there is). */
const SHOWN: { readonly [K in TraceEvent["kind"]]: K extends ShownKind ? true : false } = {
  "client-send": true,
  "client-recv": true,
  "client-error": true,
  print: true,
  log: true,
  warning: true,
  "load-error": true,
  runaway: true,
  "module-load-start": false,
  "module-load-end": false,
  "request-arrive": false,
  "request-dispatch": false,
  "handler-enter": false,
  finish: false,
  "response-sent": false,
  "on-finish": false,
  "on-connection-close": false,
  run: false,
  blocked: false,
  yield: false,
  resume: false,
  "task-start": false,
  "task-end": false,
  "fetch-queued": false,
  "fetch-start": false,
  "fetch-done": false,
  "fetch-fail": false,
  "timer-set": false,
  "timer-fire": false,
  "timer-cancel": false,
  end: false,
};

/** The events the view shows, in `seq` order. A recorder's list is already in that
 * order, so this is one pass over the events, reading only the kind of most. */
function shownBySeq(events: readonly TraceEvent[]): ShownEvent[] {
  const shown: ShownEvent[] = [];
  let sorted = true;
  let last = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (!SHOWN[ev.kind]) continue;
    if (ev.seq < last) sorted = false;
    last = ev.seq;
    shown.push(ev as ShownEvent);
  }
  // Sorting only what is shown yields the same order as sorting everything (the sort is stable).
  if (!sorted) shown.sort((a, b) => a.seq - b.seq);
  return shown;
}

const LOCAL_PORT = /127\.0\.0\.1:\d+/g;

function collect(events: readonly TraceEvent[]): Lines {
  const serving = servingStart(events);
  const lines = new Lines();
  let stdout = "";
  const add = (ev: TraceEvent, source: Source, text: string, sub = 0): void => {
    // What the module does while it loads is stamped T0; so is a plain program's
    // output, and everything after a load error.
    const t = serving !== null && ev.seq > serving ? Math.max(0, ev.t) : 0;
    lines.ts.push(t);
    lines.seqs.push(ev.seq);
    lines.subs.push(sub);
    lines.sources.push(source);
    // The harness drops the server's port (its port is random; the engine's is 8888).
    lines.texts.push(text.includes("127.0.0.1:") ? text.replace(LOCAL_PORT, "127.0.0.1") : text);
  };

  for (const ev of shownBySeq(events)) {
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
        const text = ev.text;
        let nl = text.indexOf("\n");
        if (nl < 0) {
          stdout += text;
          break;
        }
        add(ev, "print", stdout + text.slice(0, nl), 0);
        let sub = 1;
        let from = nl + 1;
        while ((nl = text.indexOf("\n", from)) >= 0) {
          add(ev, "print", text.slice(from, nl), sub++);
          from = nl + 1;
        }
        stdout = text.slice(from);
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
      default:
        assertNever(ev);
    }
  }
  return lines;
}

/** The lines of the conformance view, in time order. */
export function conformanceLines(events: readonly TraceEvent[]): ConformanceLine[] {
  const lines = collect(events);
  const order = lines.order();
  const out: ConformanceLine[] = new Array<ConformanceLine>(order.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    out[k] = { ms: wholeMs(lines.ts[i]! as VTime), source: lines.sources[i]!, text: lines.texts[i]! };
  }
  return out;
}

/** `source.padEnd(6)` and the space after it. */
const SOURCE_COLUMN: Readonly<Record<Source, string>> = {
  client: "client ",
  print: "print  ",
  log: "log    ",
  error: "error  ",
};

/**
 * The conformance view as text: each line `"T%-5d %-6s %s"` (Python's format, as
 * the harness prints it), each ending in a newline.
 */
export function toConformance(events: readonly TraceEvent[]): string {
  const lines = collect(events);
  const order = lines.order();
  const parts = new Array<string>(order.length);
  let lastMs = NaN;
  let stamp = "";
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const ms = wholeMs(lines.ts[i]! as VTime);
    // Consecutive lines mostly share their millisecond.
    if (ms !== lastMs) {
      lastMs = ms;
      stamp = `${`T${ms}`.padEnd(6)} `;
    }
    parts[k] = `${stamp}${SOURCE_COLUMN[lines.sources[i]!]}${lines.texts[i]!}\n`;
  }
  return parts.join("");
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
