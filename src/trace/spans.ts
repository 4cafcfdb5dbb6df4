/**
 * The chart's model of a trace: lanes, spans on them, and point markers. A first
 * version; pure data for the swimlane to draw, no DOM.
 *
 * Lanes: `loop` (who holds the single thread, idle time, blocked stretches), one
 * `request:N` per request (the client's wait, waiting for the loop, running,
 * suspended at a yield, running after its response was sent), one `task:N` per
 * fire-and-forget task that no request started, and one `fetch:N` per outbound
 * fetch (queued, in flight). Work of a task that a request started is drawn in
 * that request's lane.
 */
import { pySplitlines } from "./pytext";
import type { VTime } from "./time";
import type { Owner, RequestId, TraceEvent, EventOf } from "./types";

/** `loop`, `request:N`, `task:N` or `fetch:N`. */
export type LaneId = string;

export interface Lane {
  readonly id: LaneId;
  readonly kind: "loop" | "request" | "task" | "fetch";
  readonly label: string;
  readonly request: RequestId | null;
}

export type SpanKind =
  /** request lane: from the client's send to its response or giving up */
  | "client-wait"
  /** request lane: arrived, but the loop had not read it yet */
  | "waiting"
  /** its code holds the loop */
  | "running"
  /** request lane: its code holds the loop after its response was sent */
  | "after-response"
  /** suspended at a yield/await (label: what it waits on) or waiting for a callback */
  | "suspended"
  /** loop lane: nobody's code runs */
  | "idle"
  /** loop lane: one call or a long computation blocks the loop */
  | "blocked"
  /** fetch lane: in the HTTP client's queue, or waiting for the loop to send it */
  | "queued"
  /** fetch lane: on the network */
  | "in-flight";

export interface Span {
  readonly lane: LaneId;
  readonly kind: SpanKind;
  readonly t: VTime;
  readonly end: VTime;
  readonly label: string;
  readonly line: number | null;
  readonly request: RequestId | null;
  /** The event the span comes from (for hover and source links); -1 when none does. */
  readonly seq: number;
}

export type MarkerKind =
  | "send"
  | "dispatch"
  | "finish"
  | "response-sent"
  | "on-finish"
  | "on-connection-close"
  | "recv"
  | "client-error"
  | "print"
  | "log"
  | "warning"
  | "error"
  | "fetch-done"
  | "fetch-fail";

export interface Marker {
  readonly lane: LaneId;
  readonly kind: MarkerKind;
  readonly t: VTime;
  readonly label: string;
  readonly line: number | null;
  readonly request: RequestId | null;
  readonly severity: "info" | "warning" | "error";
  readonly seq: number;
}

export interface SpanModel {
  /** `loop`, then requests by number, then tasks, then fetches. */
  readonly lanes: readonly Lane[];
  /** Per lane in time order; lanes in the order of `lanes`. */
  readonly spans: readonly Span[];
  readonly markers: readonly Marker[];
  /** The earliest and latest time of the trace (start ≤ 0). */
  readonly start: VTime;
  readonly end: VTime;
}

/** The request an owner's work belongs to, or null. */
export function requestOf(owner: Owner): RequestId | null {
  return owner.type === "request" || owner.type === "task" ? owner.request : null;
}

const requestLane = (n: RequestId): LaneId => `request:${n}`;

