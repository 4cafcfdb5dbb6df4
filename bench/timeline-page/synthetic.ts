/**
 * A synthetic trace for the frame-time benchmark: many requests whose code runs in
 * short slices on the loop, suspends on fetches and timers, prints and logs, with a
 * few blocking stretches. Deterministic for a given size.
 */
import type { TraceEvent, TraceEventInit } from "../../src/trace/types";
import type { VTime } from "../../src/trace/time";

/** About `cycles` run/suspend cycles spread over `requests` requests (each cycle gives ~3-4 spans). */
export function syntheticTrace(requests: number, cycles: number): TraceEvent[] {
  const events: TraceEvent[] = [];
  const emit = (e: TraceEventInit) => events.push({ ...e, seq: events.length } as TraceEvent);
  const at = (us: number) => Math.round(us) as VTime;
  let t = 0;
  let fetch = 0;
  for (let r = 1; r <= requests; r++) {
    emit({ kind: "client-send", t: at(t), request: r, method: "GET", path: `/r${r}`, body: null });
    emit({ kind: "request-arrive", t: at(t), request: r });
    t += 3;
  }
  const perRequest = Math.ceil(cycles / requests);
  for (let i = 0; i < perRequest; i++) {
    for (let r = 1; r <= requests; r++) {
      const owner = { type: "request", request: r } as const;
      const start = t;
      if (i === 0) {
        emit({
          kind: "request-dispatch",
          t: at(t),
          request: r,
          method: "GET",
          path: `/r${r}`,
          handler: "H",
          pattern: "/r.*",
        });
        emit({ kind: "handler-enter", t: at(t), request: r, handler: "H", method: "get", line: 5 });
      } else {
        emit({ kind: "resume", t: at(t), owner, fn: "H.get", line: 8 });
      }
      t += 15 + ((i * 7 + r * 13) % 40);
      if (i % 50 === 7 && r % 5 === 0) {
        emit({ kind: "blocked", t: at(t), end: at(t + 400), owner, line: 9, cause: "time.sleep(0.0004)" });
        t += 400;
      }
      if (i % 4 === 0) emit({ kind: "print", stream: "stdout", t: at(t), text: `step ${i}\n`, line: 7, request: r });
      if (i % 25 === 3) {
        emit({
          kind: "log",
          t: at(t),
          level: i % 2 ? "WARNING" : "INFO",
          logger: "root",
          message: `cycle ${i}`,
          exc: null,
          module: "s",
          lineno: 7,
          request: r,
        });
      }
      // Two fetches a request (each fetch gets a lane of its own); the other waits are timers.
      const f = i === 0 || i === Math.floor(perRequest / 2) ? ++fetch : null;
      if (f !== null) {
        emit({
          kind: "fetch-queued",
          t: at(t),
          fetch: f,
          url: `http://api.example/${f}`,
          host: "api.example",
          method: "GET",
          owner,
          line: 8,
          waitingForSlot: false,
        });
      }
      const description = f !== null ? `fetch http://api.example/${f}` : "gen.sleep(0.001)";
      emit({
        kind: "yield",
        t: at(t),
        owner,
        fn: "H.get",
        line: 8,
        style: "yield",
        waitsOn: { description, fetches: f !== null ? [f] : [], timers: [], futures: [] },
      });
      emit({ kind: "run", t: at(start), end: at(t), owner, label: "H.get", line: null });
      if (f !== null) emit({ kind: "fetch-start", t: at(t), fetch: f });
      t += 5;
    }
  }
  for (let r = 1; r <= requests; r++) {
    emit({ kind: "finish", t: at(t), request: r, how: "auto", line: null });
    emit({ kind: "response-sent", t: at(t), request: r, status: 200, bodyPreview: "ok", bytes: 2 });
    emit({ kind: "client-recv", t: at(t + 1), request: r, status: 200, body: "ok" });
  }
  // Fetches come back out of band; their times are within the run, so emit them sorted by time is not
  // required for the chart (it reads spans by id), but keep seq monotonic with t for realism.
  for (let f = 1; f <= fetch; f++) emit({ kind: "fetch-done", t: at(t + 2), fetch: f, status: 200, bytes: 10 });
  emit({ kind: "end", t: at(t + 10) });
  return events;
}
