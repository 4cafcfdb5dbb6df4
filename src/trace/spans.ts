/**
 * The chart's model of a trace: lanes, spans on them, point markers, and links
 * between a yield and the fetches it waits for. Pure data for the swimlane to
 * draw; a pure function of the events, no DOM.
 *
 * Lanes, top to bottom: `loop` (who holds the single thread, idle time, blocked
 * stretches); one `request:N` per request (the client's wait, waiting for the loop,
 * running, suspended at a yield, and work after its response was sent), each
 * followed by the `fetch:N` lanes of the fetches its code started (queued, in
 * flight); one `task:N` per fire-and-forget task that no request started, with its
 * fetches; then fetches of nobody's code. Work of a task that a request started is
 * drawn in that request's lane.
 */
import { pySplitlines } from "./pytext";
import type { VTime } from "./time";
import type { EventOf, FetchId, LogLevel, Owner, RequestId, TraceEvent } from "./types";

/** `loop`, `request:N`, `task:N` or `fetch:N`. */
export type LaneId = string;

export interface Lane {
  readonly id: LaneId;
  readonly kind: "loop" | "request" | "task" | "fetch";
  /** `IOLoop`, `#1 POST /test`, `GET http://www.naver.com`, `ticker()`. */
  readonly label: string;
  /** A few characters for narrow screens: `loop`, `#1`, `f1`, `t1`. */
  readonly short: string;
  /** The request whose code the lane shows (a fetch lane: whose code started it). */
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
  /** request lane: its code is still pending (suspended) after its response was sent */
  | "suspended-after-response"
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
  /** The source line the span stands for (a yield's, a blocking call's, a method's), or null. */
  readonly line: number | null;
  /** Whose code (loop lane: who holds the thread; colours follow it). */
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
  | "runaway"
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
  /** A log record's level; null for other markers. */
  readonly level: LogLevel | null;
  /** Output of the request's code after its response was sent. */
  readonly afterResponse: boolean;
  readonly seq: number;
}

/** A connector: a yield that waits for a fetch (`waits`), or a fetch that wakes its waiter (`wakes`). */
export interface Link {
  readonly kind: "waits" | "wakes";
  readonly from: LaneId;
  readonly fromT: VTime;
  readonly to: LaneId;
  readonly toT: VTime;
  /** The yield (`waits`) or the fetch's end (`wakes`). */
  readonly seq: number;
}

export interface SpanModel {
  /** In drawing order, top to bottom; see the module comment. */
  readonly lanes: readonly Lane[];
  /** Per lane in time order; lanes in the order of `lanes`. */
  readonly spans: readonly Span[];
  /** In time order. */
  readonly markers: readonly Marker[];
  readonly links: readonly Link[];
  /** The earliest and latest time of the trace (start ≤ 0). */
  readonly start: VTime;
  readonly end: VTime;
}

/** The label of a fetch queued because all of the HTTP client's slots (max_clients) were taken. */
export const SLOT_WAIT_LABEL = "queued: waiting for a max_clients slot";

/** The request an owner's work belongs to, or null. */
export function requestOf(owner: Owner): RequestId | null {
  return owner.type === "request" || owner.type === "task" ? owner.request : null;
}

const requestLane = (n: RequestId): LaneId => `request:${n}`;

/** The lane an owner's work is drawn in. */
function laneOf(o: Owner): LaneId {
  if (o.type === "request") return requestLane(o.request);
  if (o.type === "task") return o.request !== null ? requestLane(o.request) : `task:${o.task}`;
  return "loop";
}

type Run = EventOf<"run">;
type YieldEv = EventOf<"yield">;

/** The events of a trace grouped by kind, in emission order. */
class ByKind {
  private readonly groups = new Map<string, TraceEvent[]>();
  constructor(readonly all: readonly TraceEvent[]) {
    for (const e of all) {
      const g = this.groups.get(e.kind);
      if (g) g.push(e);
      else this.groups.set(e.kind, [e]);
    }
  }
  of<K extends TraceEvent["kind"]>(kind: K): EventOf<K>[] {
    return (this.groups.get(kind) ?? []) as EventOf<K>[];
  }
}