/** Builds the chart model of a trace. */
export function spans(events: readonly TraceEvent[]): SpanModel {
  const evs = [...events].sort((a, b) => a.seq - b.seq);
  let start = 0 as VTime;
  let end = 0 as VTime;
  for (const e of evs) {
    if (e.t < start) start = e.t;
    const last = e.kind === "run" || e.kind === "blocked" ? e.end : e.t;
    if (last > end) end = last;
  }

  const of = <K extends TraceEvent["kind"]>(kind: K) => evs.filter((e): e is EventOf<K> => e.kind === kind);
  const out: Span[] = [];
  const markers: Marker[] = [];
  const lanes: Lane[] = [{ id: "loop", kind: "loop", label: "IOLoop", request: null }];

  // Lanes of work: a request's runs and yields, and its tasks'; or a lone task's.
  const laneOf = (o: Owner): LaneId =>
    o.type === "request"
      ? requestLane(o.request)
      : o.type === "task"
        ? o.request !== null
          ? requestLane(o.request)
          : `task:${o.task}`
        : "loop";

  // -- the loop lane
  const runs = of("run").sort((a, b) => a.t - b.t || a.seq - b.seq);
  let cursor = runs.length > 0 ? Math.min(0, runs[0].t) : 0;
  for (const r of runs) {
    if (r.t > cursor) out.push(span("loop", "idle", cursor, r.t, "idle", null, null, r.seq));
    const who = requestOf(r.owner);
    out.push(span("loop", "running", r.t, r.end, who !== null ? `#${who} ${r.label}` : r.label, r.line, who, r.seq));
    cursor = Math.max(cursor, r.end);
  }
  if (end > cursor) out.push(span("loop", "idle", cursor, end, "idle", null, null, evs.length));
  for (const b of of("blocked")) {
    out.push(span("loop", "blocked", b.t, b.end, b.cause, b.line, requestOf(b.owner), b.seq));
  }

  // -- request lanes
  const sends = of("client-send");
  const requestIds = [...new Set(sends.map((s) => s.request))].sort((a, b) => a - b);
  for (const n of requestIds) {
    const lane = requestLane(n);
    const mine = <E extends TraceEvent & { request: RequestId }>(list: E[]) => list.filter((e) => e.request === n);
    const send = mine(sends)[0];
    const closing = [...mine(of("client-recv")), ...mine(of("client-error"))][0];
    const sent = mine(of("response-sent"))[0];
    const arrive = mine(of("request-arrive"))[0];
    const dispatch = mine(of("request-dispatch"))[0];
    lanes.push({ id: lane, kind: "request", label: `#${n} ${send.method} ${send.path}`, request: n });

    out.push(span(lane, "client-wait", send.t, closing?.t ?? end, `${send.method} ${send.path}`, null, n, send.seq));
    if (arrive && dispatch && dispatch.t > arrive.t) {
      out.push(span(lane, "waiting", arrive.t, dispatch.t, "waiting for the loop", null, n, arrive.seq));
    }
    const laneRuns = runs.filter((r) => laneOf(r.owner) === lane);
    const yields = of("yield").filter((y) => laneOf(y.owner) === lane);
    for (const r of laneRuns) {
      const after = sent !== undefined && r.t >= sent.t;
      out.push(span(lane, after ? "after-response" : "running", r.t, r.end, r.label, r.line, n, r.seq));
    }
    if (dispatch) {
      // Suspended: the gaps between its runs while the request is open, and between
      // later runs of work that goes on after the response.
      const openUntil = sent?.t ?? closing?.t ?? end;
      const lastRun = laneRuns.length > 0 ? laneRuns[laneRuns.length - 1].end : dispatch.t;
      gaps(dispatch.t, Math.max(openUntil, sent ? lastRun : openUntil), laneRuns, (a, b) => {
        out.push(suspendedSpan(lane, a, b, yields, n));
      });
    }
  }

  // -- lanes of tasks no request started
  const tasks = of("task-start");
  const taskEnds = of("task-end");
  for (const ts of tasks) {
    if (requestOf(ts.parent) !== null) continue;
    const lane = `task:${ts.task}`;
    lanes.push({ id: lane, kind: "task", label: ts.label, request: null });
    const laneRuns = runs.filter((r) => laneOf(r.owner) === lane);
    const yields = of("yield").filter((y) => laneOf(y.owner) === lane);
    for (const r of laneRuns) out.push(span(lane, "running", r.t, r.end, r.label, r.line, null, r.seq));
    const done = taskEnds.find((e) => e.task === ts.task);
    gaps(ts.t, done?.t ?? end, laneRuns, (a, b) => out.push(suspendedSpan(lane, a, b, yields, null)));
  }

  // -- fetch lanes
  const starts = new Map(of("fetch-start").map((e) => [e.fetch, e]));
  const finished = new Map<number, EventOf<"fetch-done"> | EventOf<"fetch-fail">>();
  for (const e of [...of("fetch-done"), ...of("fetch-fail")]) finished.set(e.fetch, e);
  for (const q of of("fetch-queued")) {
    const lane = `fetch:${q.fetch}`;
    const who = requestOf(q.owner);
    lanes.push({ id: lane, kind: "fetch", label: `${q.method} ${q.url}`, request: who });
    const st = starts.get(q.fetch);
    const fin = finished.get(q.fetch);
    const leave = st?.t ?? fin?.t ?? end;
    if (leave > q.t)
      out.push(
        span(lane, "queued", q.t, leave, q.waitingForSlot ? "waiting for a slot" : "queued", q.line, who, q.seq),
      );
    if (st) out.push(span(lane, "in-flight", st.t, fin?.t ?? end, q.host, q.line, who, st.seq));
    if (fin) {
      const failed = fin.kind === "fetch-fail";
      markers.push(
        marker(
          lane,
          failed ? "fetch-fail" : "fetch-done",
          fin.t,
          failed ? fin.error : `${fin.status}`,
          q.line,
          who,
          failed ? "error" : "info",
          fin.seq,
        ),
      );
    }
  }

  // -- markers
  for (const e of evs) {
    switch (e.kind) {
      case "client-send":
        markers.push(
          marker(requestLane(e.request), "send", e.t, `${e.method} ${e.path}`, null, e.request, "info", e.seq),
        );
        break;
      case "request-dispatch":
        markers.push(
          marker(requestLane(e.request), "dispatch", e.t, e.handler ?? "no route: 404", null, e.request, "info", e.seq),
        );
        break;
      case "finish":
        markers.push(
          marker(requestLane(e.request), "finish", e.t, `finish() (${e.how})`, e.line, e.request, "info", e.seq),
        );
        break;
      case "response-sent":
        markers.push(
          marker(
            requestLane(e.request),
            "response-sent",
            e.t,
            `${e.status}`,
            null,
            e.request,
            e.status >= 500 ? "error" : e.status >= 400 ? "warning" : "info",
            e.seq,
          ),
        );
        break;
      case "on-finish":
        markers.push(marker(requestLane(e.request), "on-finish", e.t, "on_finish()", null, e.request, "info", e.seq));
        break;
      case "on-connection-close":
        markers.push(
          marker(
            requestLane(e.request),
            "on-connection-close",
            e.t,
            "on_connection_close()",
            null,
            e.request,
            "warning",
            e.seq,
          ),
        );
        break;
      case "client-recv":
        markers.push(
          marker(
            requestLane(e.request),
            "recv",
            e.t,
            `${e.status} ${e.body.slice(0, 60)}`,
            null,
            e.request,
            "info",
            e.seq,
          ),
        );
        break;
      case "client-error":
        markers.push(marker(requestLane(e.request), "client-error", e.t, e.error, null, e.request, "error", e.seq));
        break;
      case "print":
        markers.push(
          marker(
            e.request !== null ? requestLane(e.request) : "loop",
            "print",
            e.t,
            e.text.replace(/\n$/, ""),
            e.line,
            e.request,
            "info",
            e.seq,
          ),
        );
        break;
      case "log": {
        const severity =
          e.level === "ERROR" || e.level === "CRITICAL" ? "error" : e.level === "WARNING" ? "warning" : "info";
        markers.push(
          marker(
            e.request !== null ? requestLane(e.request) : "loop",
            "log",
            e.t,
            pySplitlines(e.message)[0] ?? "",
            null,
            e.request,
            severity,
            e.seq,
          ),
        );
        break;
      }
      case "warning":
        markers.push(
          marker(
            e.request !== null ? requestLane(e.request) : "loop",
            "warning",
            e.t,
            `${e.category}: ${e.message}`,
            e.line,
            e.request,
            "warning",
            e.seq,
          ),
        );
        break;
      case "load-error":
        markers.push(marker("loop", "error", e.t, `${e.excType}: ${e.message}`, e.line, null, "error", e.seq));
        break;
      case "runaway":
        markers.push(marker(laneOf(e.owner), "error", e.t, e.message, e.line, requestOf(e.owner), "error", e.seq));
        break;
      default:
        break;
    }
  }

  const order = new Map(lanes.map((l, i) => [l.id, i]));
  out.sort((a, b) => order.get(a.lane)! - order.get(b.lane)! || a.t - b.t || a.seq - b.seq);
  markers.sort((a, b) => a.t - b.t || a.seq - b.seq);
  return { lanes, spans: out, markers, start, end };
}

