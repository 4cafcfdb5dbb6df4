/**
 * Text encodings for str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16 and
 * utf-32 (with or without byte order), the error handlers strict, ignore, replace,
 * backslashreplace, surrogateescape and (encoding) xmlcharrefreplace, and CPython's
 * messages, positions included.
 */
import type { Interpreter } from "../../interp/interpreter";

type Codec =
  "utf-8" | "ascii" | "latin-1" | "utf-16" | "utf-16-le" | "utf-16-be" | "utf-32" | "utf-32-le" | "utf-32-be";

const ALIASES: ReadonlyMap<string, Codec> = new Map(
  Object.entries({
    utf8: "utf-8",
    u8: "utf-8",
    utf: "utf-8",
    ascii: "ascii",
    usascii: "ascii",
    "646": "ascii",
    latin1: "latin-1",
    latin: "latin-1",
    iso88591: "latin-1",
    l1: "latin-1",
    cp819: "latin-1",
    utf16: "utf-16",
    u16: "utf-16",
    utf16le: "utf-16-le",
    utf16be: "utf-16-be",
    utf32: "utf-32",
    u32: "utf-32",
    utf32le: "utf-32-le",
    utf32be: "utf-32-be",
  } as const),
);

function codecOf(rt: Interpreter, encoding: string): Codec {
  const c = ALIASES.get(encoding.toLowerCase().replace(/[-_ ]/g, ""));
  if (!c) throw rt.error("LookupError", `unknown encoding: ${encoding}`);
  return c;
}

const HANDLERS = new Set(["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace"]);

function checkHandler(rt: Interpreter, errors: string): void {
  if (!HANDLERS.has(errors)) throw rt.error("LookupError", `unknown error handler name '${errors}'`);
}

/** How CPython shows one character in a codec message: `'\xe9'`, `'\u20ac'`, `'\U0001f600'`. */
function charEscape(c: number): string {
  if (c < 0x100) return "\\x" + c.toString(16).padStart(2, "0");
  if (c < 0x10000) return "\\u" + c.toString(16).padStart(4, "0");
  return "\\U" + c.toString(16).padStart(8, "0");
}

// --- encoding ------------------------------------------------------------------------------

/** The UTF-8 bytes of one code point. */
function utf8Of(c: number, out: number[]): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}

function asciiBytes(text: string, out: number[]): void {
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
}

/** Whether a codec can encode code point `c` as is. */
function encodable(codec: Codec, c: number): boolean {
  if (codec === "ascii") return c < 0x80;
  if (codec === "latin-1") return c < 0x100;
  return c < 0xd800 || c > 0xdfff; // the UTFs refuse lone surrogates
}

function encodeOne(codec: Codec, c: number, out: number[]): void {
  switch (codec) {
    case "ascii":
    case "latin-1":
      out.push(c);
      return;
    case "utf-8":
      utf8Of(c, out);
      return;
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be": {
      const units = c < 0x10000 ? [c] : [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)];
      for (const u of units) {
        if (codec === "utf-16-be") out.push(u >> 8, u & 0xff);
        else out.push(u & 0xff, u >> 8);
      }
      return;
    }
    default:
      if (codec === "utf-32-be") out.push((c >>> 24) & 0xff, (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
      else out.push(c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, (c >>> 24) & 0xff);
  }
}

