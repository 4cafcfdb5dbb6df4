/**
 * The HTTP server and its clients: a client sends at its time; the request reaches
 * the handler when the loop gets to it; the response reaches the client when
 * finish() writes it, unless the client gave up first.
 */
import { PyInstance, PyType, None, type PyValue } from "../../python/objects/core";
import { PyBytes, PyList, PyDict, PyTuple } from "../../python/objects/containers";
import { isPyException } from "../../python/objects/exceptions";
import type { RequestSpec } from "../../scenario";
import type { Owner } from "../../trace";
import type { TornadoContext } from "../tornado/context";
import type { WebModule } from "../tornado/web";
import { HandlerInstance, type RequestState } from "../tornado/handler";
import { execute } from "./execute";
import { pathArguments } from "../tornado/handler-args";
import { makeConnectionTypes } from "./connection";
import { method } from "../../python/builtins/registry";

// Stateless codecs, made once: building one costs more than a request's encoding.
const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder();

/** CPU time Tornado spends reading and parsing one request, µs. */
const PARSE_US = 200;

export interface Route {
  readonly pattern: string;
  readonly regex: RegExp;
  readonly handler: PyType;
  readonly kwargs: PyValue;
  /** The route as the code wrote it (a tuple or a url()). */
  readonly spec: PyValue;
}