function span(
  lane: LaneId,
  kind: SpanKind,
  t: number,
  end: number,
  label: string,
  line: number | null,
  request: RequestId | null,
  seq: number,
): Span {
  return { lane, kind, t: t as VTime, end: end as VTime, label, line, request, seq };
}

function marker(
  lane: LaneId,
  kind: MarkerKind,
  t: VTime,
  label: string,
  line: number | null,
  request: RequestId | null,
  severity: Marker["severity"],
  seq: number,
): Marker {
  return { lane, kind, t, label, line, request, severity, seq };
}

/** Calls `each(a, b)` for every stretch of [from, to) that no run covers. */
function gaps(
  from: number,
  to: number,
  runs: readonly { t: VTime; end: VTime }[],
  each: (a: number, b: number) => void,
): void {
  let cursor = from;
  for (const r of runs) {
    if (r.end <= cursor) continue;
    if (r.t >= to) break;
    if (r.t > cursor) each(cursor, r.t);
    cursor = Math.max(cursor, r.end);
  }
  if (to > cursor) each(cursor, to);
}

/** A suspended stretch, labelled with the last yield before it in this lane. */
function suspendedSpan(
  lane: LaneId,
  a: number,
  b: number,
  yields: readonly EventOf<"yield">[],
  request: RequestId | null,
): Span {
  let last: EventOf<"yield"> | undefined;
  for (const y of yields) if (y.t <= a) last = y;
  return last
    ? span(
        lane,
        "suspended",
        a,
        b,
        `${last.fn} ${last.style}s ${last.waitsOn.description}`,
        last.line,
        request,
        last.seq,
      )
    : span(lane, "suspended", a, b, "waiting", null, request, -1);
}
