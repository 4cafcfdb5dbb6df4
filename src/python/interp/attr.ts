/**
 * Attribute access: instances, classes, modules and builtin values, with Python's
 * descriptor rules (functions bind, properties compute, classmethods bind the class).
 * Names are always looked up in Maps, never as properties of host objects.
 */
import {
  PyBuiltin,
  PyMethod,
  PyModule,
  PyObject,
  PyType,
  None,
  objectType,
  typeType,
  typeOf,
  type PyValue,
  keepFast,
} from "../objects/core";
import { PyFunction, PyProperty, PyClassMethod, PyStaticMethod, PyGetSet, PySuper } from "../objects/functions";
import { PyDict } from "../objects/containers";
import { SlotDescriptor } from "./slots";
import { adoptDict } from "./live-dict";
import type { Interpreter } from "./interpreter";

/** Marks native methods of builtin types: they bind like functions. */
export class PyNativeMethod extends PyBuiltin {}

function isDataDescriptor(rt: Interpreter, d: PyValue): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet) return true;
  if (d instanceof PyObject && !(d instanceof PyFunction) && !(d instanceof PyBuiltin)) {
    const t = d.$cls;
    if (!t.isBuiltin) return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
  }
  void rt;
  return false;
}

/**
 * Apply the descriptor protocol to a class attribute found for `obj`; `obj` is
 * undefined when the attribute was looked up on the class itself.
 */
function bind(rt: Interpreter, d: PyValue, obj: PyValue | undefined, owner: PyType): PyValue {
  if (d instanceof PyFunction || d instanceof PyNativeMethod) return obj === undefined ? d : new PyMethod(d, obj);
  if (d instanceof PyClassMethod) return new PyMethod(d.func, owner);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyProperty) {
    if (obj === undefined) return d;
    if (d.fget === None) throw propertyError(rt, d, obj, "getter");
    return rt.call(d.fget, [obj]);
  }
  if (d instanceof PyGetSet) return obj === undefined ? d : d.get(rt, obj);
  if (d instanceof PyObject && !d.$cls.isBuiltin) {
    const get = d.$cls.lookup("__get__");
    if (get !== undefined) return rt.call(get, [d, obj === undefined ? None : obj, owner]);
  }
  return d;
}

/** A property used without the function it lacks, as CPython words it (the class by qualified name). */
function propertyError(rt: Interpreter, p: PyProperty, o: PyValue, what: "getter" | "setter" | "deleter") {
  const named = p.name === null ? "property" : `property '${p.name}'`;
  return rt.error("AttributeError", `${named} of '${typeOf(o).qualname}' object has no ${what}`);
}

/** Whether `cls` (a class defined in Python) overrides `object`'s attribute method `name`. */
function customHook(cls: PyType, name: string): PyValue {
  if (cls.isBuiltin) return undefined;
  const m = cls.lookup(name);
  return m === objectType.dict.get(name) ? undefined : m;
}

/** `getattr(o, name)`, raising AttributeError when absent. */
export function getAttr(rt: Interpreter, o: PyValue, name: string): PyValue {
  const cls = typeOf(o);
  const custom = o instanceof PyType ? undefined : customHook(cls, "__getattribute__");
  if (custom !== undefined) {
    try {
      return rt.call(custom, [o, name]);
    } catch (e) {
      const hook = cls.lookup("__getattr__");
      if (hook === undefined || !(e instanceof PyObject) || !rt.isInstance(e, rt.excType("AttributeError"))) throw e;
      return rt.call(hook, [o, name]);
    }
  }
  const v = getAttrOrUndefined(rt, o, name);
  if (v !== undefined) return v;
  // __getattr__ is the fallback when normal lookup fails.
  const hook = cls.isBuiltin ? undefined : cls.lookup("__getattr__");
  if (hook !== undefined) return rt.call(hook, [o, name]);
  throw attributeError(rt, o, name);
}

export function attributeError(rt: Interpreter, o: PyValue, name: string) {
  let e;
  if (o instanceof PyModule) e = rt.error("AttributeError", `module '${o.name}' has no attribute '${name}'`);
  else if (o instanceof PyType) e = rt.error("AttributeError", `type object '${o.name}' has no attribute '${name}'`);
  else e = rt.error("AttributeError", `'${typeOf(o).name}' object has no attribute '${name}'`);
  // CPython 3.10+ keeps these for the "Did you mean" suggestion of the traceback.
  e.$dict!.set("name", name);
  e.$dict!.set("obj", o);
  return e;
}

