/**
 * tornado.httputil: HTTPHeaders (the case-insensitive multi-dict of request and
 * response headers), url_concat, and the HTTPServerRequest class the server builds.
 */
import { PyInstance, PyModule, PyType, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyBytes, PyDict, PyList, PyTuple } from "../../python/objects/containers";
import { methods, fn } from "../../python/builtins/registry";
import type { Interpreter } from "../../python";
import { runtimeClass, type TornadoContext } from "./context";

/** An HTTPHeaders instance: normalized name → its values, in insertion order. */
export class HeadersObj extends PyInstance {
  readonly lists = new Map<string, string[]>();
  /**
   * The Python object of each value where it is not its text: 3.2's response headers
   * keep what set_header made of a value (UTF-8 bytes for a str). Null: every value is
   * the str of its text.
   */
  pyValues: Map<string, PyValue[]> | null = null;

  /** The combined value (values joined by commas), or undefined. */
  get(name: string): string | undefined {
    return this.lists.get(normalizeHeader(name))?.join(",");
  }

  set(name: string, value: string, py: PyValue = value): void {
    const key = normalizeHeader(name);
    this.lists.set(key, [value]);
    this.pyValues?.set(key, [py]);
  }

  add(name: string, value: string, py: PyValue = value): void {
    const key = normalizeHeader(name);
    const list = this.lists.get(key);
    if (list) list.push(value);
    else this.lists.set(key, [value]);
    const pys = this.pyValues?.get(key);
    if (pys) pys.push(py);
    else this.pyValues?.set(key, [py]);
  }

  delete(name: string): void {
    this.lists.delete(normalizeHeader(name));
    this.pyValues?.delete(normalizeHeader(name));
  }

  has(name: string): boolean {
    return this.lists.has(normalizeHeader(name));
  }

  clear(): void {
    this.lists.clear();
    this.pyValues?.clear();
  }

  /** The values of `key` (normalized) as Python sees them. */
  pyList(key: string): PyValue[] | undefined {
    return this.pyValues?.get(key) ?? this.lists.get(key);
  }

  /** `headers[key]` (normalized) as Python sees it: one value as it was set, several
   * joined by commas into a str (3.2's add() does `native_str(old) + ',' + native_str(new)`). */
  pyItem(rt: Interpreter, key: string): PyValue | undefined {
    const vs = this.pyValues?.get(key);
    if (!vs) return this.get(key);
    return vs.length === 1
      ? vs[0]!
      : vs.map((v) => rt.str(v instanceof PyBytes ? rt.callMethod(v, "decode", []) : v)).join(",");
  }
}

/** A header value's text: a str as it is, bytes as Latin-1 (what goes on the wire). */
function headerText(rt: Interpreter, v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyBytes) return String.fromCharCode(...v.data);
  return rt.str(v);
}

/** Http-Header-Case, as tornado.httputil._normalize_header makes it. */
export function normalizeHeader(name: string): string {
  // Most names come normalized already ("Content-Type"): no new strings for those.
  if (isNormalizedAscii(name)) return name;
  return name
    .split("-")
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w))
    .join("-");
}

/** Whether `name` is ASCII and each `-`-separated word is capitalized: what
 * {@link normalizeHeader} would return unchanged. */
function isNormalizedAscii(name: string): boolean {
  let wordStart = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) return false;
    if (c === 0x2d) {
      wordStart = true;
      continue;
    }
    if (wordStart ? c >= 0x61 && c <= 0x7a : c >= 0x41 && c <= 0x5a) return false;
    wordStart = false;
  }
  return true;
}

export interface HttputilApi {
  readonly module: PyModule;
  readonly headersType: PyType;
  /** A new, empty HTTPHeaders. */
  newHeaders(): HeadersObj;
}

