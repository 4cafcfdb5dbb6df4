/**
 * `base64` and `binascii` (base64, hex with separators, crc32 and crc_hqx): encoding
 * and decoding with binascii's lenient and strict decoders and their error messages.
 */
import { PyModule, PyType, None, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyBytes } from "../objects/containers";
import { loadModule } from "../interp/imports";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { indexArg, makeModule, native, newClass } from "./util";
import { bytesLikeArg, checksumStart, crc32 } from "./zlib";

const STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function bytesLike(rt: Interpreter, v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  throw rt.error("TypeError", `a bytes-like object is required, not '${typeOf(v).name}'`);
}

/** What the decoders accept: bytes, or a str of ASCII characters. */
function decodable(rt: Interpreter, v: PyValue): Uint8Array {
  if (typeof v === "string") {
    if ([...v].some((c) => c.charCodeAt(0) > 0x7f))
      throw rt.error("ValueError", "string argument should contain only ASCII characters");
    return Uint8Array.from(v, (c) => c.charCodeAt(0));
  }
  if (v instanceof PyBytes) return v.data;
  throw rt.error("TypeError", `argument should be a bytes-like object or ASCII string, not '${typeOf(v).name}'`);
}

function encode(data: Uint8Array, alphabet: string): Uint8Array {
  let out = "";
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i]! << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]!;
    out += i + 1 < data.length ? alphabet[(n >> 6) & 63]! : "=";
    out += i + 2 < data.length ? alphabet[n & 63]! : "=";
  }
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** binascii.a2b_base64: skips non-alphabet bytes unless strict, stops at completed padding. */
function decode(rt: Interpreter, err: PyType, data: Uint8Array, strict: boolean): Uint8Array {
  const fail = (msg: string): never => {
    throw rt.call(err, [msg]);
  };
  const out: number[] = [];
  let quad = 0;
  let left = 0;
  let pads = 0;
  let dataChars = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x3d) {
      paddingStarted = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) fail("Excess data after padding");
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = STD.indexOf(String.fromCharCode(c));
    if (v < 0) {
      if (strict) fail("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) fail("Discontinuous padding not allowed");
    pads = 0;
    dataChars++;
    switch (quad) {
      case 0:
        left = v;
        quad = 1;
        break;
      case 1:
        out.push(((left << 2) | (v >> 4)) & 0xff);
        left = v & 0x0f;
        quad = 2;
        break;
      case 2:
        out.push(((left << 4) | (v >> 2)) & 0xff);
        left = v & 0x03;
        quad = 3;
        break;
      default:
        out.push(((left << 6) | v) & 0xff);
        quad = 0;
    }
  }
  if (quad !== 0) {
    if (quad === 1) {
      fail(
        `Invalid base64-encoded string: number of data characters (${dataChars}) cannot be 1 more than a multiple of 4`,
      );
    }
    fail("Incorrect padding");
  }
  return Uint8Array.from(out);
}

function translate(data: Uint8Array, from: string, to: string): Uint8Array {
  return data.map((b) => {
    const i = from.indexOf(String.fromCharCode(b));
    return i < 0 ? b : to.charCodeAt(i);
  });
}

/** hexlify/b2a_hex, with an optional separator every `bytes_per_sep` bytes (counted from the right when positive). */
function hexlify(rt: Interpreter, fname: string, args: PyValue[], kw: KwArgs | null): PyBytes {
  const [data, sepArg, perArg] = parseArgs(rt, fname, args, kw, ["data", "sep", "bytes_per_sep"], 1);
  const hex = [...bytesLike(rt, data!)].map((b) => b.toString(16).padStart(2, "0"));
  let text = hex.join("");
  if (sepArg !== undefined && sepArg !== None) {
    const sep = typeof sepArg === "string" ? sepArg : String.fromCharCode(...bytesLike(rt, sepArg));
    if (sep.length !== 1) throw rt.error("ValueError", "sep must be length 1.");
    const per = perArg === undefined ? 1 : Number(indexArg(rt, perArg));
    const n = Math.abs(per) || hex.length || 1;
    const groups: string[] = [];
    if (per >= 0)
      for (let end = hex.length; end > 0; end -= n) groups.unshift(hex.slice(Math.max(0, end - n), end).join(""));
    else for (let start = 0; start < hex.length; start += n) groups.push(hex.slice(start, start + n).join(""));
    text = groups.join(sep);
  }
  return new PyBytes(Uint8Array.from(text, (c) => c.charCodeAt(0)));
}

function unhexlify(rt: Interpreter, error: PyType, v: PyValue): PyBytes {
  const text = String.fromCharCode(...decodable(rt, v));
  if (text.length % 2) throw rt.call(error, ["Odd-length string"]);
  if (/[^0-9a-fA-F]/.test(text)) throw rt.call(error, ["Non-hexadecimal digit found"]);
  return new PyBytes(Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16)));
}

