/**
 * `urllib.parse`: quoting, query strings and URL splitting/joining, following
 * Lib/urllib/parse.py of CPython 3.11 (ParseResult/SplitResult are named tuples
 * with hostname/port/username/password).
 */
import { PyBuiltin, PyModule, PyType, None, type KwArgs, type PyValue } from "../objects/core";
import { PyBytes, PyDict, PyList, PyTuple } from "../objects/containers";
import { PyProperty } from "../objects/functions";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { defMethods, makeModule, native } from "./util";
import { makeNamedTuple } from "./collections-namedtuple";

const ALWAYS_SAFE = new Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~");
const USES_PARAMS = [
  "",
  "ftp",
  "hdl",
  "prospero",
  "http",
  "imap",
  "https",
  "shttp",
  "rtsp",
  "rtspu",
  "sip",
  "sips",
  "mms",
  "sftp",
  "tel",
];
const USES_NETLOC = [
  "",
  "ftp",
  "http",
  "gopher",
  "nntp",
  "telnet",
  "imap",
  "wais",
  "file",
  "mms",
  "https",
  "shttp",
  "snews",
  "prospero",
  "rtsp",
  "rtspu",
  "rsync",
  "svn",
  "svn+ssh",
  "sftp",
  "nfs",
  "git",
  "git+ssh",
  "ws",
  "wss",
];
const USES_RELATIVE = [
  "",
  "ftp",
  "http",
  "gopher",
  "nntp",
  "imap",
  "wais",
  "file",
  "https",
  "shttp",
  "mms",
  "prospero",
  "rtsp",
  "rtspu",
  "sftp",
  "svn",
  "svn+ssh",
  "ws",
  "wss",
];
const SCHEME_CHARS = /^[A-Za-z0-9+\-.]*$/;

/** quote(): UTF-8 bytes outside the safe set become %XX. */
export function quote(s: string | Uint8Array, safe: string): string {
  const bytes = typeof s === "string" ? new TextEncoder().encode(s) : s;
  const safeSet = new Set([...ALWAYS_SAFE, ...safe]);
  let out = "";
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    out += b < 128 && safeSet.has(ch) ? ch : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** unquote(): %XX sequences decoded as UTF-8 (invalid sequences become U+FFFD). */
export function unquote(s: string): string {
  if (!s.includes("%")) return s;
  return s.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = Uint8Array.from(run.match(/%../g)!, (h) => parseInt(h.slice(1), 16));
    return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  });
}

function quotePlus(s: string | Uint8Array, safe: string): string {
  const text = typeof s === "string" ? s : null;
  if ((text !== null && text.includes(" ")) || (text === null && (s as Uint8Array).includes(32))) {
    return quote(s, safe + " ").replace(/ /g, "+");
  }
  return quote(s, safe);
}

function splitNetloc(url: string, start: number): [string, string] {
  let delim = url.length;
  for (const c of "/?#") {
    const w = url.indexOf(c, start);
    if (w >= 0) delim = Math.min(delim, w);
  }
  return [url.slice(start, delim), url.slice(delim)];
}

/** Strip the WHATWG "C0 control or space" characters (code points up to U+0020) from the ends. */
function stripC0(s: string, start: boolean, end: boolean): string {
  let a = 0;
  let b = s.length;
  if (start) while (a < b && s.charCodeAt(a) <= 0x20) a++;
  if (end) while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}

/** urlsplit's five parts. */
function urlsplit(rt: Interpreter, urlIn: string, schemeIn: string, allowFragments: boolean): string[] {
  let url = stripC0(urlIn, true, false).replace(/[\t\r\n]/g, "");
  let scheme = stripC0(schemeIn, true, true).replace(/[\t\r\n]/g, "");
  let netloc = "";
  let query = "";
  let fragment = "";
  const i = url.indexOf(":");
  if (i > 0 && /^[A-Za-z]/.test(url) && SCHEME_CHARS.test(url.slice(0, i))) {
    scheme = url.slice(0, i).toLowerCase();
    url = url.slice(i + 1);
  }
  if (url.startsWith("//")) {
    [netloc, url] = splitNetloc(url, 2);
    if (netloc.includes("[") !== netloc.includes("]")) throw rt.error("ValueError", "Invalid IPv6 URL");
  }
  if (allowFragments && url.includes("#")) {
    fragment = url.slice(url.indexOf("#") + 1);
    url = url.slice(0, url.indexOf("#"));
  }
  if (url.includes("?")) {
    query = url.slice(url.indexOf("?") + 1);
    url = url.slice(0, url.indexOf("?"));
  }
  return [scheme, netloc, url, query, fragment];
}