/** Build tornado.httputil for one run (tornado.web builds it and shares its classes with the server). */
export function makeHttputil(ctx: TornadoContext): HttputilApi {
  const rt = ctx.world.rt;
  const headersType = runtimeClass("HTTPHeaders", "tornado.httputil", undefined, (cls) => new HeadersObj(cls));
  const H = (v: PyValue): HeadersObj => {
    if (!(v instanceof HeadersObj)) throw rt.error("TypeError", "expected HTTPHeaders");
    return v;
  };
  const update = (h: HeadersObj, args: PyValue[], kw: KwArgs | null) => {
    const src = args[0];
    if (src instanceof HeadersObj) {
      for (const [k, vs] of src.lists) for (const v of vs) h.add(k, v);
    } else if (src instanceof PyDict) {
      for (const e of src.table.map.values()) rt.callMethod(h, "__setitem__", [e.key, e.value]);
    } else if (src !== undefined) {
      for (const pair of rt.iterate(src)) {
        const [k, v] = rt.toArray(pair);
        rt.callMethod(h, "__setitem__", [k!, v!]);
      }
    }
    kw?.names.forEach((n, i) => rt.callMethod(h, "__setitem__", [n, kw.values[i]!]));
  };
  const keyError = (name: string) => rt.call(rt.excType("KeyError"), [name]);
  methods(headersType, {
    __init__: (_rt, self, args, kw) => {
      update(H(self), args, kw);
      return None;
    },
    add: (_rt, self, [name, value]) => {
      H(self).add(String(name), headerText(rt, value!), value!);
      return None;
    },
    get_list: (_rt, self, [name]) => new PyList([...(H(self).pyList(normalizeHeader(String(name))) ?? [])]),
    get_all: (_rt, self) => {
      const h = H(self);
      const pairs: PyValue[] = [];
      for (const k of h.lists.keys()) for (const v of h.pyList(k)!) pairs.push(new PyTuple([k, v]));
      return rt.iter(new PyList(pairs));
    },
    __setitem__: (_rt, self, [name, value]) => {
      H(self).set(String(name), headerText(rt, value!), value!);
      return None;
    },
    __getitem__: (_rt, self, [name]) => {
      const v = H(self).pyItem(rt, normalizeHeader(String(name)));
      if (v === undefined) throw keyError(normalizeHeader(String(name)));
      return v;
    },
    __delitem__: (_rt, self, [name]) => {
      const h = H(self);
      if (!h.has(String(name))) throw keyError(normalizeHeader(String(name)));
      h.delete(String(name));
      return None;
    },
    __contains__: (_rt, self, [name]) => typeof name === "string" && H(self).has(name),
    __len__: (_rt, self) => H(self).lists.size,
    __iter__: (_rt, self) => rt.iter(new PyList([...H(self).lists.keys()])),
    get: (_rt, self, args) => H(self).pyItem(rt, normalizeHeader(String(args[0]))) ?? args[1] ?? None,
    keys: (_rt, self) => new PyList([...H(self).lists.keys()]),
    values: (_rt, self) => new PyList([...H(self).lists.keys()].map((k) => H(self).pyItem(rt, k)!)),
    items: (_rt, self) => new PyList([...H(self).lists.keys()].map((k) => new PyTuple([k, H(self).pyItem(rt, k)!]))),
    update: (_rt, self, args, kw) => {
      update(H(self), args, kw);
      return None;
    },
    pop: (_rt, self, args) => {
      const h = H(self);
      const name = String(args[0]);
      const v = h.pyItem(rt, normalizeHeader(name));
      if (v === undefined) {
        if (args.length > 1) return args[1]!;
        throw keyError(normalizeHeader(name));
      }
      h.delete(name);
      return v;
    },
    clear: (_rt, self) => {
      H(self).clear();
      return None;
    },
    copy: (_rt, self) => {
      const h = H(self);
      const c = new HeadersObj(headersType);
      for (const [k, vs] of h.lists) c.lists.set(k, [...vs]);
      if (h.pyValues) c.pyValues = new Map([...h.pyValues].map(([k, vs]) => [k, [...vs]]));
      return c;
    },
    __str__: (_rt, self) => {
      let out = "";
      for (const [k, vs] of H(self).lists) for (const v of vs) out += `${k}: ${v}\n`;
      return out;
    },
  });

  const module = new PyModule("tornado.httputil");
  const d = module.$dict!;
  d.set("HTTPHeaders", headersType);
  d.set(
    "url_concat",
    fn("url_concat", (_rt, [url, args]) => urlConcat(rt, url!, args ?? None)),
  );
  return { module, headersType, newHeaders: () => new HeadersObj(headersType) };
}

/** url_concat(url, args): the query of `url` plus `args`, re-encoded (Tornado's own steps). */
function urlConcat(rt: Interpreter, url: PyValue, args: PyValue): PyValue {
  if (args === None) return url;
  const parse = rt.modules.get("urllib.parse") ?? rt.hooks.loadModule?.(rt, "urllib.parse");
  if (!parse) throw rt.error("ImportError", "urllib.parse is not available");
  const f = (name: string) => rt.getattr(parse, name);
  const parsed = rt.call(f("urlparse"), [url]);
  const parts = rt.toArray(parsed);
  let query: PyList;
  if (args instanceof PyDict || args instanceof PyList || args instanceof PyTuple) {
    query = rt.call(f("parse_qsl"), [parts[4]!], { names: ["keep_blank_values"], values: [true] }) as PyList;
    const extra = args instanceof PyDict ? rt.toArray(rt.callMethod(args, "items", [])) : rt.toArray(args);
    query.items.push(...extra);
  } else {
    throw rt.error(
      "TypeError",
      `'args' parameter should be dict, list or tuple. Not ${rt.repr(rt.call(rt.builtins.get("type")!, [args]))}`,
    );
  }
  const finalQuery = rt.call(f("urlencode"), [query]);
  return rt.call(f("urlunparse"), [new PyTuple([parts[0]!, parts[1]!, parts[2]!, parts[3]!, finalQuery, parts[5]!])]);
}
