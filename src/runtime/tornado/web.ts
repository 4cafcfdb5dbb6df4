/**
 * tornado.web: Application, RequestHandler, HTTPError, Finish, url and (where the
 * release has it) @asynchronous.
 */
import { PyBuiltin, PyModule, PyInstance, PyType, None, type PyValue } from "../../python/objects/core";
import { PyTuple, PyList, PyDict } from "../../python/objects/containers";
import { PyException, isPyException } from "../../python/objects/exceptions";
import { PyNativeMethod } from "../../python/interp/attr";
import { methods, fn, getter } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import { reasonPhrase } from "./http-status";
import { runtimeClass, exceptionClass, kwGet, type TornadoContext } from "./context";
import { makeRequestHandler, HandlerInstance, type HandlerApi } from "./handler";
import { makeHttputil, HeadersObj, type HttputilApi } from "./httputil";
import { makeAuthenticated } from "./handler-auth";
import {
  defineApplicationRouting,
  makeErrorHandler,
  makeRedirectHandler,
  makeStaticFileHandler,
  urlSpec,
} from "./web-routing";
import { warnStackContextDeprecated } from "../loop/stack-context";

export interface WebModule {
  readonly module: PyModule;
  readonly handler: HandlerApi;
  readonly applicationType: PyType;
  readonly requestType: PyType;
  readonly httputil: HttputilApi;
}

export function makeWebModule(ctx: TornadoContext): WebModule {
  const world = ctx.world;
  const rt = world.rt;
  const p = world.profile;

  const httpError = exceptionClass("HTTPError", "tornado.web");
  methods(httpError, {
    __init__: (_rt, self, args, kw) => {
      const e = self as PyException;
      let status = args[0] ?? kwGet(kw, "status_code");
      if (status === undefined) {
        // status_code has had a default (500) since 4.0.
        if (p.release === "3.2")
          throw rt.error("TypeError", "HTTPError.__init__() missing 1 required positional argument: 'status_code'");
        status = 500;
      }
      const logMessage = args[1] ?? kwGet(kw, "log_message") ?? None;
      const logArgs = args.slice(2);
      e.$dict!.set("status_code", status);
      e.$dict!.set("_log_message", logMessage);
      // 6.x's log_message doubles a message's % signs when it has no arguments.
      const escape = p.features.httpErrorEscapesPercent && typeof logMessage === "string" && !logArgs.length;
      e.$dict!.set("log_message", escape ? logMessage.replace(/%/g, "%%") : logMessage);
      e.$dict!.set("reason", kwGet(kw, "reason") ?? None);
      e.args = new PyTuple(logArgs);
      return None;
    },
    __str__: (_rt, self) => {
      const d = (self as PyException).$dict!;
      const code = Number(d.get("status_code"));
      const reason = d.get("reason");
      let msg = `HTTP ${code}: ${reason !== None && reason !== undefined ? rt.str(reason) : reasonPhrase(code)}`;
      const lm = d.get("_log_message");
      if (lm !== None && lm !== undefined && lm !== "") {
        const a = (self as PyException).args;
        msg += ` (${a.items.length ? rt.percentFormat(String(lm), a) : String(lm)})`;
      }
      return msg;
    },
  });
  const missingArgument = exceptionClass("MissingArgumentError", "tornado.web", httpError);
  methods(missingArgument, {
    __init__: (_rt, self, [argName]) => {
      rt.call(rt.getattr(httpError, "__init__"), [self, 400, `Missing argument ${rt.str(argName!)}`]);
      (self as PyException).$dict!.set("arg_name", argName!);
      return None;
    },
  });
  const finishType = p.features.finishException ? exceptionClass("Finish", "tornado.web") : null;
  const httputil = makeHttputil(ctx);
  ctx.modules.set("tornado.httputil", httputil.module);
  const handler = makeRequestHandler(ctx, {
    httpErrorType: httpError,
    missingArgumentType: missingArgument,
    finishType,
    httputil,
  });

  // 3.2's request is tornado.httpserver.HTTPRequest; from 4.0 it is httputil.HTTPServerRequest.
  const requestType = p.features.legacyRequest
    ? runtimeClass("HTTPRequest", "tornado.httpserver")
    : runtimeClass("HTTPServerRequest", "tornado.httputil");
  if (!p.features.legacyRequest) httputil.module.$dict!.set("HTTPServerRequest", requestType);
  // request.cookies: the Cookie header parsed once; the client sends none, so it is empty.
  getter(requestType, "cookies", (_rt, self) => {
    const d = (self as PyInstance).$dict!;
    if (!d.has("_cookies")) d.set("_cookies", rt.call(handler.cookieType, []));
    return d.get("_cookies")!;
  });
  methods(requestType, {
    __repr__: (_rt, self) => {
      const d = (self as PyInstance).$dict!;
      const cls = p.requestRepr.startsWith("HTTPRequest+") ? "HTTPRequest" : "HTTPServerRequest";
      const fields = `protocol='http', host='127.0.0.1:8888', method='${d.get("method")}', uri='${d.get("uri")}', version='HTTP/1.1', remote_ip='127.0.0.1'`;
      // `headers=%s` of dict(self.headers): each name with its values joined by commas.
      const h = d.get("headers");
      const dict = rt.newDict();
      if (h instanceof HeadersObj) for (const [k, vs] of h.lists) rt.dictSet(dict, k, vs.join(","));
      const headers = p.requestRepr.endsWith("+headers") ? `, headers=${rt.repr(dict)}` : "";
      return `${cls}(${fields}${headers})`;
    },
    full_url: (_rt, self) => `http://127.0.0.1:8888${(self as PyInstance).$dict!.get("uri")}`,
    request_time: (_rt, self) => {
      const start = Number((self as PyInstance).$dict!.get("_start_us"));
      return rt.call(rt.builtins.get("float")!, [(world.now() - start) / 1e6]);
    },
  });

  const applicationType = runtimeClass("Application", "tornado.web");
  methods(applicationType, {
    __init__: (_rt, self, args, kw) => {
      const app = self as PyInstance;
      const handlers = args[0] ?? kwGet(kw, "handlers") ?? new PyList([]);
      app.$dict!.set("handlers", new PyList(rt.toArray(handlers)));
      const settings = rt.newDict();
      if (kw)
        kw.names.forEach(
          (n, i) =>
            n !== "handlers" && n !== "default_host" && n !== "transforms" && rt.dictSet(settings, n, kw.values[i]),
        );
      app.$dict!.set("settings", settings);
      ctx.applications.push(app);
      return None;
    },
    listen: () => None,
    add_handlers: (_rt, self, [_host, handlers]) => {
      const list = (self as PyInstance).$dict!.get("handlers") as PyList;
      list.items.push(...rt.toArray(handlers));
      return None;
    },
    log_request: () => None,
    __call__: () => None,
  });
  defineApplicationRouting(rt, applicationType);

  const members: Record<string, PyValue> = {
    RequestHandler: handler.type,
    Application: applicationType,
    HTTPError: httpError,
    MissingArgumentError: missingArgument,
    RedirectHandler: makeRedirectHandler(rt, handler.type),
    StaticFileHandler: makeStaticFileHandler(rt, handler.type, httpError),
    ErrorHandler: makeErrorHandler(rt, handler.type, httpError),
    authenticated: makeAuthenticated(rt, httpError),
    url: fn("url", (_rt, args, kw) => urlSpec(args, kw)),
    URLSpec: fn("URLSpec", (_rt, args, kw) => urlSpec(args, kw)),
  };
  if (finishType) members.Finish = finishType;
  if (p.features.asynchronous !== "removed") members.asynchronous = makeAsynchronous(ctx, handler);
  const module = new PyModule("tornado.web");
  for (const [k, v] of Object.entries(members)) module.$dict!.set(k, v);
  return { module, handler, applicationType, requestType, httputil };
}

