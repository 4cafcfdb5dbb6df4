/**
 * tornado.web.RequestHandler: its state, output (write/finish/flush), errors
 * (send_error/write_error), and the release-specific messages. The request's life
 * events (finish, response-sent, access log, on_finish) are emitted here.
 */
import { PyInstance, PyType, None, typeOf, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyBytes, PyDict, PyList, PyTuple } from "../../python/objects/containers";
import {
  PyException,
  isPyException,
  makeException,
  tracebackOf as tracebackObject,
} from "../../python/objects/exceptions";
import { methods, method, getter } from "../../python/builtins/registry";
import type { Interpreter } from "../../python";
import { reasonPhrase } from "./http-status";
import { runtimeClass, kwGet, type TornadoContext } from "./context";
import type { HeadersObj, HttputilApi } from "./httputil";
import { defineArgumentMethods } from "./handler-args";
import { defineHeaderMethods, resetHeaders, writeNewCookies } from "./handler-headers";
import { xhtmlEscape } from "./escape";
import { defineAuthMethods } from "./handler-auth";
import { defineExtraMethods } from "./handler-extras";
import { defineTemplateMethods } from "./template";

/** What the server knows about one request. */
export interface RequestState {
  readonly id: number;
  readonly method: string;
  readonly uri: string;
  readonly path: string;
  readonly query: string;
  readonly body: Uint8Array;
  /** When Tornado created the request object (its access-log clock starts here), µs. */
  readonly start: number;
  /** The client gave up and closed the connection. */
  connectionClosed: boolean;
  /** What runs when the client closes the connection: "handler" (its on_connection_close), a callable, or None. */
  closeCallback: PyValue | "handler";
  /** The Python HTTPServerRequest object. */
  pyRequest: PyValue;
  handler: HandlerInstance | null;
  /** Called when flush() puts bytes on the wire before the response is complete. */
  onBytesSent?: () => void;
  /** Called when the response is complete (status and body). */
  onResponse: (status: number, body: Uint8Array) => void;
}

export class HandlerInstance extends PyInstance {
  req!: RequestState;
  finished = false;
  autoFinish = true;
  status = 200;
  reason = "OK";
  /** The response headers (`_headers`), made by __init__. */
  headers!: HeadersObj;
  buffer: Uint8Array[] = [];
  newCookies = new Map<string, string>();
  /** How many chunks of `buffer` flush() has sent. */
  flushedChunks = 0;
  headersWritten = false;
  /** The exception-handling context of @asynchronous (errors in its callbacks become 500s). */
  asyncContext = false;
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** What 3.2's write(None) puts in the buffer (found by identity). */
const NONE_CHUNK = new Uint8Array(0);

/** CPU time of finish(): headers, flush, access log, µs. */
const FINISH_US = 150;

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
}

export interface HandlerApi {
  readonly type: PyType;
  finish(h: HandlerInstance, chunk: PyValue, how: "explicit" | "auto" | "error"): PyValue;
  handleException(h: HandlerInstance, e: PyException): void;
  httpErrorType: PyType;
  finishType: PyType | null;
  /** http.cookies.SimpleCookie, what request.cookies parses the Cookie header into. */
  cookieType: PyType;
}

/** The tornado.web classes the handler's natives raise or build. */
export interface HandlerDeps {
  readonly httpErrorType: PyType;
  readonly missingArgumentType: PyType;
  readonly finishType: PyType | null;
  readonly httputil: HttputilApi;
}

