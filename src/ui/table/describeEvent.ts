/**
 * Every trace event as a row of the table view: whose it is and what happened, in
 * words. Pure; the switch is exhaustive, so a new event kind fails to compile here
 * until it is described.
 */
import { assertNever, type Owner, type TraceEvent } from "../../trace";

/** One row of the table view. */
export interface EventRow {
  readonly seq: number;
  readonly t: number;
  /** `#1`, `task 2`, `loop`, `module`, `fetch 1`, or '' when it belongs to nobody. */
  readonly who: string;
  /** The kind, for people: `response sent`, `yield`, ... */
  readonly what: string;
  readonly line: number | null;
  readonly details: string;
}

/** The row of `e`. */
export function describeEvent(e: TraceEvent): EventRow {
  const row = (who: string, what: string, details: string, line: number | null = null): EventRow => ({
    seq: e.seq,
    t: e.t,
    who,
    what,
    line: line !== null && line > 0 ? line : null,
    details,
  });
  switch (e.kind) {
    case "module-load-start":
      return row("module", "module starts loading", "");
    case "module-load-end":
      return row(
        "module",
        "module loaded",
        e.app ? `serves ${e.app.routes.map((r) => `${r.pattern} → ${r.handler}`).join(", ")}` : "a plain program",
      );
    case "load-error":
      return row("module", "load error", `${e.excType}: ${e.message}`, e.line);
    case "client-send":
      return row(`#${e.request}`, "client sends", `${e.method} ${e.path}`);
    case "request-arrive":
      return row(`#${e.request}`, "request arrives", "");
    case "request-dispatch":
      return row(`#${e.request}`, "request dispatched", e.handler ? `to ${e.handler}` : "no route matched");
    case "handler-enter":
      return row(`#${e.request}`, "handler method starts", `${e.handler}.${e.method}`, e.line);
    case "finish":
      return row(`#${e.request}`, "finish()", e.how, e.line);
    case "response-sent":
      return row(`#${e.request}`, "response sent", `${e.status}, ${e.bytes} bytes`);
    case "on-finish":
      return row(`#${e.request}`, "on_finish()", "");
    case "on-connection-close":
      return row(`#${e.request}`, "on_connection_close()", "");
    case "client-recv":
      return row(`#${e.request}`, "client receives", `${e.status}`);
    case "client-error":
      return row(`#${e.request}`, "client gives up", `${e.error}: ${e.message}`);
    case "run":
      return row(owner(e.owner), "runs on the loop", `${e.label} until ${(e.end / 1000).toFixed(1)} ms`, e.line);
    case "blocked":
      return row(owner(e.owner), "blocks the loop", `${e.cause} until ${(e.end / 1000).toFixed(1)} ms`, e.line);
    case "yield":
      return row(owner(e.owner), e.style, `${e.fn} waits on ${e.waitsOn.description}`, e.line);
    case "resume":
      return row(owner(e.owner), "resume", e.fn, e.line);
    case "task-start":
      return row(`task ${e.task}`, "task starts", `${e.label}, started by ${owner(e.parent)}`, e.line);
    case "task-end":
      return row(`task ${e.task}`, "task ends", e.exc ? `${e.outcome}: ${e.exc.type}: ${e.exc.message}` : e.outcome);
    case "fetch-queued":
      return row(
        `fetch ${e.fetch}`,
        "fetch queued",
        `${e.method} ${e.url}${e.waitingForSlot ? " (waits for a free slot)" : ""}`,
        e.line,
      );
    case "fetch-start":
      return row(`fetch ${e.fetch}`, "fetch sent", "");
    case "fetch-done":
      return row(`fetch ${e.fetch}`, "fetch done", `${e.status}, ${e.bytes} bytes`);
    case "fetch-fail":
      return row(`fetch ${e.fetch}`, "fetch failed", e.error);
    case "timer-set":
      return row(owner(e.owner), "timer set", `${e.label}, due at ${(e.due / 1000).toFixed(1)} ms`, e.line);
    case "timer-fire":
      return row(`timer ${e.timer}`, "timer fires", "");
    case "timer-cancel":
      return row(`timer ${e.timer}`, "timer cancelled", "");
    case "print":
      return row(e.request === null ? "" : `#${e.request}`, "print", e.text.replace(/\n$/, ""), e.line);
    case "log":
      return row(e.request === null ? "" : `#${e.request}`, `log ${e.level}`, `${e.logger}: ${e.message}`);
    case "warning":
      return row(e.request === null ? "" : `#${e.request}`, "warning", `${e.category}: ${e.message}`, e.line);
    case "runaway":
      return row(owner(e.owner), "stopped", e.message, e.line);
    case "end":
      return row("", "end", "nothing left to happen");
    default:
      return assertNever(e);
  }
}

function owner(o: Owner): string {
  switch (o.type) {
    case "request":
      return `#${o.request}`;
    case "task":
      return `task ${o.task}`;
    case "loop":
      return "loop";
    case "module":
      return "module";
    default:
      return assertNever(o);
  }
}
