/**
 * One-line descriptions of the Tornado names handler code uses, for the editor's
 * hover. Pure data and a lookup by the dotted name under the pointer; no Monaco.
 */

/** What the hover shows: the full name and one line about it. */
export interface TornadoDoc {
  readonly name: string;
  readonly doc: string;
}

const d = (name: string, doc: string): TornadoDoc => ({ name, doc });

const COROUTINE = d(
  "tornado.gen.coroutine",
  "Decorator: makes a generator a coroutine that returns a Future; each `yield` suspends it until the yielded Future is done. Called without `yield`, nobody waits for it.",
);
const ASYNCHRONOUS = d(
  "tornado.web.asynchronous",
  "Decorator (removed in Tornado 6): the request stays open after the method returns, until the code calls `self.finish()`.",
);
const REQUEST_HANDLER = d(
  "tornado.web.RequestHandler",
  "Base class of request handlers: one instance per request; `get`, `post`, ... handle the HTTP verbs.",
);
const APPLICATION = d(
  "tornado.web.Application",
  "A list of (pattern, handler) routes; the playground serves the last Application the code builds.",
);
const HTTP_CLIENT = d(
  "tornado.httpclient.AsyncHTTPClient",
  "Non-blocking HTTP client, one per IOLoop: at most `max_clients` (10) fetches at once, the rest wait in a queue.",
);
const IOLOOP = d(
  "tornado.ioloop.IOLoop",
  "The single-threaded event loop: every handler method and callback runs on it, one at a time.",
);
const RETURN = d(
  "tornado.gen.Return",
  "Raise `gen.Return(value)` to return a value from a `@gen.coroutine` (Python 2 style; `return value` in Python 3).",
);
const WEB_HTTP_ERROR = d(
  "tornado.web.HTTPError",
  "Raise it in a handler to send an error response with the given status code.",
);
const CLIENT_HTTP_ERROR = d(
  "tornado.httpclient.HTTPError",
  "Raised by `fetch` for an error status, or code 599 when the request timed out or could not connect.",
);

/** Names looked up by their last two dotted parts (`gen.coroutine`, `tornado.web`). */
const QUALIFIED: Readonly<Record<string, TornadoDoc>> = {
  "gen.coroutine": COROUTINE,
  "gen.Return": RETURN,
  "gen.sleep": d(
    "tornado.gen.sleep",
    "Returns a Future done after the given seconds; the IOLoop keeps serving meanwhile (unlike `time.sleep`).",
  ),
  "gen.multi": d("tornado.gen.multi", "Waits for a list or dict of Futures at once; the result has the same shape."),
  "gen.moment": d("tornado.gen.moment", "Yield it to let the IOLoop run other callbacks for one iteration."),
  "gen.maybe_future": d("tornado.gen.maybe_future", "Wraps a plain value in a done Future (deprecated in Tornado 5)."),
  "gen.with_timeout": d(
    "tornado.gen.with_timeout",
    "Wraps a Future so that waiting for it raises `TimeoutError` after the deadline.",
  ),
  "gen.Task": d("tornado.gen.Task", "Adapts a callback-style function to a yieldable Future (removed in Tornado 6)."),
  "gen.engine": d("tornado.gen.engine", "Old callback-style coroutine decorator (removed in Tornado 6)."),
  "web.asynchronous": ASYNCHRONOUS,
  "web.RequestHandler": REQUEST_HANDLER,
  "web.Application": APPLICATION,
  "web.HTTPError": WEB_HTTP_ERROR,
  "httpclient.AsyncHTTPClient": HTTP_CLIENT,
  "httpclient.HTTPError": CLIENT_HTTP_ERROR,
  "ioloop.IOLoop": IOLOOP,
  "IOLoop.current": d(
    "tornado.ioloop.IOLoop.current",
    "The IOLoop of the running thread: the one that runs every handler here.",
  ),
  "IOLoop.instance": d(
    "tornado.ioloop.IOLoop.instance",
    "The global IOLoop (an alias of `current()` since Tornado 5).",
  ),
  "concurrent.Future": d(
    "tornado.concurrent.Future",
    "A result that is not there yet; `yield` or `await` it, or add a done-callback.",
  ),
  "time.sleep": d(
    "time.sleep",
    "Blocks the thread, and with it the whole IOLoop: every other request waits. Use `gen.sleep` in a coroutine.",
  ),
  "asyncio.sleep": d(
    "asyncio.sleep",
    "Returns an awaitable done after the given seconds; the IOLoop keeps serving meanwhile.",
  ),
  "tornado.gen": d("tornado.gen", "Coroutine helpers: `coroutine`, `sleep`, `multi`, `Return`."),
  "tornado.web": d("tornado.web", "Request handlers and applications: `RequestHandler`, `Application`, `HTTPError`."),
  "tornado.ioloop": d("tornado.ioloop", "The event loop: `IOLoop`."),
  "tornado.httpclient": d("tornado.httpclient", "Outbound HTTP: `AsyncHTTPClient`, `HTTPRequest`, `HTTPError`."),
};