function encodeError(codec: Codec, cps: readonly number[], start: number, end: number): string {
  const name = codec === "utf-16" ? "utf-16" : codec === "utf-32" ? "utf-32" : codec;
  const reason =
    codec === "ascii"
      ? "ordinal not in range(128)"
      : codec === "latin-1"
        ? "ordinal not in range(256)"
        : "surrogates not allowed";
  if (end - start === 1) {
    return `'${name}' codec can't encode character '${charEscape(cps[start]!)}' in position ${start}: ${reason}`;
  }
  return `'${name}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}

/** `s.encode(encoding, errors)`. */
export function encodeStr(rt: Interpreter, s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  const codec = codecOf(rt, encoding);
  if (codec === "utf-8" && !/[\uD800-\uDFFF]/.test(s)) return new TextEncoder().encode(s);
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const out: number[] = [];
  if (codec === "utf-16") out.push(0xff, 0xfe);
  if (codec === "utf-32") out.push(0xff, 0xfe, 0, 0);
  const unit: Codec = codec === "utf-16" ? "utf-16-le" : codec === "utf-32" ? "utf-32-le" : codec;
  for (let i = 0; i < cps.length;) {
    const c = cps[i]!;
    if (encodable(codec, c)) {
      encodeOne(unit, c, out);
      i++;
      continue;
    }
    // A run of characters the codec cannot encode goes to the error handler at once.
    let end = i + 1;
    while (end < cps.length && !encodable(codec, cps[end]!)) end++;
    checkHandler(rt, errors);
    if (errors === "surrogateescape") {
      let j = i;
      while (j < end && cps[j]! >= 0xdc80 && cps[j]! <= 0xdcff) out.push(cps[j++]! - 0xdc00);
      if (j < end) throw rt.error("UnicodeEncodeError", encodeError(codec, cps, j, j + 1));
      i = end;
      continue;
    }
    for (let j = i; j < end; j++) {
      const x = cps[j]!;
      if (errors === "strict") throw rt.error("UnicodeEncodeError", encodeError(codec, cps, i, end));
      if (errors === "replace") encodeOne(unit, 0x3f, out);
      else if (errors === "backslashreplace") asciiBytes(charEscape(x), out);
      else if (errors === "xmlcharrefreplace") asciiBytes(`&#${x};`, out);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

// --- decoding --------------------------------------------------------------------------------

/** A problem found while decoding: the bytes [start, end) and why. */
interface DecodeProblem {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}

/** What a handler puts in place of undecodable bytes; throws for strict. */
function replacement(rt: Interpreter, codec: string, data: Uint8Array, p: DecodeProblem, errors: string): string {
  checkHandler(rt, errors);
  switch (errors) {
    case "ignore":
      return "";
    case "replace":
      return "\uFFFD";
    case "backslashreplace": {
      let s = "";
      for (let i = p.start; i < p.end; i++) s += "\\x" + data[i]!.toString(16).padStart(2, "0");
      return s;
    }
    case "surrogateescape": {
      let s = "";
      for (let i = p.start; i < p.end; i++) {
        if (data[i]! < 0x80) throw decodeError(rt, codec, data, p);
        s += String.fromCharCode(0xdc00 + data[i]!);
      }
      return s;
    }
    default:
      throw decodeError(rt, codec, data, p);
  }
}

function decodeError(rt: Interpreter, codec: string, data: Uint8Array, p: DecodeProblem) {
  const where =
    p.end - p.start === 1
      ? `byte 0x${data[p.start]!.toString(16).padStart(2, "0")} in position ${p.start}`
      : `bytes in position ${p.start}-${p.end - 1}`;
  return rt.error("UnicodeDecodeError", `'${codec}' codec can't decode ${where}: ${p.reason}`);
}

/** The valid range of the second byte of a UTF-8 sequence starting with `b`, and its length. */
function utf8Lead(b: number): { need: number; lo: number; hi: number } | null {
  if (b >= 0xc2 && b <= 0xdf) return { need: 1, lo: 0x80, hi: 0xbf };
  if (b === 0xe0) return { need: 2, lo: 0xa0, hi: 0xbf };
  if (b === 0xed) return { need: 2, lo: 0x80, hi: 0x9f };
  if (b >= 0xe1 && b <= 0xef) return { need: 2, lo: 0x80, hi: 0xbf };
  if (b === 0xf0) return { need: 3, lo: 0x90, hi: 0xbf };
  if (b >= 0xf1 && b <= 0xf3) return { need: 3, lo: 0x80, hi: 0xbf };
  if (b === 0xf4) return { need: 3, lo: 0x80, hi: 0x8f };
  return null;
}

function decodeUtf8(rt: Interpreter, data: Uint8Array, errors: string): string {
  if (errors === "strict" || errors === "replace") {
    // The common case: valid UTF-8, decoded natively.
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      // fall through to the exact decoder for the message or the replacements
    }
  }
  let out = "";
  let i = 0;
  const n = data.length;
  while (i < n) {
    const b = data[i]!;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const lead = utf8Lead(b);
    let problem: DecodeProblem | null = null;
    if (!lead) problem = { start: i, end: i + 1, reason: "invalid start byte" };
    else {
      let c = b & (lead.need === 1 ? 0x1f : lead.need === 2 ? 0x0f : 0x07);
      for (let j = 1; j <= lead.need; j++) {
        if (i + j >= n) {
          problem = { start: i, end: n, reason: "unexpected end of data" };
          break;
        }
        const x = data[i + j]!;
        const [lo, hi] = j === 1 ? [lead.lo, lead.hi] : [0x80, 0xbf];
        if (x < lo || x > hi) {
          problem = { start: i, end: i + j, reason: "invalid continuation byte" };
          break;
        }
        c = (c << 6) | (x & 0x3f);
      }
      if (!problem) {
        out += String.fromCodePoint(c);
        i += lead.need + 1;
        continue;
      }
    }
    out += replacement(rt, "utf-8", data, problem, errors);
    i = problem.end;
  }
  return out;
}

