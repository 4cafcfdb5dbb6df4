/**
 * tornado.web's routing helpers: url()/URLSpec (a route with a name),
 * Application.reverse_url, and RedirectHandler.
 */
import { PyType, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyBytes, PyTuple } from "../../python/objects/containers";
import { methods } from "../../python/builtins/registry";
import type { Interpreter } from "../../python";
import { kwGet } from "./context";

/** url(pattern, handler, kwargs=None, name=None) as the route tuple the server reads:
 * (pattern, handler, kwargs, name). */
export function urlSpec(args: PyValue[], kw: KwArgs | null): PyTuple {
  return new PyTuple([
    args[0] ?? kwGet(kw, "pattern") ?? None,
    args[1] ?? kwGet(kw, "handler") ?? None,
    args[2] ?? kwGet(kw, "kwargs") ?? None,
    args[3] ?? kwGet(kw, "name") ?? None,
  ]);
}

/** URLSpec._find_groups: the pattern as a `%s` template, or null when it is too complex to reverse. */
function reverseTemplate(pattern: string): { path: string; groups: number } | null {
  let p = pattern;
  if (p.startsWith("^")) p = p.slice(1);
  if (p.endsWith("$")) p = p.slice(0, -1);
  const groups = countGroups(pattern);
  if (groups !== (p.match(/\(/g) ?? []).length) return null;
  const pieces: string[] = [];
  for (const fragment of p.split("(")) {
    const close = fragment.indexOf(")");
    const rest = close >= 0 ? fragment.slice(close + 1) : fragment;
    const unescaped = reUnescape(rest);
    if (unescaped === null) return null;
    pieces.push(close >= 0 ? "%s" + unescaped : unescaped);
  }
  return { path: pieces.join(""), groups };
}

/** The number of capturing groups of a regex source. */
function countGroups(pattern: string): number {
  const src = pattern.replace(/\(\?P<(\w+)>/g, "(?<$1>");
  try {
    return new RegExp(`(?:${src})?`, "u").exec("")!.length - 1;
  } catch {
    return -1;
  }
}

/** tornado.util.re_unescape: `\x` becomes `x` for non-alphanumeric x; `\d` and the like cannot be reversed. */
function reUnescape(s: string): string | null {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "\\") {
      out += s[i];
      continue;
    }
    const c = s[i + 1] ?? "";
    if (/[A-Za-z0-9]/.test(c)) return null;
    out += c;
    i++;
  }
  return out;
}

/** url_escape(utf8(a), plus=False). */
function quote(text: string): string {
  let out = "";
  for (const b of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9_.\-~/]/.test(c) ? c : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** Application.reverse_url(name, *args) over the application's named routes. */
export function defineApplicationRouting(rt: Interpreter, applicationType: PyType): void {
  methods(applicationType, {
    reverse_url: (_rt, self, args) => {
      const name = args[0]!;
      const handlers = rt.getattr(self, "handlers");
      for (const spec of rt.toArray(handlers)) {
        if (!(spec instanceof PyTuple) || spec.items.length < 4 || !rt.eq(spec.items[3]!, name)) continue;
        const pattern = String(spec.items[0]);
        const tpl = reverseTemplate(pattern);
        if (!tpl) throw rt.error("ValueError", `Cannot reverse url regex ${pattern}`);
        const values = args.slice(1);
        if (values.length !== tpl.groups)
          throw rt.call(rt.excType("AssertionError"), ["required number of arguments not found"]);
        if (!values.length) return tpl.path;
        const converted = values.map((a) => quote(a instanceof PyBytes ? new TextDecoder().decode(a.data) : rt.str(a)));
        return rt.percentFormat(tpl.path, new PyTuple(converted));
      }
      throw rt.call(rt.excType("KeyError"), [`${rt.str(name)} not found in named urls`]);
    },
  });
}

/** web.StaticFileHandler: the playground has no files, so every path is a 404. */
export function makeStaticFileHandler(rt: Interpreter, handlerType: PyType, httpErrorType: PyType): PyType {
  const t = new PyType("StaticFileHandler", [handlerType], { builtin: false, module: "tornado.web" });
  const missing = () => {
    throw rt.call(httpErrorType, [404]);
  };
  methods(t, {
    initialize: (_rt, self, args, kw) => {
      rt.setattr(self, "root", args[0] ?? kwGet(kw, "path") ?? None);
      rt.setattr(self, "default_filename", args[1] ?? kwGet(kw, "default_filename") ?? None);
      return None;
    },
    get: missing,
    head: missing,
  });
  return t;
}

/** web.ErrorHandler: initialize(status_code); every request raises HTTPError(status_code). */
export function makeErrorHandler(rt: Interpreter, handlerType: PyType, httpErrorType: PyType): PyType {
  const t = new PyType("ErrorHandler", [handlerType], { builtin: false, module: "tornado.web" });
  methods(t, {
    initialize: (_rt, self, args, kw) => {
      rt.callMethod(self, "set_status", [args[0] ?? kwGet(kw, "status_code") ?? None]);
      return None;
    },
    prepare: (_rt, self) => {
      throw rt.call(httpErrorType, [rt.callMethod(self, "get_status", [])]);
    },
  });
  return t;
}

/** web.RedirectHandler: initialize(url, permanent=True); GET redirects to `url.format(*args, **kwargs)`. */
export function makeRedirectHandler(rt: Interpreter, handlerType: PyType): PyType {
  const t = new PyType("RedirectHandler", [handlerType], { builtin: false, module: "tornado.web" });
  methods(t, {
    initialize: (_rt, self, args, kw) => {
      rt.setattr(self, "_url", args[0] ?? kwGet(kw, "url") ?? None);
      rt.setattr(self, "_permanent", args[1] ?? kwGet(kw, "permanent") ?? true);
      return None;
    },
    get: (_rt, self, args, kw) => {
      let to = rt.call(rt.getattr(rt.getattr(self, "_url"), "format"), args, kw);
      const query = rt.getattr(rt.getattr(self, "request"), "query");
      if (typeof query === "string" && query) to = `${rt.str(to)}?${query}`;
      rt.call(rt.getattr(self, "redirect"), [to], { names: ["permanent"], values: [rt.getattr(self, "_permanent")] });
      return None;
    },
  });
  return t;
}