/** Builds the chart model of a trace. */
export function spans(events: readonly TraceEvent[]): SpanModel {
  const evs = [...events].sort((a, b) => a.seq - b.seq);
  const ev = new ByKind(evs);
  let start = 0 as VTime;
  let end = 0 as VTime;
  for (const e of evs) {
    if (e.t < start) start = e.t;
    const last = e.kind === "run" || e.kind === "blocked" ? e.end : e.t;
    if (last > end) end = last;
  }
  const out: Span[] = [];
  const runs = ev.of("run").sort((a, b) => a.t - b.t || a.seq - b.seq);
  const runInfo = describeRuns(evs);
  const work = workByLane(runs, ev);

  const blocked = blockedStretches(ev, runs);
  loopLane(out, runs, blocked, runInfo, start, end);

  const seen = new Map<LaneId, Lane>();
  const requestLanes: Lane[] = [];
  const sentAt = new Map<RequestId, EventOf<"response-sent">>();
  for (const s of ev.of("response-sent")) if (!sentAt.has(s.request)) sentAt.set(s.request, s);
  for (const send of ev.of("client-send")) {
    if (seen.has(requestLane(send.request))) continue;
    const lane: Lane = {
      id: requestLane(send.request),
      kind: "request",
      label: `#${send.request} ${send.method} ${send.path}`,
      short: `#${send.request}`,
      request: send.request,
    };
    seen.set(lane.id, lane);
    requestLanes.push(lane);
    requestLaneSpans(out, ev, send, sentAt.get(send.request), work.get(lane.id) ?? NO_WORK, blocked, runInfo, end);
  }

  const taskLanes: Lane[] = [];
  for (const ts of ev.of("task-start")) {
    if (requestOf(ts.parent) !== null) continue;
    const id = `task:${ts.task}`;
    const lane: Lane = { id, kind: "task", label: ts.label, short: `t${ts.task}`, request: null };
    taskLanes.push(lane);
    const w = work.get(id) ?? NO_WORK;
    for (const r of w.runs) out.push(runSpan(id, "running", r, r.t, r.end, runInfo, null));
    const done = ev.of("task-end").find((e) => e.task === ts.task);
    const pending = new Pending(w.waits);
    gaps(ts.t, Math.max(done?.t ?? end, lastEnd(w.runs, ts.t)), w.runs, (a, b) =>
      out.push(suspendedSpan(id, "suspended", a, b, pending, null, "waiting for a callback")),
    );
  }

  const { fetchLanes, links } = fetchLanesOf(out, ev, end);
  const markers = markersOf(ev, sentAt, fetchLanes);

  // Each request's (or task's) fetches right under it, so connectors stay short.
  const lanes: Lane[] = [{ id: "loop", kind: "loop", label: "IOLoop", short: "loop", request: null }];
  const placed = new Set<LaneId>();
  for (const parent of [...requestLanes, ...taskLanes]) {
    lanes.push(parent);
    for (const [f, owner] of fetchLanes) {
      if (owner === parent.id) {
        lanes.push(f);
        placed.add(f.id);
      }
    }
  }
  for (const [f] of fetchLanes) if (!placed.has(f.id)) lanes.push(f);

  const order = new Map(lanes.map((l, i) => [l.id, i]));
  out.sort((a, b) => order.get(a.lane)! - order.get(b.lane)! || a.t - b.t || a.seq - b.seq);
  markers.sort((a, b) => a.t - b.t || a.seq - b.seq);
  return { lanes, spans: out, markers, links, start, end };
}

/** What a run did, read from the events emitted while it held the loop. */
interface RunInfo {
  /** `Handler.method` entered, or the coroutine resumed, when one was. */
  readonly label: string | null;
  /** The first source line it ran, when known. */
  readonly line: number | null;
}

/** Runs are emitted when they end and never overlap, so the events emitted between
 * one run and the next happened while the next one held the loop. */
