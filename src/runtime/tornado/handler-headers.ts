/**
 * RequestHandler's response headers and cookies: set_header/add_header/clear_header
 * with Tornado's value checks, the default headers clear() puts back, and the
 * cookie helpers (the playground's client sends no cookies).
 */
import { PyType, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyBytes, PyTuple } from "../../python/objects/containers";
import { methods } from "../../python/builtins/registry";
import type { Interpreter } from "../../python";
import { kwGet } from "./context";
import { EPOCH_SECONDS } from "./ioloop-time";
import type { HeadersObj } from "./httputil";

/** What a handler instance offers the header helpers. */
export interface HeaderTarget {
  headers: HeadersObj;
  /** The cookies set so far (`_new_cookie`, by name): they become Set-Cookie headers
   * when the headers are written (writeNewCookies). */
  newCookies: Map<string, string>;
}

/** What flush()/finish() do as they write the headers: each new cookie as a Set-Cookie header. */
export function writeNewCookies(h: HeaderTarget): void {
  for (const cookie of h.newCookies.values()) h.headers.add("Set-Cookie", cookie);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "00" to "99": the two-digit fields of an HTTP date (a table: every response and
 * every fetched response formats one). */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));

/** httputil.format_timestamp: an HTTP date such as `Tue, 24 Nov 2026 00:00:00 GMT`. */
export function formatTimestamp(secs: number): string {
  const d = new Date(Math.floor(secs) * 1000);
  return (
    `${DAYS[d.getUTCDay()]}, ${TWO_DIGITS[d.getUTCDate()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${TWO_DIGITS[d.getUTCHours()]}:${TWO_DIGITS[d.getUTCMinutes()]}:${TWO_DIGITS[d.getUTCSeconds()]} GMT`
  );
}

/** Headers every response starts with (RequestHandler.clear), before set_default_headers(). */
export function resetHeaders(h: HeaderTarget, version: string, nowUs: number): void {
  h.headers.clear();
  h.headers.set("Server", `TornadoServer/${version}`);
  h.headers.set("Content-Type", "text/html; charset=UTF-8");
  h.headers.set("Date", formatTimestamp(EPOCH_SECONDS + nowUs / 1e6));
}

/** RequestHandler._VALID_HEADER_CHARS: tab, printable ASCII and Latin-1's upper half. */
function validHeader(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff))) return false;
  }
  return true;
}

/** RequestHandler._convert_header_value: str, bytes (as Latin-1) and ints; the rest is an error. */
export function convertHeaderValue(rt: Interpreter, value: PyValue): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof PyBytes) text = String.fromCharCode(...value.data);
  else if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return rt.str(value);
  else throw rt.error("TypeError", `Unsupported header value ${rt.repr(value)}`);
  if (!validHeader(text)) {
    const e = rt.error("ValueError", "Unsafe header value %r");
    e.args = new PyTuple(["Unsafe header value %r", text]);
    throw e;
  }
  return text;
}

/**
 * 3.2's RequestHandler._convert_header_value: a str becomes its UTF-8 bytes, bytes stay,
 * an int becomes its str; the bytes must hold no control character. The value's wire
 * text and the Python object the headers keep.
 */
function convertHeaderValue32(rt: Interpreter, value: PyValue): { text: string; py: PyValue } {
  let data: Uint8Array;
  if (value instanceof PyBytes) data = value.data;
  else if (typeof value === "string") data = new TextEncoder().encode(value);
  else if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    const text = rt.str(value);
    return { text, py: text };
  } else throw rt.error("TypeError", `Unsupported header value ${rt.repr(value)}`);
  const py = value instanceof PyBytes ? value : new PyBytes(data);
  if (data.length > 4000 || data.some((b) => b < 0x20)) {
    const e = rt.error("ValueError", "Unsafe header value %r");
    e.args = new PyTuple(["Unsafe header value %r", py]);
    throw e;
  }
  return { text: String.fromCharCode(...data), py };
}

/** set_header, add_header, clear_header and the cookie helpers; `bytesValues`: 3.2's
 * conversion, which keeps header values as bytes. */
export function defineHeaderMethods(
  rt: Interpreter,
  type: PyType,
  target: (self: PyValue) => HeaderTarget,
  bytesValues = false,
): void {
  const convert = (value: PyValue): { text: string; py: PyValue } => {
    if (bytesValues) return convertHeaderValue32(rt, value);
    const text = convertHeaderValue(rt, value);
    return { text, py: text };
  };
  const cookieHeader = (name: string, value: string, kw: KwArgs | null, extra: string[] = []) => {
    const path = kwGet(kw, "path");
    const domain = kwGet(kw, "domain");
    const parts = [`${name}=${value}`, ...extra];
    if (domain !== undefined && domain !== None) parts.push(`Domain=${rt.str(domain)}`);
    parts.push(`Path=${path !== undefined && path !== None ? rt.str(path) : "/"}`);
    return parts.join("; ");
  };
  methods(type, {
    set_header: (_rt, self, [name, value]) => {
      const { text, py } = convert(value!);
      target(self).headers.set(String(name), text, py);
      return None;
    },
    add_header: (_rt, self, [name, value]) => {
      const { text, py } = convert(value!);
      target(self).headers.add(String(name), text, py);
      return None;
    },
    clear_header: (_rt, self, [name]) => {
      target(self).headers.delete(String(name));
      return None;
    },
    set_default_headers: () => None,
    get_cookie: (_rt, _self, args, kw) => args[1] ?? kwGet(kw, "default") ?? None,
    set_cookie: (_rt, self, args, kw) => {
      const value = args[1] ?? kwGet(kw, "value") ?? "";
      const text = value instanceof PyBytes ? String.fromCharCode(...value.data) : rt.str(value);
      target(self).newCookies.set(String(args[0]), cookieHeader(String(args[0]), text, kw));
      return None;
    },
    clear_cookie: (_rt, self, args, kw) => {
      const expired = ["expires=Thu, 01 Jan 1970 00:00:00 GMT", "Max-Age=0"];
      target(self).newCookies.set(String(args[0]), cookieHeader(String(args[0]), '""', kw, expired));
      return None;
    },
  });
}
