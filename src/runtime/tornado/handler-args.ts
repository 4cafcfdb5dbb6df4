/**
 * RequestHandler's request arguments (get_argument and its query/body variants) and
 * the path arguments a route's groups capture, decoded as Tornado decodes them.
 */
import { PyInstance, PyType, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyBytes, PyDict, PyList } from "../../python/objects/containers";
import { methods } from "../../python/builtins/registry";
import type { Interpreter } from "../../python";
import { kwGet } from "./context";

const utf8Decoder = new TextDecoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Which of the request's argument dicts a getter reads. */
type Source = "arguments" | "query_arguments" | "body_arguments";

/** The decoded values of argument `name` in the request's `which` dict. */
function argumentValues(rt: Interpreter, h: PyInstance, which: Source, name: string, strip: boolean): PyValue[] {
  const req = h.$dict!.get("request");
  const args = rt.getattr(req, which) as PyDict;
  const list = rt.dictGet(args, name);
  if (!(list instanceof PyList)) return [];
  return list.items.map((b) => {
    // Through decode_argument(value, name=name), which a handler may override.
    const s = rt.call(rt.getattr(h, "decode_argument"), [b], { names: ["name"], values: [name] });
    // Tornado turns control characters other than whitespace into spaces, then strips.
    if (typeof s !== "string") return strip ? rt.callMethod(s, "strip", []) : s;
    let clean = "";
    for (const c of s) {
      const code = c.charCodeAt(0);
      clean += code <= 0x08 || (code >= 0x0e && code <= 0x1f) ? " " : c;
    }
    return strip ? clean.trim() : clean;
  });
}

const NO_DEFAULT = Symbol("no default");

/** get_argument / get_arguments and their query_ and body_ forms, on the RequestHandler class. */
export function defineArgumentMethods(
  rt: Interpreter,
  type: PyType,
  missingArgumentType: PyType,
  httpErrorType: PyType,
): void {
  const one = (which: Source) => (_rt: unknown, self: PyValue, args: PyValue[], kw: KwArgs | null) => {
    const name = String(args[0] ?? kwGet(kw, "name"));
    const dflt = args.length > 1 ? args[1]! : (kwGet(kw, "default") ?? NO_DEFAULT);
    const strip = rt.truthy(args[2] ?? kwGet(kw, "strip") ?? true);
    const values = argumentValues(rt, self as PyInstance, which, name, strip);
    if (values.length === 0) {
      if (dflt === NO_DEFAULT) throw rt.call(missingArgumentType, [name]);
      return dflt;
    }
    return values[values.length - 1]!;
  };
  const all = (which: Source) => (_rt: unknown, self: PyValue, args: PyValue[], kw: KwArgs | null) => {
    const name = String(args[0] ?? kwGet(kw, "name"));
    const strip = rt.truthy(args[1] ?? kwGet(kw, "strip") ?? true);
    return new PyList(argumentValues(rt, self as PyInstance, which, name, strip));
  };
  methods(type, {
    get_argument: one("arguments"),
    get_query_argument: one("query_arguments"),
    get_body_argument: one("body_arguments"),
    get_arguments: all("arguments"),
    get_query_arguments: all("query_arguments"),
    get_body_arguments: all("body_arguments"),
    decode_argument: (_rt, _self, args, kw) => {
      const value = args[0]!;
      if (!(value instanceof PyBytes)) return value;
      try {
        return strictUtf8.decode(value.data);
      } catch {
        const name = args[1] ?? kwGet(kw, "name") ?? None;
        const label = name !== None && rt.truthy(name) ? rt.str(name) : "url";
        const shown = rt.repr(new PyBytes(value.data.slice(0, 40)));
        throw rt.call(httpErrorType, [400, `Invalid unicode in ${label}: ${shown}`]);
      }
    },
  });
}

/** The path arguments of a route match: positional when the pattern has no named
 * groups, else keyword arguments only (tornado.routing.PathMatches), each URL-unescaped. */
export function pathArguments(match: RegExpExecArray): { args: PyValue[]; kwargs: KwArgs | null } {
  const unquote = (s: string | undefined): PyValue => (s === undefined ? None : percentDecode(s));
  if (match.groups && Object.keys(match.groups).length) {
    const names = Object.keys(match.groups);
    return { args: [], kwargs: { names, values: names.map((n) => unquote(match.groups![n])) } };
  }
  return { args: match.slice(1).map(unquote), kwargs: null };
}

/** url_unescape(s, plus=False) decoded as UTF-8. */
function percentDecode(s: string): string {
  if (!s.includes("%")) return s;
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const hex = s[i] === "%" ? s.slice(i + 1, i + 3) : "";
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else for (const b of enc.encode(s[i]!)) bytes.push(b);
  }
  return utf8Decoder.decode(new Uint8Array(bytes));
}
