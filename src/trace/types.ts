/**
 * The trace: what the runtime emits as a scenario runs, and what every view (the
 * swimlane chart, the console, the conformance text) is drawn from.
 *
 * One discriminated union, {@link TraceEvent}, on `kind`. Every event is plain
 * serializable data (numbers, strings, arrays, plain objects; no class instances,
 * no undefined fields) so it can cross a Worker boundary and be written as JSON.
 *
 * Order: `seq` is the emission order, 0, 1, 2, ... with no gaps. `t` never
 * decreases along `seq`, except for the two span records, `run` and `blocked`,
 * which are emitted when their stretch ends and carry its start as `t` (and its end
 * as `end`). Views that need time order sort by (`t`, `seq`).
 *
 * Requests are numbered as the client numbers them: 1, 2, ... in the order of the
 * `# request:` directives (or of the default requests).
 */
import type { VTime } from "./time";

/** The client's number for a request, from 1. */
export type RequestId = number;
/** A number the runtime gives each outbound fetch, from 1. */
export type FetchId = number;
/** A number the runtime gives each timer (gen.sleep, add_timeout, call_later, ...), from 1. */
export type TimerId = number;
/** A number the runtime gives each Future it reports, from 1. */
export type FutureId = number;
/** A number the runtime gives each fire-and-forget task (a coroutine nobody waits for), from 1. */
export type TaskId = number;

/** Whose code runs (or waits): what a stretch of the loop's time belongs to. */
export type Owner =
  | { readonly type: "request"; readonly request: RequestId }
  /** A fire-and-forget coroutine or callback chain; `request` is the request whose code started it. */
  | { readonly type: "task"; readonly task: TaskId; readonly request: RequestId | null }
  /** The IOLoop's own work and callbacks that belong to no request. */
  | { readonly type: "loop" }
  /** The module body while it loads. */
  | { readonly type: "module" };

/** A Python exception as a view shows it. */
export interface ExcInfo {
  /** The class name, e.g. `ValueError`. */
  readonly type: string;
  /** `str(exc)`, e.g. `bad data`; may be empty. */
  readonly message: string;
  /** The lines Python's `traceback.format_exception` gives, without line ends:
   * `Traceback (most recent call last):`, the frames, and the final `Type: message`.
   * Empty when no traceback is known. */
  readonly traceback: readonly string[];
}

/** What a suspended coroutine waits on. */
export interface WaitTarget {
  /** For people: `fetch http://www.naver.com`, `gen.sleep(0.5)`, `[2 futures]`, `self.test("test")`. */
  readonly description: string;
  readonly fetches: readonly FetchId[];
  readonly timers: readonly TimerId[];
  readonly futures: readonly FutureId[];
}

/** How the application was found (SCENARIO_FORMAT.md, steps 1 to 4). */
export type Discovery = "application" | "routes" | "classes" | "functions";

/** The application the scenario serves. */
export interface AppInfo {
  readonly discovery: Discovery;
  readonly routes: readonly { readonly pattern: string; readonly handler: string }[];
}

/** Python's standard level names. */
export type LogLevel = "DEBUG" | "INFO" | "WARNING" | "ERROR" | "CRITICAL";

interface At<K extends string> {
  readonly kind: K;
  /** Emission order; see the module comment. */
  readonly seq: number;
  readonly t: VTime;
}

// ---------------------------------------------------------------------------------
// The module

/** The module body starts to run. */
export type ModuleLoadStart = At<"module-load-start">;

/** The module body ran to its end; `app` is what will be served, null for a plain
 * program (nothing to serve). Events after this one belong to serving. */
export interface ModuleLoadEnd extends At<"module-load-end"> {
  readonly app: AppInfo | null;
}

/** The module failed to load (a syntax error, or an exception in its body).
 * Nothing else happens afterwards: no request is sent. */
export interface LoadError extends At<"load-error"> {
  readonly excType: string;
  readonly message: string;
  /** 1-based line in the scenario. */
  readonly line: number;
  /** 0-based column, for syntax errors; null when not known. */
  readonly col: number | null;
  /** What Python prints for it, line by line (see {@link ExcInfo.traceback}). */
  readonly traceback: readonly string[];
}

// ---------------------------------------------------------------------------------
// A request's life, from the client and from the server

/** The client sends a request (at its `at` time). */
export interface ClientSend extends At<"client-send"> {
  readonly request: RequestId;
  readonly method: string;
  readonly path: string;
  readonly body: string | null;
}

/** The request reached the server's socket; the loop may still be busy. */
export interface RequestArrive extends At<"request-arrive"> {
  readonly request: RequestId;
}

