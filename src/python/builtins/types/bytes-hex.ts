/**
 * `hex(sep=, bytes_per_sep=)` of bytes, bytearray and memoryview: the separator's
 * checks with CPython's messages, then the digits grouped by bytes-ops' toHex.
 */
import { None, typeOf, type PyValue } from "../../objects/core";
import { PyBytes } from "../../objects/containers";
import type { Interpreter } from "../../interp/interpreter";
import { indexArg } from "./text-index";
import { toHex } from "./bytes-ops";

export function hexWithSep(
  rt: Interpreter,
  d: Uint8Array,
  sepV: PyValue | undefined,
  perV: PyValue | undefined,
): string {
  if (sepV === undefined || sepV === None) return toHex(d, "", 0);
  let sep: string;
  if (typeof sepV === "string") sep = sepV;
  else if (sepV instanceof PyBytes) sep = String.fromCharCode(...sepV.data);
  else throw rt.error("TypeError", `object of type '${typeOf(sepV).name}' has no len()`);
  if (Array.from(sep).length !== 1) throw rt.error("ValueError", "sep must be length 1.");
  if (sep.charCodeAt(0) > 0x7f) throw rt.error("ValueError", "sep must be ASCII.");
  return toHex(d, sep, perV === undefined ? 1 : indexArg(rt, perV));
}
