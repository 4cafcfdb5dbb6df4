/**
 * Helpers to define the native parts of builtin types and modules: methods that bind
 * like Python functions, computed attributes, and argument checking with CPython's
 * messages.
 */
import { PyBuiltin, PyType, PyModule, None, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyGetSet } from "../objects/functions";
import { PyNativeMethod } from "../interp/attr";
import type { Interpreter } from "../interp/interpreter";

export type MethodImpl = (rt: Interpreter, self: PyValue, args: PyValue[], kw: KwArgs | null) => PyValue;
export type FunctionImpl = (rt: Interpreter, args: PyValue[], kw: KwArgs | null) => PyValue;

/** Define `type.name` as a native method; `self` is the first argument. */
export function method(type: PyType, name: string, impl: MethodImpl): PyNativeMethod {
  const m = new PyNativeMethod(
    name,
    (rt, args, kw) => {
      if (args.length === 0)
        throw (rt as Interpreter).error("TypeError", `unbound method ${type.name}.${name}() needs an argument`);
      return impl(rt as Interpreter, args[0], args.slice(1), kw);
    },
    `${type.name}.${name}`,
  );
  type.dict.set(name, m);
  return m;
}

/** Define several methods at once. */
export function methods(type: PyType, table: Record<string, MethodImpl>): void {
  for (const [name, impl] of Object.entries(table)) method(type, name, impl);
}

/** A computed read-only (or writable) attribute of a builtin type. */
export function getter(
  type: PyType,
  name: string,
  get: (rt: Interpreter, self: PyValue) => PyValue,
  set?: (rt: Interpreter, self: PyValue, v: PyValue) => void,
): void {
  type.dict.set(
    name,
    new PyGetSet(
      name,
      get as (rt: unknown, o: PyValue) => PyValue,
      (set ?? null) as ((rt: unknown, o: PyValue, v: PyValue) => void) | null,
    ),
  );
}

/** A native function (not bound when stored on a class). */
export function fn(name: string, impl: FunctionImpl): PyBuiltin {
  return new PyBuiltin(name, (rt, args, kw) => impl(rt as Interpreter, args, kw));
}

/** A module whose members are natives or values. */
export function nativeModule(name: string, members: Record<string, PyValue>): PyModule {
  const m = new PyModule(name);
  for (const [k, v] of Object.entries(members)) m.$dict!.set(k, v);
  return m;
}

/**
 * Bind arguments by name for a native: `parseArgs(rt, "split", args, kw, ["sep", "maxsplit"], 0)`
 * returns the values (undefined for omitted optionals) with CPython-style errors.
 */
export function parseArgs(
  rt: Interpreter,
  fname: string,
  args: PyValue[],
  kw: KwArgs | null,
  names: readonly string[],
  required = 0,
  opts: {
    kwOnly?: readonly string[];
    /** How many leading names are positional-only (not accepted as keywords). */
    posOnly?: number;
    /** A function written in C names a bad keyword as `'x' is an invalid keyword argument for NAME()`. */
    cName?: string;
  } = {},
): PyValue[] {
  const out: PyValue[] = new Array(names.length + (opts.kwOnly?.length ?? 0)).fill(undefined);
  if (args.length > names.length) {
    throw rt.error(
      "TypeError",
      names.length === required
        ? `${fname}() takes exactly ${required} argument${required === 1 ? "" : "s"} (${args.length} given)`
        : `${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${args.length} given)`,
    );
  }
  args.forEach((a, i) => (out[i] = a));
  const posRequired = Math.min(required, opts.posOnly ?? 0);
  if (args.length < posRequired) {
    const noun = posRequired === 1 ? "argument" : "arguments";
    throw rt.error("TypeError", `${fname}() takes at least ${posRequired} positional ${noun} (${args.length} given)`);
  }
  if (kw) {
    kw.names.forEach((n, i) => {
      let idx = names.indexOf(n);
      if (idx >= 0 && idx < (opts.posOnly ?? 0)) idx = -1;
      if (idx < 0 && opts.kwOnly) {
        const k = opts.kwOnly.indexOf(n);
        if (k >= 0) idx = names.length + k;
      }
      if (idx < 0) {
        throw rt.error(
          "TypeError",
          opts.cName !== undefined
            ? `'${n}' is an invalid keyword argument for ${opts.cName}()`
            : `${fname}() got an unexpected keyword argument '${n}'`,
        );
      }
      if (out[idx] !== undefined) throw rt.error("TypeError", `${fname}() got multiple values for argument '${n}'`);
      out[idx] = kw.values[i];
    });
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw rt.error("TypeError", `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** Refuse keyword arguments, as most builtin methods do. */
export function noKw(rt: Interpreter, fname: string, kw: KwArgs | null): void {
  if (kw && kw.names.length) throw rt.error("TypeError", `${fname}() takes no keyword arguments`);
}

/** Check the positional argument count of a native. */
export function arity(rt: Interpreter, fname: string, args: PyValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    if (min === max) {
      throw rt.error(
        "TypeError",
        min === 0
          ? `${fname}() takes no arguments (${args.length} given)`
          : min === 1
            ? `${fname}() takes exactly one argument (${args.length} given)`
            : `${fname} expected ${min} arguments, got ${args.length}`,
      );
    }
    if (args.length < min)
      throw rt.error(
        "TypeError",
        `${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`,
      );
    throw rt.error("TypeError", `${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  }
}

/** An int argument as a JS number, or a TypeError naming the expected type. */
export function intArg(rt: Interpreter, v: PyValue, what = "integer"): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  const index = typeOf(v).lookup("__index__");
  if (index !== undefined) return intArg(rt, rt.call(index, [v]), what);
  throw rt.error("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an ${what}`);
}

/** None or undefined (an omitted optional argument). */
export function isNone(v: PyValue): boolean {
  return v === undefined || v === None;
}

/**
 * How CPython's argument-clinic errors (`f() argument 'x' must be str, not T`) name
 * the type of a bad argument: None is shown as `None`, anything else by its type.
 */
export function argTypeName(v: PyValue): string {
  return v === None ? "None" : typeOf(v).name;
}
