/**
 * tornado.httpclient: AsyncHTTPClient.fetch as Tornado meets the network. A request
 * waits for one of max_clients=10 slots, leaves only when the loop gets to it (a
 * blocked loop delays it), and the remote answers DELAY_MS after it left.
 */
import { PyModule, PyInstance, PyFloat, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyBytes } from "../../python/objects/containers";
import { PyException } from "../../python/objects/exceptions";
import { methods, fn } from "../../python/builtins/registry";
import { PyStaticMethod } from "../../python/objects/functions";
import { remoteFor, hostOfUrl } from "../../scenario";
import type { VTime } from "../../trace";
import { PyFuture } from "../futures/future";
import { reasonPhrase } from "./http-status";
import { runtimeClass, exceptionClass, kwGet, type TornadoContext } from "./context";
import { seconds } from "./seconds";
import { EPOCH_SECONDS } from "./ioloop-time";
import { formatTimestamp } from "./handler-headers";
import { loadModule } from "../../python/interp/imports";

const UTF8 = new TextEncoder();

/** CPU time of one fetch() call, µs. */
const FETCH_US = 300;
/** What a fetch takes beyond the remote's own delay: resolving, connecting, a new
 * thread on the remote, the response's way back (3-4 ms a fetch against the harness). */
const ROUND_TRIP_US = 3000;
/** How far apart requests started together reach the network (each connection is set
 * up and written in turn), µs: their responses come back in separate loop iterations. */
const CONNECT_US = 200;

/** One AsyncHTTPClient instance's connection slots and its FIFO queue. */
interface ClientState {
  readonly maxClients: number;
  active: number;
  readonly queue: Pending[];
}

/** The Python AsyncHTTPClient object: its own slots. */
class ClientObj extends PyInstance {
  state: ClientState = { maxClients: 10, active: 0, queue: [] };
}

/** How the remote answers one request. */
interface RemoteAnswer {
  readonly delayMs: number;
  readonly status: number;
  readonly reason: string;
  readonly body: string;
  readonly headers: readonly (readonly [string, string])[];
}

/** http.server's error page for a 501 (DEFAULT_ERROR_MESSAGE). */
function unsupportedPage(message: string): string {
  return (
    '<!DOCTYPE HTML>\n<html lang="en">\n    <head>\n        <meta charset="utf-8">\n' +
    "        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n" +
    `        <p>Error code: 501</p>\n        <p>Message: ${message.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}.</p>\n` +
    "        <p>Error code explanation: 501 - Server does not support this operation.</p>\n    </body>\n</html>\n"
  );
}

interface Pending {
  readonly id: number;
  readonly client: ClientState;
  readonly url: string;
  readonly method: string;
  /** The HTTPRequest (the one passed in, or the one fetch made from the URL). */
  readonly request: PyValue;
  /** Why the connection refuses to send this request (a ValueError's message), if it does. */
  readonly invalid: string | null;
  readonly future: PyFuture;
  readonly requestTimeoutUs: number;
  readonly queueTimeoutUs: number;
  readonly raiseError: boolean;
  /** When fetch() was called (µs): a 599 response's request_time counts from here. */
  readonly fetchedUs: number;
  queued: boolean;
  done: boolean;
  queueTimer: number | null;
}

