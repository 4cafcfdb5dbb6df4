/**
 * Class creation (`class` statements and `type(name, bases, ns)`) and `super()`.
 */
import {
  PyObject,
  PyType,
  None,
  typeType,
  typeOf,
  objectType,
  MroError,
  type Allocator,
  type KwArgs,
  type PyValue,
} from "../objects/core";
import { PyTuple, PyDict } from "../objects/containers";
import { Frame, PyFunction, PyStaticMethod, PyClassMethod, PySuper } from "../objects/functions";
import type { Interpreter } from "./interpreter";
import { isPyException } from "../objects/exceptions";
import { declareSlots, slotsOnly } from "./slots";
import { getItem, setItem, delItem } from "./subscript";

/** Run a class body and build the class with the right metaclass. */
export function makeClass(
  rt: Interpreter,
  name: string,
  qualname: string,
  module: string,
  bases: PyValue[],
  kw: KwArgs | null,
  body: (this: Frame, ns: Map<string, PyValue>) => void,
): PyValue {
  const orig = bases;
  bases = resolveBases(rt, bases);
  let meta: PyValue = typeType;
  const extraKw: { names: string[]; values: PyValue[] } = { names: [], values: [] };
  if (kw) {
    kw.names.forEach((n, i) => {
      if (n === "metaclass") meta = kw.values[i];
      else {
        extraKw.names.push(n);
        extraKw.values.push(kw.values[i]);
      }
    });
  }
  if (meta === typeType) {
    for (const b of bases as PyType[]) if (b.$cls !== typeType && b.$cls.isSubtypeOf(meta as PyType)) meta = b.$cls;
  }
  const kwOrNull = extraKw.names.length ? extraKw : null;
  const prepared = prepareNamespace(rt, meta, name, bases, kwOrNull);
  const ns = prepared === null ? new Map<string, PyValue>() : new MappingNamespace(rt, prepared);
  ns.set("__module__", module);
  ns.set("__qualname__", qualname);
  if (orig !== bases) ns.set("__orig_bases__", new PyTuple(orig));
  const outer = rt.frames[rt.frames.length - 1];
  const frame = new Frame(name, outer?.file ?? rt.filename, outer?.line ?? 0);
  rt.pushFrame(frame);
  try {
    body.call(frame, ns);
  } catch (e) {
    throw rt.unwind(e, frame);
  } finally {
    rt.popFrame();
  }
  if (prepared !== null) return rt.call(meta, [name, new PyTuple(bases), prepared], kwOrNull);
  if (meta === typeType) return createType(rt, typeType, name, bases as PyType[], ns, qualname, kwOrNull);
  const nsDict = rt.newDict();
  for (const [k, v] of ns) rt.dictSet(nsDict, k, v);
  return rt.call(meta, [name, new PyTuple(bases), nsDict], kwOrNull);
}

/**
 * The mapping a metaclass's own `__prepare__` gives for the class body, or null when
 * it has none (type's plain dict, which the body then fills as a Map).
 */
function prepareNamespace(rt: Interpreter, meta: PyValue, name: string, bases: PyValue[], kw: KwArgs | null) {
  if (!(meta instanceof PyType) || meta === typeType) return null;
  const hook = meta.lookup("__prepare__");
  if (hook === undefined || hook === typeType.dict.get("__prepare__")) return null;
  const mapping = rt.call(rt.getattr(meta, "__prepare__"), [name, new PyTuple(bases)], kw);
  if (typeOf(mapping).lookup("__getitem__") === undefined) {
    throw rt.error("TypeError", `${meta.name}.__prepare__() must return a mapping, not ${typeOf(mapping).name}`);
  }
  return mapping;
}

/**
 * A class body's namespace kept in the mapping `__prepare__` returned: every store,
 * load and delete goes through its `__setitem__`/`__getitem__`/`__delitem__`, as
 * CPython's STORE_NAME does. The Map itself mirrors the stores, for `locals()`.
 */
