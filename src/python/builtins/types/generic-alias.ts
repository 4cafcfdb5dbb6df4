/**
 * `types.GenericAlias` (`list[int]`, `dict[str, int]`) and `types.UnionType`
 * (`int | None`): what annotations written with builtin generics and `|` evaluate to.
 * They print, compare and hash as CPython's, call through to their origin, and a
 * union works with isinstance; a generic alias used as a base class stands for its
 * origin (`__mro_entries__`).
 */
import {
  PyBuiltin,
  PyObject,
  PyType,
  None,
  Ellipsis,
  NotImplemented,
  objectType,
  typeType,
  typeOf,
  type PyValue,
} from "../../objects/core";
import { PyTuple, EMPTY_TUPLE } from "../../objects/containers";
import { PyStaticMethod } from "../../objects/functions";
import type { Interpreter } from "../../interp/interpreter";
import { methods, getter } from "../registry";

// Not marked builtin, so the alias's `__getattr__` (the origin's attributes) is consulted.
export const genericAliasType: PyType = new PyType("GenericAlias", [objectType], { builtin: false, module: "types" });
export const unionType: PyType = new PyType("UnionType", [objectType], { builtin: true, module: "types" });

export class PyGenericAlias extends PyObject {
  constructor(
    readonly origin: PyValue,
    readonly args: PyTuple,
  ) {
    super(genericAliasType);
  }
}

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(unionType);
  }
}

/** `origin[key]`: the alias CPython's `__class_getitem__` returns. */
export function genericAlias(origin: PyValue, key: PyValue): PyGenericAlias {
  // `tuple[()]` has no arguments; `dict[str, int]` two.
  const args = key instanceof PyTuple && key.$cls.isBuiltin ? key : new PyTuple([key]);
  return new PyGenericAlias(origin, args);
}

/** How an alias or a union prints one argument (ga_repr_item, union_repr_item). */
function itemRepr(rt: Interpreter, v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (v instanceof PyGenericAlias || v instanceof PyUnion) return rt.repr(v);
  if (v instanceof PyType) {
    if (v === typeOfNone(rt)) return "None";
    return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  }
  return rt.repr(v);
}

function typeOfNone(_rt: Interpreter): PyValue {
  return typeOf(None);
}

/** What may stand in a union: classes, None, aliases and unions. */
function unionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

/** `a | b` for types: a union of both sides' members, without repeats; one member stands alone. */
export function unionOf(rt: Interpreter, a: PyValue, b: PyValue): PyValue {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const members: PyValue[] = [];
  for (const side of [a, b]) {
    const items = side instanceof PyUnion ? side.args.items : [side === None ? typeOfNone(rt) : side];
    for (const x of items) if (!members.some((m) => m === x || rt.eq(m, x))) members.push(x);
  }
  return members.length === 1 ? members[0]! : new PyUnion(new PyTuple(members));
}

methods(genericAliasType, {
  __repr__: (rt, self) => {
    const g = self as PyGenericAlias;
    const args = g.args.items.length ? g.args.items.map((a) => itemRepr(rt, a)).join(", ") : "()";
    return `${itemRepr(rt, g.origin)}[${args}]`;
  },
  __call__: (rt, self, args, kw) => rt.call((self as PyGenericAlias).origin, args, kw),
  __eq__: (rt, self, [o]) => {
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    const g = self as PyGenericAlias;
    return rt.eq(g.origin, o.origin) && rt.eq(g.args, o.args);
  },
  __hash__: (rt, self) => {
    const g = self as PyGenericAlias;
    return Number(BigInt.asIntN(52, BigInt(rt.hash(g.origin)) ^ BigInt(rt.hash(g.args))));
  },
  __or__: (rt, self, [o]) => unionOf(rt, self, o),
  __ror__: (rt, self, [o]) => unionOf(rt, o, self),
  __mro_entries__: (_rt, self) => new PyTuple([(self as PyGenericAlias).origin]),
  // Other attributes are the origin's (`list[int].__name__` is 'list').
  __getattr__: (rt, self, [name]) => rt.getattr((self as PyGenericAlias).origin, name as string),
});
// `types.GenericAlias(origin, args)`, as a class's `__class_getitem__ = classmethod(GenericAlias)` calls it.
genericAliasType.dict.set(
  "__new__",
  new PyStaticMethod(
    new PyBuiltin("__new__", (rt, args, kw) => {
      if (kw?.names.length) throw (rt as Interpreter).error("TypeError", "GenericAlias() takes no keyword arguments");
      if (args.length !== 3) {
        throw (rt as Interpreter).error("TypeError", `GenericAlias expected 2 arguments, got ${args.length - 1}`);
      }
      return genericAlias(args[1], args[2]);
    }),
  ),
);
getter(genericAliasType, "__origin__", (_rt, self) => (self as PyGenericAlias).origin);
getter(genericAliasType, "__args__", (_rt, self) => (self as PyGenericAlias).args);
getter(genericAliasType, "__parameters__", () => EMPTY_TUPLE);

methods(unionType, {
  __repr__: (rt, self) =>
    (self as PyUnion).args.items.map((a) => (a === typeOfNone(rt) ? "None" : itemRepr(rt, a))).join(" | "),
  __eq__: (rt, self, [o]) => {
    if (!(o instanceof PyUnion)) return NotImplemented;
    const a = (self as PyUnion).args.items;
    const b = o.args.items;
    return a.length === b.length && a.every((x) => b.some((y) => rt.eq(x, y)));
  },
  __hash__: (rt, self) => {
    let h = 0n;
    for (const x of (self as PyUnion).args.items) h ^= BigInt(rt.hash(x));
    return Number(BigInt.asIntN(52, h));
  },
  __or__: (rt, self, [o]) => unionOf(rt, self, o),
  __ror__: (rt, self, [o]) => unionOf(rt, o, self),
});
getter(unionType, "__args__", (_rt, self) => (self as PyUnion).args);
getter(unionType, "__parameters__", () => EMPTY_TUPLE);

// `int | None` on classes themselves.
methods(typeType, {
  __or__: (rt, self, [o]) => unionOf(rt, self, o),
  __ror__: (rt, self, [o]) => unionOf(rt, o, self),
});
