/**
 * The `dataclasses` module as CPython 3.11 has it: `@dataclass` (with init, repr, eq,
 * order, unsafe_hash, frozen, kw_only, match_args), `field`, `fields`, `asdict`,
 * `astuple`, `replace`, `is_dataclass`, `make_dataclass`, InitVar, KW_ONLY and
 * FrozenInstanceError. The generated `__init__` has the fields as its real parameters,
 * so argument errors read as CPython's (`Point.__init__() missing 1 required
 * positional argument: 'y'`).
 */
import {
  PyObject,
  PyType,
  None,
  NotImplemented,
  typeOf,
  typeType,
  type KwArgs,
  type PyModule,
  type PyValue,
} from "../objects/core";
import { PyDict, PyList, PyTuple } from "../objects/containers";
import { excType } from "../objects/exceptions";
import { PyFunction } from "../objects/functions";
import { genericSetAttr, genericDelAttr } from "../interp/attr";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { deepCopy } from "./copy";
import { defMethods, makeModule, native, newClass, pyFunction } from "./util";
import {
  FieldObj,
  fieldClass,
  fieldFor,
  makeField,
  ownAnnotations,
  type DataclassKit,
  type FieldOptions,
} from "./dataclasses-fields";

interface Options {
  init: boolean;
  repr: boolean;
  eq: boolean;
  order: boolean;
  unsafe_hash: boolean;
  frozen: boolean;
  match_args: boolean;
  kw_only: boolean;
  slots?: boolean;
}

const OPTION_NAMES = [
  "init",
  "repr",
  "eq",
  "order",
  "unsafe_hash",
  "frozen",
  "match_args",
  "kw_only",
  "slots",
  "weakref_slot",
];
const DEFAULTS: Record<string, boolean> = { init: true, repr: true, eq: true, match_args: true };

/** The fields of a dataclass (or instance) in definition order; undefined when it is not one. */
function dataclassFields(_rt: Interpreter, x: PyValue): FieldObj[] | undefined {
  const cls = x instanceof PyType ? x : typeOf(x);
  const d = cls.lookup("__dataclass_fields__");
  if (!(d instanceof PyDict)) return undefined;
  return [...d.table.map.values()].map((e) => e.value as FieldObj);
}

function truthy(rt: Interpreter, v: PyValue): boolean {
  return rt.truthy(v);
}

/** Set a generated method unless the class body defined one (`_set_new_attribute`); true if it was there. */
function setNew(cls: PyType, name: string, value: PyValue): boolean {
  if (cls.dict.has(name)) return true;
  if (value instanceof PyFunction) value.qualname = `${cls.qualname}.${name}`;
  cls.setAttr(name, value);
  return false;
}

