/**
 * `collections.namedtuple`: a real tuple subclass whose `__new__` has the fields as
 * its parameters (so argument errors read as CPython's), with field accessors,
 * `_make`, `_replace`, `_asdict`, `_fields`, `_field_defaults` and CPython's repr.
 */
import { PyType, None, typeType, type KwArgs, type PyValue } from "../objects/core";
import { PyTuple, tupleType } from "../objects/containers";
import { PyClassMethod, PyGetSet } from "../objects/functions";
import { PyNativeMethod } from "../interp/attr";
import { createType } from "../interp/classes";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { strRepr } from "../interp/repr";
import { pyFunction } from "./util";

const KEYWORDS = new Set(
  (
    "False None True and as assert async await break class continue def del elif else except finally for " +
    "from global if import in is lambda nonlocal not or pass raise return try while with yield"
  ).split(" "),
);

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** Options of {@link makeNamedTuple}. */
export interface NamedTupleOptions {
  readonly rename?: boolean;
  readonly defaults?: readonly PyValue[] | null;
  readonly module?: string;
}

function fieldNames(rt: Interpreter, spec: PyValue | readonly string[]): string[] {
  if (Array.isArray(spec)) return [...(spec as string[])];
  if (typeof spec === "string") return spec.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  return rt.toArray(spec).map((f) => rt.str(f));
}

/** Validate (or, with rename, repair) the type name and field names, with CPython's errors. */
function checkNames(rt: Interpreter, typename: string, names: string[], rename: boolean): string[] {
  if (rename) {
    const seen = new Set<string>();
    names = names.map((n, i) => {
      const bad = !IDENTIFIER.test(n) || KEYWORDS.has(n) || n.startsWith("_") || seen.has(n);
      seen.add(n);
      return bad ? `_${i}` : n;
    });
  }
  for (const n of [typename, ...names]) {
    if (!IDENTIFIER.test(n)) {
      throw rt.error("ValueError", `Type names and field names must be valid identifiers: ${strRepr(n)}`);
    }
    if (KEYWORDS.has(n)) throw rt.error("ValueError", `Type names and field names cannot be a keyword: ${strRepr(n)}`);
  }
  const seen = new Set<string>();
  for (const n of names) {
    if (n.startsWith("_") && !rename) {
      throw rt.error("ValueError", `Field names cannot start with an underscore: ${strRepr(n)}`);
    }
    if (seen.has(n)) throw rt.error("ValueError", `Encountered duplicate field name: ${strRepr(n)}`);
    seen.add(n);
  }
  return names;
}

function method(
  cls: () => PyType,
  typename: string,
  name: string,
  impl: (rt: Interpreter, self: PyTuple, args: PyValue[], kw: KwArgs | null) => PyValue,
) {
  return new PyNativeMethod(
    name,
    (rt0, args, kw) => {
      const rt = rt0 as Interpreter;
      const self = args[0];
      if (!(self instanceof PyTuple) || !rt.isInstance(self, cls())) {
        throw rt.error("TypeError", `${name}() needs a ${typename} instance`);
      }
      return impl(rt, self, args.slice(1), kw);
    },
    `${typename}.${name}`,
  );
}

