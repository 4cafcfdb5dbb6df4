/**
 * The trace as Chrome Trace Event JSON (the "JSON Object Format" of the Trace Event
 * Format), which Perfetto (ui.perfetto.dev) and chrome://tracing open.
 *
 * What becomes what:
 * - the IOLoop is one thread (pid 1, tid 1): each `run` is a complete event (`X`)
 *   named after the code that held the loop, each `blocked` stretch an `X` nested in
 *   its run; prints, log records and warnings are thread instants (`i`) inside the
 *   run that produced them;
 * - each request is an async track (`b`/`e`, category `request`, id = its number):
 *   one slice from the client's send to its response (or giving up), with the
 *   request's stretches nested in it (waiting for the loop, running, suspended at a
 *   yield); what the request's code does after that goes on a second track,
 *   `request-after`, so the work nobody waits for stands out;
 * - each outbound fetch, timer and request-less task is an async track too
 *   (`fetch`: queued then in flight; `timer`; `task`);
 * - each yield that is later resumed is a flow (`s` → `f`, category `yield`) from
 *   the run that yielded to the run that resumed.
 *
 * Times: `ts` and `dur` are microseconds (VTime already is), shifted so the
 * earliest event is at 0 (module loading may start before serving does);
 * `otherData.servingStartsAtUs` says where serving starts. `displayTimeUnit` is ms.
 *
 * Perfetto's importer binds a flow end to the slice open on its thread at its
 * timestamp, closes async slices by (category, id) in last-in first-out order, and
 * keeps the input order of events with equal timestamps; the output is ordered so
 * that each of these holds (tests/trace/chrome.test.ts checks it).
 */
import { pySplitlines } from "./pytext";
import type { VTime } from "./time";
import type { EventOf, Owner, TraceEvent } from "./types";

/** Phases this export writes. */
export type ChromePhase = "X" | "b" | "e" | "s" | "f" | "i" | "M";

/** One Chrome trace event. */
export interface ChromeTraceEvent {
  readonly name: string;
  readonly ph: ChromePhase;
  /** Microseconds. */
  readonly ts: number;
  readonly pid: number;
  readonly tid: number;
  readonly cat?: string;
  /** `X` only: duration in microseconds. */
  readonly dur?: number;
  /** `b`, `e`, `s`, `f`: the async track or flow it belongs to. */
  readonly id?: number;
  /** `i`: scope (`t` thread); `f`: binding point (`e` enclosing slice). */
  readonly s?: "t" | "p" | "g";
  readonly bp?: "e";
  readonly args?: Readonly<Record<string, string | number | boolean | null>>;
}

/** The whole file. */
export interface ChromeTrace {
  readonly traceEvents: readonly ChromeTraceEvent[];
  readonly displayTimeUnit: "ms";
  readonly otherData: Readonly<Record<string, string | number>>;
}

/** Options of {@link toChromeTrace}. */
export interface ChromeTraceOptions {
  /** The process name Perfetto shows; default `Tornado Playground`. */
  readonly title?: string;
}

/** The process and the IOLoop thread. */
export const CHROME_PID = 1;
export const CHROME_LOOP_TID = 1;

type Args = Record<string, string | number | boolean | null>;

/** An interval on an async track, with its children (properly nested, in order). */
interface Slice {
  name: string;
  t: number;
  end: number;
  args?: Args;
  children: Slice[];
}

