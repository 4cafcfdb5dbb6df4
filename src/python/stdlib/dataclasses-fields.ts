/**
 * The fields of a dataclass (dataclasses.py's `Field` and `_get_field`): one per
 * annotated name of the class body, in order, after those inherited from dataclass
 * bases; ClassVar annotations are not fields, InitVar ones only reach `__init__`.
 */
import { PyObject, PyType, None, typeOf, type PyValue } from "../objects/core";
import { PyDict } from "../objects/containers";
import type { Interpreter } from "../interp/interpreter";
import { strRepr } from "../interp/repr";
import { importModule } from "../interp/imports";
import { defMethods, newClass } from "./util";

export type FieldKind = "_FIELD" | "_FIELD_CLASSVAR" | "_FIELD_INITVAR";

/** The module's sentinels and classes, made once per interpreter. */
export interface DataclassKit {
  readonly missing: PyValue;
  readonly hasDefaultFactory: PyValue;
  readonly kwOnly: PyValue;
  readonly fieldType: PyType;
  readonly initVarType: PyType;
  readonly frozenError: PyType;
  readonly paramsType: PyType;
}

/** A `Field` object: its attributes live in its instance dict, where Python code reads them. */
export class FieldObj extends PyObject {
  get(name: string): PyValue {
    return this.$dict!.get(name)!;
  }
  set(name: string, v: PyValue): void {
    this.$dict!.set(name, v);
  }
  get name(): string {
    return this.get("name") as string;
  }
  get kind(): FieldKind {
    return this.get("_field_type") as FieldKind;
  }
}

export interface FieldOptions {
  default: PyValue;
  default_factory: PyValue;
  init: PyValue;
  repr: PyValue;
  hash: PyValue;
  compare: PyValue;
  metadata: PyValue;
  kw_only: PyValue;
}

function mappingProxyOf(rt: Interpreter): PyValue {
  return rt.getattr(importModule(rt, "types", true), "MappingProxyType");
}

/** `field(...)`: a Field not yet attached to a name. */
export function makeField(rt: Interpreter, kit: DataclassKit, o: FieldOptions): FieldObj {
  if (o.default !== kit.missing && o.default_factory !== kit.missing) {
    throw rt.error("ValueError", "cannot specify both default and default_factory");
  }
  const f = new FieldObj(kit.fieldType);
  f.$dict = new Map<string, PyValue>([
    ["name", None],
    ["type", None],
    ["default", o.default],
    ["default_factory", o.default_factory],
    ["init", o.init],
    ["repr", o.repr],
    ["hash", o.hash],
    ["compare", o.compare],
    // Read-only, as CPython's `types.MappingProxyType(metadata or {})`.
    ["metadata", rt.call(mappingProxyOf(rt), [o.metadata === None ? rt.newDict() : o.metadata])],
    ["kw_only", o.kw_only],
    ["_field_type", None],
  ]);
  return f;
}

export function fieldClass(): PyType {
  const cls = newClass("Field", "dataclasses");
  defMethods(cls, {
    __repr__: (rt, self) => {
      const f = self as FieldObj;
      const keys = ["name", "type", "default", "default_factory", "init", "repr", "hash", "compare", "metadata"];
      const parts = keys.map((k) => `${k}=${rt.repr(f.get(k))}`);
      parts.push(`kw_only=${rt.repr(f.get("kw_only"))}`, `_field_type=${typeof f.kind === "string" ? f.kind : "None"}`);
      return `Field(${parts.join(",")})`;
    },
  });
  return cls;
}

/** Whether an annotation is `ClassVar` (typing's, bare or subscripted, or written as text). */
function isClassVar(rt: Interpreter, t: PyValue): boolean {
  if (typeof t === "string") return /^(typing\.)?ClassVar\b/.test(t);
  if (!(t instanceof PyObject) || typeOf(t).module !== "typing") return false;
  return rt.repr(t).startsWith("typing.ClassVar");
}

function isInitVar(kit: DataclassKit, t: PyValue): boolean {
  if (typeof t === "string") return /^(dataclasses\.)?InitVar\b/.test(t);
  return t === kit.initVarType || (t instanceof PyObject && t.$cls === kit.initVarType);
}

/** The field for annotated name `name` of class `cls` (dataclasses._get_field). */
export function fieldFor(
  rt: Interpreter,
  kit: DataclassKit,
  cls: PyType,
  name: string,
  type: PyValue,
  kwOnly: boolean,
): FieldObj {
  const value = cls.dict.get(name);
  let f: FieldObj;
  if (value instanceof FieldObj) f = value;
  else {
    f = makeField(rt, kit, {
      default: value === undefined ? kit.missing : value,
      default_factory: kit.missing,
      init: true,
      repr: true,
      hash: None,
      compare: true,
      metadata: None,
      kw_only: kit.missing,
    });
  }
  f.set("name", name);
  f.set("type", type);
  let kind: FieldKind = "_FIELD";
  if (isClassVar(rt, type)) kind = "_FIELD_CLASSVAR";
  else if (isInitVar(kit, type)) kind = "_FIELD_INITVAR";
  f.set("_field_type", kind);
  if (kind !== "_FIELD") {
    if (f.get("default_factory") !== kit.missing) {
      throw rt.error("TypeError", `field ${name} cannot have a default factory`);
    }
  } else if (f.get("kw_only") === kit.missing) f.set("kw_only", kwOnly);
  // A list, dict or set (anything unhashable) as a default would be shared by every instance.
  const d = f.get("default");
  if (kind === "_FIELD" && d instanceof PyObject && typeOf(d).lookup("__hash__") === None) {
    throw rt.error(
      "ValueError",
      `mutable default ${rt.repr(typeOf(d))} for field ${name} is not allowed: use default_factory`,
    );
  }
  return f;
}

/** The annotations of the class body itself, in order (`cls.__dict__['__annotations__']`). */
export function ownAnnotations(rt: Interpreter, cls: PyType): [string, PyValue][] {
  const ann = cls.dict.get("__annotations__");
  if (!(ann instanceof PyDict)) return [];
  const out: [string, PyValue][] = [];
  for (const e of ann.table.map.values()) {
    if (typeof e.key !== "string")
      throw rt.error("TypeError", `field name must be str, not ${strRepr(rt.repr(e.key))}`);
    out.push([e.key, e.value]);
  }
  return out;
}
