/**
 * The `operator` module: the operators as functions, and itemgetter, attrgetter and
 * methodcaller with CPython's reprs.
 */
import { PyModule, PyObject, PyType, type KwArgs, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import type { BinOp } from "../ast";
import { getItem, setItem, delItem } from "../interp/subscript";
import type { Interpreter } from "../interp/interpreter";
import { arity } from "../builtins/registry";
import { defMethods, defNew, indexArg, makeModule, native, newClass } from "./util";

class GetterObj extends PyObject {
  constructor(
    cls: PyType,
    readonly items: readonly PyValue[],
    readonly kw: KwArgs | null = null,
  ) {
    super(cls);
  }
}

const BINARY: ReadonlyArray<readonly [string, BinOp]> = [
  ["add", "+"],
  ["sub", "-"],
  ["mul", "*"],
  ["matmul", "@"],
  ["truediv", "/"],
  ["floordiv", "//"],
  ["mod", "%"],
  ["pow", "**"],
  ["lshift", "<<"],
  ["rshift", ">>"],
  ["and_", "&"],
  ["or_", "|"],
  ["xor", "^"],
];

const COMPARE: ReadonlyArray<readonly [string, "==" | "!=" | "<" | "<=" | ">" | ">="]> = [
  ["eq", "=="],
  ["ne", "!="],
  ["lt", "<"],
  ["le", "<="],
  ["gt", ">"],
  ["ge", ">="],
];

function resolveAttr(rt: Interpreter, obj: PyValue, dotted: string): PyValue {
  for (const part of dotted.split(".")) obj = rt.getattr(obj, part);
  return obj;
}

/** Build the `operator` module. */
export function operatorModule(_rt: Interpreter): PyModule {
  const members: Record<string, PyValue> = {};
  const fn2 = (name: string, f: (rt: Interpreter, a: PyValue, b: PyValue) => PyValue) => {
    members[name] = native(name, (rt, args) => {
      arity(rt, name, args, 2);
      return f(rt, args[0], args[1]);
    });
  };
  const fn1 = (name: string, f: (rt: Interpreter, a: PyValue) => PyValue) => {
    members[name] = native(name, (rt, args) => {
      arity(rt, name, args, 1);
      return f(rt, args[0]);
    });
  };
  for (const [name, op] of BINARY) {
    fn2(name, (rt, a, b) => rt.binary(op, a, b));
    const iname = name.endsWith("_") ? `i${name.slice(0, -1)}` : `i${name}`;
    fn2(iname, (rt, a, b) => rt.inplace(op, a, b));
    members[`__${name.replace(/_$/, "")}__`] = members[name];
  }
  for (const [name, op] of COMPARE) {
    fn2(name, (rt, a, b) => rt.compare(op, a, b));
    members[`__${name}__`] = members[name];
  }
  fn1("neg", (rt, a) => rt.unary("-", a));
  fn1("pos", (rt, a) => rt.unary("+", a));
  fn1("invert", (rt, a) => rt.unary("~", a));
  members.inv = members.invert;
  fn1("abs", (rt, a) => rt.call(rt.builtins.get("abs"), [a]));
  fn1("not_", (rt, a) => !rt.truthy(a));
  fn1("truth", (rt, a) => rt.truthy(a));
  // An int (a bool gives 0 or 1), or __index__'s result: never int()'s conversions.
  fn1("index", (rt, a) => indexArg(rt, a));
  fn2("is_", (_rt, a, b) => a === b);
  fn2("is_not", (_rt, a, b) => a !== b);
  fn2("contains", (rt, a, b) => rt.contains(a, b));
  fn2("concat", (rt, a, b) => rt.binary("+", a, b));
  fn2("iconcat", (rt, a, b) => rt.inplace("+", a, b));
  fn2("getitem", (rt, a, b) => getItem(rt, a, b));
  fn2("delitem", (rt, a, b) => {
    delItem(rt, a, b);
    return rt.None;
  });
  fn2("countOf", (rt, a, b) => rt.toArray(a).filter((x) => x === b || rt.eq(x, b)).length);
  fn2("indexOf", (rt, a, b) => {
    const i = rt.toArray(a).findIndex((x) => x === b || rt.eq(x, b));
    if (i < 0) throw rt.error("ValueError", "sequence.index(x): x not in sequence");
    return i;
  });
  members.setitem = native("setitem", (rt, args) => {
    arity(rt, "setitem", args, 3);
    setItem(rt, args[0], args[1], args[2]);
    return rt.None;
  });
  members.length_hint = native("length_hint", (rt, args) => {
    arity(rt, "length_hint", args, 1, 2);
    try {
      return rt.call(rt.builtins.get("len"), [args[0]]);
    } catch {
      return args[1] ?? 0;
    }
  });

  const itemgetter = newClass("itemgetter", "operator");
  defNew(itemgetter, (rt, cls, args, kw) => {
    if (kw && kw.names.length) throw rt.error("TypeError", "itemgetter() takes no keyword arguments");
    if (!args.length) throw rt.error("TypeError", "itemgetter expected 1 argument, got 0");
    return new GetterObj(cls, args);
  });
  defMethods(itemgetter, {
    __call__: (rt, self, args) => {
      arity(rt, "itemgetter", args, 1);
      const g = self as GetterObj;
      if (g.items.length === 1) return getItem(rt, args[0], g.items[0]);
      return new PyTuple(g.items.map((k) => getItem(rt, args[0], k)));
    },
    __repr__: (rt, self) => `operator.itemgetter(${(self as GetterObj).items.map((k) => rt.repr(k)).join(", ")})`,
  });

  const attrgetter = newClass("attrgetter", "operator");
  defNew(attrgetter, (rt, cls, args, kw) => {
    if (kw && kw.names.length) throw rt.error("TypeError", "attrgetter() takes no keyword arguments");
    if (!args.length) throw rt.error("TypeError", "attrgetter expected 1 argument, got 0");
    for (const a of args) if (typeof a !== "string") throw rt.error("TypeError", "attribute name must be a string");
    return new GetterObj(cls, args);
  });
  defMethods(attrgetter, {
    __call__: (rt, self, args) => {
      arity(rt, "attrgetter", args, 1);
      const g = self as GetterObj;
      if (g.items.length === 1) return resolveAttr(rt, args[0], g.items[0] as string);
      return new PyTuple(g.items.map((k) => resolveAttr(rt, args[0], k as string)));
    },
    __repr__: (rt, self) => `operator.attrgetter(${(self as GetterObj).items.map((k) => rt.repr(k)).join(", ")})`,
  });

  const methodcaller = newClass("methodcaller", "operator");
  defNew(methodcaller, (rt, cls, args, kw) => {
    if (!args.length) throw rt.error("TypeError", "methodcaller needs at least one argument, the method name");
    if (typeof args[0] !== "string") throw rt.error("TypeError", "method name must be a string");
    return new GetterObj(cls, args, kw);
  });
  defMethods(methodcaller, {
    __call__: (rt, self, args) => {
      arity(rt, "methodcaller", args, 1);
      const g = self as GetterObj;
      return rt.call(rt.getattr(args[0], g.items[0] as string), g.items.slice(1), g.kw);
    },
    __repr__: (rt, self) => {
      const g = self as GetterObj;
      const parts = g.items.map((k) => rt.repr(k));
      g.kw?.names.forEach((n, i) => parts.push(`${n}=${rt.repr(g.kw!.values[i])}`));
      return `operator.methodcaller(${parts.join(", ")})`;
    },
  });
  members.itemgetter = itemgetter;
  members.attrgetter = attrgetter;
  members.methodcaller = methodcaller;
  return makeModule("operator", members);
}