function describeRuns(evs: readonly TraceEvent[]): Map<number, RunInfo> {
  const info = new Map<number, RunInfo>();
  let entered: string | null = null;
  let resumed: string | null = null;
  let dispatch: EventOf<"request-dispatch"> | null = null;
  let line: number | null = null;
  for (const e of evs) {
    if (e.kind === "run") {
      // A run that ends as its request is routed is the loop reading that request.
      const routed = dispatch && dispatch.t === e.end ? `read and route ${dispatch.method} ${dispatch.path}` : null;
      info.set(e.seq, { label: entered ?? resumed ?? routed, line });
      entered = resumed = dispatch = line = null;
      continue;
    }
    if (e.kind === "request-dispatch") dispatch ??= e;
    else if (e.kind === "handler-enter") entered ??= `${e.handler}.${e.method}`;
    else if (e.kind === "resume" && e.line > 0) resumed ??= e.fn;
    if ("line" in e && typeof e.line === "number" && e.line > 0 && e.kind !== "blocked") line ??= e.line;
  }
  return info;
}

function runSpan(
  lane: LaneId,
  kind: SpanKind,
  r: Run,
  t: number,
  end: number,
  info: Map<number, RunInfo>,
  request: RequestId | null,
): Span {
  const i = info.get(r.seq);
  return span(lane, kind, t, end, i?.label ?? r.label, r.line ?? i?.line ?? null, request, r.seq);
}

/** A stretch in which one owner's code kept the loop: a `blocked` record, or the
 * run an endless loop held until the step budget stopped it. */
interface Stretch {
  readonly t: number;
  readonly end: number;
  readonly owner: Owner;
  readonly line: number;
  readonly cause: string;
  readonly seq: number;
}

function blockedStretches(ev: ByKind, runs: readonly Run[]): Stretch[] {
  const out: Stretch[] = [...ev.of("blocked")];
  for (const r of ev.of("runaway")) {
    const lane = laneOf(r.owner);
    const run = runs.filter((x) => laneOf(x.owner) === lane && x.t <= r.t && x.end >= r.t).pop();
    if (run && run.t < r.t) {
      out.push({ t: run.t, end: r.t, owner: r.owner, line: r.line, cause: "an endless loop, stopped", seq: r.seq });
    }
  }
  return out.sort((a, b) => a.t - b.t);
}

function loopLane(
  out: Span[],
  runs: readonly Run[],
  blocked: readonly Stretch[],
  info: Map<number, RunInfo>,
  start: number,
  end: number,
): void {
  let cursor = runs.length > 0 ? Math.min(start, runs[0].t) : start;
  for (const r of runs) {
    if (r.t > cursor) out.push(span("loop", "idle", cursor, r.t, "idle", null, null, r.seq));
    const who = requestOf(r.owner);
    const s = runSpan("loop", "running", r, r.t, r.end, info, who);
    out.push(
      who !== null
        ? { ...s, label: `#${who} ${s.label}` }
        : r.owner.type === "module"
          ? { ...s, label: "<module>" }
          : s,
    );
    cursor = Math.max(cursor, r.end);
  }
  if (end > cursor) out.push(span("loop", "idle", cursor, end, "idle", null, null, -1));
  for (const b of blocked) {
    const who = requestOf(b.owner);
    out.push(span("loop", "blocked", b.t, b.end, b.cause, b.line, who, b.seq));
  }
}