/** Create a named tuple class, as `collections.namedtuple(typename, field_names, ...)` does. */
export function makeNamedTuple(
  rt: Interpreter,
  typename: string,
  spec: PyValue | readonly string[],
  options: NamedTupleOptions = {},
): PyType {
  const names = checkNames(rt, typename, fieldNames(rt, spec), options.rename ?? false);
  const defaults = options.defaults ?? [];
  if (defaults.length > names.length) throw rt.error("TypeError", "Got more default values than field names");
  const module = options.module ?? "__main__";
  // The class, once created (the methods below refer to it).
  const made: { cls: PyType | null } = { cls: null };
  const self = () => made.cls!;
  const make = (c: PyType, items: PyValue[]): PyTuple => {
    const t = new PyTuple(items, c);
    // Named tuples have `__slots__ = ()`: no instance dict (subclasses get one).
    if (c === made.cls) t.$dict = null;
    return t;
  };

  const ns = new Map<string, PyValue>();
  ns.set("__doc__", `${typename}(${names.join(", ")})`);
  ns.set("__slots__", new PyTuple([]));
  ns.set("_fields", new PyTuple(names));
  const fieldDefaults = rt.newDict();
  defaults.forEach((d, i) => rt.dictSet(fieldDefaults, names[names.length - defaults.length + i], d));
  ns.set("_field_defaults", fieldDefaults);
  ns.set("__match_args__", new PyTuple(names));
  ns.set(
    "__new__",
    pyFunction(
      "__new__",
      `${typename}.__new__`,
      { params: ["_cls", ...names], defaults: [...defaults], module },
      (c, ...values) => make(c as PyType, values),
    ),
  );
  ns.set(
    "_make",
    new PyClassMethod(
      new PyNativeMethod(
        "_make",
        (rt0, args) => {
          const rt = rt0 as Interpreter;
          const items = rt.toArray(args[1]);
          if (items.length !== names.length) {
            throw rt.error("TypeError", `Expected ${names.length} arguments, got ${items.length}`);
          }
          return make(args[0] as PyType, items);
        },
        `${typename}._make`,
      ),
    ),
  );
  ns.set(
    "_replace",
    method(self, typename, "_replace", (rt, t, args, kw) => {
      if (args.length)
        throw rt.error(
          "TypeError",
          `${typename}._replace() takes 1 positional argument but ${args.length + 1} were given`,
        );
      const items = [...t.items];
      const unknown: string[] = [];
      kw?.names.forEach((n, i) => {
        const idx = names.indexOf(n);
        if (idx < 0) unknown.push(n);
        else items[idx] = kw.values[i];
      });
      if (unknown.length) {
        throw rt.error("ValueError", `Got unexpected field names: [${unknown.map(strRepr).join(", ")}]`);
      }
      return make(t.$cls, items);
    }),
  );
  ns.set(
    "_asdict",
    method(self, typename, "_asdict", (rt, t) => {
      const d = rt.newDict();
      names.forEach((n, i) => rt.dictSet(d, n, t.items[i]));
      return d;
    }),
  );
  ns.set(
    "__repr__",
    method(self, typename, "__repr__", (rt, t) => {
      const parts = names.map((n, i) => `${n}=${rt.repr(t.items[i])}`);
      return `${t.$cls.name}(${parts.join(", ")})`;
    }),
  );
  ns.set(
    "__getnewargs__",
    method(self, typename, "__getnewargs__", (_rt, t) => new PyTuple([...t.items])),
  );
  names.forEach((n, i) => {
    const d: PyGetSet = new PyGetSet(
      n,
      (_rt, o) => (o instanceof PyTuple ? o.items[i] : d),
      (rt) => {
        throw (rt as Interpreter).error("AttributeError", "can't set attribute");
      },
    );
    ns.set(n, d);
  });
  ns.set("__module__", module);
  ns.set("__qualname__", typename);
  made.cls = createType(rt, typeType, typename, [tupleType], ns);
  return made.cls;
}

/** `collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`. */
export function namedtupleFunction(rt: Interpreter, args: PyValue[], kw: KwArgs | null): PyType {
  const [typename, spec, rename, defaults, module] = parseArgs(
    rt,
    "namedtuple",
    args,
    kw,
    ["typename", "field_names"],
    2,
    {
      kwOnly: ["rename", "defaults", "module"],
    },
  );
  return makeNamedTuple(rt, rt.str(typename), spec, {
    rename: rename !== undefined && rt.truthy(rename),
    defaults: defaults === undefined || defaults === None ? null : rt.toArray(defaults),
    module: module === undefined || module === None ? "__main__" : rt.str(module),
  });
}