function urlunsplit(parts: string[]): string {
  const [scheme, netloc, path, query, fragment] = parts as [string, string, string, string, string];
  let url = path;
  if (netloc || (scheme && USES_NETLOC.includes(scheme) && url.slice(0, 2) !== "//")) {
    if (url && url[0] !== "/") url = "/" + url;
    url = "//" + netloc + url;
  }
  if (scheme) url = scheme + ":" + url;
  if (query) url += "?" + query;
  if (fragment) url += "#" + fragment;
  return url;
}

function splitParams(url: string): [string, string] {
  let i: number;
  if (url.includes("/")) {
    i = url.indexOf(";", url.lastIndexOf("/"));
    if (i < 0) return [url, ""];
  } else i = url.indexOf(";");
  return [url.slice(0, i), url.slice(i + 1)];
}

function urlparse(rt: Interpreter, url: string, scheme: string, allowFragments: boolean): string[] {
  const [s, netloc, path0, query, fragment] = urlsplit(rt, url, scheme, allowFragments) as [
    string,
    string,
    string,
    string,
    string,
  ];
  let path = path0;
  let params = "";
  if (USES_PARAMS.includes(s) && path.includes(";")) [path, params] = splitParams(path);
  return [s, netloc, path, params, query, fragment];
}

function urljoin(rt: Interpreter, base: string, url: string, allowFragments: boolean): string {
  if (!base) return url;
  if (!url) return base;
  const [bscheme, bnetloc, bpath, bparams, bquery] = urlparse(rt, base, "", allowFragments);
  const parts = urlparse(rt, url, bscheme!, allowFragments);
  const [scheme, , , , , fragment] = parts;
  let [, netloc, path, params, query] = parts;
  const unparse = (p: string[]) => {
    const [s, n, pa, pr, q, f] = p;
    return urlunsplit([s!, n!, pr ? `${pa};${pr}` : pa!, q!, f!]);
  };
  if (scheme !== bscheme || !USES_RELATIVE.includes(scheme!)) return url;
  if (USES_NETLOC.includes(scheme!)) {
    if (netloc) return unparse([scheme!, netloc, path!, params!, query!, fragment!]);
    netloc = bnetloc;
  }
  if (!path && !params) {
    path = bpath;
    params = bparams;
    if (!query) query = bquery;
    return unparse([scheme!, netloc!, path!, params!, query!, fragment!]);
  }
  const baseParts = bpath!.split("/");
  // A last segment that is not a directory does not take part in the resolution.
  if (baseParts[baseParts.length - 1] !== "") baseParts.pop();
  let segments: string[];
  if (path!.startsWith("/")) segments = path!.split("/");
  else {
    segments = [...baseParts, ...path!.split("/")];
    // Drop empty inner segments, which would give redundant slashes.
    if (segments.length > 1) {
      segments = [segments[0]!, ...segments.slice(1, -1).filter((x) => x !== ""), segments[segments.length - 1]!];
    }
  }
  const resolved: string[] = [];
  for (const seg of segments) {
    if (seg === "..") resolved.pop();
    else if (seg !== ".") resolved.push(seg);
  }
  const last = segments[segments.length - 1];
  if (last === "." || last === "..") resolved.push("");
  return unparse([scheme!, netloc!, resolved.join("/") || "/", params!, query!, fragment!]);
}

function str(rt: Interpreter, v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.data);
  throw rt.error("TypeError", `Cannot mix str and non-str arguments`);
}

function parseQsl(
  rt: Interpreter,
  qs: string,
  keepBlank: boolean,
  strict: boolean,
  separator: string,
): [string, string][] {
  const out: [string, string][] = [];
  for (const nameValue of qs.split(separator)) {
    if (!nameValue && !strict) continue;
    const nv = nameValue.includes("=")
      ? [nameValue.slice(0, nameValue.indexOf("=")), nameValue.slice(nameValue.indexOf("=") + 1)]
      : [nameValue];
    if (nv.length !== 2) {
      if (strict) throw rt.error("ValueError", `bad query field: ${rt.repr(nameValue)}`);
      if (keepBlank) nv.push("");
      else continue;
    }
    if (nv[1]!.length || keepBlank)
      out.push([unquote(nv[0]!.replace(/\+/g, " ")), unquote(nv[1]!.replace(/\+/g, " "))]);
  }
  return out;
}

