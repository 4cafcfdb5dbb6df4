/**
 * Shared helpers of the stdlib modules: classes built per interpreter, functions
 * with real Python signatures (so argument errors read as CPython's), and argument
 * conversions with CPython's messages.
 */
import {
  PyBuiltin,
  PyFloat,
  PyModule,
  PyObject,
  PyType,
  None,
  objectType,
  typeOf,
  type Allocator,
  type KwArgs,
  type PyValue,
} from "../objects/core";
import { PyClassMethod, PyFunction, PyGetSet, PyStaticMethod, type Signature } from "../objects/functions";
import { PyNativeMethod } from "../interp/attr";
import type { Interpreter } from "../interp/interpreter";
import type { MethodImpl } from "../builtins/registry";

export type { MethodImpl };

/**
 * A class defined by a stdlib module. It is not marked builtin, so the interpreter
 * dispatches operators, `len`, `in` and truth to its dunders as it does for user
 * classes, and Python code can subclass it. One is made per interpreter (on import).
 */
export function newClass(name: string, module: string, bases: PyType[] = [], alloc?: Allocator): PyType {
  const t = new PyType(name, bases.length ? bases : [objectType], { builtin: false, module, alloc });
  t.dict.set("__module__", module);
  t.dict.set("__doc__", None);
  return t;
}

/** Native methods; `self` is checked to be an instance of `type` (as CPython's descriptors do). */
export function defMethods(type: PyType, table: Record<string, MethodImpl>): void {
  for (const [name, impl] of Object.entries(table)) {
    type.dict.set(
      name,
      new PyNativeMethod(
        name,
        (rt0, args, kw) => {
          const rt = rt0 as Interpreter;
          const self = args[0];
          if (args.length === 0) throw rt.error("TypeError", `unbound method ${type.name}.${name}() needs an argument`);
          if (!rt.isInstance(self, type)) {
            throw rt.error(
              "TypeError",
              `descriptor '${name}' for '${type.name}' objects doesn't apply to a '${typeOf(self).name}' object`,
            );
          }
          return impl(rt, self, args.slice(1), kw);
        },
        `${type.name}.${name}`,
      ),
    );
  }
}

/** A native classmethod: `impl` receives the class the call went through. */
export function defClassMethod(
  type: PyType,
  name: string,
  impl: (rt: Interpreter, cls: PyType, args: PyValue[], kw: KwArgs | null) => PyValue,
): void {
  const f = new PyBuiltin(
    name,
    (rt, args, kw) => impl(rt as Interpreter, args[0] as PyType, args.slice(1), kw),
    `${type.name}.${name}`,
  );
  type.dict.set(name, new PyClassMethod(f));
}

/** A native staticmethod (plain function stored on a class). */
export function defStatic(
  type: PyType,
  name: string,
  impl: (rt: Interpreter, args: PyValue[], kw: KwArgs | null) => PyValue,
): void {
  type.dict.set(
    name,
    new PyStaticMethod(
      new PyBuiltin(name, (rt, args, kw) => impl(rt as Interpreter, args, kw), `${type.name}.${name}`),
    ),
  );
}

/** `cls.__new__`: receives the class and the arguments of the call. */
export function defNew(
  type: PyType,
  impl: (rt: Interpreter, cls: PyType, args: PyValue[], kw: KwArgs | null) => PyValue,
): void {
  type.dict.set(
    "__new__",
    new PyStaticMethod(
      new PyBuiltin(
        "__new__",
        (rt, args, kw) => impl(rt as Interpreter, args[0] as PyType, args.slice(1), kw),
        `${type.name}.__new__`,
      ),
    ),
  );
}

/**
 * A computed attribute. Read on the class itself (`Point.x`), the descriptor is
 * returned, as CPython does.
 */
export function defGetter(
  type: PyType,
  name: string,
  get: (rt: Interpreter, self: PyValue) => PyValue,
  set?: (rt: Interpreter, self: PyValue, v: PyValue) => void,
): PyGetSet {
  const d: PyGetSet = new PyGetSet(
    name,
    (rt, o) => (rt0IsInstance(o, type) ? get(rt as Interpreter, o) : d),
    set ? (rt, o, v) => set(rt as Interpreter, o, v) : null,
  );
  type.dict.set(name, d);
  return d;
}