function requestLaneSpans(
  out: Span[],
  ev: ByKind,
  send: EventOf<"client-send">,
  sent: EventOf<"response-sent"> | undefined,
  work: LaneWork,
  blocked: readonly Stretch[],
  info: Map<number, RunInfo>,
  end: number,
): void {
  const n = send.request;
  const lane = requestLane(n);
  const mine = <E extends { request: RequestId }>(list: E[]) => list.find((e) => e.request === n);
  const closing = mine(ev.of("client-recv")) ?? mine(ev.of("client-error"));
  const arrive = mine(ev.of("request-arrive"));
  const dispatch = mine(ev.of("request-dispatch"));
  const laneRuns = work.runs;

  out.push(span(lane, "client-wait", send.t, closing?.t ?? end, `${send.method} ${send.path}`, null, n, send.seq));
  if (arrive) {
    const served = laneRuns.find((r) => r.t >= arrive.t)?.t ?? dispatch?.t ?? closing?.t ?? end;
    if (served > arrive.t) {
      // Say who kept the loop busy: that is the answer when a blocking call delays this request.
      const culprits = blocked
        .filter((b) => requestOf(b.owner) !== n && b.t < served && b.end > arrive.t)
        .map((b) => `${ownerName(b.owner)} ${b.cause}${b.line > 0 ? ` (line ${b.line})` : ""}`);
      const why = culprits.length > 0 ? `: blocked by ${culprits.join(", ")}` : "";
      out.push(span(lane, "waiting", arrive.t, served, `waiting for the loop${why}`, null, n, arrive.seq));
    }
  }

  // The run that sent the response is the first of this lane emitted after it (runs
  // are emitted when they end); what it does after that moment, and every later run,
  // is work after the response.
  const sending = sent ? laneRuns.filter((r) => r.seq > sent.seq).sort((a, b) => a.seq - b.seq)[0] : undefined;
  for (const r of laneRuns) {
    if (!sent || r.seq < sent.seq) {
      out.push(runSpan(lane, "running", r, r.t, r.end, info, n));
    } else if (r === sending && r.t <= sent.t) {
      if (sent.t > r.t || r.end === sent.t) out.push(runSpan(lane, "running", r, r.t, sent.t, info, n));
      if (r.end > sent.t) out.push(runSpan(lane, "after-response", r, sent.t, r.end, info, n));
    } else {
      out.push(runSpan(lane, "after-response", r, r.t, r.end, info, n));
    }
  }

  const from = laneRuns[0]?.t ?? dispatch?.t;
  if (from === undefined) return;
  const pending = new Pending(work.waits);
  const openUntil = Math.max(sent?.t ?? closing?.t ?? end, lastEnd(laneRuns, from));
  gaps(from, openUntil, laneRuns, (a, b) => {
    if (sent && a >= sent.t) {
      out.push(suspendedSpan(lane, "suspended-after-response", a, b, pending, n, "a callback is pending"));
    } else {
      out.push(suspendedSpan(lane, "suspended", a, b, pending, n, "open: waiting for finish()"));
    }
  });
}

function fetchLanesOf(out: Span[], ev: ByKind, end: number): { fetchLanes: Map<Lane, LaneId | null>; links: Link[] } {
  const starts = new Map(ev.of("fetch-start").map((e) => [e.fetch, e]));
  const finished = new Map<number, EventOf<"fetch-done"> | EventOf<"fetch-fail">>();
  for (const e of [...ev.of("fetch-done"), ...ev.of("fetch-fail")])
    if (!finished.has(e.fetch)) finished.set(e.fetch, e);
  const fetchLanes = new Map<Lane, LaneId | null>();
  const links: Link[] = [];
  const yields = ev.of("yield");
  const naming = new Map<FetchId, YieldEv>();
  for (const y of yields) for (const f of y.waitsOn.fetches) if (!naming.has(f)) naming.set(f, y);
  for (const q of ev.of("fetch-queued")) {
    const id = `fetch:${q.fetch}`;
    const who = requestOf(q.owner);
    const ownerLane = laneOf(q.owner);
    fetchLanes.set(
      { id, kind: "fetch", label: `${q.method} ${q.url}`, short: `f${q.fetch}`, request: who },
      ownerLane === "loop" ? null : ownerLane,
    );
    const st = starts.get(q.fetch);
    const fin = finished.get(q.fetch);
    const leave = st?.t ?? fin?.t ?? end;
    if (leave > q.t) {
      const label = q.waitingForSlot ? SLOT_WAIT_LABEL : "queued: waiting for the loop to send it";
      out.push(span(id, "queued", q.t, leave, label, q.line, who, q.seq));
    }
    if (st)
      out.push(span(id, "in-flight", st.t, fin?.t ?? end, `in flight: ${q.method} ${q.url}`, q.line, who, st.seq));

    // The yield that waits for it: one that names it, else the first in its owner's
    // lane while it is out (a yield on a list of futures names no fetch).
    const until = fin?.t ?? end;
    const waiter =
      naming.get(q.fetch) ??
      yields.find((y) => laneOf(y.owner) === ownerLane && y.t >= q.t && y.t <= until && y.line > 0);
    if (waiter && ownerLane !== "loop") {
      links.push({ kind: "waits", from: ownerLane, fromT: waiter.t, to: id, toT: q.t, seq: waiter.seq });
      if (fin) links.push({ kind: "wakes", from: id, fromT: fin.t, to: ownerLane, toT: fin.t, seq: fin.seq });
    }
  }
  return { fetchLanes, links };
}