class MappingNamespace extends Map<string, PyValue> {
  constructor(
    private readonly rt: Interpreter,
    private readonly mapping: PyValue,
  ) {
    super();
  }
  override get(k: string): PyValue {
    try {
      return getItem(this.rt, this.mapping, k);
    } catch (e) {
      if (e instanceof PyObject && this.rt.isInstance(e, this.rt.excType("KeyError"))) return undefined;
      throw e;
    }
  }
  override has(k: string): boolean {
    return this.get(k) !== undefined;
  }
  override set(k: string, v: PyValue): this {
    setItem(this.rt, this.mapping, k, v);
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    try {
      delItem(this.rt, this.mapping, k);
    } catch (e) {
      if (e instanceof PyObject && this.rt.isInstance(e, this.rt.excType("KeyError"))) return false;
      throw e;
    }
    return super.delete(k);
  }
}

/** Bases that are not classes stand for what their `__mro_entries__` gives (`list[int]` for `list`). */
function resolveBases(rt: Interpreter, bases: PyValue[]): PyValue[] {
  if (bases.every((b) => b instanceof PyType)) return bases;
  const out: PyValue[] = [];
  for (const b of bases) {
    if (b instanceof PyType) {
      out.push(b);
      continue;
    }
    const hook = typeOf(b).lookup("__mro_entries__");
    if (hook === undefined) throw rt.error("TypeError", "bases must be types");
    const entries = rt.call(hook, [b, new PyTuple(bases)]);
    if (!(entries instanceof PyTuple)) throw rt.error("TypeError", "__mro_entries__ must return a tuple");
    for (const e of entries.items) if (!out.includes(e)) out.push(e);
  }
  for (const b of out) if (!(b instanceof PyType)) throw rt.error("TypeError", "bases must be types");
  return out;
}

/** Builtin types CPython does not let a class derive from. */
const FINAL_TYPES = new Set([
  "bool",
  "NoneType",
  "NotImplementedType",
  "ellipsis",
  "range",
  "slice",
  "function",
  "builtin_function_or_method",
  "method",
  "generator",
  "coroutine",
]);

