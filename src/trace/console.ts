/**
 * The console view: what a terminal running the scenario under real Tornado with
 * pretty logging (`tornado.options.parse_command_line()`) would show. Prints appear
 * as printed; log records in Tornado's `LogFormatter` format
 * `[L yymmdd HH:MM:SS module:lineno] message`, continuation lines (the message's own,
 * then the traceback) indented by 4 spaces; warnings as Python's
 * `warnings.showwarning` writes them; a load error as Python's traceback.
 *
 * Time base: virtual time 0 (serving starts) is 2026-11-24 14:05:24, so the first
 * access line reads `[I 261124 14:05:24 web:2439] ...`; a record at 1.5 s reads
 * `14:05:25`. The date is fixed so the output is the same on every run.
 */
import type { VTime } from "./time";
import { assertNever, type Log, type TraceEvent, type Warning } from "./types";

/** The wall-clock moment virtual time 0 is shown as: 2026-11-24 14:05:24 (no time zone). */
export const CONSOLE_EPOCH = { year: 2026, month: 11, day: 24, hour: 14, minute: 5, second: 24 } as const;

/** The releases whose Tornado source lines the console view knows. */
export type Release = "3.2" | "4.5" | "5.1" | "6.5";

export interface ConsoleOptions {
  /** Supplies Tornado's own `module:lineno` for the access log and uncaught-exception
   * records when an event leaves `module` empty. */
  readonly release: Release;
}

// Where Tornado logs from, per release (TORNADO_SEMANTICS.md §2.3 and §6): the
// access line in Application.log_request, "Uncaught exception" in log_exception.
const TORNADO_SITES: Readonly<Record<Release, { access: number; uncaught: number }>> = {
  "3.2": { access: 1855, uncaught: 1432 },
  "4.5": { access: 2063, uncaught: 1590 },
  "5.1": { access: 2161, uncaught: 1669 },
  "6.5": { access: 2439, uncaught: 1966 },
};

/** `yymmdd HH:MM:SS` of virtual time `t` (`%y%m%d %H:%M:%S`, seconds truncated). */
export function consoleTimestamp(t: VTime): string {
  const e = CONSOLE_EPOCH;
  // Date is used only as a calendar here: UTC arithmetic, no clock, no time zone.
  const d = new Date(
    Date.UTC(e.year, e.month - 1, e.day, e.hour, e.minute, e.second) + Math.floor(t / 1_000_000) * 1000,
  );
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    two(d.getUTCFullYear() % 100) +
    two(d.getUTCMonth() + 1) +
    two(d.getUTCDate()) +
    ` ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  );
}

/** One log record in Tornado's pretty format (without a final newline). */
export function formatLogRecord(ev: Log, options: ConsoleOptions): string {
  const [module, lineno] = logSite(ev, options.release);
  let formatted = `[${ev.level[0]} ${consoleTimestamp(ev.t)} ${module}:${lineno}] ${ev.message}`;
  if (ev.exc !== null) {
    const tb = ev.exc.traceback.length > 0 ? ev.exc.traceback : [`${ev.exc.type}: ${ev.exc.message}`];
    formatted = [formatted.trimEnd(), ...tb].join("\n");
  }
  return formatted.replace(/\n/g, "\n    ");
}

/** A warning as Python prints it: `file:LINE: Category: message`, then the source line. */
export function formatWarning(ev: Warning): string {
  const head = `${ev.filename}:${ev.line}: ${ev.category}: ${ev.message}`;
  const src = ev.sourceLine?.trim();
  return src ? `${head}\n  ${src}` : head;
}

/** The console view of a trace, as one text (lines end in `\n`). */
export function toConsole(events: readonly TraceEvent[], options: ConsoleOptions): string {
  let out = "";
  // A record always starts on a line of its own, even after a print with end=''.
  const line = (s: string): void => {
    if (out !== "" && !out.endsWith("\n")) out += "\n";
    out += s + "\n";
  };
  for (const ev of [...events].sort((a, b) => a.t - b.t || a.seq - b.seq)) {
    switch (ev.kind) {
      case "print":
        out += ev.text;
        break;
      case "log":
        line(formatLogRecord(ev, options));
        break;
      case "warning":
        line(formatWarning(ev));
        break;
      case "load-error":
        line(ev.traceback.length > 0 ? ev.traceback.join("\n") : `${ev.excType}: ${ev.message}`);
        break;
      case "runaway":
        line(`*** ${ev.message} (line ${ev.line})`);
        break;
      case "module-load-start":
      case "module-load-end":
      case "client-send":
      case "request-arrive":
      case "request-dispatch":
      case "handler-enter":
      case "finish":
      case "response-sent":
      case "on-finish":
      case "on-connection-close":
      case "client-recv":
      case "client-error":
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
  return out;
}

function logSite(ev: Log, release: Release): [string, number] {
  if (ev.module !== "") return [ev.module, ev.lineno];
  if (ev.logger === "tornado.access") return ["web", TORNADO_SITES[release].access];
  if (ev.logger === "tornado.application" && ev.message.startsWith("Uncaught exception"))
    return ["web", TORNADO_SITES[release].uncaught];
  return [ev.logger.split(".").pop() ?? ev.logger, ev.lineno];
}
