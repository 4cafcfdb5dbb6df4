/**
 * Receiver checks and argument conversions shared by the bytes and bytearray methods,
 * with CPython's messages.
 */
import { None, PyType, isInstance, typeOf, type PyValue } from "../../objects/core";
import { PyBytes, bytesType, bytearrayType } from "../../objects/containers";
import type { Interpreter } from "../../interp/interpreter";
import { indexArg } from "./text-index";
import { bufferBytes } from "./memoryview";

const isOf =
  (type: PyType) =>
  (v: PyValue): v is PyBytes =>
    v instanceof PyBytes && isInstance(v, type);
export const isBytes = isOf(bytesType);
export const isBytearray = isOf(bytearrayType);

/** The builtin type results take: bytes for bytes (and subclasses), bytearray for bytearray. */
export const resultType = (self: PyBytes): PyType => (isInstance(self, bytearrayType) ? bytearrayType : bytesType);
export const make = (self: PyBytes, data: Uint8Array): PyBytes => new PyBytes(data, resultType(self));

/** A bytes-like argument, or `a bytes-like object is required, not 'str'`. */
export function bytesArg(rt: Interpreter, v: PyValue): Uint8Array {
  const data = bufferBytes(v);
  if (data !== undefined) return data;
  throw rt.error("TypeError", `a bytes-like object is required, not '${typeOf(v).name}'`);
}

/** An int in range(256), or CPython's TypeError/ValueError. */
export function byteValue(rt: Interpreter, v: PyValue): number {
  const n = indexArg(rt, v);
  if (n < 0 || n > 255) throw rt.error("ValueError", "byte must be in range(0, 256)");
  return n;
}

/** The needle of find/count/index: bytes-like or an int in range(256). */
export function subArg(rt: Interpreter, v: PyValue): Uint8Array {
  const data = bufferBytes(v);
  if (data !== undefined) return data;
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
    return Uint8Array.of(byteValue(rt, v));
  }
  throw rt.error("TypeError", `argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
}

/** None/omitted, or a bytes-like argument. */
export function optBytes(rt: Interpreter, v: PyValue): Uint8Array | null {
  return v === undefined || v === None ? null : bytesArg(rt, v);
}

/** `self * n`, of self's type. */
export function repeat(rt: Interpreter, self: PyBytes, n: PyValue): PyBytes {
  const times = Math.max(0, indexArg(rt, n));
  rt.checkLength(self.data.length * times);
  const out = new Uint8Array(self.data.length * times);
  for (let i = 0; i < times; i++) out.set(self.data, i * self.data.length);
  return make(self, out);
}