/** `type.__new__(meta, name, bases, ns)`: the class object itself. */
export function createType(
  rt: Interpreter,
  meta: PyType,
  name: string,
  bases: PyType[],
  ns: Map<string, PyValue>,
  qualname: string = name,
  kw: KwArgs | null = null,
): PyType {
  const effectiveBases = bases.length ? bases : [objectType];
  // From the first class with a __del__ on, generators' frames are noted (finalize.ts).
  if (ns.has("__del__")) rt.fin.enabled = true;
  for (const b of effectiveBases) {
    if (b.isBuiltin && FINAL_TYPES.has(b.name)) {
      throw rt.error("TypeError", `type '${b.name}' is not an acceptable base type`);
    }
    if (effectiveBases.indexOf(b) !== effectiveBases.lastIndexOf(b)) {
      throw rt.error("TypeError", `duplicate base class ${b.name}`);
    }
  }
  // The instance layout of a base: its allocator, without the dict handling __slots__ adds.
  const layout = (b: PyType) => (b.alloc as { layout?: Allocator }).layout ?? b.alloc;
  const allocBases = new Set(effectiveBases.map(layout));
  if (
    allocBases.size > 1 &&
    effectiveBases.filter((b) => b !== objectType && layout(b) !== objectType.alloc).length > 1
  ) {
    throw rt.error("TypeError", "multiple bases have instance lay-out conflict");
  }
  // Implicit decorators, as CPython applies them.
  const newFn = ns.get("__new__");
  if (newFn instanceof PyFunction) ns.set("__new__", new PyStaticMethod(newFn));
  for (const cm of ["__init_subclass__", "__class_getitem__"]) {
    const f = ns.get(cm);
    if (f instanceof PyFunction) ns.set(cm, new PyClassMethod(f));
  }
  if (ns.has("__eq__") && !ns.has("__hash__")) ns.set("__hash__", None);
  const ownSlots = declareSlots(rt, name, ns);
  let cls: PyType;
  try {
    cls = new PyType(name, effectiveBases, {
      builtin: false,
      metaclass: meta,
      module: typeof ns.get("__module__") === "string" ? (ns.get("__module__") as string) : "__main__",
      dict: ns,
    });
  } catch (e) {
    if (e instanceof MroError) throw rt.error("TypeError", e.message);
    throw e;
  }
  cls.owner = rt;
  // With __slots__ in the MRO, instances have a dict only where some class asks for one.
  if (ownSlots !== null || cls.mro.some((t) => t !== cls && !t.isBuiltin && t.dict.has("__slots__"))) {
    const baseAlloc = (cls.alloc as { layout?: Allocator }).layout ?? cls.alloc;
    const alloc: Allocator = slotsOnly(rt, cls, ownSlots)
      ? (c) => {
          const o = baseAlloc(c);
          o.$dict = null;
          return o;
        }
      : (c) => {
          const o = baseAlloc(c);
          o.$dict ??= new Map();
          return o;
        };
    cls.alloc = Object.assign(alloc, { layout: baseAlloc });
  }
  cls.qualname = typeof ns.get("__qualname__") === "string" ? (ns.get("__qualname__") as string) : qualname;
  ns.delete("__qualname__");
  if (!ns.has("__doc__")) ns.set("__doc__", None);
  setNames(rt, cls);
  // super().__init_subclass__(**kw): the first class after the new one in its MRO that defines it.
  for (const t of cls.mro.slice(1)) {
    const hook = t.dict.get("__init_subclass__");
    if (hook === undefined) continue;
    if (hook instanceof PyClassMethod) rt.call(hook.func, [cls], kw);
    else rt.call(rt.getattr(superObject(rt, cls, cls), "__init_subclass__"), [], kw);
    break;
  }
  return cls;
}

/** Call `__set_name__(cls, name)` on each attribute of the new class that has one (type_new_set_names). */
function setNames(rt: Interpreter, cls: PyType): void {
  for (const [name, value] of [...cls.dict]) {
    const hook = typeOf(value).lookup("__set_name__");
    if (hook === undefined) continue;
    try {
      rt.call(hook, [value, cls, name]);
    } catch (e) {
      if (!isPyException(e)) throw e;
      const err = rt.error(
        "RuntimeError",
        `Error calling __set_name__ on '${typeOf(value).name}' instance '${name}' in '${cls.name}'`,
      );
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      throw err;
    }
  }
}

/** `type(name, bases, dict)`. */
export function typeFromArgs(rt: Interpreter, meta: PyType, name: PyValue, bases: PyValue, ns: PyValue): PyType {
  if (typeof name !== "string") throw rt.error("TypeError", "type.__new__() argument 1 must be str");
  if (!(bases instanceof PyTuple)) throw rt.error("TypeError", "type.__new__() argument 2 must be tuple");
  if (!(ns instanceof PyDict)) throw rt.error("TypeError", "type.__new__() argument 3 must be dict");
  const map = new Map<string, PyValue>();
  for (const e of ns.table.map.values()) if (typeof e.key === "string") map.set(e.key, e.value);
  if (!map.has("__module__")) map.set("__module__", "__main__");
  return createType(rt, meta, name, bases.items as PyType[], map);
}

export function superObject(rt: Interpreter, cls: PyValue, obj: PyValue): PySuper {
  if (!(cls instanceof PyType)) throw rt.error("TypeError", "super() argument 1 must be a type");
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtypeOf(cls)) objType = obj;
  else if (rt.isInstance(obj, cls)) objType = typeOf(obj);
  else throw rt.error("TypeError", "super(type, obj): obj must be an instance or subtype of type");
  return new PySuper(cls, obj, objType);
}
