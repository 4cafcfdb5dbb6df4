/**
 * The rest of RequestHandler's public surface that code meets without templates or
 * a browser: `cookies` (the client sends none), ETags, XSRF checks (the client sends
 * no XSRF cookie, so a given token never matches), data_received and
 * get_template_path.
 */
import { PyType, None, type PyValue } from "../../python/objects/core";
import { PyBytes, PyDict } from "../../python/objects/containers";
import { methods, getter } from "../../python/builtins/registry";
import { loadModule } from "../../python/interp/imports";
import type { Interpreter } from "../../python";
import { exceptionClass } from "./context";

/** What the helpers read of a handler instance. */
export interface ExtrasTarget {
  buffer: Uint8Array[];
}

/** RequestHandler._decode_xsrf_token succeeds: no `N|` version prefix (taken as is), or
 * version 2 as `2|mask|masked_token|timestamp` with a 4-byte hex mask, hex token and int. */
function decodesAsXsrf(token: string): boolean {
  const m = /^([1-9][0-9]*)\|/.exec(token);
  if (!m) return true;
  if (m[1] !== "2") return false;
  const parts = token.split("|");
  if (parts.length !== 4) return false;
  const hex = (s: string) => /^(?:[0-9a-fA-F]{2})*$/.test(s);
  return parts[1]!.length === 8 && hex(parts[1]!) && hex(parts[2]!) && /^\s*[+-]?\d+\s*$/.test(parts[3]!);
}

/**
 * 3.2.2's _decode_xsrf_token has no error handling: a malformed version-2 token raises
 * what Python raises on it, and a token it cannot read gives None, which the
 * comparison then fails on. Returns the error to raise (null: the token decodes).
 */
function xsrfError32(rt: Interpreter, token: string): PyValue | null {
  const m = /^([1-9][0-9]*)\|/.exec(token);
  const noneToken = () => rt.error("TypeError", "a bytes-like object is required, not 'NoneType'");
  if (!m) return token.length === 32 && /^[0-9a-fA-F]*$/.test(token) ? null : noneToken();
  if (m[1] !== "2") return noneToken();
  const parts = token.split("|");
  if (parts.length < 4) return rt.error("ValueError", `not enough values to unpack (expected 4, got ${parts.length})`);
  if (parts.length > 4) return rt.error("ValueError", "too many values to unpack (expected 4)");
  // binascii.Error, a ValueError.
  const binasciiError = (message: string) => rt.call(exceptionClass("Error", "binascii", "ValueError"), [message]);
  for (const hex of [parts[1]!, parts[2]!]) {
    if (!/^[0-9a-fA-F]*$/.test(hex)) return binasciiError("Non-hexadecimal digit found");
    if (hex.length % 2) return binasciiError("Odd-length string");
  }
  if (!/^\s*[+-]?\d+\s*$/.test(parts[3]!))
    return rt.error("ValueError", `invalid literal for int() with base 10: ${rt.repr(parts[3]!)}`);
  return null;
}

