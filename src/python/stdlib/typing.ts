/**
 * The `typing` module, by name: the special forms and generic aliases exist, can be
 * subscripted and printed (`typing.List[int]`), and are otherwise ignored, as type
 * hints are at run time. Generic and Protocol are real classes to inherit from.
 */
import { PyModule, PyObject, PyType, None, Ellipsis, typeOf, type PyValue } from "../objects/core";
import { PyDict, PyList, PyTuple } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { defClassMethod, defMethods, makeModule, native, newClass } from "./util";
import { genericAlias, PyGenericAlias, PyUnion, unionType } from "../builtins/types/generic-alias";
import { namedTupleClass, typedDictClass } from "./typing-classes";
import { loadPythonModule } from "./python-source";
import { superObject } from "../interp/classes";

/** A special form or alias: its printed name and, once subscripted, its arguments. */
class FormObj extends PyObject {
  constructor(
    cls: PyType,
    readonly name: string,
    readonly args: readonly PyValue[] | null,
    readonly origin: PyValue,
  ) {
    super(cls);
  }
}

class TypeVarObj extends PyObject {
  constructor(
    cls: PyType,
    readonly name: string,
  ) {
    super(cls);
    this.$dict = new Map<string, PyValue>([["__name__", name]]);
  }
}

/** How typing prints a type argument (typing._type_repr). */
function typeRepr(rt: Interpreter, v: PyValue): string {
  if (v instanceof PyType) return v.module === "builtins" ? v.qualname : `${v.module}.${v.qualname}`;
  if (v === None) return "None";
  if (v === Ellipsis) return "...";
  if (v instanceof PyList) return "[" + v.items.map((x) => typeRepr(rt, x)).join(", ") + "]";
  if (typeof v === "string") return `ForwardRef(${rt.repr(v)})`;
  return rt.repr(v);
}

const FORMS = [
  "Any",
  "Optional",
  "Union",
  "List",
  "Dict",
  "Tuple",
  "Set",
  "FrozenSet",
  "Type",
  "Callable",
  "Iterable",
  "Iterator",
  "Generator",
  "AsyncGenerator",
  "AsyncIterator",
  "AsyncIterable",
  "Awaitable",
  "Coroutine",
  "Sequence",
  "MutableSequence",
  "Mapping",
  "MutableMapping",
  "AbstractSet",
  "MutableSet",
  "Deque",
  "DefaultDict",
  "OrderedDict",
  "Counter",
  "ChainMap",
  "Literal",
  "Final",
  "ClassVar",
  "Annotated",
  "NoReturn",
  "Never",
  "Self",
  "LiteralString",
  "TypeAlias",
  "Concatenate",
  "TypeGuard",
  "Hashable",
  "Sized",
  "Container",
  "Collection",
  "Reversible",
  "SupportsInt",
  "SupportsFloat",
  "SupportsIndex",
  "SupportsAbs",
  "IO",
  "TextIO",
  "BinaryIO",
  "Pattern",
  "Match",
  "KeysView",
  "ValuesView",
  "ItemsView",
  "ContextManager",
  "AsyncContextManager",
  "Required",
  "NotRequired",
  "Unpack",
];

/** What get_origin() reports for aliases of builtin classes. */
const BUILTIN_ORIGINS: Record<string, string> = {
  List: "list",
  Dict: "dict",
  Set: "set",
  FrozenSet: "frozenset",
  Tuple: "tuple",
  Type: "type",
};

/**
 * get_type_hints(): a function's or a module's annotations, or a class's merged from
 * its bases (the base classes' first); None stands for NoneType, and a string names a
 * global or builtin (this engine has no eval for more).
 */
function typeHints(rt: Interpreter, obj: PyValue, extras: boolean): PyValue {
  const out = rt.newDict();
  const globals = rt.modules.get("__main__")?.$dict;
  const resolve = (v: PyValue): PyValue => {
    if (v === None) return typeOf(None);
    // Without include_extras, Annotated[T, ...] stands for T.
    if (!extras && v instanceof FormObj && v.name === "Annotated" && v.args?.length) return resolve(v.args[0]!);
    if (typeof v === "string") {
      const found = globals?.get(v) ?? rt.builtins.get(v);
      if (found === undefined) throw rt.error("NameError", `name '${v}' is not defined`);
      return found;
    }
    return v;
  };
  const add = (ann: PyValue | undefined) => {
    if (!(ann instanceof PyDict)) return;
    for (const e of ann.table.map.values()) rt.dictSet(out, e.key, resolve(e.value));
  };
  if (obj instanceof PyType) {
    for (const t of [...obj.mro].reverse()) add(t.dict.get("__annotations__"));
  } else {
    const ann = rt.getattr(obj, "__annotations__");
    add(ann);
  }
  return out;
}