/** Build the RequestHandler class and its natives for one run. */
export function makeRequestHandler(ctx: TornadoContext, deps: HandlerDeps): HandlerApi {
  const { httpErrorType, finishType } = deps;
  const world = ctx.world;
  const rt = world.rt;
  const p = world.profile;
  const type = runtimeClass("RequestHandler", "tornado.web", undefined, (cls) => new HandlerInstance(cls));
  const H = (v: PyValue) => {
    if (!(v instanceof HandlerInstance)) throw rt.error("TypeError", "expected a RequestHandler");
    return v;
  };

  type.dict.set("SUPPORTED_METHODS", new PyTuple(["GET", "HEAD", "POST", "DELETE", "PATCH", "PUT", "OPTIONS"]));

  const write = (h: HandlerInstance, chunk: PyValue) => {
    if (h.finished) throw rt.error("RuntimeError", p.messages.writeAfterFinish);
    let data: Uint8Array;
    if (chunk instanceof PyBytes) data = chunk.data;
    else if (typeof chunk === "string") data = utf8.encode(chunk);
    else if (chunk instanceof PyDict) {
      data = utf8.encode(jsonEncode(rt, chunk).replace(/<\//g, "<\\/"));
      // Through set_header(), which keeps 3.2's values as bytes.
      const contentType = "application/json; charset=UTF-8";
      h.headers.set(
        "Content-Type",
        contentType,
        p.features.headerValuesBytes ? new PyBytes(utf8.encode(contentType)) : contentType,
      );
    } else if (p.features.writeTypes === "utf8") {
      // 3.2 passes the chunk through utf8(): None comes back as None and goes into the buffer.
      if (chunk !== None)
        throw rt.error("TypeError", `Expected bytes, unicode, or None; got ${rt.repr(typeOf(chunk))}`);
      data = NONE_CHUNK;
    } else {
      let message = "write() only accepts bytes, unicode, and dict objects";
      if (chunk instanceof PyList) {
        message +=
          ". Lists not accepted for security reasons; see http://www.tornadoweb.org/en/stable/web.html#tornado.web.RequestHandler.write";
      }
      throw rt.error("TypeError", message);
    }
    h.buffer.push(data);
  };

  /** What 3.2's finish() trips over first with a None written: the Etag's hash, the
   * Content-Length's len(), or the join of the body. */
  const noneInBuffer = (h: HandlerInstance): never => {
    const i = h.buffer.indexOf(NONE_CHUNK);
    h.buffer = [];
    if (!h.headersWritten) {
      if (h.status === 200 && (h.req.method === "GET" || h.req.method === "HEAD") && !h.headers.has("Etag"))
        throw rt.error("TypeError", "object supporting the buffer API required");
      if (h.status !== 304 && !h.headers.has("Content-Length"))
        throw rt.error("TypeError", "object of type 'NoneType' has no len()");
    }
    throw rt.error("TypeError", `sequence item ${i}: expected a bytes-like object, NoneType found`);
  };

  /** finish()'s ETag step for a 200 GET/HEAD: 3.2 calls compute_etag() and sets the header
   * itself; 4.5+ call set_etag_header() and check_etag_header() (each overridable), and a
   * match turns the response into a bodyless 304. */
  const etagStep = (h: HandlerInstance) => {
    if (p.release === "3.2") {
      const etag = rt.callMethod(h, "compute_etag", []);
      // No If-None-Match arrives, so there is nothing to match.
      if (etag !== None) rt.callMethod(h, "set_header", ["Etag", etag]);
      return;
    }
    rt.callMethod(h, "set_etag_header", []);
    if (rt.truthy(rt.callMethod(h, "check_etag_header", []))) {
      h.buffer = [];
      setStatus(h, 304, undefined);
    }
  };

  const finish = (h: HandlerInstance, chunk: PyValue, how: "explicit" | "auto" | "error"): PyValue => {
    if (h.finished) throw rt.error("RuntimeError", p.messages.finishTwice);
    const flushedBefore = h.headersWritten;
    if (chunk !== None && chunk !== undefined) write(h, chunk);
    if (h.buffer.includes(NONE_CHUNK)) noneInBuffer(h);
    if (!h.headersWritten && h.status === 200 && (h.req.method === "GET" || h.req.method === "HEAD")) {
      if (!h.headers.has("Etag")) etagStep(h);
    }
    if (!h.headersWritten) {
      // 3.2 checks (and leaves out Content-Length for) 304 only.
      const bodyless =
        h.status === 304 || (!p.features.legacyRequest && (h.status === 204 || (h.status >= 100 && h.status < 200)));
      if (bodyless && h.buffer.some((b) => b.length)) {
        throw rt.call(rt.excType("AssertionError"), [`Cannot send body with ${h.status}`]);
      }
      if (!bodyless && !h.headers.has("Content-Length")) {
        h.headers.set("Content-Length", String(h.buffer.reduce((n, b) => n + b.length, 0)));
      }
    }
    if (!h.headersWritten) writeNewCookies(h);
    // Headers, flushing and the access log cost the loop a little time.
    world.charge(FINISH_US);
    const req = h.req;
    // A HEAD response carries headers only.
    const body = req.method === "HEAD" ? new Uint8Array(0) : concatBytes(h.buffer);
    h.buffer = [];
    h.headersWritten = true;
    // finish() clears the connection's close callback.
    req.closeCallback = None;
    world.emit({ kind: "finish", request: req.id, how, line: how === "explicit" ? rt.currentLine() : null });
    const preview = utf8Decoder.decode(body.subarray(0, 400)).slice(0, 200);
    world.emit({ kind: "response-sent", request: req.id, status: h.status, bodyPreview: preview, bytes: body.length });
    req.onResponse(h.status, body);
    const ms = (world.now() - req.start) / 1000;
    const level = h.status < 400 ? "INFO" : h.status < 500 ? "WARNING" : "ERROR";
    world.log(
      level,
      "tornado.access",
      `${h.status} ${req.method} ${req.uri} (127.0.0.1) ${ms.toFixed(2)}ms`,
      null,
      null,
      ["web", p.logSites.access],
    );
    h.finished = true;
    world.emit({ kind: "on-finish", request: req.id });
    rt.callMethod(h, "on_finish", []);
    if (p.features.finishReturnsFuture) {
      const f = ctx.cc.newFuture("flush");
      if (!(flushedBefore && p.features.bodyWriteFuture === "next-iteration")) f.setResult(None);
      return f;
    }
    return None;
  };

  /** RequestHandler.set_status: a code with no known reason phrase is an error up to 4.5. */
  const setStatus = (h: HandlerInstance, code: number, reason: PyValue | undefined) => {
    h.status = code;
    if (reason !== undefined && reason !== None) {
      h.reason = String(reason);
      return;
    }
    const known = reasonPhrase(code, null);
    if (known !== null) h.reason = known;
    else if (p.features.unknownStatus === "unknown") h.reason = "Unknown";
    else if (p.features.unknownStatus === "error") throw rt.error("ValueError", `unknown status code ${code}`);
    else throw rt.call(rt.excType("ValueError"), ["unknown status code %d", code]);
  };

  /** RequestHandler.send_error; `httpReason` is the reason of the HTTPError being reported. */
  const sendError = (h: HandlerInstance, code: number, kw: KwArgs | null, httpReason: PyValue = None) => {
    if (h.headersWritten) {
      world.logError("tornado.general", "Cannot send error response after headers written", null, null, ["web", 0]);
      if (!h.finished) finish(h, None, "error");
      return;
    }
    clear(h);
    const reasonKw = p.features.sendErrorReason ? kwGet(kw, "reason") : undefined;
    setStatus(h, code, httpReason !== None && rt.truthy(httpReason) ? httpReason : reasonKw);
    try {
      rt.call(rt.getattr(h, "write_error"), [code], kw);
    } catch (e) {
      if (!isPyException(e)) throw e;
      world.logError("tornado.application", "Uncaught exception in write_error", e, ctx.cc.tracebackOf(e), ["web", 0]);
    }
    if (!h.finished) finish(h, None, "error");
  };

  const requestRepr = (h: HandlerInstance) => rt.repr(h.req.pyRequest);

  /** RequestHandler.log_exception: an HTTPError's message as a warning, anything else as "Uncaught exception". */
  const logException = (h: HandlerInstance, e: PyException) => {
    const req = h.req;
    const summary = `${req.method} ${req.uri} (127.0.0.1)`;
    if (rt.isInstance(e, httpErrorType)) {
      const logMessage = e.$dict!.get("_log_message");
      if (logMessage !== undefined && logMessage !== None && logMessage !== "") {
        const args = e.args;
        const status = Number(e.$dict!.get("status_code"));
        let text = String(logMessage);
        if (args.items.length) text = rt.percentFormat(text, args);
        world.log("WARNING", "tornado.general", `${status} ${summary}: ${text}`, null, null, [
          "web",
          p.logSites.httpErrorWarning,
        ]);
      }
    } else {
      world.logError(
        "tornado.application",
        `Uncaught exception ${summary}\n${requestRepr(h)}`,
        e,
        ctx.cc.tracebackOf(e),
        ["web", p.logSites.uncaught],
      );
    }
  };

  const handleException = (h: HandlerInstance, e: PyException) => {
    if (finishType && rt.isInstance(e, finishType)) {
      if (!h.finished) finish(h, e.args.items.length ? e.args.items[0] : None, "explicit");
      return;
    }
    const tb = tracebackObject(e);
    try {
      rt.callMethod(h, "log_exception", [e.$cls, e, tb]);
    } catch (err) {
      if (!isPyException(err)) throw err;
      world.logError("tornado.application", "Error in exception logger", err, ctx.cc.tracebackOf(err), ["web", 0]);
    }
    if (h.finished) return;
    const excInfo: KwArgs = { names: ["exc_info"], values: [new PyTuple([e.$cls, e, tb])] };
    if (rt.isInstance(e, httpErrorType)) {
      const status = Number(e.$dict!.get("status_code"));
      const reason = e.$dict!.get("reason") ?? None;
      const badSite = p.logSites.badStatusCode;
      if (badSite !== null && reasonPhrase(status, null) === null && !rt.truthy(reason)) {
        // Up to 4.5 set_status() refuses a code it has no phrase for, so the error is reported as a 500.
        world.logError("tornado.general", `Bad HTTP status code: ${status}`, null, null, ["web", badSite]);
        sendError(h, 500, excInfo);
      } else sendError(h, status, excInfo, reason);
    } else sendError(h, 500, excInfo);
  };

  /** RequestHandler.clear(): default headers, empty buffer, 200 OK. */
  const clear = (h: HandlerInstance) => {
    resetHeaders(h, p.version, world.now());
    rt.callMethod(h, "set_default_headers", []);
    h.buffer = [];
    h.flushedChunks = 0;
    h.status = 200;
    h.reason = "OK";
  };

  methods(type, {
    __init__: (_rt, self, args, kw) => {
      const h = H(self);
      h.$dict!.set("application", args[0]);
      h.$dict!.set("request", args[1]);
      h.$dict!.set("path_args", new PyList([]));
      h.$dict!.set("path_kwargs", rt.newDict());
      h.headers = deps.httputil.newHeaders();
      // 3.2 keeps response header values as set_header made them (UTF-8 bytes for a str).
      if (p.features.headerValuesBytes) h.headers.pyValues = new Map();
      clear(h);
      rt.call(rt.getattr(h, "initialize"), [], kw);
      return None;
    },
    initialize: () => None,
    prepare: () => None,
    on_finish: () => None,
    on_connection_close: () => None,
    write: (_rt, self, [chunk]) => {
      write(H(self), chunk);
      return None;
    },
    finish: (_rt, self, args) => finish(H(self), args[0] ?? None, "explicit"),
    flush: (_rt, self, args, kw) => {
      const h = H(self);
      const callback = args[1] ?? kwGet(kw, "callback");
      if (callback !== undefined && callback !== None) {
        // flush(callback=) up to 5.1: run once the bytes are written (5.1 warns); gone in 6.0.
        if (p.versionInfo[0] >= 6)
          throw rt.error("TypeError", "RequestHandler.flush() got an unexpected keyword argument 'callback'");
        if (p.release === "5.1") {
          world.warn(
            "DeprecationWarning",
            "callback argument is deprecated, use returned Future instead",
            "tornado/http1connection.py",
            h.headersWritten ? 446 : 405,
            null,
          );
        }
        world.callSoon(() => void rt.call(callback, []), "flush callback");
      }
      const flushedBefore = h.headersWritten;
      // The first flush sends the headers; a later one sends what was written since.
      const sends = !flushedBefore || h.buffer.slice(h.flushedChunks).some((b) => b.length > 0);
      h.flushedChunks = h.buffer.length;
      if (!flushedBefore) writeNewCookies(h);
      h.headersWritten = true;
      if (sends && !h.finished) h.req.onBytesSent?.();
      if (p.release === "3.2") return None;
      const f = ctx.cc.newFuture("flush");
      if (flushedBefore && p.features.bodyWriteFuture === "next-iteration") {
        world.callSoon(() => f.setResult(None), "HTTP1Connection._on_write_complete");
      } else f.setResult(None);
      return f;
    },
    set_status: (_rt, self, args, kw) => {
      setStatus(H(self), Number(args[0]), args[1] ?? kwGet(kw, "reason"));
      return None;
    },
    get_status: (_rt, self) => H(self).status,
    clear: (_rt, self) => {
      clear(H(self));
      return None;
    },
    reverse_url: (_rt, self, args) => rt.call(rt.getattr(rt.getattr(self, "application"), "reverse_url"), args),
    redirect: (_rt, self, args, kw) => {
      const h = H(self);
      if (h.headersWritten) throw rt.error("Exception", "Cannot redirect after headers have been written");
      const permanent = args[1] ?? kwGet(kw, "permanent") ?? false;
      const status = args[2] ?? kwGet(kw, "status");
      if (status !== undefined && status !== None) {
        // redirect() asserts `isinstance(status, int) and 300 <= status <= 399`.
        const code = typeof status === "number" || typeof status === "bigint" ? Number(status) : NaN;
        if (!(code >= 300 && code <= 399)) throw rt.call(rt.excType("AssertionError"), []);
      }
      h.status = status !== undefined && status !== None ? Number(status) : rt.truthy(permanent) ? 301 : 302;
      h.reason = reasonPhrase(h.status);
      h.headers.set("Location", convertLocation(rt.str(args[0])));
      finish(h, None, "explicit");
      return None;
    },
    send_error: (_rt, self, args, kw) => {
      sendError(H(self), args.length ? Number(args[0]) : 500, kw);
      return None;
    },
    write_error: (_rt, self, args) => {
      const h = H(self);
      const code = Number(args[0]);
      const reason = p.features.errorPageEscapesReason ? xhtmlEscape(h.reason, p.release) : h.reason;
      write(h, `<html><title>${code}: ${reason}</title><body>${code}: ${reason}</body></html>`);
      return None;
    },
    log_exception: (_rt, self, [, value]) => {
      logException(H(self), value as PyException);
      return None;
    },
    on_response: () => None,
  });
  defineArgumentMethods(rt, type, deps.missingArgumentType, httpErrorType);
  defineHeaderMethods(rt, type, H, p.features.headerValuesBytes);
  defineAuthMethods(rt, type);
  const cookieType = defineExtraMethods(rt, type, httpErrorType, H, p.release === "3.2");
  defineTemplateMethods(rt, type, (self) => H(self).finished);
  for (const verb of ["get", "post", "put", "delete", "patch", "head", "options"]) {
    method(type, verb, () => {
      throw rt.call(httpErrorType, [405]);
    });
  }
  getter(type, "settings", (_rt, self) => rt.getattr(rt.getattr(self, "application"), "settings"));
  getter(type, "_finished", (_rt, self) => H(self).finished);
  getter(type, "_headers_written", (_rt, self) => H(self).headersWritten);
  getter(
    type,
    "_auto_finish",
    (_rt, self) => H(self).autoFinish,
    (_rt, self, v) => {
      H(self).autoFinish = rt.truthy(v);
    },
  );
  getter(type, "_status_code", (_rt, self) => H(self).status);
  getter(type, "_headers", (_rt, self) => H(self).headers);
  getter(type, "_reason", (_rt, self) => H(self).reason);
  return { type, finish, handleException, httpErrorType, finishType, cookieType };
}

/** redirect()'s Location: the URL's UTF-8 bytes as Latin-1 text, as `utf8(url)` gives set_header. */
function convertLocation(url: string): string {
  return String.fromCharCode(...utf8.encode(url));
}

/** `json.dumps` of a value (tornado.escape.json_encode), through the stdlib json module when present. */
export function jsonEncode(rt: Interpreter, v: PyValue): string {
  try {
    const json = rt.modules.get("json") ?? rt.hooks.loadModule?.(rt, "json");
    if (json) {
      rt.modules.set("json", json);
      return String(rt.call(rt.getattr(json, "dumps"), [v]));
    }
  } catch (e) {
    if (isPyException(e)) throw e;
  }
  return simpleJson(rt, v);
}

function simpleJson(rt: Interpreter, v: PyValue): string {
  if (v === None) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string")
    return JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (v instanceof PyList || v instanceof PyTuple) return "[" + v.items.map((x) => simpleJson(rt, x)).join(", ") + "]";
  if (v instanceof PyDict) {
    return (
      "{" +
      [...v.table.map.values()].map((e) => `${simpleJson(rt, rt.str(e.key))}: ${simpleJson(rt, e.value)}`).join(", ") +
      "}"
    );
  }
  throw makeException("TypeError", `Object of type ${typeOf(v).name} is not JSON serializable`);
}