/** Build `urllib.parse` (and the `urllib` package module that holds it). */
export function urllibParseModule(rt0: Interpreter): PyModule {
  const withProps = (t: PyType) => {
    const netloc = (_rt: Interpreter, self: PyValue) => ((self as PyTuple).items[1] as string) ?? "";
    const userinfo = (rt: Interpreter, self: PyValue): [string | null, string | null] => {
      const n = netloc(rt, self);
      if (!n.includes("@")) return [null, null];
      const info = n.slice(0, n.lastIndexOf("@"));
      const i = info.indexOf(":");
      return i < 0 ? [info, null] : [info.slice(0, i), info.slice(i + 1)];
    };
    const hostport = (rt: Interpreter, self: PyValue): [string, string | null] => {
      const n = netloc(rt, self);
      const hp = n.slice(n.lastIndexOf("@") + 1);
      const m = /^\[([^\]]*)\](?::(.*))?$/.exec(hp);
      if (m) return [m[1]!, m[2] ?? null];
      const i = hp.indexOf(":");
      return i < 0 ? [hp, null] : [hp.slice(0, i), hp.slice(i + 1)];
    };
    const prop = (name: string, get: (rt: Interpreter, self: PyValue) => PyValue) =>
      t.dict.set(name, new PyProperty(new PyBuiltin(name, (rt, a) => get(rt as Interpreter, a[0])), None, None, None));
    prop("username", (rt, self) => userinfo(rt, self)[0] ?? None);
    prop("password", (rt, self) => userinfo(rt, self)[1] ?? None);
    prop("hostname", (rt, self) => {
      const h = hostport(rt, self)[0];
      return h ? h.toLowerCase() : None;
    });
    prop("port", (rt, self) => {
      const p = hostport(rt, self)[1];
      if (p === null || p === "") return None;
      if (!/^\d+$/.test(p)) throw rt.error("ValueError", `Port could not be cast to integer value as ${rt.repr(p)}`);
      const n = Number(p);
      if (n > 65535) throw rt.error("ValueError", "Port out of range 0-65535");
      return n;
    });
    return t;
  };
  const splitResult = withProps(
    makeNamedTuple(rt0, "SplitResult", ["scheme", "netloc", "path", "query", "fragment"], { module: "urllib.parse" }),
  );
  const parseResult = withProps(
    makeNamedTuple(rt0, "ParseResult", ["scheme", "netloc", "path", "params", "query", "fragment"], {
      module: "urllib.parse",
    }),
  );
  defMethods(splitResult, { geturl: (_rt, self) => urlunsplit((self as PyTuple).items.map(String)) });
  defMethods(parseResult, {
    geturl: (_rt, self) => {
      const [s, n, p, pr, q, f] = (self as PyTuple).items.map(String);
      return urlunsplit([s!, n!, pr ? `${p};${pr}` : p!, q!, f!]);
    },
  });

  const urlArgs = (rt: Interpreter, name: string, args: PyValue[], kw: KwArgs | null) => {
    const [url, scheme, frag] = parseArgs(rt, name, args, kw, ["url", "scheme", "allow_fragments"], 1);
    return [str(rt, url), scheme === undefined ? "" : str(rt, scheme), frag === undefined || rt.truthy(frag)] as const;
  };

  return makeModule("urllib.parse", {
    quote: native("quote", (rt, args, kw) => {
      const [s, safe] = parseArgs(rt, "quote", args, kw, ["string", "safe", "encoding", "errors"], 1);
      return quote(s instanceof PyBytes ? s.data : str(rt, s), safe === undefined ? "/" : str(rt, safe));
    }),
    quote_plus: native("quote_plus", (rt, args, kw) => {
      const [s, safe] = parseArgs(rt, "quote_plus", args, kw, ["string", "safe", "encoding", "errors"], 1);
      return quotePlus(s instanceof PyBytes ? s.data : str(rt, s), safe === undefined ? "" : str(rt, safe));
    }),
    unquote: native("unquote", (rt, args) => unquote(str(rt, args[0]))),
    unquote_plus: native("unquote_plus", (rt, args) => unquote(str(rt, args[0]).replace(/\+/g, " "))),
    urlencode: native("urlencode", (rt, args, kw) => {
      const [query, doseq, safe] = parseArgs(
        rt,
        "urlencode",
        args,
        kw,
        ["query", "doseq", "safe", "encoding", "errors", "quote_via"],
        1,
      );
      const s = safe === undefined ? "" : str(rt, safe);
      const q = (v: PyValue) => quotePlus(v instanceof PyBytes ? v.data : rt.str(v), s);
      let pairs: PyValue[][];
      if (query instanceof PyDict || rt.isInstance(query, rt.builtins.get("dict") as PyType)) {
        pairs = [...(query as PyDict).table.map.values()].map((e) => [e.key, e.value]);
      } else {
        try {
          pairs = rt.toArray(query).map((p) => rt.toArray(p));
        } catch {
          throw rt.error("TypeError", "not a valid non-string sequence or mapping object");
        }
      }
      const out: string[] = [];
      for (const [k, v] of pairs) {
        if (
          doseq !== undefined &&
          rt.truthy(doseq) &&
          typeof v !== "string" &&
          !(v instanceof PyBytes) &&
          (v instanceof PyList || v instanceof PyTuple)
        ) {
          for (const item of v.items) out.push(q(k) + "=" + q(item));
        } else out.push(q(k) + "=" + q(v));
      }
      return out.join("&");
    }),
    parse_qsl: native("parse_qsl", (rt, args, kw) => {
      const [qs, keep, strict, , , , sep] = parseArgs(
        rt,
        "parse_qsl",
        args,
        kw,
        ["qs", "keep_blank_values", "strict_parsing", "encoding", "errors", "max_num_fields", "separator"],
        1,
      );
      const pairs = parseQsl(
        rt,
        str(rt, qs),
        keep !== undefined && rt.truthy(keep),
        strict !== undefined && rt.truthy(strict),
        sep === undefined ? "&" : str(rt, sep),
      );
      return new PyList(pairs.map((p) => new PyTuple(p)));
    }),
    parse_qs: native("parse_qs", (rt, args, kw) => {
      const [qs, keep, strict, , , , sep] = parseArgs(
        rt,
        "parse_qs",
        args,
        kw,
        ["qs", "keep_blank_values", "strict_parsing", "encoding", "errors", "max_num_fields", "separator"],
        1,
      );
      const d = rt.newDict();
      for (const [k, v] of parseQsl(
        rt,
        str(rt, qs),
        keep !== undefined && rt.truthy(keep),
        strict !== undefined && rt.truthy(strict),
        sep === undefined ? "&" : str(rt, sep),
      )) {
        const list = rt.dictGet(d, k) as PyList | undefined;
        if (list) list.items.push(v);
        else rt.dictSet(d, k, new PyList([v]));
      }
      return d;
    }),
    urlsplit: native("urlsplit", (rt, args, kw) =>
      rt.call(splitResult, urlsplit(rt, ...urlArgs(rt, "urlsplit", args, kw))),
    ),
    urlparse: native("urlparse", (rt, args, kw) =>
      rt.call(parseResult, urlparse(rt, ...urlArgs(rt, "urlparse", args, kw))),
    ),
    urlunsplit: native("urlunsplit", (rt, args) => urlunsplit(rt.toArray(args[0]).map((v) => str(rt, v)))),
    urlunparse: native("urlunparse", (rt, args) => {
      const [s, n, p, pr, q, f] = rt.toArray(args[0]).map((v) => str(rt, v));
      return urlunsplit([s!, n!, pr ? `${p};${pr}` : p!, q!, f!]);
    }),
    urljoin: native("urljoin", (rt, args, kw) => {
      const [base, url, frag] = parseArgs(rt, "urljoin", args, kw, ["base", "url", "allow_fragments"], 2);
      return urljoin(rt, str(rt, base), str(rt, url), frag === undefined || rt.truthy(frag));
    }),
    SplitResult: splitResult,
    ParseResult: parseResult,
  });
}

/** `urllib` itself: a package whose `parse` submodule is loaded on import. */
export function urllibModule(_rt: Interpreter): PyModule {
  return makeModule("urllib", {});
}