/** Builds the Chrome trace of `events` (any order; `seq` decides ties). */
export function toChromeTrace(events: readonly TraceEvent[], options: ChromeTraceOptions = {}): ChromeTrace {
  const evs = [...events].sort((a, b) => a.seq - b.seq);
  let first = 0;
  let last = 0;
  for (const e of evs) {
    first = Math.min(first, e.t);
    last = Math.max(last, e.kind === "run" || e.kind === "blocked" ? e.end : e.t);
  }
  const shift = first < 0 ? -first : 0;
  const at = (t: number): number => t + shift;

  const out: ChromeTraceEvent[] = [
    meta("process_name", { name: options.title ?? "Tornado Playground" }),
    meta("thread_name", { name: "IOLoop" }),
  ];
  const timed: ChromeTraceEvent[] = [];

  loopThread(evs, at, timed);
  let asyncId = 0;
  const track = (cat: string, top: Slice) => emitTrack(cat, ++asyncId, top, at, timed);
  requestTracks(evs, last, track);
  fetchTracks(evs, last, track);
  timerTracks(evs, last, track);
  taskTracks(evs, last, track);

  // A stable sort: equal timestamps keep the order each builder chose.
  timed.sort((a, b) => a.ts - b.ts);
  return {
    traceEvents: [...out, ...timed],
    displayTimeUnit: "ms",
    otherData: { source: "Tornado Playground", servingStartsAtUs: shift },
  };
}

function meta(name: string, args: Args): ChromeTraceEvent {
  return { name, ph: "M", ts: 0, pid: CHROME_PID, tid: CHROME_LOOP_TID, args };
}

function ownerText(o: Owner): string {
  switch (o.type) {
    case "request":
      return `request #${o.request}`;
    case "task":
      return o.request !== null ? `task ${o.task} of request #${o.request}` : `task ${o.task}`;
    case "loop":
      return "IOLoop";
    case "module":
      return "module";
  }
}

const ownerKey = (o: Owner): string =>
  o.type === "request" ? `r${o.request}` : o.type === "task" ? `t${o.task}` : o.type;

// ---------------------------------------------------------------------------------
// The IOLoop thread: runs, blocked stretches, instants, flows