/** Build the `typing` module. */
export function typingModule(rt0: Interpreter): PyModule {
  const form = newClass("_SpecialForm", "typing");
  defMethods(form, {
    __getitem__: (rt, self, [params]) => {
      const f = self as FormObj;
      const args = params instanceof PyTuple ? [...params.items] : [params];
      if (f.name === "Optional") {
        if (args.length !== 1)
          throw rt.error("TypeError", `typing.Optional requires a single type. Got ${rt.repr(params)}.`);
        return union(rt, [args[0]!, None]);
      }
      if (f.name === "Union" && f.args === null) return union(rt, args);
      const builtin = BUILTIN_ORIGINS[f.name];
      // typing's _type_check: None stands for its type, except as a Literal's value.
      const checked = f.name === "Literal" || f.name === "Annotated" ? args : args.map(noneType);
      return new FormObj(form, f.name, checked, builtin ? rt.builtins.get(builtin) : self);
    },
    __repr__: (rt, self) => {
      const f = self as FormObj;
      if (f.args === null) return `typing.${f.name}`;
      if (f.name === "Union" && f.args.length === 2 && f.args.includes(typeOf(None))) {
        return `typing.Optional[${typeRepr(
          rt,
          f.args.find((a) => a !== typeOf(None)),
        )}]`;
      }
      // Literal's values and Annotated's metadata print with repr; an empty Tuple as `()`.
      if (f.args.length === 0) return `typing.${f.name}[()]`;
      const show = (a: PyValue, i: number) =>
        f.name === "Literal" || (f.name === "Annotated" && i > 0) ? rt.repr(a) : typeRepr(rt, a);
      return `typing.${f.name}[${f.args.map(show).join(", ")}]`;
    },
    __call__: (rt, self) => {
      throw rt.error("TypeError", `Cannot instantiate ${rt.repr(self)}`);
    },
    __or__: (rt, self, [other]) => union(rt, [self, other]),
    __ror__: (rt, self, [other]) => union(rt, [other, self]),
  });
  const noneType = (a: PyValue): PyValue =>
    a === None ? typeOf(None) : a instanceof PyList ? new PyList(a.items.map(noneType)) : a;
  /** `Union[args]`: nested unions flattened, None as NoneType, repeats dropped; one member alone. */
  const union = (rt: Interpreter, args: PyValue[]): PyValue => {
    const members: PyValue[] = [];
    const add = (a: PyValue) => {
      if (a instanceof FormObj && a.name === "Union" && a.args) a.args.forEach(add);
      else {
        const t = a === None ? typeOf(None) : a;
        if (!members.some((m) => m === t || rt.eq(m, t))) members.push(t);
      }
    };
    args.forEach(add);
    return members.length === 1 ? members[0]! : new FormObj(form, "Union", members, None);
  };
  // Subscripted forms compare by name and arguments, as typing's aliases do.
  defMethods(form, {
    __eq__: (rt, self, [o]) => {
      if (!(o instanceof FormObj)) return false;
      const a = self as FormObj;
      if (a.name !== o.name) return false;
      if (a.args === null || o.args === null) return a.args === o.args;
      return a.args.length === o.args.length && a.args.every((x, i) => rt.eq(x, o.args![i]));
    },
    __hash__: (rt, self) => {
      const f = self as FormObj;
      return rt.hash(new PyTuple([f.name, ...(f.args ?? [])]));
    },
  });

  const typeVar = newClass("TypeVar", "typing");
  defMethods(typeVar, {
    __repr__: (rt, self) => {
      const d = (self as TypeVarObj).$dict!;
      const co = rt.truthy(d.get("__covariant__") ?? false);
      const contra = rt.truthy(d.get("__contravariant__") ?? false);
      return `${co ? "+" : contra ? "-" : "~"}${(self as TypeVarObj).name}`;
    },
  });
  const makeTypeVar = native("TypeVar", (rt, args, kw) => {
    if (!args.length) throw rt.error("TypeError", "TypeVar.__init__() missing 1 required positional argument: 'name'");
    const name = args[0];
    if (typeof name !== "string") throw rt.error("TypeError", "TypeVar name must be a string");
    const tv = new TypeVarObj(typeVar, name);
    for (const k of ["__bound__", "__covariant__", "__contravariant__"])
      tv.$dict!.set(k, k === "__bound__" ? None : false);
    kw?.names.forEach((n, i) => tv.$dict!.set(`__${n}__`, kw.values[i]));
    tv.$dict!.set("__constraints__", new PyTuple(args.slice(1)));
    return tv;
  });

  const generic = newClass("Generic", "typing");
  const [protocol, runtimeCheckable] = (
    rt0.call(rt0.getattr(loadPythonModule(rt0, "_typing_protocol")!, "_make"), [generic]) as PyTuple
  ).items;
  // `Stack[int]` for a Generic subclass: an alias that calls and subclasses as the class.
  defClassMethod(generic, "__class_getitem__", (_rt, cls, [params]) => genericAlias(cls, params));
  // A subclass's __parameters__: the type variables of its subscripted bases, in order.
  defClassMethod(generic, "__init_subclass__", (rt, cls, _args, kw) => {
    const params: PyValue[] = [];
    const orig = cls.dict.get("__orig_bases__");
    for (const b of orig instanceof PyTuple ? orig.items : [])
      if (b instanceof PyGenericAlias)
        for (const a of b.args.items) if (a instanceof TypeVarObj && !params.includes(a)) params.push(a);
    cls.dict.set("__parameters__", new PyTuple(params));
    return rt.call(rt.getattr(superObject(rt, generic, cls), "__init_subclass__"), [], kw);
  });
  const typedDict = typedDictClass(rt0);

  const members: Record<string, PyValue> = {
    TYPE_CHECKING: false,
    Generic: generic,
    Protocol: protocol!,
    TypedDict: typedDict,
    TypeVar: makeTypeVar,
    ParamSpec: makeTypeVar,
    TypeVarTuple: makeTypeVar,
    AnyStr: rt0.call(makeTypeVar, ["AnyStr", rt0.builtins.get("bytes"), rt0.builtins.get("str")]),
    Text: rt0.builtins.get("str"),
    cast: native("cast", (rt, args, kw) => parseArgs(rt, "cast", args, kw, ["typ", "val"], 2)[1]),
    overload: native("overload", (rt, args) => {
      arity(rt, "overload", args, 1);
      return args[0];
    }),
    final: native("final", (rt, args) => {
      arity(rt, "final", args, 1);
      return args[0];
    }),
    no_type_check: native("no_type_check", (rt, args) => {
      arity(rt, "no_type_check", args, 1);
      return args[0];
    }),
    runtime_checkable: runtimeCheckable!,
    get_type_hints: native("get_type_hints", (rt, args, kw) => {
      const [obj, , , extras] = parseArgs(
        rt,
        "get_type_hints",
        args,
        kw,
        ["obj", "globalns", "localns", "include_extras"],
        1,
      );
      return typeHints(rt, obj!, extras !== undefined && rt.truthy(extras));
    }),
    get_origin: native("get_origin", (rt, args) => {
      arity(rt, "get_origin", args, 1);
      const f = args[0];
      if (f instanceof PyGenericAlias) return f.origin;
      if (f instanceof PyUnion) return unionType;
      if (!(f instanceof FormObj) || f.args === null) return None;
      // Union[...], Literal[...], ClassVar[...]: the special form itself.
      if (f.origin === None) return rt.modules.get("typing")?.$dict!.get(f.name) ?? None;
      return f.origin;
    }),
    get_args: native("get_args", (rt, args) => {
      arity(rt, "get_args", args, 1);
      const f = args[0];
      if (f instanceof PyGenericAlias || f instanceof PyUnion) return f.args;
      return new PyTuple(f instanceof FormObj && f.args !== null ? [...f.args] : []);
    }),
    NewType: newTypeClass(),
    NamedTuple: namedTupleClass(rt0),
    assert_never: native("assert_never", (rt, args) => {
      throw rt.error("AssertionError", `Expected code to be unreachable, but got: ${rt.repr(args[0])}`);
    }),
    reveal_type: native("reveal_type", (rt, args) => {
      arity(rt, "reveal_type", args, 1);
      return args[0];
    }),
  };
  for (const name of FORMS) members[name] = new FormObj(form, name, null, None);
  return makeModule("typing", members);
}

/**
 * `typing.NewType(name, tp)`: a callable that returns its argument, printed as
 * `__main__.Name` (the module is the caller's; programs define them in `__main__`).
 */
function newTypeClass(): PyType {
  const cls = newClass("NewType", "typing");
  defMethods(cls, {
    __init__: (rt, self, args, kw) => {
      const [name, tp] = parseArgs(rt, "NewType", args, kw, ["name", "tp"], 2);
      const d = (self as PyObject).$dict!;
      d.set("__qualname__", name!);
      d.set("__name__", name!);
      d.set("__supertype__", tp!);
      d.set("__module__", "__main__");
      return None;
    },
    __call__: (rt, _self, args) => {
      arity(rt, "NewType.__call__", args, 1);
      return args[0]!;
    },
    __repr__: (rt, self) => {
      const d = (self as PyObject).$dict!;
      return `${rt.str(d.get("__module__")!)}.${rt.str(d.get("__qualname__")!)}`;
    },
  });
  return cls;
}