/** Normal attribute lookup without the `__getattr__` fallback; undefined when absent. */
export function getAttrOrUndefined(rt: Interpreter, o: PyValue, name: string): PyValue {
  if (o instanceof PyType) return typeAttr(rt, o, name);
  if (o instanceof PySuper) return superAttr(rt, o, name);
  const cls = typeOf(o);
  const d = cls.lookup(name);
  if (d !== undefined && isDataDescriptor(rt, d)) return bind(rt, d, o, cls);
  const dict = o instanceof PyObject ? o.$dict : null;
  if (dict !== null) {
    const v = dict.get(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return bind(rt, d, o, cls);
  return rt.specialAttr(o, name);
}

/** `super().name`: search the MRO after the class `super` names. */
function superAttr(rt: Interpreter, s: PySuper, name: string): PyValue {
  const mro = s.objType.mro;
  const start = mro.indexOf(s.thisClass);
  for (let i = start + 1; i < mro.length; i++) {
    const d = mro[i]!.dict.get(name);
    if (d === undefined) continue;
    const inst = s.obj === s.objType ? undefined : s.obj;
    return bind(rt, d, inst, s.objType);
  }
  return rt.specialAttr(s, name);
}

/** Attribute lookup on a class object: its own MRO first, then its metaclass. */
function typeAttr(rt: Interpreter, cls: PyType, name: string): PyValue {
  const meta = cls.$cls;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescriptor(rt, md)) return bind(rt, md, cls, meta);
  const d = cls.lookup(name);
  if (d !== undefined) return bind(rt, d, undefined, cls);
  if (md !== undefined) return bind(rt, md, cls, meta);
  return rt.specialAttr(cls, name);
}

/** `o.name = value`. */
export function setAttr(rt: Interpreter, o: PyValue, name: string, value: PyValue): void {
  const custom = customHook(typeOf(o), "__setattr__");
  // A class's own attributes go through its metaclass's __setattr__ when it has one.
  if (o instanceof PyType && (custom === undefined || custom === typeType.dict.get("__setattr__"))) {
    setTypeAttr(rt, o, name, value);
    return;
  }
  if (custom !== undefined) {
    rt.call(custom, [o, name, value]);
    return;
  }
  genericSetAttr(rt, o, name, value);
}

function setTypeAttr(rt: Interpreter, o: PyType, name: string, value: PyValue): void {
  if (o.isBuiltin) {
    throw rt.error("TypeError", `cannot set '${name}' attribute of immutable type '${o.name}'`);
  }
  const md = o.$cls.lookup(name);
  if (md !== undefined && isDataDescriptor(rt, md)) return setViaDescriptor(rt, md, o, name, value);
  if (name === "__name__" || name === "__qualname__") {
    if (typeof value !== "string") {
      throw rt.error("TypeError", `can only assign string to ${o.name}.${name}, not '${typeOf(value).name}'`);
    }
    if (name === "__name__") o.name = value;
    else o.qualname = value;
    return;
  }
  // The class's repr names the module its `__module__` says.
  if (name === "__module__" && typeof value === "string") o.module = value;
  o.setAttr(name, value);
}

/** `object.__setattr__`: data descriptors of the class, else the instance dict. */
export function genericSetAttr(rt: Interpreter, o: PyValue, name: string, value: PyValue): void {
  if (o instanceof PyType) return setTypeAttr(rt, o, name, value);
  const cls = typeOf(o);
  const d = cls.lookup(name);
  if (d !== undefined && isDataDescriptor(rt, d)) return setViaDescriptor(rt, d, o, name, value);
  const dict = o instanceof PyObject ? o.$dict : null;
  if (dict === null || Object.isFrozen(o)) {
    if (d !== undefined) throw rt.error("AttributeError", `'${cls.name}' object attribute '${name}' is read-only`);
    throw rt.error("AttributeError", `'${cls.name}' object has no attribute '${name}'`);
  }
  if (name === "__class__") return setClass(rt, o as PyObject, value);
  if (name === "__dict__" && !(o instanceof PyFunction)) {
    if (!(value instanceof PyDict)) {
      throw rt.error("TypeError", `__dict__ must be set to a dictionary, not a '${typeOf(value).name}'`);
    }
    (o as PyObject).$dict = adoptDict(rt.dictViews, value);
    return;
  }
  if (o instanceof PyFunction) {
    if (name === "__name__" || name === "__qualname__") {
      if (typeof value !== "string") throw rt.error("TypeError", `${name} must be set to a string object`);
      if (name === "__name__") o.name = value;
      else o.qualname = value;
      return;
    }
    if (name === "__doc__") o.doc = value;
    if (name === "__annotations__") {
      if (!(value instanceof PyDict)) throw rt.error("TypeError", "__annotations__ must be set to a dict object");
      o.annotations = value;
      return;
    }
  }
  dict.set(name, value);
}

/** `obj.__class__ = C`: between classes whose instances are laid out alike. */
function setClass(rt: Interpreter, o: PyObject, value: PyValue): void {
  if (!(value instanceof PyType)) {
    throw rt.error("TypeError", `__class__ must be set to a class, not '${typeOf(value).name}' object`);
  }
  const cls = o.$cls;
  if (cls.isBuiltin || value.isBuiltin) {
    throw rt.error("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  if (value.alloc !== cls.alloc || cls.dict.has("__slots__") !== value.dict.has("__slots__")) {
    throw rt.error("TypeError", `__class__ assignment: '${value.name}' object layout differs from '${cls.name}'`);
  }
  o.$cls = value;
}

function setViaDescriptor(rt: Interpreter, d: PyValue, o: PyValue, name: string, value: PyValue): void {
  if (d instanceof PyProperty) {
    if (d.fset === None) throw propertyError(rt, d, o, "setter");
    rt.call(d.fset, [o, value]);
    return;
  }
  if (d instanceof PyGetSet) {
    if (!d.set) throw rt.error("AttributeError", `attribute '${name}' of '${typeOf(o).name}' objects is not writable`);
    d.set(rt, o, value);
    return;
  }
  const set = (d as PyObject).$cls.lookup("__set__");
  // A descriptor with only __delete__ is still a data descriptor: CPython names the missing slot.
  if (set === undefined) throw rt.error("AttributeError", "__set__");
  rt.call(set, [d, o, value]);
}

/** `del o.name`. */
export function delAttr(rt: Interpreter, o: PyValue, name: string): void {
  const custom = customHook(typeOf(o), "__delattr__");
  if (custom !== undefined && custom !== typeType.dict.get("__delattr__")) {
    rt.call(custom, [o, name]);
    return;
  }
  genericDelAttr(rt, o, name);
}

/** `object.__delattr__`. */
export function genericDelAttr(rt: Interpreter, o: PyValue, name: string): void {
  if (o instanceof PyType) {
    if (o.isBuiltin) throw rt.error("TypeError", `cannot set '${name}' attribute of immutable type '${o.name}'`);
    if (!o.deleteAttr(name)) throw attributeError(rt, o, name);
    return;
  }
  const cls = typeOf(o);
  const d = cls.lookup(name);
  if (d instanceof SlotDescriptor) return d.del(rt, o);
  if (d instanceof PyProperty) {
    if (d.fdel === None) throw propertyError(rt, d, o, "deleter");
    rt.call(d.fdel, [o]);
    return;
  }
  if (d !== undefined && !(d instanceof PyGetSet) && isDataDescriptor(rt, d)) {
    const del = (d as PyObject).$cls.lookup("__delete__");
    if (del === undefined) throw rt.error("AttributeError", "__delete__");
    rt.call(del, [d, o]);
    return;
  }
  const dict = o instanceof PyObject ? o.$dict : null;
  if (dict === null || !dict.delete(name)) throw attributeError(rt, o, name);
}

/** Look a special method up on the type only (as CPython does for operators). */
export function lookupSpecial(o: PyValue, name: string): PyValue {
  return typeOf(o).lookup(name);
}

/**
 * The plain Python function `o.name` would bind, when calling it with `o` prepended is
 * exactly what `o.name(...)` does (no instance attribute, no `__getattribute__`); else undefined.
 */
export function methodFunction(o: PyValue, name: string): PyFunction | undefined {
  if (!(o instanceof PyObject) || o instanceof PyType || o instanceof PySuper) return undefined;
  const cls = o.$cls;
  const d = cls.lookup(name);
  if (!(d instanceof PyFunction)) return undefined;
  if (!cls.isBuiltin && customHook(cls, "__getattribute__") !== undefined) return undefined;
  const dict = o.$dict;
  return dict === null || !dict.has(name) ? d : undefined;
}

/** Call `o.name(*args)` without creating a bound method when possible. */
export function callMethod(rt: Interpreter, o: PyValue, name: string, args: PyValue[]): PyValue {
  if (!(o instanceof PyType) && !(o instanceof PySuper)) {
    const cls = typeOf(o);
    const d = cls.lookup(name);
    if (
      (d instanceof PyFunction || d instanceof PyNativeMethod) &&
      (cls.isBuiltin || customHook(cls, "__getattribute__") === undefined)
    ) {
      const dict = o instanceof PyObject ? o.$dict : null;
      if (dict === null || !dict.has(name)) return rt.callWithSelf(d, o, args);
    }
  }
  let f: PyValue;
  try {
    f = getAttr(rt, o, name);
  } catch (e) {
    // The call's frame marks the attribute (`o.name`), not the call, as CPython's
    // LOAD_METHOD does: a compiled method call records both spans (see compile/expr.ts).
    // A comprehension's frame records nothing itself: its code records in the outer frame.
    let i = rt.frames.length - 1;
    while (i > 0 && rt.frames[i]!.p === null) i--;
    const frame = rt.frames[i];
    const p = frame?.p;
    if (frame && p && p.length === 9) frame.p = [p[0]!, p[5]!, p[6]!, p[7]!, p[8]!];
    throw e;
  }
  return rt.call(f, args);
}

keepFast(PyNativeMethod);