/** Names as code often imports them (`from tornado.gen import coroutine`). */
const BARE: Readonly<Record<string, TornadoDoc>> = {
  coroutine: COROUTINE,
  asynchronous: ASYNCHRONOUS,
  Return: RETURN,
  RequestHandler: REQUEST_HANDLER,
  Application: APPLICATION,
  AsyncHTTPClient: HTTP_CLIENT,
  IOLoop: IOLOOP,
  gen: QUALIFIED["tornado.gen"],
  web: QUALIFIED["tornado.web"],
  ioloop: QUALIFIED["tornado.ioloop"],
  httpclient: QUALIFIED["tornado.httpclient"],
  tornado: d("tornado", "A Python web framework and asynchronous networking library built around one IOLoop."),
};

/** Methods whose name is enough, whatever the receiver (`client.fetch`, `IOLoop.current().add_callback`). */
const METHODS: Readonly<Record<string, TornadoDoc>> = {
  fetch: d(
    "AsyncHTTPClient.fetch",
    "Starts an HTTP request and returns a Future of the response at once; `yield`/`await` it to wait without blocking the IOLoop.",
  ),
  add_callback: d(
    "IOLoop.add_callback",
    "Runs the callback on a later IOLoop iteration; the caller does not wait for it.",
  ),
  spawn_callback: d(
    "IOLoop.spawn_callback",
    "Starts a coroutine on a later iteration and never waits for it; its errors are only logged.",
  ),
  add_timeout: d(
    "IOLoop.add_timeout",
    "Runs the callback at a deadline (seconds from now, or a timedelta); returns a handle for `remove_timeout`.",
  ),
  remove_timeout: d("IOLoop.remove_timeout", "Cancels a pending `add_timeout` / `call_later`."),
  call_later: d("IOLoop.call_later", "Runs the callback after the given seconds."),
  call_at: d("IOLoop.call_at", "Runs the callback at the given IOLoop time."),
  add_future: d("IOLoop.add_future", "Runs the callback on the IOLoop once the Future is done."),
  run_in_executor: d(
    "IOLoop.run_in_executor",
    "Runs a blocking function in a thread pool; returns a Future of its result.",
  ),
  set_result: d("Future.set_result", "Completes the Future; whoever waits on it resumes on a later IOLoop iteration."),
};

/** RequestHandler methods, recognized when called on `self`. */
const HANDLER_METHODS: Readonly<Record<string, TornadoDoc>> = {
  finish: d(
    "RequestHandler.finish",
    "Ends the response: sends what was written and completes the request. Tornado calls it after the method returns, unless `@asynchronous` keeps the request open.",
  ),
  write: d(
    "RequestHandler.write",
    "Adds to the response body (held until `flush` or `finish`); a dict is sent as JSON.",
  ),
  flush: d("RequestHandler.flush", "Sends what was written so far; the request stays open."),
  render: d("RequestHandler.render", "Renders a template as the response and finishes the request."),
  redirect: d("RequestHandler.redirect", "Sends a redirect to the given URL and finishes the request."),
  set_status: d("RequestHandler.set_status", "Sets the response's status code."),
  set_header: d("RequestHandler.set_header", "Sets a response header."),
  get_argument: d(
    "RequestHandler.get_argument",
    "A query or form argument by name; a missing one without a default is a 400.",
  ),
  send_error: d("RequestHandler.send_error", "Sends an error page with the given status and finishes the request."),
  write_error: d("RequestHandler.write_error", "Override to write the body of error pages."),
  prepare: d("RequestHandler.prepare", "Called before the verb method; may be a coroutine."),
  on_finish: d(
    "RequestHandler.on_finish",
    "Called after the response was sent: clean-up that must not delay the client.",
  ),
  on_connection_close: d(
    "RequestHandler.on_connection_close",
    "Called when the client closed the connection before the response was done.",
  ),
  request: d("RequestHandler.request", "The `HTTPServerRequest`: method, uri, headers, body, arguments."),
};

/**
 * The description of a dotted name, given as its parts up to the hovered one
 * (`["gen", "coroutine"]`, `["self", "finish"]`, `["IOLoop", "current", "add_callback"]`);
 * null when it is not a Tornado name the table knows.
 */
export function tornadoDocFor(chain: readonly string[]): TornadoDoc | null {
  const last = chain[chain.length - 1];
  if (last === undefined) return null;
  if (chain.length === 1) return own(BARE, last);
  const qualified = own(QUALIFIED, chain.slice(-2).join("."));
  if (qualified) return qualified;
  if (chain[chain.length - 2] === "self") return own(HANDLER_METHODS, last);
  return own(METHODS, last);
}

function own(table: Readonly<Record<string, TornadoDoc>>, key: string): TornadoDoc | null {
  return Object.hasOwn(table, key) ? table[key] : null;
}

/**
 * The dotted name ending at the word that spans `[start, end)` of `line`: walks left
 * over `.name` and over the call parentheses of `.current().`. Returns its parts.
 */
export function dottedChainAt(line: string, start: number, end: number): string[] {
  const parts = [line.slice(start, end)];
  let i = start;
  while (i > 0 && line[i - 1] === ".") {
    let j = i - 1;
    if (line[j - 1] === ")") {
      // Skip one balanced call: `current()` counts as `current`.
      let depth = 0;
      j--;
      while (j >= 0) {
        if (line[j] === ")") depth++;
        else if (line[j] === "(") depth--;
        if (depth === 0) break;
        j--;
      }
      if (j < 0) break;
    }
    let k = j;
    while (k > 0 && /[A-Za-z0-9_]/.test(line[k - 1])) k--;
    if (k === j) break;
    parts.unshift(line.slice(k, j));
    i = k;
  }
  return parts;
}