function process(rt: Interpreter, kit: DataclassKit, cls: PyType, o: Options): PyType {
  const fields = new Map<string, FieldObj>();
  let anyFrozenBase = false;
  let hasDataclassBases = false;
  for (const b of [...cls.mro].slice(1).reverse()) {
    const base = dataclassFields(rt, b);
    if (base === undefined || !b.dict.has("__dataclass_fields__")) continue;
    hasDataclassBases = true;
    for (const f of base) fields.set(f.name, f);
    const params = b.dict.get("__dataclass_params__");
    if (params instanceof PyObject && params.$dict?.get("frozen") === true) anyFrozenBase = true;
  }
  let kwOnly = o.kw_only === true;
  const own: FieldObj[] = [];
  for (const [name, type] of ownAnnotations(rt, cls)) {
    if (type === kit.kwOnly || (typeof type === "string" && /^(dataclasses\.)?KW_ONLY$/.test(type))) {
      kwOnly = true;
      continue;
    }
    own.push(fieldFor(rt, kit, cls, name, type, kwOnly));
  }
  for (const f of own) {
    fields.set(f.name, f);
    // The class attribute is the plain default (or nothing), not the Field.
    if (cls.dict.get(f.name) instanceof FieldObj) {
      if (f.get("default") === kit.missing) cls.deleteAttr(f.name);
      else cls.setAttr(f.name, f.get("default"));
    }
  }
  for (const [name, v] of cls.dict) {
    if (v instanceof FieldObj && !fields.has(name))
      throw rt.error("TypeError", `'${name}' is a field but has no type annotation`);
  }
  if (hasDataclassBases) {
    if (anyFrozenBase && !o.frozen)
      throw rt.error("TypeError", "cannot inherit non-frozen dataclass from a frozen one");
    if (!anyFrozenBase && o.frozen && [...cls.mro].slice(1).some((b) => b.dict.has("__dataclass_fields__"))) {
      throw rt.error("TypeError", "cannot inherit frozen dataclass from a non-frozen one");
    }
  }
  const fieldsDict = rt.newDict();
  for (const [name, f] of fields) rt.dictSet(fieldsDict, name, f);
  cls.setAttr("__dataclass_fields__", fieldsDict);
  const params = new PyObject(kit.paramsType);
  params.$dict = new Map(Object.entries(o).map(([k, v]) => [k, v as PyValue]));
  cls.setAttr("__dataclass_params__", params);

  const all = [...fields.values()];
  const real = all.filter((f) => f.kind === "_FIELD");
  const classHash = cls.dict.get("__hash__");
  const explicitHash = !(classHash === undefined || (classHash === None && cls.dict.has("__eq__")));

  if (o.init) setNew(cls, "__init__", initFunction(rt, kit, cls, all, o.frozen));
  if (o.repr)
    setNew(
      cls,
      "__repr__",
      reprFunction(
        rt,
        cls,
        real.filter((f) => truthy(rt, f.get("repr"))),
      ),
    );
  const compared = real.filter((f) => truthy(rt, f.get("compare")));
  if (o.eq) setNew(cls, "__eq__", compareFunction(rt, cls, "__eq__", compared));
  if (o.order) {
    for (const op of ["__lt__", "__le__", "__gt__", "__ge__"]) {
      if (setNew(cls, op, compareFunction(rt, cls, op, compared))) {
        throw rt.error(
          "TypeError",
          `Cannot overwrite attribute ${op} in class ${cls.name}. Consider using functools.total_ordering`,
        );
      }
    }
  }
  if (o.frozen) frozenMethods(rt, kit, cls, real);
  hashAction(rt, cls, o, explicitHash, real);
  if (o.match_args) {
    const names = real.filter((f) => truthy(rt, f.get("init")) && f.get("kw_only") !== true).map((f) => f.name);
    setNew(cls, "__match_args__", new PyTuple(names));
  }
  return o.slots ? addSlots(rt, cls, real) : cls;
}

/**
 * `slots=True`: the class made again with `__slots__` naming the fields its bases do
 * not already hold in slots (dataclasses' `_add_slots`).
 */
function addSlots(rt: Interpreter, cls: PyType, real: FieldObj[]): PyType {
  const inherited = new Set<string>();
  for (const b of cls.mro.slice(1, -1)) {
    const sl = b.dict.get("__slots__");
    if (typeof sl === "string") inherited.add(sl);
    else if (sl !== undefined) for (const n of rt.iterate(sl)) inherited.add(rt.str(n));
  }
  const names = real.map((f) => f.name);
  const ns = rt.newDict();
  for (const [k, v] of cls.dict) {
    if (names.includes(k) || k === "__dict__" || k === "__weakref__") continue;
    rt.dictSet(ns, k, v);
  }
  rt.dictSet(ns, "__slots__", new PyTuple(names.filter((n) => !inherited.has(n))));
  const made = rt.call(cls.$cls, [cls.name, new PyTuple(cls.bases), ns]) as PyType;
  made.qualname = cls.qualname;
  return made;
}