/** `@web.asynchronous`: auto-finish off; a returned Future finishes the request when it resolves. */
function makeAsynchronous(ctx: TornadoContext, api: HandlerApi): PyValue {
  const world = ctx.world;
  const rt = world.rt;
  return new PyBuiltin("asynchronous", (_rt, [method]) => {
    if (world.profile.features.asynchronous === "deprecated") {
      world.warn(
        "DeprecationWarning",
        "@asynchronous is deprecated, use coroutines instead",
        "tornado/web.py",
        1746,
        null,
      );
    }
    const name = (rt.getattr(method, "__name__") as string) ?? "wrapper";
    return new PyNativeMethod(
      name,
      (_rt2, args, kw) => {
        const self = args[0];
        if (!(self instanceof HandlerInstance)) return rt.call(method, args, kw);
        self.autoFinish = false;
        self.asyncContext = true;
        // The method runs inside ExceptionStackContext(self._stack_context_handle_exception):
        // an exception escaping a callback it scheduled (at any depth) becomes this request's
        // error, a 500 (or only a log line once it is finished). 5.1 warns only when it catches one.
        const onError = (e: PyException): boolean => {
          if (world.profile.features.asynchronous === "deprecated") warnStackContextDeprecated(world, "catch");
          api.handleException(self, e);
          return true;
        };
        const result = world.enterStackContext(onError, () => rt.call(method, args, kw));
        if (result instanceof PyFuture) {
          ctx.cc.addFuture(
            result,
            (f) => {
              try {
                f.get();
                if (!self.finished) api.finish(self, None, "auto");
              } catch (e) {
                if (!isPyException(e)) throw e;
                // future_complete raises inside the decorator's stack_context.
                onError(e);
              }
            },
            "asynchronous",
          );
          return None;
        }
        return result;
      },
      name,
    );
  });
}

export { PyDict };