/** The loop read the request and routed it: Tornado's request clock starts here.
 * `handler` is the RequestHandler class name, or null when no route matched. */
export interface RequestDispatch extends At<"request-dispatch"> {
  readonly request: RequestId;
  readonly method: string;
  readonly path: string;
  readonly handler: string | null;
  readonly pattern: string | null;
}

/** A handler method starts: `prepare`, the verb method (`get`, `post`, ...). */
export interface HandlerEnter extends At<"handler-enter"> {
  readonly request: RequestId;
  readonly handler: string;
  readonly method: string;
  /** Line of the method's `def`. */
  readonly line: number;
}

/** `finish()` ran. `auto`: Tornado finished the request after the method returned;
 * `error`: `send_error` finished it after an exception. */
export interface Finish extends At<"finish"> {
  readonly request: RequestId;
  readonly how: "explicit" | "auto" | "error";
  /** The line of the `finish()` call for `explicit`; null otherwise. */
  readonly line: number | null;
}

/** The response left the server. */
export interface ResponseSent extends At<"response-sent"> {
  readonly request: RequestId;
  readonly status: number;
  /** The body's first 200 characters. */
  readonly bodyPreview: string;
  /** The body's length in bytes. */
  readonly bytes: number;
}

/** Tornado called the handler's `on_finish()`. */
export interface OnFinish extends At<"on-finish"> {
  readonly request: RequestId;
}

/** Tornado called the handler's `on_connection_close()` (the client went away first). */
export interface OnConnectionClose extends At<"on-connection-close"> {
  readonly request: RequestId;
}

/** The client got its response. */
export interface ClientRecv extends At<"client-recv"> {
  readonly request: RequestId;
  readonly status: number;
  /** The whole body as text. */
  readonly body: string;
}

/** The client gave up. */
export interface ClientError extends At<"client-error"> {
  readonly request: RequestId;
  /** The exception class the client saw, e.g. `TimeoutError`. */
  readonly error: string;
  readonly message: string;
}

// ---------------------------------------------------------------------------------
// Who holds the loop

/** `owner`'s code held the single thread from `t` to `end`. Emitted when it lets go.
 * Runs never overlap. `label` names the code: `TestHandler.post`, `callback`,
 * `TestHandler.test` (a coroutine resumed), `<module>`. */
export interface Run extends At<"run"> {
  readonly end: VTime;
  readonly owner: Owner;
  readonly label: string;
  /** The line where the stretch starts, when known. */
  readonly line: number | null;
}

/** Within a run, the loop was blocked from `t` to `end` by one call or a long
 * stretch of computation; other requests wait. Emitted when it ends. */
export interface Blocked extends At<"blocked"> {
  readonly end: VTime;
  readonly owner: Owner;
  readonly line: number;
  /** For people: `time.sleep(0.3)`, `a loop of 3,000,000 iterations`. */
  readonly cause: string;
}

/** A coroutine suspended at a `yield` or `await`. */
export interface Yield extends At<"yield"> {
  readonly owner: Owner;
  /** The coroutine's qualified name, e.g. `TestHandler.post`. */
  readonly fn: string;
  readonly line: number;
  readonly style: "yield" | "await";
  readonly waitsOn: WaitTarget;
}

/** A suspended coroutine runs again, at the line it suspended on. */
export interface Resume extends At<"resume"> {
  readonly owner: Owner;
  readonly fn: string;
  readonly line: number;
}

/** A fire-and-forget task came to life (a coroutine called without yield/await,
 * `spawn_callback`, `ensure_future`, ...). `parent` is the code that started it. */
export interface TaskStart extends At<"task-start"> {
  readonly task: TaskId;
  readonly label: string;
  readonly line: number | null;
  readonly parent: Owner;
}

/** A fire-and-forget task ended. */
export interface TaskEnd extends At<"task-end"> {
  readonly task: TaskId;
  readonly outcome: "returned" | "raised" | "cancelled";
  readonly exc: ExcInfo | null;
}

// ---------------------------------------------------------------------------------
// Outbound fetches and timers

/** `fetch()` was called: the request joins the HTTP client's queue. */
export interface FetchQueued extends At<"fetch-queued"> {
  readonly fetch: FetchId;
  readonly url: string;
  /** The URL's host as `# remote:` lines name it (port included). */
  readonly host: string;
  readonly method: string;
  readonly owner: Owner;
  readonly line: number | null;
  /** True when all of the client's slots (max_clients) were taken. */
  readonly waitingForSlot: boolean;
}

/** The request left the loop for the network (a slot was free and the loop got to it). */
export interface FetchStart extends At<"fetch-start"> {
  readonly fetch: FetchId;
}