/** `__init__(self, a, b=..., *, c=...)`: fields set in order, defaults and factories applied, `__post_init__` called. */
function initFunction(rt0: Interpreter, kit: DataclassKit, cls: PyType, all: FieldObj[], frozen: boolean): PyFunction {
  const inInit = all.filter((f) => f.kind !== "_FIELD_CLASSVAR" && truthy(rt0, f.get("init")));
  const positional = inInit.filter((f) => f.get("kw_only") !== true);
  const kwonly = inInit.filter((f) => f.get("kw_only") === true);
  const defaultOf = (f: FieldObj) =>
    f.get("default_factory") !== kit.missing ? kit.hasDefaultFactory : f.get("default");
  let seenDefault = false;
  for (const f of positional) {
    const has = defaultOf(f) !== kit.missing;
    if (!has && seenDefault) throw rt0.error("TypeError", `non-default argument '${f.name}' follows default argument`);
    seenDefault ||= has;
  }
  const firstDefault = positional.findIndex((f) => defaultOf(f) !== kit.missing);
  const defaults = firstDefault < 0 ? [] : positional.slice(firstDefault).map(defaultOf);
  const kwdefaults = kwonly.filter((f) => defaultOf(f) !== kit.missing).map((f) => [f.name, defaultOf(f)] as const);
  const selfName = all.some((f) => f.name === "self") ? "__dataclass_self__" : "self";
  const names = [...positional, ...kwonly].map((f) => f.name);
  return pyFunction(
    "__init__",
    `${cls.qualname}.__init__`,
    { params: [selfName, ...positional.map((f) => f.name)], defaults, kwonly: kwonly.map((f) => f.name), kwdefaults },
    (self, ...values) => {
      const rt = rt0;
      const given = new Map(names.map((n, i) => [n, values[i]!]));
      const initVars: PyValue[] = [];
      for (const f of all) {
        if (f.kind === "_FIELD_CLASSVAR") continue;
        const factory = f.get("default_factory");
        let v: PyValue | undefined;
        if (truthy(rt, f.get("init"))) {
          v = given.get(f.name)!;
          if (v === kit.hasDefaultFactory) v = rt.call(factory, []);
        } else if (factory !== kit.missing) v = rt.call(factory, []);
        if (f.kind === "_FIELD_INITVAR") {
          initVars.push(v ?? f.get("default"));
          continue;
        }
        if (v === undefined) continue;
        if (frozen) genericSetAttr(rt, self!, f.name, v);
        else rt.setattr(self!, f.name, v);
      }
      if (typeOf(self!).lookup("__post_init__") !== undefined) rt.callMethod(self!, "__post_init__", initVars);
      return None;
    },
  );
}

function reprFunction(rt: Interpreter, cls: PyType, shown: FieldObj[]): PyFunction {
  const busy = new Set<PyValue>();
  return pyFunction("__repr__", `${cls.qualname}.__repr__`, { params: ["self"] }, (self) => {
    // reprlib.recursive_repr: a dataclass inside itself prints as `...`.
    if (busy.has(self!)) return "...";
    busy.add(self!);
    try {
      const parts = shown.map((f) => `${f.name}=${rt.repr(rt.getattr(self!, f.name))}`);
      return `${typeOf(self!).qualname}(${parts.join(", ")})`;
    } finally {
      busy.delete(self!);
    }
  });
}

const CMP: Record<string, "==" | "<" | "<=" | ">" | ">="> = {
  __eq__: "==",
  __lt__: "<",
  __le__: "<=",
  __gt__: ">",
  __ge__: ">=",
};

/** `(self.a, self.b) OP (other.a, other.b)` when both are of the same class, else NotImplemented. */
function compareFunction(rt: Interpreter, cls: PyType, name: string, compared: FieldObj[]): PyFunction {
  return pyFunction(name, `${cls.qualname}.${name}`, { params: ["self", "other"] }, (self, other) => {
    if (typeOf(other!) !== typeOf(self!)) return NotImplemented;
    const a = new PyTuple(compared.map((f) => rt.getattr(self!, f.name)));
    const b = new PyTuple(compared.map((f) => rt.getattr(other!, f.name)));
    return rt.compare(CMP[name]!, a, b);
  });
}

