/**
 * tornado.escape: JSON (json_encode escapes `</`), bytes/str conversion (utf8,
 * to_unicode, native_str), HTML (xhtml_escape/unescape), URLs (url_escape with
 * quote_plus or quote, url_unescape) and squeeze.
 */
import { PyModule, None, typeOf, type PyValue } from "../../python/objects/core";
import { PyBytes, PyDict, PyList, PyTuple } from "../../python/objects/containers";
import { fn } from "../../python/builtins/registry";
import { loadModule } from "../../python/interp/imports";
import type { Release } from "../../scenario";
import { jsonEncode } from "./handler";
import { kwGet, type TornadoContext } from "./context";

/** How xhtml_escape writes `'`: 6.4 switched to html.escape, which gives `&#x27;`. */
const SINGLE_QUOTE: Record<Release, string> = { "3.2": "&#39;", "4.5": "&#39;", "5.1": "&#39;", "6.5": "&#x27;" };

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Characters `urllib.parse.quote` never escapes. */
const UNRESERVED = /[A-Za-z0-9_.\-~]/;

function quote(data: Uint8Array, safe: string, plus: boolean): string {
  let out = "";
  for (const b of data) {
    const c = String.fromCharCode(b);
    if (b < 128 && (UNRESERVED.test(c) || safe.includes(c))) out += c;
    else if (plus && c === " ") out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

function unquote(text: string, plus: boolean): Uint8Array {
  const s = plus ? text.replace(/\+/g, " ") : text;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const m = s[i] === "%" ? /^[0-9a-fA-F]{2}/.exec(s.slice(i + 1, i + 3)) : null;
    if (m) {
      bytes.push(parseInt(m[0], 16));
      i += 2;
    } else for (const b of enc.encode(s[i]!)) bytes.push(b);
  }
  return new Uint8Array(bytes);
}

/** `re.sub(r"[\x00-\x20]+", " ", value).strip()`: runs of control characters and spaces become one space. */
function squeeze(s: string): string {
  let out = "";
  let gap = false;
  for (const c of s) {
    if (c.charCodeAt(0) <= 0x20) gap = true;
    else {
      if (gap && out) out += " ";
      gap = false;
      out += c;
    }
  }
  return out;
}

/** tornado.escape.xhtml_escape as the release writes a quote. */
export function xhtmlEscape(text: string, release: Release): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : SINGLE_QUOTE[release],
  );
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function makeEscapeModule(ctx: TornadoContext): PyModule {
  const rt = ctx.world.rt;
  const release = ctx.world.profile.release;
  const typeErr = (v: PyValue) => rt.error("TypeError", `Expected bytes, unicode, or None; got ${rt.repr(typeOf(v))}`);
  const utf8 = (v: PyValue): PyValue => {
    if (v === None || v instanceof PyBytes) return v;
    if (typeof v !== "string") throw typeErr(v);
    return new PyBytes(enc.encode(v));
  };
  const toUnicode = (v: PyValue): PyValue => {
    if (v === None || typeof v === "string") return v;
    if (!(v instanceof PyBytes)) throw typeErr(v);
    return dec.decode(v.data);
  };
  const text = (v: PyValue): string => {
    const s = toUnicode(v);
    if (typeof s !== "string") throw typeErr(v);
    return s;
  };
  const recursiveUnicode = (v: PyValue): PyValue => {
    if (v instanceof PyDict) {
      const d = rt.newDict();
      for (const e of v.table.map.values()) rt.dictSet(d, recursiveUnicode(e.key), recursiveUnicode(e.value));
      return d;
    }
    if (v instanceof PyList) return new PyList(v.items.map(recursiveUnicode));
    if (v instanceof PyTuple) return new PyTuple(v.items.map(recursiveUnicode));
    if (v instanceof PyBytes) return dec.decode(v.data);
    return v;
  };
  const json = () => loadModule(rt, "json");

  const members: Record<string, PyValue> = {
    utf8: fn("utf8", (_rt, [v]) => utf8(v!)),
    to_unicode: fn("to_unicode", (_rt, [v]) => toUnicode(v!)),
    native_str: fn("native_str", (_rt, [v]) => toUnicode(v!)),
    to_basestring: fn("to_basestring", (_rt, [v]) => toUnicode(v!)),
    recursive_unicode: fn("recursive_unicode", (_rt, [v]) => recursiveUnicode(v!)),
    json_encode: fn("json_encode", (_rt, [v]) => jsonEncode(rt, v!).replace(/<\//g, "<\\/")),
    json_decode: fn("json_decode", (_rt, [v]) => rt.call(rt.getattr(json(), "loads"), [toUnicode(v!)])),
    squeeze: fn("squeeze", (_rt, [v]) => squeeze(text(v!))),
    xhtml_escape: fn("xhtml_escape", (_rt, [v]) => xhtmlEscape(text(v!), release)),
    xhtml_unescape: fn("xhtml_unescape", (_rt, [v]) =>
      text(v!).replace(/&(#?)([xX]?)(\w+);/g, (all, num: string, hex: string, name: string) => {
        if (num) {
          const code = parseInt(name, hex ? 16 : 10);
          return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
        }
        return NAMED[name] ?? all;
      }),
    ),
    url_escape: fn("url_escape", (_rt, args, kw) => {
      const v = args[0]!;
      const plus = rt.truthy(args[1] ?? kwGet(kw, "plus") ?? true);
      const data = v instanceof PyBytes ? v.data : enc.encode(text(v));
      return quote(data, plus ? "" : "/", plus);
    }),
    url_unescape: fn("url_unescape", (_rt, args, kw) => {
      const v = args[0]!;
      const encoding = args.length > 1 ? args[1]! : (kwGet(kw, "encoding") ?? "utf-8");
      const plus = rt.truthy(args[2] ?? kwGet(kw, "plus") ?? true);
      const bytes = unquote(v instanceof PyBytes ? dec.decode(v.data) : text(v), plus);
      return encoding === None ? new PyBytes(bytes) : dec.decode(bytes);
    }),
  };
  const m = new PyModule("tornado.escape");
  for (const [k, v] of Object.entries(members)) m.$dict!.set(k, v);
  return m;
}