function markersOf(
  ev: ByKind,
  sentAt: ReadonlyMap<RequestId, EventOf<"response-sent">>,
  fetchLanes: ReadonlyMap<Lane, LaneId | null>,
): Marker[] {
  const markers: Marker[] = [];
  const fetchLane = new Map([...fetchLanes.keys()].map((l) => [l.id, l]));
  const afterSent = (request: RequestId | null, e: TraceEvent): boolean => {
    const s = request !== null ? sentAt.get(request) : undefined;
    return s !== undefined && e.seq > s.seq;
  };
  const add = (
    e: TraceEvent,
    lane: LaneId,
    kind: MarkerKind,
    label: string,
    line: number | null,
    request: RequestId | null,
    severity: Marker["severity"],
    extra: { level?: LogLevel; user?: boolean } = {},
  ) =>
    markers.push({
      lane,
      kind,
      t: e.t,
      label,
      line,
      request,
      severity,
      level: extra.level ?? null,
      afterResponse: extra.user === true && afterSent(request, e),
      seq: e.seq,
    });
  const laneFor = (request: RequestId | null) => (request !== null ? requestLane(request) : "loop");

  for (const e of ev.all) {
    switch (e.kind) {
      case "client-send":
        add(e, requestLane(e.request), "send", `${e.method} ${e.path}`, null, e.request, "info");
        break;
      case "request-dispatch":
        add(e, requestLane(e.request), "dispatch", e.handler ?? "no route: 404", null, e.request, "info");
        break;
      case "finish": {
        const label = e.how === "explicit" ? "finish()" : e.how === "auto" ? "auto finish" : "send_error finish";
        add(e, requestLane(e.request), "finish", label, e.line, e.request, e.how === "error" ? "error" : "info");
        break;
      }
      case "response-sent": {
        const severity = e.status >= 500 ? "error" : e.status >= 400 ? "warning" : "info";
        add(e, requestLane(e.request), "response-sent", `response sent ${e.status}`, null, e.request, severity);
        break;
      }
      case "on-finish":
        add(e, requestLane(e.request), "on-finish", "on_finish()", null, e.request, "info");
        break;
      case "on-connection-close":
        add(e, requestLane(e.request), "on-connection-close", "on_connection_close()", null, e.request, "warning");
        break;
      case "client-recv":
        add(
          e,
          requestLane(e.request),
          "recv",
          `received ${e.status}`,
          null,
          e.request,
          e.status >= 500 ? "error" : "info",
        );
        break;
      case "client-error":
        add(e, requestLane(e.request), "client-error", `gave up: ${e.error}`, null, e.request, "error");
        break;
      case "print":
        add(e, laneFor(e.request), "print", pySplitlines(e.text)[0] ?? "", e.line, e.request, "info", { user: true });
        break;
      case "log": {
        const severity =
          e.level === "ERROR" || e.level === "CRITICAL" ? "error" : e.level === "WARNING" ? "warning" : "info";
        const user = e.logger !== "tornado.access";
        const text = pySplitlines(e.message)[0] ?? "";
        add(e, laneFor(e.request), "log", text, null, e.request, severity, { level: e.level, user });
        break;
      }
      case "warning":
        add(e, laneFor(e.request), "warning", `${e.category}: ${e.message}`, e.line, e.request, "warning", {
          user: true,
        });
        break;
      case "load-error":
        add(e, "loop", "error", `${e.excType}: ${e.message}`, e.line, null, "error");
        break;
      case "task-end":
        if (e.outcome === "raised" && e.exc) {
          const lane = [...ev.of("task-start")].find((s) => s.task === e.task);
          const request = lane ? requestOf(lane.parent) : null;
          add(
            e,
            request !== null ? requestLane(request) : `task:${e.task}`,
            "error",
            `${e.exc.type}: ${e.exc.message}`,
            null,
            request,
            "error",
            { user: true },
          );
        }
        break;
      case "runaway":
        add(e, laneOf(e.owner), "runaway", e.message, e.line, requestOf(e.owner), "error");
        break;
      case "fetch-done":
      case "fetch-fail": {
        const lane = fetchLane.get(`fetch:${e.fetch}`);
        if (!lane) break;
        const failed = e.kind === "fetch-fail";
        const label = failed ? e.error : `${e.status}`;
        add(e, lane.id, failed ? "fetch-fail" : "fetch-done", label, null, lane.request, failed ? "error" : "info");
        break;
      }
      default:
        break;
    }
  }
  return markers;
}