function loopThread(evs: readonly TraceEvent[], at: (t: number) => number, out: ChromeTraceEvent[]): void {
  const runs = evs.filter((e): e is EventOf<"run"> => e.kind === "run");
  // Runs are emitted when they end, so the run an event happened in is the first
  // run emitted after it (if that run covers its time).
  const runSeqs = runs.map((r) => r.seq);
  const enclosingRun = (e: TraceEvent): EventOf<"run"> | null => {
    let lo = 0;
    let hi = runSeqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runSeqs[mid] > e.seq) hi = mid;
      else lo = mid + 1;
    }
    const r = runs[lo];
    return r !== undefined && r.t <= e.t && e.t <= r.end ? r : null;
  };

  const attached = new Map<number, ChromeTraceEvent[]>();
  const attach = (run: EventOf<"run">, e: ChromeTraceEvent) => {
    const list = attached.get(run.seq);
    if (list) list.push(e);
    else attached.set(run.seq, [e]);
  };
  const loose: ChromeTraceEvent[] = [];

  // Flows: a yield to the next resume of the same coroutine at the same line.
  let flowId = 0;
  const pending = new Map<string, EventOf<"yield">[]>();
  const flows: { y: EventOf<"yield">; r: EventOf<"resume"> }[] = [];
  for (const e of evs) {
    if (e.kind === "yield") {
      const k = `${ownerKey(e.owner)}|${e.fn}|${e.line}`;
      const list = pending.get(k);
      if (list) list.push(e);
      else pending.set(k, [e]);
    } else if (e.kind === "resume") {
      const y = pending.get(`${ownerKey(e.owner)}|${e.fn}|${e.line}`)?.shift();
      if (y) flows.push({ y, r: e });
    }
  }
  const flowStarts = new Map<number, ChromeTraceEvent[]>();
  const flowEnds = new Map<number, ChromeTraceEvent[]>();
  for (const { y, r } of flows) {
    const from = enclosingRun(y);
    const to = enclosingRun(r);
    if (!from || !to || to.seq === from.seq) continue;
    const id = ++flowId;
    const name = `${y.fn} ${y.style}s ${y.waitsOn.description}`;
    const args = { line: y.line, waitsOn: y.waitsOn.description };
    const base = { name, cat: "yield", id, pid: CHROME_PID, tid: CHROME_LOOP_TID, args };
    // Flow points sit at their run's start, where that run is the open slice.
    push(flowStarts, from.seq, { ...base, ph: "s", ts: at(from.t) });
    push(flowEnds, to.seq, { ...base, ph: "f", bp: "e", ts: at(to.t) });
  }

  for (const e of evs) {
    let instant: { name: string; cat: string; args: Args } | null = null;
    switch (e.kind) {
      case "blocked": {
        const run = enclosingRun(e);
        const x: ChromeTraceEvent = {
          name: `blocked: ${e.cause}`,
          cat: "blocked",
          ph: "X",
          ts: at(e.t),
          dur: e.end - e.t,
          pid: CHROME_PID,
          tid: CHROME_LOOP_TID,
          args: { owner: ownerText(e.owner), line: e.line },
        };
        if (run) attach(run, x);
        else loose.push(x);
        break;
      }
      case "print":
        instant = { name: e.text.replace(/\n$/, ""), cat: "print", args: { line: e.line, request: e.request } };
        break;
      case "log":
        instant = {
          name: `${e.level}:${e.logger}:${pySplitlines(e.message)[0] ?? ""}`,
          cat: "log",
          args: {
            message: e.message,
            exception: e.exc ? `${e.exc.type}: ${e.exc.message}` : null,
            request: e.request,
          },
        };
        break;
      case "warning":
        instant = {
          name: `${e.category}: ${e.message}`,
          cat: "warning",
          args: { line: e.line, source: e.sourceLine, request: e.request },
        };
        break;
      case "load-error":
        instant = { name: `${e.excType}: ${e.message}`, cat: "error", args: { line: e.line } };
        break;
      case "runaway":
        instant = { name: e.message, cat: "error", args: { line: e.line, owner: ownerText(e.owner) } };
        break;
      default:
        break;
    }
    if (instant) {
      const i: ChromeTraceEvent = { ...instant, ph: "i", s: "t", ts: at(e.t), pid: CHROME_PID, tid: CHROME_LOOP_TID };
      const run = enclosingRun(e);
      if (run) attach(run, i);
      else loose.push(i);
    }
  }

  // Per run: the slice, the flows bound to it, then what happened inside it; in the
  // order of time, so equal timestamps find the right slice open.
  const ordered = [...runs].sort((a, b) => a.t - b.t || a.seq - b.seq);
  for (const r of ordered) {
    out.push({
      name: r.label,
      cat: "run",
      ph: "X",
      ts: at(r.t),
      dur: r.end - r.t,
      pid: CHROME_PID,
      tid: CHROME_LOOP_TID,
      args: { owner: ownerText(r.owner), line: r.line },
    });
    out.push(...(flowEnds.get(r.seq) ?? []), ...(flowStarts.get(r.seq) ?? []));
    const inside = attached.get(r.seq) ?? [];
    // Longer slices first at equal times, so a blocked stretch nests in its run.
    inside.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    out.push(...inside);
  }
  out.push(...loose);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

// ---------------------------------------------------------------------------------
// Async tracks

function emitTrack(cat: string, id: number, top: Slice, at: (t: number) => number, out: ChromeTraceEvent[]): void {
  const walk = (s: Slice) => {
    const base = { name: s.name, cat, id, pid: CHROME_PID, tid: CHROME_LOOP_TID };
    out.push({ ...base, ph: "b", ts: at(s.t), ...(s.args ? { args: s.args } : {}) });
    for (const c of s.children) walk(c);
    out.push({ ...base, ph: "e", ts: at(s.end) });
  };
  walk(top);
}

interface Piece {
  t: number;
  end: number;
  name: string;
  args?: Args;
}

/** The parts of [from, to) that no run covers; `runs` sorted by time. */
function uncovered(from: number, to: number, runs: readonly { t: number; end: number }[]): [number, number][] {
  const out: [number, number][] = [];
  let cursor = from;
  for (const r of runs) {
    if (r.end <= cursor) continue;
    if (r.t >= to) break;
    if (r.t > cursor) out.push([cursor, r.t]);
    cursor = Math.max(cursor, r.end);
  }
  if (to > cursor) out.push([cursor, to]);
  return out;
}