/** The response is back with the loop. */
export interface FetchDone extends At<"fetch-done"> {
  readonly fetch: FetchId;
  readonly status: number;
  readonly bytes: number;
}

/** The fetch failed: a timeout (status 599), an HTTP error status, or a refused connection. */
export interface FetchFail extends At<"fetch-fail"> {
  readonly fetch: FetchId;
  /** 599 for timeouts, the HTTP status for an error response, null when none. */
  readonly status: number | null;
  /** As Tornado words it, e.g. `HTTP 599: Timeout while connecting`. */
  readonly error: string;
}

/** A timer was set. */
export interface TimerSet extends At<"timer-set"> {
  readonly timer: TimerId;
  readonly due: VTime;
  readonly owner: Owner;
  /** `gen.sleep(0.5)`, `add_timeout`, `call_later(1, cb)`, `request_timeout`, ... */
  readonly label: string;
  readonly line: number | null;
}

/** A timer came due and its callback was queued. */
export interface TimerFire extends At<"timer-fire"> {
  readonly timer: TimerId;
}

/** A timer was removed before it came due. */
export interface TimerCancel extends At<"timer-cancel"> {
  readonly timer: TimerId;
}

// ---------------------------------------------------------------------------------
// Output

/** The code wrote to stdout or stderr (one `print` call, or `sys.stdout.write`). */
export interface Print extends At<"print"> {
  /** Exactly what was written, `end` included (usually a final `\n`). */
  readonly text: string;
  /** `stderr` for `print(..., file=sys.stderr)` and `sys.stderr.write`. */
  readonly stream: "stdout" | "stderr";
  readonly line: number;
  readonly request: RequestId | null;
}

/** A log record that a logger let through (its effective level allowed it). */
export interface Log extends At<"log"> {
  readonly level: LogLevel;
  /** `tornado.access`, `tornado.application`, `asyncio`, `root`, ... */
  readonly logger: string;
  /** `record.getMessage()`: the whole message, possibly several lines. */
  readonly message: string;
  /** The exception passed with `exc_info`, or null. */
  readonly exc: ExcInfo | null;
  /** `%(module)s` and `%(lineno)d` of Tornado's pretty format: `web`, 2439. */
  readonly module: string;
  readonly lineno: number;
  readonly request: RequestId | null;
}

/** Python issued a warning (`warnings.warn`, or the interpreter's RuntimeWarning for a
 * coroutine never awaited). */
export interface Warning extends At<"warning"> {
  /** `DeprecationWarning`, `RuntimeWarning`, ... */
  readonly category: string;
  readonly message: string;
  /** The file Python names, e.g. `scenario.py` or `tornado/web.py`. */
  readonly filename: string;
  readonly line: number;
  /** The source line Python prints under the warning, or null. */
  readonly sourceLine: string | null;
  readonly request: RequestId | null;
}

// ---------------------------------------------------------------------------------
// The end

/** The step budget stopped code that ran too long (an endless loop); the trace ends here. */
export interface Runaway extends At<"runaway"> {
  readonly owner: Owner;
  readonly line: number;
  /** For people, e.g. `stopped: the loop at line 5 ran for more than 10 s of virtual time`. */
  readonly message: string;
}

/** Nothing is left to happen (or the run was stopped); the last event of a trace. */
export type End = At<"end">;

/** Every event the runtime emits. */
export type TraceEvent =
  | ModuleLoadStart
  | ModuleLoadEnd
  | LoadError
  | ClientSend
  | RequestArrive
  | RequestDispatch
  | HandlerEnter
  | Finish
  | ResponseSent
  | OnFinish
  | OnConnectionClose
  | ClientRecv
  | ClientError
  | Run
  | Blocked
  | Yield
  | Resume
  | TaskStart
  | TaskEnd
  | FetchQueued
  | FetchStart
  | FetchDone
  | FetchFail
  | TimerSet
  | TimerFire
  | TimerCancel
  | Print
  | Log
  | Warning
  | Runaway
  | End;

/** The `kind` of a {@link TraceEvent}. */
export type TraceEventKind = TraceEvent["kind"];

/** The event of one kind. */
export type EventOf<K extends TraceEventKind> = Extract<TraceEvent, { kind: K }>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event before the recorder numbers it. */
export type TraceEventInit = DistributiveOmit<TraceEvent, "seq">;

/** For exhaustive switches over kinds: a kind the code forgot fails to compile. */
export function assertNever(x: never): never {
  throw new Error(`unhandled trace event ${JSON.stringify(x)}`);
}