export function defineExtraMethods(
  rt: Interpreter,
  type: PyType,
  httpErrorType: PyType,
  target: (self: PyValue) => ExtrasTarget,
  /** 3.2's XSRF token decoding, without its later error handling. */
  legacyXsrf = false,
): PyType {
  // http.cookies.SimpleCookie, empty: what request.cookies parses from no Cookie header.
  const cookieType = new PyType("SimpleCookie", [rt.builtins.get("dict") as PyType], {
    builtin: false,
    module: "http.cookies",
  });
  const morsels = (self: PyValue) =>
    [...(self as PyDict).table.map.values()].map((e) => `${rt.str(e.key)}=${rt.str(e.value)}`);
  methods(cookieType, {
    __repr__: (_rt, self) => `<SimpleCookie: ${morsels(self).join(" ")}>`,
    __str__: (_rt, self) =>
      morsels(self)
        .map((m) => `Set-Cookie: ${m}`)
        .join("\r\n"),
  });
  const forbidden = (message: string) => rt.call(httpErrorType, [403, message]);
  methods(type, {
    clear_all_cookies: () => None,
    compute_etag: (_rt, self) => {
      const hasher = rt.call(rt.getattr(loadModule(rt, "hashlib"), "sha1"), []);
      for (const part of target(self).buffer) rt.callMethod(hasher, "update", [new PyBytes(part)]);
      return `"${rt.str(rt.callMethod(hasher, "hexdigest", []))}"`;
    },
    set_etag_header: (_rt, self) => {
      const etag = rt.callMethod(self, "compute_etag", []);
      if (etag !== None) rt.callMethod(self, "set_header", ["Etag", etag]);
      return None;
    },
    // The client never sends If-None-Match.
    check_etag_header: () => false,
    data_received: () => {
      throw rt.error("NotImplementedError");
    },
    get_template_path: (_rt, self) => {
      const settings = rt.getattr(rt.getattr(self, "application"), "settings");
      return settings instanceof PyDict ? (rt.dictGet(settings, "template_path") ?? None) : None;
    },
    check_xsrf_cookie: (_rt, self) => {
      const headers = rt.getattr(rt.getattr(self, "request"), "headers");
      const candidates = [
        () => rt.callMethod(self, "get_argument", ["_xsrf", None]),
        () => rt.callMethod(headers, "get", ["X-Xsrftoken"]),
        () => rt.callMethod(headers, "get", ["X-Csrftoken"]),
      ];
      const token = candidates.map((c) => c()).find((v) => rt.truthy(v));
      if (token === undefined) throw forbidden("'_xsrf' argument missing from POST");
      // Any token decodes (an unversioned one as it is) unless it claims a version and
      // is not a well-formed version-2 token; then it meets a fresh cookie's token.
      if (legacyXsrf) {
        const err = xsrfError32(rt, rt.str(token));
        if (err) throw err;
      } else if (!decodesAsXsrf(rt.str(token))) throw forbidden("'_xsrf' argument has invalid format");
      throw forbidden("XSRF cookie does not match POST argument");
    },
  });
  getter(type, "cookies", (_rt, self) => rt.getattr(rt.getattr(self, "request"), "cookies"));
  // xsrf_token: a version-2 token (`2|mask|masked token|timestamp`, bytes) made the first
  // time it is read, which also reads current_user and sets the `_xsrf` cookie (the
  // client sends none). Its random bytes are derived from the time, so runs repeat.
  let tokens = 0;
  const xsrfToken = (self: PyValue): PyValue => {
    const d = (self as { $dict: Map<string, PyValue> | null }).$dict!;
    const cached = d.get("_xsrf_token");
    if (cached !== undefined) return cached;
    const timestamp = Math.floor(Number(rt.call(rt.getattr(loadModule(rt, "time"), "time"), [])));
    const hex = (n: number, seed: number) => {
      let out = "";
      let x = (seed * 2654435761 + ++tokens * 40503) >>> 0;
      for (let i = 0; i < n; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        out += ((x >>> 16) & 0xff).toString(16).padStart(2, "0");
      }
      return out;
    };
    const token = new PyBytes(
      new TextEncoder().encode(`2|${hex(4, timestamp)}|${hex(16, timestamp + 1)}|${timestamp}`),
    );
    rt.truthy(rt.getattr(self, "current_user"));
    rt.callMethod(self, "set_cookie", ["_xsrf", token]);
    d.set("_xsrf_token", token);
    return token;
  };
  getter(type, "xsrf_token", (_rt, self) => xsrfToken(self));
  methods(type, {
    xsrf_form_html: (_rt, self) => {
      const token = new TextDecoder().decode((xsrfToken(self) as PyBytes).data);
      return `<input type="hidden" name="_xsrf" value="${token}"/>`;
    },
  });
  return cookieType;
}
