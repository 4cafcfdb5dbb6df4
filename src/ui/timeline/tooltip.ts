/**
 * The hover tooltip's text: what a span or marker is, when (ms), which line, and
 * the details of the event behind it (what a yield waits on, a fetch's URL and
 * status, a log's message). Pure: the renderer puts the lines into the DOM as text.
 */
import type { Marker, MarkerKind, Span, SpanKind } from "../../trace/spans";
import type { TraceEvent } from "../../trace/types";
import type { Hit } from "./hit";

export interface TooltipText {
  readonly title: string;
  readonly lines: readonly string[];
}

const SPAN_TITLES: Readonly<Record<SpanKind, string>> = {
  "client-wait": "Client waiting for its response",
  waiting: "Waiting for the loop",
  running: "Running on the loop",
  "after-response": "Running after the response was sent",
  suspended: "Suspended",
  "suspended-after-response": "Still pending after the response was sent",
  idle: "Loop idle",
  blocked: "Loop blocked",
  queued: "Fetch queued",
  "in-flight": "Fetch in flight",
};

const MARKER_TITLES: Readonly<Record<MarkerKind, string>> = {
  send: "Client sent the request",
  dispatch: "Request routed",
  finish: "finish()",
  "response-sent": "Response sent",
  "on-finish": "on_finish()",
  "on-connection-close": "on_connection_close()",
  recv: "Client received the response",
  "client-error": "Client gave up",
  print: "print",
  log: "Log record",
  warning: "Warning",
  error: "Error",
  runaway: "Stopped: ran too long",
  "fetch-done": "Fetch done",
  "fetch-fail": "Fetch failed",
};

/** Milliseconds from virtual microseconds: `0.65 ms`, `100 ms`. */
export function fmtMs(us: number): string {
  return `${Number((us / 1000).toFixed(3))} ms`;
}

/** The tooltip of a hit; `eventOf` finds the event behind it by `seq`. */
export function describeHit(hit: Hit, eventOf: (seq: number) => TraceEvent | undefined): TooltipText {
  return hit.type === "span"
    ? describeSpan(hit.span, eventOf(hit.span.seq))
    : describeMarker(hit.marker, eventOf(hit.marker.seq));
}

function describeSpan(s: Span, e: TraceEvent | undefined): TooltipText {
  const lines = [`${fmtMs(s.t)} → ${fmtMs(s.end)} (${fmtMs(s.end - s.t)})`];
  const where = [s.request !== null ? `request #${s.request}` : null, s.line !== null ? `line ${s.line}` : null];
  if (where.some((w) => w !== null)) lines.push(where.filter((w) => w !== null).join(", "));
  if (e?.kind === "yield") {
    lines.push(`${e.fn} ${e.style === "await" ? "awaits" : "yields"} ${e.waitsOn.description}`);
  } else if (e?.kind === "fetch-queued") {
    lines.push(s.label, `${e.method} ${e.url}`);
  } else {
    lines.push(s.label);
  }
  if (s.kind === "after-response" || s.kind === "suspended-after-response") {
    lines.push("The client already has its response: this work cannot change it.");
  }
  if (s.kind === "blocked") lines.push("Nothing else can run on the loop meanwhile.");
  return { title: SPAN_TITLES[s.kind], lines };
}

function describeMarker(m: Marker, e: TraceEvent | undefined): TooltipText {
  const lines = [fmtMs(m.t)];
  const where = [m.request !== null ? `request #${m.request}` : null, m.line !== null ? `line ${m.line}` : null];
  if (where.some((w) => w !== null)) lines.push(where.filter((w) => w !== null).join(", "));
  let title = MARKER_TITLES[m.kind];
  switch (e?.kind) {
    case "print":
      lines.push(...e.text.replace(/\n$/, "").split("\n"));
      break;
    case "log":
      title = `Log ${e.level} (${e.logger})`;
      lines.push(...e.message.split("\n").slice(0, 6));
      if (e.exc) lines.push(`${e.exc.type}: ${e.exc.message}`);
      break;
    case "warning":
      title = e.category;
      lines.push(e.message, `${e.filename}:${e.line}`);
      break;
    case "response-sent":
      lines.push(`status ${e.status}, ${e.bytes} bytes`);
      if (e.bodyPreview) lines.push(`body: ${e.bodyPreview.slice(0, 80)}`);
      break;
    case "client-recv":
      lines.push(`status ${e.status}`);
      if (e.body) lines.push(`body: ${e.body.slice(0, 80)}`);
      break;
    case "client-error":
      lines.push(`${e.error}: ${e.message}`);
      break;
    case "fetch-done":
      lines.push(`status ${e.status}, ${e.bytes} bytes`);
      break;
    case "fetch-fail":
      lines.push(e.error);
      break;
    case "finish":
      lines.push(
        e.how === "explicit"
          ? "called by the handler"
          : e.how === "auto"
            ? "by Tornado after the method returned"
            : "by send_error after an exception",
      );
      break;
    case "runaway":
    case "load-error":
      lines.push(m.label);
      break;
    case "task-end":
      lines.push(m.label);
      break;
    default:
      if (m.label) lines.push(m.label);
  }
  if (m.afterResponse) lines.push("after the response was sent");
  return { title, lines };
}