/**
 * One request's stretches, sorted and never overlapping: its runs as they are, and
 * the waiting and suspended gaps with the runs cut out of them. A gap cut down to
 * nothing is dropped; a run of no duration is kept (it did run).
 */
function requestPieces(runs: readonly EventOf<"run">[], gaps: readonly Piece[]): Piece[] {
  const fixed = runs.map((r) => ({ t: r.t, end: r.end }));
  const all: Piece[] = runs.map((r) => ({
    t: r.t,
    end: r.end,
    name: r.label,
    args: { state: "running", line: r.line },
  }));
  for (const g of gaps) for (const [a, b] of uncovered(g.t, g.end, fixed)) all.push({ ...g, t: a, end: b });
  all.sort((a, b) => a.t - b.t || a.end - b.end);
  const out: Piece[] = [];
  let cursor = -Infinity;
  for (const p of all) {
    const t = Math.max(p.t, cursor);
    const run = p.args?.state === "running";
    if (p.end < t || (p.end === t && !run)) continue;
    out.push({ ...p, t });
    cursor = Math.max(cursor, p.end);
  }
  return out;
}

function requestTracks(evs: readonly TraceEvent[], last: number, track: (cat: string, top: Slice) => void): void {
  const sends = evs.filter((e): e is EventOf<"client-send"> => e.kind === "client-send");
  const belongs = (o: Owner, n: number) =>
    (o.type === "request" && o.request === n) || (o.type === "task" && o.request === n);
  for (const send of sends) {
    const n = send.request;
    const mine = <K extends TraceEvent["kind"]>(kind: K) =>
      evs.filter((e): e is EventOf<K> => e.kind === kind && "request" in e && e.request === n);
    const closing = [...mine("client-recv"), ...mine("client-error")][0];
    const sent = mine("response-sent")[0];
    const arrive = mine("request-arrive")[0];
    const dispatch = mine("request-dispatch")[0];
    const runs = evs.filter((e): e is EventOf<"run"> => e.kind === "run" && belongs(e.owner, n));
    const yields = evs.filter((e): e is EventOf<"yield"> => e.kind === "yield" && belongs(e.owner, n));
    const end = closing?.t ?? last;

    const gaps: Piece[] = [];
    if (arrive && dispatch && dispatch.t > arrive.t) {
      gaps.push({ t: arrive.t, end: dispatch.t, name: "waiting for the loop", args: { state: "waiting" } });
    }
    if (dispatch) {
      // Suspended: while the request is open, and between later runs of work that
      // goes on after its response, wherever none of its runs holds the loop.
      const sorted = [...runs].sort((a, b) => a.t - b.t || a.seq - b.seq);
      const lastRun = sorted.length ? sorted[sorted.length - 1].end : dispatch.t;
      const to = sent ? Math.max(sent.t, lastRun) : end;
      for (const [a, b] of uncovered(dispatch.t, to, sorted)) {
        // The innermost of the yields that suspended the chain last: the first one
        // emitted at that time says what is really awaited (a fetch, a timer).
        let y: EventOf<"yield"> | undefined;
        for (const c of yields) if (c.t <= a && (y === undefined || c.t > y.t)) y = c;
        gaps.push({
          t: a,
          end: b,
          name: y ? `suspended: ${y.fn} ${y.style}s ${y.waitsOn.description}` : "suspended",
          args: { state: "suspended", line: y?.line ?? null },
        });
      }
    }
    const pieces = requestPieces(runs, gaps);

    const label = `#${n} ${send.method} ${send.path}`;
    const before: Slice[] = [];
    const after: Slice[] = [];
    for (const p of pieces) {
      const child = (t: number, e: number): Slice => ({ name: p.name, t, end: e, args: p.args, children: [] });
      if (p.end <= end) {
        if (p.t >= send.t) before.push(child(p.t, p.end));
      } else if (p.t >= end) after.push(child(p.t, p.end));
      else {
        before.push(child(Math.max(p.t, send.t), end));
        after.push(child(end, p.end));
      }
    }
    const args: Args = { method: send.method, path: send.path };
    if (closing?.kind === "client-recv") {
      args.status = closing.status;
      args.body = closing.body.slice(0, 200);
    } else if (closing?.kind === "client-error") args.error = `${closing.error}: ${closing.message}`;
    if (sent) args.responseSentAtMs = sent.t / 1000;
    track("request", { name: label, t: send.t, end, args, children: before });
    if (after.length) {
      const why = sent ? "after the response" : "after the client gave up";
      track("request-after", {
        name: `${label}: ${why}`,
        t: after[0].t,
        end: after[after.length - 1].end,
        args: { request: n },
        children: after,
      });
    }
  }
}