export function makeHttpclientModule(ctx: TornadoContext): PyModule {
  const world = ctx.world;
  const rt = world.rt;
  const p = world.profile;
  const cc = ctx.cc;

  const clientErrorName = p.release === "5.1" || p.release === "6.5" ? "HTTPClientError" : "HTTPError";
  const httpError = exceptionClass(clientErrorName, "tornado.httpclient");
  methods(httpError, {
    __init__: (_rt, self, args, kw) => {
      const e = self as PyException;
      const code = args[0] ?? kwGet(kw, "code") ?? 599;
      const message = args[1] ?? kwGet(kw, "message") ?? reasonPhrase(Number(code));
      e.$dict!.set("code", code);
      e.$dict!.set("message", message);
      const response = args[2] ?? kwGet(kw, "response") ?? None;
      e.$dict!.set("response", response);
      // 3.2 passes Exception its text; 4.0+ passes (code, message, response).
      const excArgs = p.features.legacyRequest
        ? [`HTTP ${rt.str(code)}: ${rt.str(message)}`]
        : [code, message, response];
      e.args = rt.call(rt.builtins.get("tuple")!, [rt.list(excArgs)]) as never;
      return None;
    },
    __str__: (_rt, self) =>
      `HTTP ${rt.str((self as PyException).$dict!.get("code"))}: ${rt.str((self as PyException).$dict!.get("message"))}`,
  });
  // 4.0+ sets `__repr__ = __str__`, so a failed fetch Future shows `exception=HTTP 503: ...`.
  if (!p.features.legacyRequest) httpError.dict.set("__repr__", httpError.dict.get("__str__")!);
  const timeoutError =
    p.messages.timeoutErrorClass === "HTTPTimeoutError"
      ? exceptionClass("HTTPTimeoutError", "tornado.simple_httpclient", httpError)
      : null;
  if (timeoutError)
    methods(timeoutError, { __str__: (_rt, self) => rt.str((self as PyException).$dict!.get("message")) });

  const responseType = runtimeClass("HTTPResponse", "tornado.httpclient");
  methods(responseType, {
    rethrow: (_rt, self) => {
      const err = (self as PyInstance).$dict!.get("error");
      if (err !== None && err !== undefined) throw err;
      return None;
    },
    __repr__: (_rt, self) => {
      const d = (self as PyInstance).$dict!;
      return `HTTPResponse(code=${rt.repr(d.get("code"))},effective_url=${rt.repr(d.get("effective_url"))})`;
    },
  });
  const requestType = runtimeClass("HTTPRequest", "tornado.httpclient");
  methods(requestType, {
    __init__: (_rt, self, args, kw) => {
      const d = (self as PyInstance).$dict!;
      d.set("url", args[0] ?? kwGet(kw, "url"));
      d.set("method", args[1] ?? kwGet(kw, "method") ?? "GET");
      for (const k of ["body", "headers", "connect_timeout", "request_timeout", "allow_nonstandard_methods"])
        d.set(k, kwGet(kw, k) ?? None);
      return None;
    },
  });

  const makeResponse = (
    url: string,
    code: number,
    /** null: no answer came (a 599): HTTPResponse's buffer is None. */
    body: Uint8Array | null,
    requestTimeS: number,
    error: PyValue,
    request: PyValue = None,
    reason = reasonPhrase(code),
    extraHeaders: readonly (readonly [string, string])[] = [],
  ) => {
    const r = new PyInstance(responseType);
    const d = r.$dict!;
    d.set("request", request);
    d.set("code", code);
    d.set("reason", reason);
    // With no buffer, `body` is None up to 5.1 and b"" from 6.0.
    d.set("body", body ? new PyBytes(body) : p.versionInfo[0] >= 6 ? new PyBytes(new Uint8Array(0)) : None);
    // What the harness's remote (Python's http.server) sends.
    const headers = rt.call(rt.getattr(loadModule(rt, "tornado.httputil"), "HTTPHeaders"), []);
    if (body)
      for (const [k, v] of [
        ["Server", "BaseHTTP/0.6 Python/3.11.7"],
        ["Date", formatTimestamp(EPOCH_SECONDS + world.now() / 1e6)],
        ...extraHeaders,
        ["Content-Length", String(body.length)],
      ])
        rt.callMethod(headers, "add", [k!, v!]);
    d.set("headers", headers);
    d.set("effective_url", url);
    d.set("request_time", new PyFloat(requestTimeS));
    d.set("error", error);
    return r;
  };

  /** A request that got no response (a timeout): a 599 error, raised or returned as the release does. */
  const fail = (pd: Pending, message: string, cls = timeoutError ?? httpError) => {
    if (pd.done) return;
    failWith(pd, rt.call(cls, [599, message]) as PyException);
  };

  /** A fetch that got no response fails with `e`: raised, or (raise_error=False, ≤5.1) a 599 response. */
  const failWith = (pd: Pending, e: PyException) => {
    pd.done = true;
    world.emit({ kind: "fetch-fail", fetch: pd.id, status: 599, error: rt.str(e) });
    const mode = p.features.raiseErrorFalseOnFailure;
    const response = () =>
      makeResponse(pd.url, 599, null, (world.now() - pd.fetchedUs) / 1e6, e, pd.request, "Unknown");
    if (p.features.raiseError && !pd.raiseError && mode !== "raise") {
      if (mode === "deprecated-response") {
        world.warn(
          "DeprecationWarning",
          `raise_error=False will allow '${rt.str(e)}' to be raised in the future`,
          "tornado/httpclient.py",
          0,
          null,
        );
      }
      if (!skipCancelled(pd, "result")) pd.future.setResult(response());
      return;
    }
    // 5.1's handle_response gives the raised HTTPError its response.
    if (mode === "deprecated-response" && rt.isInstance(e, httpError)) e.$dict!.set("response", response());
    if (!skipCancelled(pd, "exception")) pd.future.setException(e);
  };
  /** handle_response leaves a cancelled fetch Future alone (asyncio.wait_for cancels it on
   * timeout): 5.1 when it sets a result (future_set_result_unless_cancelled), 6.x either way. */
  const skipCancelled = (pd: Pending, outcome: "result" | "exception") =>
    pd.future.state === "cancelled" && p.versionInfo[0] >= (outcome === "result" ? 5 : 6);

  const start = (pd: Pending) => {
    pd.client.active++;
    // The connection's run() is a Task of its own (6.x).
    if (p.connectionTasks) cc.nextTaskName();
    // The request leaves when the loop next polls: a blocked loop holds it back.
    world.loop.ioAt(
      world.now(),
      world.job(() => leave(pd), "fetch"),
    );
  };
  /**
   * What the remote answers: the scenario's `# remote:` line for GET and POST; the
   * reference harness's remote (Python's http.server) answers any other method at
   * once with 501 and its error page.
   */
  const answerOf = (url: string, method: string): RemoteAnswer => {
    const remote = remoteFor(world.scenario, hostOfUrl(url) ?? url);
    if (method === "GET" || method === "POST") return { ...remote, reason: reasonPhrase(remote.status), headers: [] };
    const message = `Unsupported method ('${method}')`;
    return {
      delayMs: 0,
      status: 501,
      reason: message,
      body: method === "HEAD" ? "" : unsupportedPage(message),
      headers: [
        ["Connection", "close"],
        ["Content-Type", "text/html;charset=utf-8"],
      ],
    };
  };
  /** A refused connection: 3.2 logs the connect error and fails with a 599; 4.0+ raises
   * ConnectionRefusedError itself (a 599 response's error where raise_error=False takes it, ≤5.1). */
  /** A refused connection: 3.2 logs the connect error and fails with a 599; 4.0+ fails with
   * ConnectionRefusedError itself. */
  const refuse = (pd: Pending) => {
    if (pd.done) return;
    release(pd.client);
    if (p.features.legacyRequest) {
      world.log("WARNING", "tornado.general", "Connect error on fd 11: ECONNREFUSED", null, null, ["iostream", 758]);
      failWith(pd, rt.call(httpError, [599, "[Errno 111] Connection refused"]) as PyException);
    } else failWith(pd, rt.call(rt.excType("ConnectionRefusedError"), [111, "Connection refused"]) as PyException);
  };
  let lastSent = -Infinity;
  const leave = (pd: Pending) => {
    if (pd.done) return;
    world.emit({ kind: "fetch-start", fetch: pd.id });
    if (pd.invalid !== null) {
      // The connection checks the method against the body once it is connected.
      pd.done = true;
      const type = p.features.legacyRequest ? "AssertionError" : "ValueError";
      const e = rt.error(type, pd.invalid);
      world.emit({ kind: "fetch-fail", fetch: pd.id, status: 599, error: `${type}: ${pd.invalid}` });
      release(pd.client);
      pd.future.setException(e);
      return;
    }
    if (hostOfUrl(pd.url) === "127.0.0.1") {
      // The reference harness lets this one host through to the machine itself, where
      // nothing listens on port 80: the connection is refused as it is tried.
      world.callSoon(() => refuse(pd), "connect");
      return;
    }
    const remote = answerOf(pd.url, pd.method);
    const t0 = world.now();
    const sent = Math.max(t0, lastSent + CONNECT_US);
    lastSent = sent;
    const delay = remote.delayMs * 1000 + (sent - t0) + ROUND_TRIP_US;
    if (pd.requestTimeoutUs < delay) {
      world.loop.callAt(
        t0 + pd.requestTimeoutUs,
        world.job(() => {
          fail(pd, p.messages.timeoutDuringRequest);
          release(pd.client);
        }, "request_timeout"),
      );
      return;
    }
    world.loop.ioAt(
      t0 + delay,
      world.job(() => {
        if (pd.done) return;
        pd.done = true;
        const body = UTF8.encode(remote.body);
        world.emit({ kind: "fetch-done", fetch: pd.id, status: remote.status, bytes: body.length });
        release(pd.client);
        const ok = remote.status >= 200 && remote.status < 300;
        const response = makeResponse(
          pd.url,
          remote.status,
          body,
          (world.now() - t0) / 1e6,
          None,
          pd.request,
          remote.reason,
          remote.headers,
        );
        if (!ok) {
          const err = rt.call(httpError, [remote.status, remote.reason, response]);
          response.$dict!.set("error", err);
          if (pd.raiseError) {
            if (!skipCancelled(pd, "exception")) pd.future.setException(err as PyException);
            return;
          }
        }
        if (!skipCancelled(pd, "result")) pd.future.setResult(response);
      }, "fetch response"),
    );
  };
  const release = (client: ClientState) => {
    client.active--;
    while (client.active < client.maxClients && client.queue.length) {
      const next = client.queue.shift()!;
      if (next.done) continue;
      next.queued = false;
      if (next.queueTimer !== null) world.loop.cancelTimer(next.queueTimer);
      start(next);
    }
  };

  const fetch = (client: ClientState, args: PyValue[], kw: KwArgs | null): PyValue => {
    let req = args[0];
    const callback = args[1] ?? kwGet(kw, "callback");
    if (callback !== undefined && callback !== None) {
      if (p.features.fetchCallback === "removed") {
        throw rt.error("TypeError", "HTTPRequest.__init__() got an unexpected keyword argument 'callback'");
      }
      if (p.features.fetchCallback === "deprecated") {
        world.warn(
          "DeprecationWarning",
          "callback arguments are deprecated, use the returned Future instead",
          "tornado/httpclient.py",
          0,
          null,
        );
      }
    }
    // 3.2 has no raise_error: given with a URL, HTTPRequest(url, **kwargs) would refuse it,
    // but the reference harness (tools/real-tornado) builds the HTTPRequest itself and passes
    // raise_error on to fetch(), whose **kwargs 3.2 ignores for an HTTPRequest; the recorded
    // traces show it ignored, and so is it here.
    const raiseKw = kwGet(kw, "raise_error");
    let url: string;
    let requestTimeout = kwGet(kw, "request_timeout");
    let connectTimeout = kwGet(kw, "connect_timeout");
    let method: PyValue = kwGet(kw, "method") ?? "GET";
    let body: PyValue = kwGet(kw, "body") ?? None;
    let nonstandard: PyValue = kwGet(kw, "allow_nonstandard_methods") ?? None;
    let request: PyValue;
    if (req instanceof PyInstance && req.$cls === requestType) {
      request = req;
      url = String(req.$dict!.get("url"));
      const rtq = req.$dict!.get("request_timeout");
      const ctq = req.$dict!.get("connect_timeout");
      if (rtq !== None) requestTimeout = rtq;
      if (ctq !== None) connectTimeout = ctq;
      method = req.$dict!.get("method") ?? "GET";
      body = req.$dict!.get("body") ?? None;
      nonstandard = req.$dict!.get("allow_nonstandard_methods") ?? None;
    } else {
      url = rt.str(req);
      const fields = ["method", "body", "headers", "connect_timeout", "request_timeout", "allow_nonstandard_methods"];
      const given = fields.filter((k) => kwGet(kw, k) !== undefined);
      request = rt.call(requestType, [url], { names: given, values: given.map((k) => kwGet(kw, k)!) });
    }
    const verb = rt.str(method).toUpperCase();
    // simple_httpclient: POST, PATCH and PUT need a body; other methods must not have one.
    const bodyExpected = verb === "POST" || verb === "PATCH" || verb === "PUT";
    // 3.2's connection asserts it in other words.
    const invalid =
      !rt.truthy(nonstandard) && bodyExpected !== (body !== None)
        ? p.features.legacyRequest
          ? `Body must ${bodyExpected ? "not " : ""}be empty for "${verb}" request`
          : `Body must ${bodyExpected ? "not " : ""}be None for method ${verb} (unless allow_nonstandard_methods is true)`
        : null;
    req = None;
    const rto = requestTimeout === undefined || requestTimeout === None ? 20 : seconds(rt, requestTimeout);
    const cto = connectTimeout === undefined || connectTimeout === None ? 20 : seconds(rt, connectTimeout);
    // Preparing the request (HTTPRequest, headers, the connection) costs a little time.
    world.charge(FETCH_US);
    const id = world.newId("fetch");
    const future = cc.newFuture(`fetch ${url}`);
    future.fetchId = id;
    const pd: Pending = {
      id,
      client,
      url,
      method: verb,
      request,
      invalid,
      future,
      requestTimeoutUs: rto * 1e6,
      queueTimeoutUs: Math.min(rto, cto) * 1e6,
      // 3.2 has no raise_error: a non-2xx answer always fails the Future.
      raiseError: !p.features.raiseError || raiseKw === undefined || rt.truthy(raiseKw),
      fetchedUs: world.now(),
      queued: client.active >= client.maxClients,
      done: false,
      queueTimer: null,
    };
    world.emit({
      kind: "fetch-queued",
      fetch: id,
      url,
      host: hostOfUrl(url) ?? url,
      method: verb,
      owner: world.owner,
      line: rt.currentLine(),
      waitingForSlot: pd.queued,
    });
    if (pd.queued) {
      client.queue.push(pd);
      pd.queueTimer = world.loop.callAt(
        world.now() + pd.queueTimeoutUs,
        world.job(() => {
          if (pd.queued && !pd.done) fail(pd, p.messages.timeoutInQueue);
        }, "queue timeout"),
      );
    } else start(pd);
    if (callback !== undefined && callback !== None) {
      // stack_context.wrap(callback): it runs in the context entered at the fetch (≤5.1).
      const context = world.stackContext;
      future.addDoneCallback((f) => {
        f.retrieved = true;
        // An HTTPError that carries its response gives that response; another failure a 599.
        const carried = f.exception?.$dict?.get("response");
        const response = !f.exception
          ? f.result
          : carried !== undefined && carried !== None
            ? carried
            : makeResponse(url, 599, null, 0, f.exception);
        // io_loop.add_callback(callback, response): run and logged as IOLoop callbacks are.
        loadModule(rt, "tornado.ioloop");
        world.callSoon(() => ctx.runCallback!(callback, [response]), "fetch callback", world.owner, context);
      });
    }
    return future;
  };

  /**
   * The blocking HTTPClient: it runs a loop of its own, so it works only where no loop
   * runs (module level); its fetch blocks the whole program until the response.
   */
  const makeSyncClient = () => {
    const t = runtimeClass("HTTPClient", "tornado.httpclient");
    methods(t, {
      __init__: () => {
        // HTTPClient() runs an IOLoop of its own: on asyncio (5.0+) that cannot start
        // inside the running loop; the poll loops of 3.x/4.x block the served loop instead.
        if (world.serving && p.loop === "asyncio")
          throw rt.error("RuntimeError", "Cannot run the event loop while another loop is running");
        return None;
      },
      close: () => None,
      fetch: (_rt, _self, args, kw) => {
        const req = args[0];
        const url = req instanceof PyInstance && req.$cls === requestType ? rt.str(req.$dict!.get("url")) : rt.str(req);
        const timeoutArg = req instanceof PyInstance ? req.$dict!.get("request_timeout") : kwGet(kw, "request_timeout");
        const timeoutUs = (timeoutArg === undefined || timeoutArg === None ? 20 : seconds(rt, timeoutArg)) * 1e6;
        const remote = answerOf(url, "GET");
        const delay = remote.delayMs * 1000;
        world.charge(FETCH_US);
        if (timeoutUs < delay) {
          world.block(timeoutUs, "HTTPClient.fetch");
          throw rt.call(timeoutError ?? httpError, [599, p.messages.timeoutDuringRequest]);
        }
        world.block(delay, "HTTPClient.fetch");
        const body = UTF8.encode(remote.body);
        const response = makeResponse(url, remote.status, body, delay / 1e6, None, None, remote.reason);
        if (remote.status < 200 || remote.status >= 300) {
          const err = rt.call(httpError, [remote.status, remote.reason, response]);
          response.$dict!.set("error", err);
          const raise = kwGet(kw, "raise_error");
          if (raise === undefined || rt.truthy(raise)) throw err;
        }
        return response;
      },
    });
    return t;
  };

  const clientType = runtimeClass("AsyncHTTPClient", "tornado.httpclient", undefined, (cls) => new ClientObj(cls));
  // One shared instance per IOLoop unless force_instance; keyword arguments (max_clients)
  // apply when an instance is made: configure()'s defaults, then the call's own.
  let singleton: ClientObj | null = null;
  let defaults: KwArgs | null = null;
  const maxClientsOf = (kw: KwArgs | null): number => {
    const v = kwGet(kw, "max_clients") ?? kwGet(defaults, "max_clients");
    return v === undefined || v === None ? 10 : Number(v);
  };
  clientType.dict.set(
    "__new__",
    new PyStaticMethod(
      fn("__new__", (_rt, args, kw) => {
        const force = rt.truthy(args[1] ?? kwGet(kw, "force_instance") ?? false);
        if (!force && singleton) return singleton;
        const c = new ClientObj(clientType);
        c.state = { maxClients: maxClientsOf(kw), active: 0, queue: [] };
        if (!force) singleton = c;
        return c;
      }),
    ),
  );
  methods(clientType, {
    __init__: () => None,
    fetch: (_rt, self, args, kw) => fetch((self as ClientObj).state, args, kw),
    close: (_rt, self) => {
      if (self === singleton) singleton = null;
      return None;
    },
  });
  clientType.dict.set(
    "configure",
    new PyStaticMethod(
      fn("configure", (_rt, _args, kw) => {
        defaults = kw;
        return None;
      }),
    ),
  );

  const m = new PyModule("tornado.httpclient");
  const d = m.$dict!;
  d.set("AsyncHTTPClient", clientType);
  d.set("HTTPClient", makeSyncClient());
  d.set("HTTPRequest", requestType);
  d.set("HTTPResponse", responseType);
  d.set("HTTPError", httpError);
  if (clientErrorName === "HTTPClientError") d.set("HTTPClientError", httpError);
  if (timeoutError) {
    const sm = new PyModule("tornado.simple_httpclient");
    sm.$dict!.set("HTTPTimeoutError", timeoutError);
    ctx.modules.set("tornado.simple_httpclient", sm);
  }
  void (0 as unknown as VTime);
  return m;
}
