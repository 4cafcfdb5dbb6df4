/**
 * Everything that differs between the Tornado releases the playground reproduces,
 * in one place per release (see TORNADO_SEMANTICS.md for the measurements).
 */
import type { Release } from "../../scenario";

export interface ReleaseProfile {
  readonly release: Release;
  /** The exact release the behaviour was measured on, e.g. `4.5.3`. */
  readonly version: string;
  readonly versionInfo: readonly [number, number, number, number];
  /** How one IOLoop iteration orders callbacks, timers and I/O (TORNADO_SEMANTICS §5.1). */
  readonly loop: "poll32" | "poll45" | "asyncio";
  /** Future done-callbacks run inside set_result (Tornado's and concurrent.futures' Futures) or via call_soon (asyncio). */
  readonly futureCallbacks: "sync" | "call_soon";
  /** `IOLoop.add_future` re-schedules the callback with add_callback (≤5.1) or runs it from the done-callback (6.x). */
  readonly addFutureHop: boolean;
  /** How RequestHandler._execute runs: 3.2's plain method, a gen.coroutine (4.5, 5.1), an asyncio Task (6.x). */
  readonly execute: "plain" | "coroutine" | "task";
  /** How `convert_yielded` runs a native coroutine: inline (4.5's _wrap_awaitable) or as an asyncio Task (5.x+). */
  readonly coroutineAsTask: boolean;
  /** Each HTTP connection (a served request's, a fetch's) runs as an asyncio Task (6.x): each takes a `Task-N` name. */
  readonly connectionTasks: boolean;
  /** The Future class Tornado hands out. */
  readonly futureKind: "concurrent" | "tornado" | "asyncio";
  /** Whether asyncio's event loop is the one Tornado serves on (5.0+), or another one (≤4.5) that
   * only module code runs (asyncio.run, run_until_complete): while Tornado serves, nothing
   * scheduled on it runs, and what needs a running asyncio loop fails. */
  readonly asyncioLoop: "shared" | "separate";
  readonly features: {
    readonly asynchronous: "yes" | "deprecated" | "removed";
    readonly genTask: "yes" | "deprecated" | "removed";
    readonly genEngine: boolean;
    /** Which of gen's helpers enter an ExceptionStackContext of their own: 3.2's coroutine and
     * engine wrappers (an escaping callback exception is thrown into the waiting generator),
     * 4.5/5.1's gen.Task (it fails the Task's Future), none in 6.x (no stack_context). */
    readonly stackContexts: "coroutine" | "task" | "none";
    readonly moment: boolean;
    readonly sleep: boolean;
    readonly withTimeout: boolean;
    readonly multi: boolean;
    readonly waitIterator: boolean;
    readonly callLater: boolean;
    readonly spawnCallback: boolean;
    readonly runInExecutor: boolean;
    readonly asyncDefHandlers: boolean;
    readonly fetchCallback: "yes" | "deprecated" | "removed";
    readonly raiseError: boolean;
    readonly finishException: boolean;
    readonly finishReturnsFuture: boolean;
    readonly convertYielded: boolean;
    /** HTTPError.log_message doubles the % signs of a message given no arguments (4.x+). */
    readonly httpErrorEscapesPercent: boolean;
    /** The default error page HTML-escapes the reason phrase (6.x). */
    readonly errorPageEscapesReason: boolean;
    /** set_status(code) for a code http.client.responses lacks: 3.2 raises `ValueError("unknown status
     * code %d", code)` (two args, shown as a tuple), 4.5 `ValueError("unknown status code 599")`, 5.0+
     * takes the reason "Unknown". */
    readonly unknownStatus: "error-args" | "error" | "unknown";
    /** send_error takes a `reason=` keyword (4.x+); 3.2 takes a reason only from an HTTPError. */
    readonly sendErrorReason: boolean;
    /** PeriodicCallback.is_running (4.1+). */
    readonly periodicIsRunning: boolean;
    /** The Future of a flush() or finish() that writes after the headers went out (the response
     * was flushed before): done when returned (4.5, 6.x), or, in 5.1, flush()'s done one iteration
     * later (HTTP1Connection.write completes it from a call_soon callback) and finish()'s never
     * (connection.finish() drops it before that callback runs). */
    readonly bodyWriteFuture: "done" | "next-iteration";
    /** gen.with_timeout's error_callback lets a later cancellation of the wrapped Future escape
     * (5.1 catches only Exception), so asyncio logs it as an exception in that callback. */
    readonly withTimeoutLogsCancel: boolean;
    /** tornado.queues.Queue.__aiter__ and gen.WaitIterator.__aiter__ are gen.coroutines (4.x), so
     * `async for` over either fails. */
    readonly queueAiterFuture: boolean;
    /** tornado.concurrent's future_set_result_unless_cancelled and friends (5.0+). */
    readonly futureHelpers: boolean;
    /** What fetch(raise_error=False) does when a request gets no response (a timeout): returns the
     * 599 response (4.x), returns it with a DeprecationWarning and gives a raised error that
     * response (5.1), or raises all the same (6.x; 3.2 has no raise_error). */
    readonly raiseErrorFalseOnFailure: "response" | "deprecated-response" | "raise";
    /** 3.2's HTTP server and handler: its request is httpserver.HTTPRequest, with no host_name and
     * the str "" for a body with no Content-Length; an error building the handler is logged by the IOStream
     * callback and again by the IOLoop; a WebSocketHandler writes its 400 refusal itself, with no access
     * log; finish() refuses a body only with a 304 (4.0+: 1xx, 204 too). */
    readonly legacyRequest: boolean;
    /** What write() takes besides str, bytes and dict: 3.2 passes it through utf8(), so None goes
     * into the buffer (and fails in finish()) and other types are "Expected bytes, unicode, or
     * None"; 4.0+ refuses them itself. */
    readonly writeTypes: "utf8" | "checked";
    /** set_header keeps values as bytes (3.2: a str becomes its UTF-8 bytes, and the handler's
     * `_headers` gives them back so); 4.0+ keeps str. */
    readonly headerValuesBytes: boolean;
  };
  readonly messages: {
    readonly writeAfterFinish: string;
    readonly finishTwice: string;
    /** The messages of 599 timeouts (the exception's `message`; its str adds `HTTP 599: ` up to 4.5). */
    readonly timeoutInQueue: string;
    readonly timeoutDuringRequest: string;
    readonly timeoutConnecting: string;
    /** The exception class of a 599 timeout: `HTTPError` (≤4.5) or `HTTPTimeoutError` (5.1+). */
    readonly timeoutErrorClass: "HTTPError" | "HTTPTimeoutError";
    /** Where gen.with_timeout's TimeoutError lives. */
    readonly genTimeoutError: "tornado.gen" | "tornado.util" | "builtins";
  };
  /** The class name and field list of the request repr in "Uncaught exception" logs. */
  readonly requestRepr: "HTTPRequest+headers" | "HTTPServerRequest+headers" | "HTTPServerRequest";
  /** How an exception in an orphaned Future is reported when it is collected. */
  readonly unretrieved: "silent" | "tornado" | "asyncio";
  /** `module:line` of Tornado's own log calls in the pretty console format. */
  readonly logSites: {
    readonly access: number;
    readonly uncaught: number;
    readonly httpErrorWarning: number;
    readonly callbackException: readonly [string, number];
    readonly unretrieved: readonly [string, number];
    /** The line of gen.with_timeout's `def error_callback` in gen.py. */
    readonly withTimeoutErrorCallback: number;
    /** The line of `_handle_request_exception`'s "Bad HTTP status code" error (an HTTPError
     * whose code has no reason phrase and that gives none becomes a 500), or null where
     * such a code is sent as is (5.0+). */
    readonly badStatusCode: number | null;
  };
}
