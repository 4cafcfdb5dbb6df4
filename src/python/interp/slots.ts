/**
 * `__slots__`: each named slot becomes a member descriptor on the class that keeps its
 * value per instance, and instances of a class whose every Python-defined class in the
 * MRO has `__slots__` (without `"__dict__"`) get no instance dict, so assigning any
 * other attribute is an AttributeError, as in CPython.
 */
import { PyType, objectType, typeOf, type PyValue, type RuntimeLike } from "../objects/core";
import { PyGetSet } from "../objects/functions";
import { mangle } from "../compile/mangle";
import type { Interpreter } from "./interpreter";

export const memberDescriptorType: PyType = new PyType("member_descriptor", [objectType], { builtin: true });

/** A slot's descriptor; its values live here, keyed by instance. */
export class SlotDescriptor extends PyGetSet {
  private readonly values: WeakMap<object, PyValue>;
  constructor(
    name: string,
    /** The name of the class that declared the slot (for the repr). */
    readonly ownerName: string,
  ) {
    const values = new WeakMap<object, PyValue>();
    super(
      name,
      (rt: RuntimeLike, o: PyValue) => {
        const v = values.get(o as object);
        if (v === undefined) {
          throw (rt as Interpreter).error("AttributeError", `'${typeOf(o).name}' object has no attribute '${name}'`);
        }
        return v;
      },
      (_rt: RuntimeLike, o: PyValue, v: PyValue) => void values.set(o as object, v),
    );
    this.values = values;
    (this as { $cls: PyType }).$cls = memberDescriptorType;
  }

  /** `del o.slot`: CPython's message is the bare name when it was never set. */
  del(rt: Interpreter, o: PyValue): void {
    if (!this.values.delete(o as object)) throw rt.error("AttributeError", this.name);
  }

  value(o: PyValue): PyValue | undefined {
    return this.values.get(o as object);
  }

  store(o: PyValue, v: PyValue): void {
    this.values.set(o as object, v);
  }
}

/** The names `__slots__` declares (a str is one name). */
function slotNames(rt: Interpreter, slots: PyValue): string[] {
  const items = typeof slots === "string" ? [slots] : rt.toArray(slots);
  return items.map((s) => {
    if (typeof s !== "string") throw rt.error("TypeError", `__slots__ items must be strings, not '${typeOf(s).name}'`);
    return s;
  });
}

/**
 * Turn `ns["__slots__"]` into descriptors in `ns`; returns whether instances keep a
 * dict (a `"__dict__"` slot), or null when the class body has no `__slots__`.
 */
export function declareSlots(rt: Interpreter, className: string, ns: Map<string, PyValue>): boolean | null {
  const slots = ns.get("__slots__");
  if (slots === undefined) return null;
  let dict = false;
  for (const raw of slotNames(rt, slots)) {
    if (raw === "__dict__") {
      dict = true;
      continue;
    }
    if (raw === "__weakref__") continue;
    const name = mangle(raw, className);
    if (ns.has(name)) throw rt.error("ValueError", `'${name}' in __slots__ conflicts with class variable`);
    ns.set(name, new SlotDescriptor(name, className));
  }
  return dict;
}

/**
 * Whether instances of `cls` have no `__dict__`: its own `__slots__` has none (`own` is
 * false) and so has every other class of its MRO defined in Python.
 */
export function slotsOnly(rt: Interpreter, cls: PyType, own: boolean | null): boolean {
  if (own !== false) return false;
  for (const t of cls.mro.slice(1)) {
    if (t === objectType || t.isBuiltin) continue;
    const s = t.dict.get("__slots__");
    if (s === undefined || slotNames(rt, s).includes("__dict__")) return false;
  }
  return true;
}

/** Copy the slot values of `from` to `to` (copy.copy and deepcopy of slotted instances). */
export function copySlots(from: PyValue, to: PyValue, map: (v: PyValue) => PyValue): void {
  for (const t of typeOf(from).mro) {
    for (const d of t.dict.values()) {
      if (!(d instanceof SlotDescriptor)) continue;
      const v = d.value(from);
      if (v !== undefined) d.store(to, map(v));
    }
  }
}