/** Python's `re` pattern of a route, as a JS RegExp anchored at both ends (Tornado appends `$`). */
export function routeRegex(pattern: string): RegExp {
  let src = pattern.replace(/\(\?P<(\w+)>/g, "(?<$1>").replace(/\(\?P=(\w+)\)/g, "\\k<$1>");
  if (!src.startsWith("^")) src = "^" + src;
  if (!src.endsWith("$")) src += "$";
  return new RegExp(src, "u");
}

export function serve(
  ctx: TornadoContext,
  web: WebModule,
  routes: readonly Route[],
  requests: readonly RequestSpec[],
  /** Called when a client has its response or gave up. */
  clientDone: (t: number) => void = () => {},
): void {
  const world = ctx.world;
  const rt = world.rt;
  const timeoutUs = world.scenario.clientTimeoutMs * 1000;
  const connections = makeConnectionTypes();
  // As the reference harness serves it: a plain Application of the routes found, made
  // when serving starts. The code's own Application (its settings, its subclass) only
  // says which routes there are.
  let app: PyValue | null = null;
  const application = (): PyValue => {
    app ??= rt.call(web.applicationType, [new PyList(routes.map((r) => r.spec))]);
    return app;
  };
  requests.forEach((spec, i) => {
    const id = i + 1;
    const at = spec.atMs * 1000;
    const client = { received: false, gaveUp: false };
    let state: RequestState | null = null;
    // http.client writes the request line as ASCII: a path with other characters is never sent.
    const body = /^[\x20-\x7e]*$/.test(spec.path) ? requestBody(spec) : null;
    world.external(at, () => {
      world.emit({ kind: "client-send", request: id, method: spec.method, path: spec.path, body: spec.body }, at);
      if (body === null) {
        // http.client cannot encode the request line or the body: the request is never sent.
        client.received = true;
        timeout.cancel();
        world.emit({ kind: "client-error", request: id, error: "UnicodeEncodeError", message: "not encodable" }, at);
        clientDone(at);
        return;
      }
      // The request reaches the server's socket at once; the loop reads it when it polls.
      world.emit({ kind: "request-arrive", request: id }, at);
      const owner: Owner = { type: "request", request: id };
      const label = `${spec.method} ${spec.path}`;
      // 3.2's IOStream hands what it read to the HTTP server through add_callback: the handler
      // runs in the callback phase of the next iteration, so a timeout it adds that is already
      // due runs in that same iteration (TORNADO_SEMANTICS §5.1).
      const deferred = world.profile.loop === "poll32";
      world.loop.ioAt(
        at,
        deferred
          ? world.job(() => world.callSoon(dispatch, label, owner), "read request", owner)
          : world.job(dispatch, label, owner),
      );
    });
    // http.client's timeout is the socket's: it runs from the last bytes that came in, so a
    // response streamed with flush() keeps the client waiting.
    let deadline = at + timeoutUs;
    const giveUp = () => {
      if (client.received) return;
      client.gaveUp = true;
      world.emit({ kind: "client-error", request: id, error: "TimeoutError", message: "timed out" }, deadline);
      clientDone(deadline);
      world.loop.ioAt(
        deadline,
        world.job(
          () => {
            if (!state) return;
            state.connectionClosed = true;
            const h = state.handler;
            const cb = state.closeCallback;
            if (cb === "handler") {
              if (h && !h.finished) {
                world.emit({ kind: "on-connection-close", request: id });
                rt.callMethod(h, "on_connection_close", []);
              }
            } else if (cb !== None) {
              world.emit({ kind: "on-connection-close", request: id });
              rt.call(cb, []);
            }
          },
          "connection closed",
          { type: "request", request: id },
        ),
      );
    };
    let timeout = world.external(deadline, giveUp);
    const dispatch = () => {
      // Reading and parsing the request costs the loop a little time.
      world.charge(PARSE_US);
      const [pathOnly, query = ""] = spec.path.split("?") as [string, string?];
      if (body === null) return;
      const req = new PyInstance(web.requestType);
      const d = req.$dict!;
      d.set("method", spec.method);
      d.set("uri", spec.path);
      d.set("path", pathOnly);
      d.set("query", query);
      d.set("version", "HTTP/1.1");
      d.set("remote_ip", "127.0.0.1");
      d.set("host", "127.0.0.1:8888");
      // What Python's http.client sends.
      const withLength = spec.method === "POST" || spec.method === "PUT" || spec.method === "PATCH";
      // 3.2's HTTPRequest has no host_name, and a request with no Content-Length has the body "".
      if (!world.profile.features.legacyRequest) d.set("host_name", "127.0.0.1");
      d.set("protocol", "http");
      d.set("body", withLength || !world.profile.features.legacyRequest ? new PyBytes(body) : "");
      const headers = web.httputil.newHeaders();
      headers.set("Host", "127.0.0.1:8888");
      headers.set("Accept-Encoding", "identity");
      if (withLength) headers.set("Content-Length", String(body.length));
      d.set("headers", headers);
      const { all, q, b } = parseArguments(
        rt,
        query,
        spec.method === "POST" || spec.method === "PUT" ? (spec.body ?? "") : "",
      );
      d.set("arguments", all);
      d.set("query_arguments", q);
      d.set("body_arguments", b);
      d.set("files", rt.newDict());
      d.set("_start_us", world.now());
      state = {
        id,
        method: spec.method,
        uri: spec.path,
        path: pathOnly,
        query,
        body,
        start: world.now(),
        connectionClosed: client.gaveUp,
        closeCallback: "handler",
        pyRequest: req,
        handler: null,
        onBytesSent: () => {
          if (client.gaveUp || client.received) return;
          timeout.cancel();
          deadline = world.now() + timeoutUs;
          timeout = world.external(deadline, giveUp);
        },
        onResponse: (status, bytes) => {
          // The client is another thread: it reads the bytes once it gets the GIL.
          world.onOtherThread((t) => {
            if (client.gaveUp || client.received) return;
            client.received = true;
            timeout.cancel();
            if (status < 100 || status > 999) {
              // http.client accepts only a three-digit status code (5.0+ sends any set_status code).
              world.emit({ kind: "client-error", request: id, error: "BadStatusLine", message: "bad status" }, t);
              clientDone(t);
              state = null;
              return;
            }
            // http.client reads no body for a 1xx, 204 or 304 (3.2 sends one with a 204).
            const bodyless = status === 204 || status === 304 || (status >= 100 && status < 200);
            const text = bodyless ? "" : UTF8_DECODER.decode(bytes);
            world.emit({ kind: "client-recv", request: id, status, body: text }, t);
            clientDone(t);
            // Nothing here reads the state once the response is in. This scope was made
            // when serving started, so it is long promoted to the old generation: while
            // it points at the state, every minor GC keeps the request's objects alive.
            state = null;
          });
        },
      };
      d.set("connection", connections.make(state));
      let match: RegExpExecArray | null = null;
      const route = routes.find((r) => (match = r.regex.exec(pathOnly)) !== null);
      world.emit({
        kind: "request-dispatch",
        request: id,
        method: spec.method,
        path: spec.path,
        handler: route ? route.handler.name : null,
        pattern: route ? route.pattern : null,
      });
      // The connection's request loop is a Task of its own (6.x).
      if (world.profile.connectionTasks) ctx.cc.nextTaskName();
      const handlerType = route ? route.handler : notFoundHandler(ctx, web);
      const kw = route && route.kwargs instanceof PyDict ? route.kwargs : null;
      const kwargs = kw
        ? {
            names: [...kw.table.map.values()].map((e) => String(e.key)),
            values: [...kw.table.map.values()].map((e) => e.value),
          }
        : null;
      let h: HandlerInstance;
      try {
        h = rt.call(handlerType, [application(), req], kwargs) as HandlerInstance;
      } catch (e) {
        if (!isPyException(e)) throw e;
        // The HTTP connection logs it and closes the connection: no response at all. In 3.2
        // the IOStream callback that read the headers logs it, and the IOLoop once more.
        const tb = ctx.cc.tracebackOf(e);
        if (world.profile.features.legacyRequest) {
          world.logError("tornado.application", "Uncaught exception, closing connection.", e, tb, ["iostream", 356]);
          world.logError(
            "tornado.application",
            `Exception in callback functools.partial(<function wrap.<locals>.wrapped at ${rt.addressOf(e)}>)`,
            e,
            tb,
            world.profile.logSites.callbackException,
          );
        } else world.logError("tornado.application", "Uncaught exception", e, tb, ["http1connection", 72]);
        world.onOtherThread((t) => {
          if (client.gaveUp || client.received) return;
          client.received = true;
          timeout.cancel();
          world.emit(
            { kind: "client-error", request: id, error: "RemoteDisconnected", message: "Remote end closed connection" },
            t,
          );
          clientDone(t);
        });
        return;
      }
      if (!(h instanceof HandlerInstance)) return;
      h.req = state;
      state.handler = h;
      const m = match as RegExpExecArray | null;
      const path = m ? pathArguments(m) : { args: [], kwargs: null };
      const supported = rt.getattr(h, "SUPPORTED_METHODS");
      const allowed = supported instanceof PyTuple || supported instanceof PyList ? supported.items.map(String) : [];
      if (!allowed.includes(spec.method)) {
        web.handler.handleException(h, rt.call(web.handler.httpErrorType, [405]) as never);
        return;
      }
      execute(ctx, web.handler, h, spec.method.toLowerCase(), path.args, path.kwargs);
    };
  });
}

/**
 * The body bytes the client sends, as Python's http.client does for the harness's
 * client: POST and PUT send the text encoded as Latin-1 (other methods send none);
 * null when the text is not Latin-1 (http.client raises UnicodeEncodeError).
 */
/** The body of a request without one: shared, since nothing can be written to it. */
const NO_BODY = new Uint8Array(0);

function requestBody(spec: RequestSpec): Uint8Array | null {
  if (spec.method !== "POST" && spec.method !== "PUT") return NO_BODY;
  const text = spec.body ?? "";
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return null;
    bytes[i] = c;
  }
  return bytes;
}

