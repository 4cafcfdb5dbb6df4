/**
 * `zlib`, its checksums only: crc32 and adler32 (with a running value), the
 * constants, and `zlib.error`. compress/decompress are not provided: matching
 * CPython's compressed bytes would need zlib's own deflate, level by level.
 */
import { typeOf, type PyModule, type PyValue } from "../objects/core";
import { PyBytes } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { indexArg, makeModule, native, newClass } from "./util";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309, as zlib computes it) of `data`, continuing from `start`. */
export function crc32(data: Uint8Array, start: number): number {
  let c = (start ^ 0xffffffff) >>> 0;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A bytes-like argument, or CPython's TypeError. */
export function bytesLikeArg(rt: Interpreter, v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  throw rt.error("TypeError", `a bytes-like object is required, not '${typeOf(v).name}'`);
}

/** A running checksum value: any int, reduced to its low 32 bits as C's unsigned int is. */
export function checksumStart(rt: Interpreter, v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  return Number(BigInt.asUintN(32, BigInt(indexArg(rt, v))));
}

/** Build `zlib` (checksums and constants). */
export function zlibModule(rt0: Interpreter): PyModule {
  return makeModule("zlib", {
    error: newClass("error", "zlib", [rt0.excType("Exception")]),
    crc32: native("crc32", (rt, args, kw) => {
      const [data, value] = parseArgs(rt, "crc32", args, kw, ["data", "value"], 1);
      return crc32(bytesLikeArg(rt, data!), checksumStart(rt, value, 0));
    }),
    adler32: native("adler32", (rt, args, kw) => {
      const [data, value] = parseArgs(rt, "adler32", args, kw, ["data", "value"], 1);
      return adler32(bytesLikeArg(rt, data!), checksumStart(rt, value, 1));
    }),
    MAX_WBITS: 15,
    DEFLATED: 8,
    DEF_MEM_LEVEL: 8,
    DEF_BUF_SIZE: 16384,
    Z_NO_COMPRESSION: 0,
    Z_BEST_SPEED: 1,
    Z_BEST_COMPRESSION: 9,
    Z_DEFAULT_COMPRESSION: -1,
    ZLIB_VERSION: "1.2.13",
    ZLIB_RUNTIME_VERSION: "1.2.13",
  });
}