function frozenMethods(rt: Interpreter, kit: DataclassKit, cls: PyType, real: FieldObj[]): void {
  const names = new Set(real.map((f) => f.name));
  const guard =
    (verb: string) =>
    (self: PyValue | undefined, name: PyValue | undefined, value?: PyValue): PyValue => {
      if (typeOf(self!) === cls || names.has(name as string)) {
        throw rt.call(kit.frozenError, [`cannot ${verb} field ${rt.repr(name!)}`]);
      }
      if (value === undefined) genericDelAttr(rt, self!, name as string);
      else genericSetAttr(rt, self!, name as string, value);
      return None;
    };
  for (const [op, verb, params] of [
    ["__setattr__", "assign to", ["self", "name", "value"]],
    ["__delattr__", "delete", ["self", "name"]],
  ] as const) {
    if (setNew(cls, op, pyFunction(op, `${cls.qualname}.${op}`, { params }, guard(verb)))) {
      throw rt.error("TypeError", `Cannot overwrite attribute ${op} in class ${cls.name}`);
    }
  }
}

/** CPython's table of what happens to `__hash__` (dataclasses._hash_action). */
function hashAction(rt: Interpreter, cls: PyType, o: Options, explicit: boolean, real: FieldObj[]): void {
  const hashed = real.filter((f) =>
    f.get("hash") === None ? truthy(rt, f.get("compare")) : truthy(rt, f.get("hash")),
  );
  const add = () =>
    cls.setAttr(
      "__hash__",
      pyFunction("__hash__", `${cls.qualname}.__hash__`, { params: ["self"] }, (self) =>
        rt.hash(new PyTuple(hashed.map((f) => rt.getattr(self!, f.name)))),
      ),
    );
  if (o.unsafe_hash) {
    if (explicit) throw rt.error("TypeError", `Cannot overwrite attribute __hash__ in class ${cls.name}`);
    add();
    return;
  }
  if (!o.eq || explicit) return;
  if (o.frozen) add();
  else cls.setAttr("__hash__", None);
}

/** asdict/astuple's recursion (dataclasses._asdict_inner). */
function inner(rt: Interpreter, v: PyValue, asTuple: boolean, factory: PyValue): PyValue {
  const fs = v instanceof PyType ? undefined : dataclassFields(rt, v);
  if (fs !== undefined) {
    const real = fs.filter((f) => f.kind === "_FIELD");
    if (asTuple)
      return rt.call(factory, [new PyList(real.map((f) => inner(rt, rt.getattr(v, f.name), asTuple, factory)))]);
    const pairs = real.map((f) => new PyTuple([f.name, inner(rt, rt.getattr(v, f.name), asTuple, factory)]));
    return rt.call(factory, [new PyList(pairs)]);
  }
  if (v instanceof PyTuple && typeOf(v).lookup("_fields") !== undefined) {
    return rt.call(
      typeOf(v),
      v.items.map((x) => inner(rt, x, asTuple, factory)),
    );
  }
  if (v instanceof PyList || v instanceof PyTuple) {
    return rt.call(typeOf(v), [new PyList(v.items.map((x) => inner(rt, x, asTuple, factory)))]);
  }
  if (v instanceof PyDict) {
    const pairs = [...v.table.map.values()].map(
      (e) => new PyTuple([inner(rt, e.key, asTuple, factory), inner(rt, e.value, asTuple, factory)]),
    );
    return rt.call(typeOf(v), [new PyList(pairs)]);
  }
  return deepCopy(rt, v, rt.newDict());
}

