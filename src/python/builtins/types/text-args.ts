/**
 * Defining the methods of str, bytes and bytearray with CPython's argument checking.
 * CPython's text methods use several argument parsers, each with its own wording for
 * a wrong argument count; a method's {@link Sig} names the one it uses.
 */
import { PyType, typeOf, type KwArgs, type PyValue } from "../../objects/core";
import { isPyException } from "../../objects/exceptions";
import type { Interpreter } from "../../interp/interpreter";
import { method } from "../registry";

/**
 * How a method checks its arguments:
 * - `noargs`: `str.upper() takes no arguments (1 given)`;
 * - `one`: `str.join() takes exactly one argument (0 given)`;
 * - `range`: `center expected at least 1 argument, got 0`, no keywords;
 * - `tuple`: `find() takes at least 1 argument (0 given)`, no keywords;
 * - `kw`: `split() takes at most 2 arguments (3 given)`, keywords by the names in `kw`;
 * - `dunder`: slot wrappers, `expected 1 argument, got 0`;
 * - `varargs`: anything; the method checks (`str.format(*args, **kwargs)`).
 */
export type ArgStyle = "noargs" | "one" | "range" | "tuple" | "kw" | "dunder" | "varargs";

export interface Sig {
  readonly style: ArgStyle;
  readonly min: number;
  readonly max: number;
  /** Parameter names, for keyword arguments (`kw` style). */
  readonly names?: readonly string[];
  /** How many leading parameters are positional-only (`kw` style). */
  readonly posOnly?: number;
}

export const NOARGS: Sig = { style: "noargs", min: 0, max: 0 };
export const ONE: Sig = { style: "one", min: 1, max: 1 };
export const DUNDER0: Sig = { style: "dunder", min: 0, max: 0 };
export const DUNDER1: Sig = { style: "dunder", min: 1, max: 1 };
export const VARARGS: Sig = { style: "varargs", min: 0, max: Infinity };
export const range = (min: number, max: number): Sig => ({ style: "range", min, max });
export const tuple = (min: number, max: number): Sig => ({ style: "tuple", min, max });
export const kw = (names: readonly string[], min = 0, posOnly = 0): Sig => ({
  style: "kw",
  min,
  max: names.length,
  names,
  posOnly,
});

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Check `args`/`kwargs` against `sig`; returns the arguments by position (undefined when omitted). */
export function bindArgs(
  rt: Interpreter,
  typeName: string,
  name: string,
  sig: Sig,
  args: PyValue[],
  kwargs: KwArgs | null,
): PyValue[] {
  const n = args.length;
  const hasKw = kwargs !== null && kwargs.names.length > 0;
  const { min, max } = sig;
  switch (sig.style) {
    case "noargs":
      if (hasKw) throw rt.error("TypeError", `${typeName}.${name}() takes no keyword arguments`);
      if (n) throw rt.error("TypeError", `${typeName}.${name}() takes no arguments (${n} given)`);
      return args;
    case "one":
      if (hasKw) throw rt.error("TypeError", `${typeName}.${name}() takes no keyword arguments`);
      if (n !== 1) throw rt.error("TypeError", `${typeName}.${name}() takes exactly one argument (${n} given)`);
      return args;
    case "dunder":
      if (hasKw) throw rt.error("TypeError", `wrapper ${name}() takes no keyword arguments`);
      if (n !== min) throw rt.error("TypeError", `expected ${plural(min, "argument")}, got ${n}`);
      return args;
    case "range":
      if (hasKw) throw rt.error("TypeError", `${typeName}.${name}() takes no keyword arguments`);
      if (n < min || n > max) {
        if (min === max) throw rt.error("TypeError", `${name} expected ${plural(min, "argument")}, got ${n}`);
        const [bound, limit] = n < min ? ["least", min] : ["most", max];
        throw rt.error("TypeError", `${name} expected at ${bound} ${plural(limit, "argument")}, got ${n}`);
      }
      return args;
    case "tuple":
      if (hasKw) throw rt.error("TypeError", `${name}() takes no keyword arguments`);
      if (n < min) throw rt.error("TypeError", `${name}() takes at least ${plural(min, "argument")} (${n} given)`);
      if (n > max) throw rt.error("TypeError", `${name}() takes at most ${plural(max, "argument")} (${n} given)`);
      return args;
    case "kw":
      return bindKw(rt, name, sig, args, kwargs);
    case "varargs":
      return args;
  }
}

function bindKw(rt: Interpreter, name: string, sig: Sig, args: PyValue[], kwargs: KwArgs | null): PyValue[] {
  const names = sig.names ?? [];
  const posOnly = sig.posOnly ?? 0;
  const n = args.length;
  if (n > sig.max) {
    throw rt.error("TypeError", `${name}() takes at most ${plural(sig.max, "argument")} (${n} given)`);
  }
  if (n < posOnly) {
    throw rt.error("TypeError", `${name}() takes at least ${plural(posOnly, "positional argument")} (${n} given)`);
  }
  const out: PyValue[] = args.slice();
  out.length = names.length;
  if (kwargs) {
    kwargs.names.forEach((k, i) => {
      const idx = names.indexOf(k);
      if (idx < posOnly) throw rt.error("TypeError", `'${k}' is an invalid keyword argument for ${name}()`);
      if (idx < n) {
        throw rt.error("TypeError", `argument for ${name}() given by name ('${k}') and position (${idx + 1})`);
      }
      out[idx] = kwargs.values[i];
    });
  }
  for (let i = 0; i < sig.min; i++) {
    if (out[i] === undefined) {
      throw rt.error("TypeError", `${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** A method body: `self` already checked to be of the method's type. */
export type TextImpl<S> = (rt: Interpreter, self: S, args: PyValue[], kwargs: KwArgs | null) => PyValue;

/**
 * Define a method on `type` whose `self` must satisfy `is`, with its arguments checked
 * against `sig`. A wrong `self` gives CPython's descriptor message.
 */
export function textMethod<S>(
  type: PyType,
  is: (v: PyValue) => v is S,
  name: string,
  sig: Sig,
  impl: TextImpl<S>,
): void {
  const dunder = sig.style === "dunder";
  method(type, name, (rt, self, args, kwargs) => {
    if (!is(self)) {
      throw rt.error(
        "TypeError",
        dunder
          ? `descriptor '${name}' requires a '${type.name}' object but received a '${typeOf(self).name}'`
          : `descriptor '${name}' for '${type.name}' objects doesn't apply to a '${typeOf(self).name}' object`,
      );
    }
    return impl(rt, self, bindArgs(rt, type.name, name, sig, args, kwargs), kwargs);
  });
}

/** The items of an iterable; a non-iterable raises TypeError with `message`. */
export function iterableItems(rt: Interpreter, v: PyValue, message: string): PyValue[] {
  let it: PyValue;
  try {
    it = rt.iter(v);
  } catch (e) {
    if (isPyException(e) && rt.isInstance(e, rt.excType("TypeError"))) throw rt.error("TypeError", message);
    throw e;
  }
  return rt.toArray(it);
}