function rt0IsInstance(o: PyValue, type: PyType): boolean {
  const c = typeOf(o);
  return c === type || c.mro.includes(type);
}

/** The parameters of a {@link pyFunction}. */
export interface Params {
  readonly params: readonly string[];
  readonly defaults?: readonly PyValue[];
  readonly vararg?: string;
  readonly kwonly?: readonly string[];
  readonly kwdefaults?: ReadonlyArray<readonly [string, PyValue]>;
  readonly kwarg?: string;
  readonly module?: string;
}

/**
 * A function object with a real signature whose body is native: binding its
 * arguments gives CPython's exact errors ("Point.__new__() missing 1 required
 * positional argument: 'y'"). `impl` receives the bound values in signature order
 * (positional, the *args tuple, keyword-only, the **kwargs dict).
 */
export function pyFunction(
  name: string,
  qualname: string,
  p: Params,
  impl: (...bound: PyValue[]) => PyValue,
): PyFunction {
  const sig: Signature = {
    name,
    qualname,
    file: "<string>",
    line: 1,
    params: [...p.params],
    posonly: 0,
    vararg: p.vararg ?? null,
    kwonly: [...(p.kwonly ?? [])],
    kwarg: p.kwarg ?? null,
  };
  return new PyFunction(
    sig,
    function (this: unknown, ...bound: never[]) {
      return impl(...(bound as PyValue[]));
    },
    "plain",
    [...(p.defaults ?? [])],
    new Map(p.kwdefaults ?? []),
    p.module ?? "__main__",
    None,
  );
}

/** A plain native function (`json.dumps`); not bound when stored on a class. */
export function native(
  name: string,
  impl: (rt: Interpreter, args: PyValue[], kw: KwArgs | null) => PyValue,
): PyBuiltin {
  return new PyBuiltin(name, (rt, args, kw) => impl(rt as Interpreter, args, kw));
}

/** A module from a table of members. */
export function makeModule(name: string, members: Record<string, PyValue>): PyModule {
  const m = new PyModule(name);
  for (const [k, v] of Object.entries(members)) m.$dict!.set(k, v);
  return m;
}

/** A Python float. */
export function float(x: number): PyFloat {
  return new PyFloat(x);
}

/** An int, bool or float as a JS number (ints may lose precision); undefined for others. */
export function numberOf(v: PyValue): number | undefined {
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return Number(v);
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return v.v;
  return undefined;
}

/** A real-number argument as a JS number, through `__float__`/`__index__`, with CPython's TypeError. */
export function realArg(rt: Interpreter, v: PyValue): number {
  const n = numberOf(v);
  if (n !== undefined) {
    if (typeof v === "bigint" && !Number.isFinite(n)) {
      throw rt.error("OverflowError", "int too large to convert to float");
    }
    return n;
  }
  if (v instanceof PyObject) {
    const f = v.$cls.lookup("__float__");
    if (f !== undefined) {
      const r = rt.call(f, [v]);
      if (r instanceof PyFloat) return r.v;
      throw rt.error("TypeError", `${typeOf(v).name}.__float__ returned non-float (type ${typeOf(r).name})`);
    }
    const i = v.$cls.lookup("__index__");
    if (i !== undefined) return realArg(rt, rt.call(i, [v]));
  }
  throw rt.error("TypeError", `must be real number, not ${typeOf(v).name}`);
}

/** True for int and bool values. */
export function isIntValue(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean";
}

/** An int argument (through `__index__`) as number or bigint, or a TypeError. */
export function indexArg(rt: Interpreter, v: PyValue): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyObject) {
    const i = v.$cls.lookup("__index__");
    if (i !== undefined) return indexArg(rt, rt.call(i, [v]));
  }
  throw rt.error("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** `math.frexp`: x = m * 2**e with 0.5 <= |m| < 1 (m = x, e = 0 for zero, inf and nan). Exact. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let scale = 0;
  if (Math.abs(x) < 2 ** -1022) {
    // Subnormal: bring it into the normal range first.
    x *= 2 ** 64;
    scale = -64;
  }
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const exp = (hi >>> 20) & 0x7ff;
  // Replace the exponent with the one of [0.5, 1).
  view.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [view.getFloat64(0), exp - 1022 + scale];
}