function fetchTracks(evs: readonly TraceEvent[], last: number, track: (cat: string, top: Slice) => void): void {
  const starts = new Map<number, VTime>();
  const ends = new Map<number, EventOf<"fetch-done"> | EventOf<"fetch-fail">>();
  for (const e of evs) {
    if (e.kind === "fetch-start") starts.set(e.fetch, e.t);
    else if ((e.kind === "fetch-done" || e.kind === "fetch-fail") && !ends.has(e.fetch)) ends.set(e.fetch, e);
  }
  for (const q of evs) {
    if (q.kind !== "fetch-queued") continue;
    const fin = ends.get(q.fetch);
    const end = fin?.t ?? last;
    const start = starts.get(q.fetch);
    const children: Slice[] = [];
    const leave = start ?? end;
    if (leave > q.t) {
      children.push({ name: q.waitingForSlot ? "waiting for a slot" : "queued", t: q.t, end: leave, children: [] });
    }
    if (start !== undefined) children.push({ name: "in flight", t: start, end, children: [] });
    const args: Args = { url: q.url, owner: ownerText(q.owner), line: q.line };
    if (fin?.kind === "fetch-done") args.status = fin.status;
    if (fin?.kind === "fetch-fail") args.error = fin.error;
    track("fetch", { name: `fetch ${q.method} ${q.url}`, t: q.t, end, args, children });
  }
}

function timerTracks(evs: readonly TraceEvent[], last: number, track: (cat: string, top: Slice) => void): void {
  const ends = new Map<number, { t: VTime; how: string }>();
  for (const e of evs) {
    if ((e.kind === "timer-fire" || e.kind === "timer-cancel") && !ends.has(e.timer)) {
      ends.set(e.timer, { t: e.t, how: e.kind === "timer-fire" ? "fired" : "cancelled" });
    }
  }
  for (const s of evs) {
    if (s.kind !== "timer-set") continue;
    const fin = ends.get(s.timer);
    track("timer", {
      name: `timer ${s.label}`,
      t: s.t,
      end: fin?.t ?? last,
      args: { owner: ownerText(s.owner), line: s.line, dueMs: s.due / 1000, outcome: fin?.how ?? "pending" },
      children: [],
    });
  }
}

function taskTracks(evs: readonly TraceEvent[], last: number, track: (cat: string, top: Slice) => void): void {
  const ends = new Map<number, EventOf<"task-end">>();
  for (const e of evs) if (e.kind === "task-end" && !ends.has(e.task)) ends.set(e.task, e);
  for (const s of evs) {
    if (s.kind !== "task-start") continue;
    const fin = ends.get(s.task);
    track("task", {
      name: `task ${s.label}`,
      t: s.t,
      end: fin?.t ?? last,
      args: {
        startedBy: ownerText(s.parent),
        line: s.line,
        outcome: fin?.outcome ?? "pending",
        exception: fin?.exc ? `${fin.exc.type}: ${fin.exc.message}` : null,
      },
      children: [],
    });
  }
}

/** The trace as the text of a `.json` file. */
export function chromeTraceJson(events: readonly TraceEvent[], options: ChromeTraceOptions = {}): string {
  return JSON.stringify(toChromeTrace(events, options));
}
