/**
 * The invariants every trace keeps, as a checker the runtime's tests can call.
 */
import { SPAN_KINDS } from "./kinds";
import type { TraceEvent } from "./types";

/**
 * What is wrong with a trace, one sentence each; empty when nothing is. Checks:
 * `seq` is 0, 1, 2, ... in array order; times are whole microseconds; `t` never goes
 * back along `seq` except for span records and client-recv (no earlier than its
 * response-sent); a span ends at or after it starts and
 * is emitted no earlier than the last event before it; runs do not overlap;
 * requests, fetches and timers are introduced (client-send, fetch-queued, timer-set)
 * before other events name them; nothing but `end` follows a load error; `end`
 * comes last.
 */
export function checkTrace(events: readonly TraceEvent[]): string[] {
  const problems: string[] = [];
  const requests = new Set<number>();
  const fetches = new Set<number>();
  const timers = new Set<number>();
  let clock = -Infinity;
  let loadError = false;
  const runs: { t: number; end: number; seq: number }[] = [];
  const responses = new Map<number, number>();

  events.forEach((e, i) => {
    const at = `event ${i} (${e.kind})`;
    if (e.seq !== i) problems.push(`${at}: seq is ${e.seq}, expected ${i}`);
    if (!Number.isInteger(e.t)) problems.push(`${at}: t ${e.t} is not a whole number of microseconds`);
    if (SPAN_KINDS.has(e.kind)) {
      const end = (e as { end: number }).end;
      if (end < e.t) problems.push(`${at}: ends at ${end}, before it starts at ${e.t}`);
      if (end < clock) problems.push(`${at}: emitted at ${clock} but ends earlier, at ${end}`);
      if (e.kind === "run") runs.push({ t: e.t, end, seq: e.seq });
      clock = Math.max(clock, end);
    } else if (e.kind === "client-recv") {
      // Another thread's event: emitted when the loop lets go, stamped when it happened.
      const sent = responses.get(e.request);
      if (sent === undefined) problems.push(`${at}: received before any response-sent of #${e.request}`);
      else if (e.t < sent) problems.push(`${at}: received at ${e.t}, before the response was sent at ${sent}`);
    } else {
      if (e.t < clock) problems.push(`${at}: t ${e.t} goes back from ${clock}`);
      clock = Math.max(clock, e.t);
    }
    if (e.kind === "response-sent" && !responses.has(e.request)) responses.set(e.request, e.t);
    if (loadError && e.kind !== "end") problems.push(`${at}: follows a load error`);
    if (e.kind === "load-error") loadError = true;
    if (e.kind === "end" && i !== events.length - 1) problems.push(`${at}: end is not the last event`);

    if (e.kind === "client-send") requests.add(e.request);
    else if ("request" in e && typeof e.request === "number" && !requests.has(e.request)) {
      problems.push(`${at}: names request #${e.request} before its client-send`);
    }
    if (e.kind === "fetch-queued") fetches.add(e.fetch);
    else if ("fetch" in e && !fetches.has(e.fetch))
      problems.push(`${at}: names fetch ${e.fetch} before its fetch-queued`);
    if (e.kind === "timer-set") timers.add(e.timer);
    else if ("timer" in e && !timers.has(e.timer)) problems.push(`${at}: names timer ${e.timer} before its timer-set`);
  });

  runs.sort((a, b) => a.t - b.t);
  for (let i = 1; i < runs.length; i++) {
    if (runs[i].t < runs[i - 1].end) {
      problems.push(`runs ${runs[i - 1].seq} and ${runs[i].seq} overlap: the loop has one thread`);
    }
  }
  return problems;
}