function decodeByteCodec(rt: Interpreter, codec: "ascii" | "latin-1", data: Uint8Array, errors: string): string {
  let out = "";
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (codec === "latin-1" || b < 0x80) out += String.fromCharCode(b);
    else out += replacement(rt, "ascii", data, { start: i, end: i + 1, reason: "ordinal not in range(128)" }, errors);
  }
  return out;
}

function decodeUtf16(rt: Interpreter, codec: Codec, data: Uint8Array, errors: string): string {
  let big = codec === "utf-16-be";
  let i = 0;
  let name: string = codec;
  if (codec === "utf-16") {
    name = "utf-16-le";
    if (data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (data[0] === 0xfe && data[1] === 0xff) {
      big = true;
      name = "utf-16-be";
      i = 2;
    }
  }
  const unitAt = (k: number) => (big ? (data[k]! << 8) | data[k + 1]! : data[k]! | (data[k + 1]! << 8));
  let out = "";
  while (i < data.length) {
    if (i + 1 >= data.length) {
      out += replacement(rt, name, data, { start: i, end: data.length, reason: "truncated data" }, errors);
      break;
    }
    const u = unitAt(i);
    if (u < 0xd800 || u > 0xdfff) {
      out += String.fromCharCode(u);
      i += 2;
    } else if (u <= 0xdbff) {
      if (i + 3 >= data.length) {
        out += replacement(rt, name, data, { start: i, end: data.length, reason: "unexpected end of data" }, errors);
        break;
      }
      const v = unitAt(i + 2);
      if (v < 0xdc00 || v > 0xdfff) {
        out += replacement(rt, name, data, { start: i, end: i + 2, reason: "illegal UTF-16 surrogate" }, errors);
        i += 2;
      } else {
        out += String.fromCharCode(u, v);
        i += 4;
      }
    } else {
      out += replacement(rt, name, data, { start: i, end: i + 2, reason: "illegal encoding" }, errors);
      i += 2;
    }
  }
  return out;
}

function decodeUtf32(rt: Interpreter, codec: Codec, data: Uint8Array, errors: string): string {
  let big = codec === "utf-32-be";
  let i = 0;
  let name: string = codec;
  if (codec === "utf-32") {
    name = "utf-32-le";
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
      big = true;
      name = "utf-32-be";
      i = 4;
    }
  }
  let out = "";
  while (i < data.length) {
    if (i + 3 >= data.length) {
      out += replacement(rt, name, data, { start: i, end: data.length, reason: "truncated data" }, errors);
      break;
    }
    const c = big
      ? ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!) >>> 0
      : ((data[i + 3]! << 24) | (data[i + 2]! << 16) | (data[i + 1]! << 8) | data[i]!) >>> 0;
    if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
      const reason =
        c > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)";
      out += replacement(rt, name, data, { start: i, end: i + 4, reason }, errors);
    } else out += String.fromCodePoint(c);
    i += 4;
  }
  return out;
}

/** `data.decode(encoding, errors)`. */
export function decodeBytes(rt: Interpreter, data: Uint8Array, encoding = "utf-8", errors = "strict"): string {
  const codec = codecOf(rt, encoding);
  switch (codec) {
    case "utf-8":
      return decodeUtf8(rt, data, errors);
    case "ascii":
    case "latin-1":
      return decodeByteCodec(rt, codec, data, errors);
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be":
      return decodeUtf16(rt, codec, data, errors);
    default:
      return decodeUtf32(rt, codec, data, errors);
  }
}