/** Build the `dataclasses` module. */
export function dataclassesModule(rt0: Interpreter): PyModule {
  const missingType = newClass("_MISSING_TYPE", "dataclasses");
  const factoryType = newClass("_HAS_DEFAULT_FACTORY_CLASS", "dataclasses");
  defMethods(factoryType, { __repr__: () => "<factory>" });
  const kwOnlyType = newClass("_KW_ONLY_TYPE", "dataclasses");
  const initVarType = newClass("InitVar", "dataclasses");
  defMethods(initVarType, {
    __repr__: (rt, self) => {
      const t = (self as PyObject).$dict!.get("type")!;
      return `dataclasses.InitVar[${t instanceof PyType ? t.qualname : rt.repr(t)}]`;
    },
  });
  initVarType.setAttr(
    "__class_getitem__",
    native("__class_getitem__", (_rt, args) => {
      const iv = new PyObject(initVarType);
      iv.$dict = new Map([["type", args[args.length - 1]!]]);
      return iv;
    }),
  );
  const paramsType = newClass("_DataclassParams", "dataclasses");
  defMethods(paramsType, {
    __repr__: (rt, self) => {
      const d = (self as PyObject).$dict!;
      return `_DataclassParams(${[...d].map(([k, v]) => `${k}=${rt.repr(v)}`).join(",")})`;
    },
  });
  const frozenError = newClass("FrozenInstanceError", "dataclasses", [excType("AttributeError")]);
  const kit: DataclassKit = {
    missing: new PyObject(missingType),
    hasDefaultFactory: new PyObject(factoryType),
    kwOnly: new PyObject(kwOnlyType),
    fieldType: fieldClass(),
    initVarType,
    frozenError,
    paramsType,
  };

  const options = (rt: Interpreter, kw: KwArgs | null): Options => {
    const o: Record<string, boolean> = { ...DEFAULTS };
    kw?.names.forEach((n, i) => {
      if (!OPTION_NAMES.includes(n))
        throw rt.error("TypeError", `dataclass() got an unexpected keyword argument '${n}'`);
      o[n] = rt.truthy(kw.values[i]!);
    });
    const r = o as unknown as Options;
    if (r.order && !r.eq) throw rt.error("ValueError", "eq must be true if order is true");
    return r;
  };

  const dataclass = native("dataclass", (rt, args, kw) => {
    if (args.length > 1)
      throw rt.error("TypeError", `dataclass() takes from 0 to 1 positional arguments but ${args.length} were given`);
    const o = options(rt, kw);
    const apply = (c: PyValue) => {
      if (!(c instanceof PyType)) throw rt.error("TypeError", "dataclass() should be called on a class");
      return process(rt, kit, c, o);
    };
    return args.length ? apply(args[0]!) : native("wrap", (_rt, a) => apply(a[0]!));
  });

  const field = native("field", (rt, args, kw) => {
    if (args.length) throw rt.error("TypeError", `field() takes 0 positional arguments but ${args.length} were given`);
    const names = ["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"];
    const v = parseArgs(rt, "field", args, kw, [], 0, { kwOnly: names });
    const o: FieldOptions = {
      default: v[0] ?? kit.missing,
      default_factory: v[1] ?? kit.missing,
      init: v[2] ?? true,
      repr: v[3] ?? true,
      hash: v[4] ?? None,
      compare: v[5] ?? true,
      metadata: v[6] ?? None,
      kw_only: v[7] ?? kit.missing,
    };
    return makeField(rt, kit, o);
  });

  const fields = native("fields", (rt, args) => {
    const fs = args.length === 1 ? dataclassFields(rt, args[0]!) : undefined;
    if (fs === undefined) throw rt.error("TypeError", "must be called with a dataclass type or instance");
    return new PyTuple(fs.filter((f) => f.kind === "_FIELD"));
  });

  const isInstanceOfDataclass = (rt: Interpreter, v: PyValue) =>
    !(v instanceof PyType) && dataclassFields(rt, v) !== undefined;

  const asdict = native("asdict", (rt, args, kw) => {
    const [obj, factory] = parseArgs(rt, "asdict", args, kw, ["obj"], 1, { kwOnly: ["dict_factory"] });
    if (!isInstanceOfDataclass(rt, obj!))
      throw rt.error("TypeError", "asdict() should be called on dataclass instances");
    return inner(rt, obj!, false, factory ?? typeOf(rt.newDict()));
  });
  const astuple = native("astuple", (rt, args, kw) => {
    const [obj, factory] = parseArgs(rt, "astuple", args, kw, ["obj"], 1, { kwOnly: ["tuple_factory"] });
    if (!isInstanceOfDataclass(rt, obj!))
      throw rt.error("TypeError", "astuple() should be called on dataclass instances");
    return inner(rt, obj!, true, factory ?? typeOf(new PyTuple([])));
  });

  const replace = native("replace", (rt, args, kw) => {
    if (args.length !== 1)
      throw rt.error("TypeError", `replace() takes 1 positional argument but ${args.length} were given`);
    const obj = args[0]!;
    const fs = isInstanceOfDataclass(rt, obj) ? dataclassFields(rt, obj)! : undefined;
    if (fs === undefined) throw rt.error("TypeError", "replace() should be called on dataclass instances");
    const changes = new Map<string, PyValue>();
    kw?.names.forEach((n, i) => changes.set(n, kw.values[i]!));
    for (const f of fs) {
      if (f.kind === "_FIELD_CLASSVAR") continue;
      if (!truthy(rt, f.get("init"))) {
        if (changes.has(f.name)) {
          throw rt.error(
            "ValueError",
            `field ${f.name} is declared with init=False, it cannot be specified with replace()`,
          );
        }
        continue;
      }
      if (!changes.has(f.name)) {
        if (f.kind === "_FIELD_INITVAR" && f.get("default") === kit.missing) {
          throw rt.error("ValueError", `InitVar '${f.name}' must be specified with replace()`);
        }
        changes.set(f.name, rt.getattr(obj, f.name));
      }
    }
    return rt.call(typeOf(obj), [], { names: [...changes.keys()], values: [...changes.values()] });
  });

  const isDataclass = native("is_dataclass", (rt, args) => {
    if (args.length !== 1)
      throw rt.error("TypeError", `is_dataclass() takes 1 positional argument but ${args.length} were given`);
    return dataclassFields(rt, args[0]!) !== undefined;
  });

  const makeDataclass = native("make_dataclass", (rt, args, kw) => {
    const [name, spec, bases, namespace] = parseArgs(rt, "make_dataclass", args, kw, ["cls_name", "fields"], 2, {
      kwOnly: ["bases", "namespace", ...OPTION_NAMES],
    });
    const ns = rt.newDict();
    if (namespace !== undefined && namespace !== None) rt.dictUpdate(ns, namespace);
    const ann = rt.newDict();
    for (const item of rt.iterate(spec!)) {
      if (typeof item === "string") rt.dictSet(ann, item, "typing.Any");
      else {
        const parts = rt.toArray(item);
        rt.dictSet(ann, parts[0]!, parts.length > 1 ? parts[1]! : "typing.Any");
        if (parts.length > 2) rt.dictSet(ns, parts[0]!, parts[2]!);
      }
    }
    rt.dictSet(ns, "__annotations__", ann);
    const cls = rt.call(typeType, [name!, bases === undefined ? new PyTuple([]) : bases, ns]);
    const rest = kw ? { names: kw.names.filter((n) => OPTION_NAMES.includes(n)), values: [] as PyValue[] } : null;
    if (rest && kw) rest.values.push(...rest.names.map((n) => kw.values[kw.names.indexOf(n)]!));
    return process(rt, kit, cls as PyType, options(rt, rest));
  });

  void rt0;
  return makeModule("dataclasses", {
    dataclass,
    field,
    Field: kit.fieldType,
    fields,
    asdict,
    astuple,
    replace,
    is_dataclass: isDataclass,
    make_dataclass: makeDataclass,
    MISSING: kit.missing,
    KW_ONLY: kit.kwOnly,
    InitVar: initVarType,
    FrozenInstanceError: frozenError,
  });
}
