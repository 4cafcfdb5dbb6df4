/**
 * RequestHandler's user and signed-cookie helpers: current_user (get_current_user,
 * computed once), require_setting, get_login_url, the signed-cookie methods (which
 * need the cookie_secret setting; the playground's client sends no cookies), and the
 * @web.authenticated decorator.
 */
import { PyBuiltin, PyType, None, type PyValue } from "../../python/objects/core";
import { PyDict } from "../../python/objects/containers";
import { methods, getter } from "../../python/builtins/registry";
import { PyNativeMethod } from "../../python/interp/attr";
import type { Interpreter } from "../../python";

/** The application's setting `name`, or undefined. */
function setting(rt: Interpreter, self: PyValue, name: string): PyValue | undefined {
  const settings = rt.getattr(rt.getattr(self, "application"), "settings");
  return settings instanceof PyDict ? rt.dictGet(settings, name) : undefined;
}

/** RequestHandler.require_setting: the setting must be there and truthy. */
function requireSetting(rt: Interpreter, self: PyValue, name: string, feature = "this feature"): void {
  const v = setting(rt, self, name);
  if (v === undefined || !rt.truthy(v)) {
    throw rt.error("Exception", `You must define the '${name}' setting in your application to use ${feature}`);
  }
}

export function defineAuthMethods(rt: Interpreter, type: PyType): void {
  const getSigned = (_rt: unknown, self: PyValue, args: PyValue[]) => {
    requireSetting(rt, self, "cookie_secret", "secure cookies");
    // No cookie arrives, so there is nothing to verify.
    return args[1] !== undefined && args[1] !== None ? None : rt.callMethod(self, "get_cookie", [args[0]!]);
  };
  const setSigned = (_rt: unknown, self: PyValue, args: PyValue[]) => {
    requireSetting(rt, self, "cookie_secret", "secure cookies");
    rt.callMethod(self, "set_cookie", [args[0]!, `2|1:0|10:0000000000|${rt.str(args[0]!)}|signed`]);
    return None;
  };
  methods(type, {
    get_current_user: () => None,
    require_setting: (_rt, self, args) => {
      requireSetting(rt, self, rt.str(args[0]!), args[1] !== undefined ? rt.str(args[1]) : undefined);
      return None;
    },
    get_login_url: (_rt, self) => {
      requireSetting(rt, self, "login_url", "@tornado.web.authenticated");
      return setting(rt, self, "login_url")!;
    },
    static_url: (_rt, self, args) => {
      requireSetting(rt, self, "static_path", "static_url");
      const prefix = setting(rt, self, "static_url_prefix");
      return `${prefix !== undefined ? rt.str(prefix) : "/static/"}${rt.str(args[0]!)}`;
    },
    get_signed_cookie: getSigned,
    get_secure_cookie: getSigned,
    set_signed_cookie: setSigned,
    set_secure_cookie: setSigned,
  });
  // current_user: get_current_user() the first time it is read; assignable.
  getter(
    type,
    "current_user",
    (_rt, self) => {
      const d = (self as { $dict: Map<string, PyValue> | null }).$dict!;
      if (!d.has("_current_user")) d.set("_current_user", rt.callMethod(self, "get_current_user", []));
      return d.get("_current_user")!;
    },
    (_rt, self, v) => {
      (self as { $dict: Map<string, PyValue> | null }).$dict!.set("_current_user", v);
    },
  );
}

/** @web.authenticated: a GET or HEAD without a user redirects to the login URL; other methods get 403. */
export function makeAuthenticated(rt: Interpreter, httpErrorType: PyType): PyBuiltin {
  return new PyBuiltin("authenticated", (_rt, [method]) => {
    const name = String(rt.getattr(method!, "__name__"));
    const wrapper = new PyNativeMethod(
      name,
      (_rt2, args, kw) => {
        const self = args[0]!;
        if (!rt.truthy(rt.getattr(self, "current_user"))) {
          const request = rt.getattr(self, "request");
          const verb = rt.str(rt.getattr(request, "method"));
          if (verb === "GET" || verb === "HEAD") {
            let url = rt.str(rt.callMethod(self, "get_login_url", []));
            if (!url.includes("?")) {
              const absolute = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(url);
              const next = absolute ? rt.callMethod(request, "full_url", []) : rt.getattr(request, "uri");
              url += "?next=" + encodeURIComponent(rt.str(next)).replace(/%20/g, "+");
            }
            rt.callMethod(self, "redirect", [url]);
            return None;
          }
          throw rt.call(httpErrorType, [403]);
        }
        return rt.call(method!, args, kw);
      },
      name,
    );
    wrapper.$dict = new Map([["__wrapped__", method!]]);
    return wrapper;
  });
}