function ownerName(o: Owner): string {
  const r = requestOf(o);
  return r !== null ? `#${r}` : o.type === "task" ? `task ${o.task}` : o.type === "module" ? "<module>" : "the loop";
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

function lastEnd(runs: readonly { end: VTime }[], otherwise: number): number {
  return runs.reduce((m, r) => Math.max(m, r.end), otherwise);
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

/**
 * A suspended stretch starting at `a`, labelled with what the lane's code waits on:
 * the innermost yield still pending at `a` (a yield of the user's code, not the
 * framework's line-0 wrapper), or `otherwise` when none is.
 */
function suspendedSpan(
  lane: LaneId,
  kind: "suspended" | "suspended-after-response",
  a: number,
  b: number,
  pending: Pending,
  request: RequestId | null,
  otherwise: string,
): Span {
  // Prefer the user's own yields to the framework's line-0 wrapper around them; a
  // native coroutine awaited by the framework may only have the wrapper's.
  const all = pending.at(a);
  const open = all.some((y) => y.line > 0) ? all.filter((y) => y.line > 0) : all;
  // The latest suspension, and within it the first yield emitted: the innermost frame.
  const latestT = open.reduce((m, y) => Math.max(m, y.t), -Infinity);
  const y = open.find((p) => p.t === latestT);
  const prefix = kind === "suspended-after-response" ? "after the response: " : "";
  return y
    ? span(lane, kind, a, b, `${prefix}${waitText(y)}`, y.line > 0 ? y.line : null, request, y.seq)
    : span(lane, kind, a, b, `${prefix}${otherwise}`, null, request, -1);
}

/** `TestHandler.test yields fetch http://…`; a line-0 wrapper is not named. */
function waitText(y: YieldEv): string {
  return y.line > 0 ? `${y.fn} ${y.style}s ${y.waitsOn.description}` : `${y.style}s ${y.waitsOn.description}`;
}

/** A lane's runs (in time order) and its yields and resumes (in emission order). */
interface LaneWork {
  readonly runs: Run[];
  readonly waits: (YieldEv | EventOf<"resume">)[];
}

const NO_WORK: LaneWork = { runs: [], waits: [] };

function workByLane(runs: readonly Run[], ev: ByKind): Map<LaneId, LaneWork> {
  const out = new Map<LaneId, LaneWork>();
  const get = (id: LaneId): LaneWork => {
    let w = out.get(id);
    if (!w) out.set(id, (w = { runs: [], waits: [] }));
    return w;
  };
  for (const r of runs) get(laneOf(r.owner)).runs.push(r);
  for (const e of [...ev.of("yield"), ...ev.of("resume")].sort((x, y) => x.seq - y.seq))
    get(laneOf(e.owner)).waits.push(e);
  return out;
}

/**
 * The yields of a lane that no resume (of the same function and line) has answered
 * yet, read forward in time: `at(t)` for increasing `t`. Yields and resumes are not
 * span records, so their emission order is their time order.
 */
class Pending {
  private readonly open: YieldEv[] = [];
  private next = 0;
  constructor(private readonly waits: readonly (YieldEv | EventOf<"resume">)[]) {}

  at(t: number): readonly YieldEv[] {
    while (this.next < this.waits.length && this.waits[this.next].t <= t) {
      const e = this.waits[this.next++];
      if (e.kind === "yield") this.open.push(e);
      else {
        const i = this.open.findIndex((y) => y.fn === e.fn && y.line === e.line);
        if (i >= 0) this.open.splice(i, 1);
      }
    }
    return this.open;
  }
}