/** Build `binascii`. */
export function binasciiModule(rt0: Interpreter): PyModule {
  const error = newClass("Error", "binascii", [rt0.excType("ValueError")]);
  const incomplete = newClass("Incomplete", "binascii", [rt0.excType("Exception")]);
  return makeModule("binascii", {
    Error: error,
    Incomplete: incomplete,
    b2a_base64: native("b2a_base64", (rt, args, kw) => {
      const [data, newline] = parseArgs(rt, "b2a_base64", args, kw, ["data"], 1, { kwOnly: ["newline"] });
      const enc = encode(bytesLike(rt, data), STD);
      const nl = newline === undefined || rt.truthy(newline);
      return new PyBytes(nl ? Uint8Array.from([...enc, 10]) : enc);
    }),
    a2b_base64: native("a2b_base64", (rt, args, kw) => {
      const [data, strict] = parseArgs(rt, "a2b_base64", args, kw, ["data"], 1, { kwOnly: ["strict_mode"] });
      return new PyBytes(decode(rt, error, decodable(rt, data), strict !== undefined && rt.truthy(strict)));
    }),
    hexlify: native("hexlify", (rt, args, kw) => hexlify(rt, "hexlify", args, kw)),
    b2a_hex: native("b2a_hex", (rt, args, kw) => hexlify(rt, "b2a_hex", args, kw)),
    unhexlify: native("unhexlify", (rt, args) => unhexlify(rt, error, args[0]!)),
    a2b_hex: native("a2b_hex", (rt, args) => unhexlify(rt, error, args[0]!)),
    crc32: native("crc32", (rt, args, kw) => {
      const [data, crc] = parseArgs(rt, "crc32", args, kw, ["data", "crc"], 1);
      return crc32(bytesLikeArg(rt, data!), checksumStart(rt, crc, 0));
    }),
    crc_hqx: native("crc_hqx", (rt, args, kw) => {
      const [data, crc] = parseArgs(rt, "crc_hqx", args, kw, ["data", "crc"], 2);
      let c = checksumStart(rt, crc, 0) & 0xffff;
      for (const b of bytesLikeArg(rt, data!)) {
        c ^= b << 8;
        for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
      }
      return c;
    }),
  });
}

/** Build `base64`. */
export function base64Module(rt0: Interpreter): PyModule {
  const binascii = loadModule(rt0, "binascii");
  const error = binascii.$dict!.get("Error") as PyType;
  const URL = "-_";
  const b64decode = (rt: Interpreter, s: PyValue, altchars: PyValue, validate: boolean): PyBytes => {
    let data = decodable(rt, s);
    if (altchars !== undefined && altchars !== None) {
      const alt = String.fromCharCode(...decodable(rt, altchars));
      data = translate(data, alt, "+/");
    }
    return new PyBytes(decode(rt, error, data, validate));
  };
  return makeModule("base64", {
    b64encode: native("b64encode", (rt, args, kw) => {
      const [s, altchars] = parseArgs(rt, "b64encode", args, kw, ["s", "altchars"], 1);
      let enc = encode(bytesLike(rt, s), STD);
      if (altchars !== undefined && altchars !== None)
        enc = translate(enc, "+/", String.fromCharCode(...bytesLike(rt, altchars)));
      return new PyBytes(enc);
    }),
    b64decode: native("b64decode", (rt, args, kw) => {
      const [s, altchars, validate] = parseArgs(rt, "b64decode", args, kw, ["s", "altchars", "validate"], 1);
      return b64decode(rt, s, altchars, validate !== undefined && rt.truthy(validate));
    }),
    standard_b64encode: native("standard_b64encode", (rt, args) => new PyBytes(encode(bytesLike(rt, args[0]), STD))),
    standard_b64decode: native("standard_b64decode", (rt, args) => b64decode(rt, args[0], None, false)),
    urlsafe_b64encode: native(
      "urlsafe_b64encode",
      (rt, args) => new PyBytes(translate(encode(bytesLike(rt, args[0]), STD), "+/", URL)),
    ),
    urlsafe_b64decode: native("urlsafe_b64decode", (rt, args) => b64decode(rt, args[0], URL, false)),
    b16encode: native("b16encode", (rt, args) => {
      const data = bytesLike(rt, args[0]);
      return new PyBytes(
        Uint8Array.from([...data].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(""), (c) =>
          c.charCodeAt(0),
        ),
      );
    }),
    b16decode: native("b16decode", (rt, args, kw) => {
      const [s, casefold] = parseArgs(rt, "b16decode", args, kw, ["s", "casefold"], 1);
      let text = String.fromCharCode(...decodable(rt, s));
      if (casefold !== undefined && rt.truthy(casefold)) text = text.toUpperCase();
      if (/[^0-9A-F]/.test(text)) throw rt.call(error, ["Non-base16 digit found"]);
      if (text.length % 2) throw rt.call(error, ["Odd-length string"]);
      return new PyBytes(Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16)));
    }),
    encodebytes: native("encodebytes", (rt, args) => {
      const enc = String.fromCharCode(...encode(bytesLike(rt, args[0]), STD));
      const lines = enc.match(/.{1,76}/g) ?? [];
      return new PyBytes(Uint8Array.from(lines.map((l) => l + "\n").join(""), (c) => c.charCodeAt(0)));
    }),
    decodebytes: native("decodebytes", (rt, args) => new PyBytes(decode(rt, error, bytesLike(rt, args[0]), false))),
  });
}