/** What Tornado serves for a path no route matches: a 404. */
function notFoundHandler(ctx: TornadoContext, web: WebModule): PyType {
  const rt = ctx.world.rt;
  const t = new PyType("ErrorHandler", [web.handler.type], { builtin: false, module: "tornado.web" });
  method(t, "prepare", () => {
    throw rt.call(web.handler.httpErrorType, [404]);
  });
  return t;
}

function parseArguments(rt: import("../../python").Interpreter, query: string, body: string) {
  const all = new PyDict();
  const q = new PyDict();
  const b = new PyDict();
  const add = (d: PyDict, text: string) => {
    for (const [k, v] of parseQsBytes(text)) {
      for (const target of [d, all]) {
        let list = rt.dictGet(target, k) as PyList | undefined;
        if (!list) {
          list = new PyList([]);
          rt.dictSet(target, k, list);
        }
        list.items.push(new PyBytes(v));
      }
    }
  };
  add(q, query);
  // Tornado parses a body into arguments only for a form Content-Type, which the
  // scenario's client never sends (as the real-Tornado harness's client does not):
  // `get_argument` sees the query string only, `request.body` has the bytes.
  void body;
  return { all, q, b };
}

/** httputil.parse_qs_bytes(keep_blank_values=True): `&`-separated pairs, `+` as a space,
 * percent escapes decoded to raw bytes (a value need not be UTF-8); keys decoded as UTF-8. */
function parseQsBytes(text: string): [string, Uint8Array][] {
  const out: [string, Uint8Array][] = [];
  const unquote = (s: string): Uint8Array => {
    const bytes: number[] = [];
    const t = s.replace(/\+/g, " ");
    for (let i = 0; i < t.length; i++) {
      const hex = t[i] === "%" ? t.slice(i + 1, i + 3) : "";
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else for (const b of UTF8.encode(t[i]!)) bytes.push(b);
    }
    return new Uint8Array(bytes);
  };
  for (const pair of text.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    // parse_qs drops a field with no `=` (with strict_parsing off).
    if (eq < 0) continue;
    out.push([new TextDecoder().decode(unquote(pair.slice(0, eq))), unquote(pair.slice(eq + 1))]);
  }
  return out;
}
