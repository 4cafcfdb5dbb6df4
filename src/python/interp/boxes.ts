/**
 * Instances of Python subclasses of str, int and float ({@link PyBox}): where the
 * engine may use the primitive value they hold, and where it must keep the object.
 */
import { PyBox, PyType, intType, strType, floatType, boolType, type PyValue } from "../objects/core";

/** Whether `name` on `cls` comes from a class defined in Python (an override), not a builtin type. */
export function overriddenInPython(cls: PyType, name: string): boolean {
  for (const t of cls.mro) {
    if (t.dict.has(name)) return !t.isBuiltin;
  }
  return false;
}

/** The box's primitive value when its class does not override `name`, else the box itself. */
export function unboxFor(v: PyBox, name: string): PyValue {
  return overriddenInPython(v.$cls, name) ? v : v.value;
}

/** Whether `f` is one of str's, int's or float's own methods, which expect the primitive as self. */
export function isPrimitiveMethod(f: { readonly name: string }): boolean {
  const n = f.name;
  return (
    strType.dict.get(n) === f || intType.dict.get(n) === f || floatType.dict.get(n) === f || boolType.dict.get(n) === f
  );
}

/** A value as the primitive it stands for: a str/int/float subclass instance gives its value. */
export function primitive(v: PyValue): PyValue {
  return v instanceof PyBox ? v.value : v;
}
