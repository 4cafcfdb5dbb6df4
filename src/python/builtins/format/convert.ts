/**
 * Conversions shared by the formatters: `ascii()` text (`!a`, `%a`) and the
 * numeric coercions `%d`/`%x`/`%f` apply to their arguments, with CPython's messages.
 */
import { PyFloat, PyObject, typeOf, type PyValue } from "../../objects/core";
import { PyBytes } from "../../objects/containers";
import type { Interpreter } from "../../interp/interpreter";

/** Escape every non-ASCII code point as `ascii()` does. */
export function escapeNonAscii(s: string): string {
  if (/^\p{ASCII}*$/u.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

/** `ascii(v)`. */
export function asciiOf(rt: Interpreter, v: PyValue): string {
  return escapeNonAscii(rt.repr(v));
}

/** Apply a `!r`/`!s`/`!a` conversion. */
export function convertField(rt: Interpreter, v: PyValue, conversion: string): PyValue {
  if (conversion === "r") return rt.repr(v);
  if (conversion === "s") return rt.str(v);
  if (conversion === "a") return asciiOf(rt, v);
  return v;
}

function dunder(v: PyValue, name: string): PyValue {
  return v instanceof PyObject && !v.$cls.isBuiltin ? typeOf(v).lookup(name) : undefined;
}

/**
 * The integer `%d`, `%x`... format: ints as they are; floats truncated (for d, i, u);
 * objects through `__index__` (or `__int__` for d, i, u); otherwise TypeError.
 * `shownType` is the conversion character named in the message.
 */
export function percentInt(rt: Interpreter, v: PyValue, type: string, shownType = type): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const integerOnly = type === "o" || type === "x" || type === "X";
  const wrong = () =>
    rt.error(
      "TypeError",
      integerOnly
        ? `%${shownType} format: an integer is required, not ${typeOf(v).name}`
        : `%${shownType} format: a real number is required, not ${typeOf(v).name}`,
    );
  if (v instanceof PyFloat) {
    if (integerOnly) throw wrong();
    const x = v.v;
    if (Number.isNaN(x)) throw rt.error("ValueError", "cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw rt.error("OverflowError", "cannot convert float infinity to integer");
    const t = Math.trunc(x);
    return Number.isSafeInteger(t) ? t || 0 : BigInt(t);
  }
  const names = integerOnly ? ["__index__"] : ["__index__", "__int__"];
  for (const name of names) {
    const m = dunder(v, name);
    if (m !== undefined) return percentInt(rt, rt.call(m, [v]), type, shownType);
  }
  throw wrong();
}

/**
 * The float `%e`/`%f`/`%g` take: floats, ints, objects with `__float__` or `__index__`
 * (`forBytes`: bytes formatting, whose error message differs).
 */
export function percentFloat(rt: Interpreter, v: PyValue, forBytes = false): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number" || typeof v === "boolean") return Number(v);
  if (typeof v === "bigint") {
    const x = Number(v);
    if (!Number.isFinite(x)) throw rt.error("OverflowError", "int too large to convert to float");
    return x;
  }
  const f = dunder(v, "__float__");
  if (f !== undefined) {
    const r = rt.call(f, [v]);
    if (r instanceof PyFloat) return r.v;
    throw rt.error("TypeError", `${typeOf(v).name}.__float__ returned non-float (type ${typeOf(r).name})`);
  }
  const i = dunder(v, "__index__");
  if (i !== undefined) return percentFloat(rt, rt.call(i, [v]), forBytes);
  const what = forBytes ? "float argument required" : "must be real number";
  throw rt.error("TypeError", `${what}, not ${typeOf(v).name}`);
}

/** The bytes of a bytes-like value or of `__bytes__`, or null. */
export function bytesLike(rt: Interpreter, v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  const m = dunder(v, "__bytes__");
  if (m !== undefined) {
    const r = rt.call(m, [v]);
    if (r instanceof PyBytes) return r.data;
    throw rt.error("TypeError", `__bytes__ returned non-bytes (type ${typeOf(r).name})`);
  }
  return null;
}
