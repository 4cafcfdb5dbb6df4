/**
 * The `enum` module: Enum (members from the class body, aliases, auto(), lookup by
 * value and name, iteration, the functional API), enums mixed with a data type
 * (`class Code(int, Enum)`: members are real ints, strs or floats), ReprEnum, IntEnum
 * and StrEnum, and unique.
 */
import {
  PyBuiltin,
  PyInstance,
  PyModule,
  PyObject,
  PyType,
  None,
  intType,
  objectType,
  strType,
  typeOf,
  typeType,
  type KwArgs,
  type PyValue,
} from "../objects/core";
import { PyDict, PyList, PyTuple } from "../objects/containers";
import { PyClassMethod, PyFunction, PyProperty, PyStaticMethod } from "../objects/functions";
import { arrayIterator } from "../interp/iter";
import { genericDelAttr, genericSetAttr } from "../interp/attr";
import { keyError } from "../interp/subscript";
import { constructInstance } from "../interp/call";
import { createType, typeFromArgs } from "../interp/classes";
import type { Interpreter } from "../interp/interpreter";
import type { BinOp } from "../ast";
import { arity } from "../builtins/registry";
import { defMethods, defNew, makeModule, native, newClass } from "./util";
import { flagClass } from "./enum-flag";

/** What an enum class keeps about its members. */
interface Members {
  readonly byName: Map<string, PyValue>;
  /** Canonical members in definition order (no aliases). */
  readonly ordered: PyValue[];
  readonly byValue: PyDict;
}

class AutoObj extends PyObject {
  /** The value given to this auto() when its member was made. */
  resolved: PyValue | undefined = undefined;
}

/**
 * `A | B` of two auto() values in a class body: CPython gives auto() its value as it is
 * assigned, so the operator sees ints; here it is worked out when the members are made.
 */
class AutoCombo extends AutoObj {
  constructor(
    cls: PyType,
    readonly op: BinOp,
    readonly left: PyValue,
    readonly right: PyValue,
  ) {
    super(cls);
  }
}

function autoValue(rt: Interpreter, v: PyValue): PyValue {
  if (v instanceof AutoCombo) return rt.binary(v.op, autoValue(rt, v.left), autoValue(rt, v.right));
  if (v instanceof AutoObj) {
    if (v.resolved === undefined) throw rt.error("TypeError", "auto() used before its value was set");
    return v.resolved;
  }
  return v;
}

function isDescriptor(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyClassMethod || v instanceof PyStaticMethod) {
    return true;
  }
  if (v instanceof PyProperty || v instanceof PyType) return true;
  const t = typeOf(v);
  return t.lookup("__get__") !== undefined || t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

function isSunderOrDunder(name: string): boolean {
  return (
    (name.startsWith("__") && name.endsWith("__")) || (name.length > 2 && name.startsWith("_") && name.endsWith("_"))
  );
}

/** Build the `enum` module. */
export function enumModule(rt0: Interpreter): PyModule {
  const meta = newClass("EnumType", "enum", [typeType]);
  const members = new WeakMap<PyType, Members>();
  const auto = newClass("auto", "enum", [], (cls) => new AutoObj(cls));
  const membersOf = (cls: PyType): Members | undefined => {
    for (const t of cls.mro) {
      const m = members.get(t);
      if (m) return m;
    }
    return undefined;
  };

  // Set once Flag exists: a Flag class lists only its single-bit members (others are aliases).
  let flagBase: PyType | null = null;
  // Set once they exist (settleMethods and newMember look for them among a class's bases).
  let enumBase: PyType | null = null;
  let reprEnum: PyType | null = null;
  let strEnum: PyType | null = null;
  const isFlag = (cls: PyType) => flagBase !== null && cls.mro.includes(flagBase);
  const canonical = (cls: PyType): PyValue[] => {
    const all = membersOf(cls)?.ordered ?? [];
    if (!isFlag(cls)) return all;
    return all.filter((m) => {
      const v = (m as PyObject).$dict!.get("_value_");
      if (typeof v !== "number" && typeof v !== "bigint") return true;
      const b = BigInt(v);
      return b > 0n && (b & (b - 1n)) === 0n;
    });
  };

  /** The builtin data type an enum class mixes in (int, str, float...), or null. */
  const dataTypeOf = (cls: PyType): PyType | null => cls.mro.find((t) => t.isBuiltin && t !== objectType) ?? null;

  /**
   * A new member object of `cls` for `value`, with its `_value_`: an instance of the
   * mixed-in data type made by that type's `__new__` (a tuple value gives its
   * arguments), or a plain instance.
   */
  const newMember = (rt: Interpreter, cls: PyType, value: PyValue): PyObject => {
    const dataType = dataTypeOf(cls);
    if (dataType === null) {
      const member = new PyInstance(cls);
      member.$dict!.set("_value_", value);
      return member;
    }
    const args = value instanceof PyTuple ? value.items : [value];
    if (strEnum !== null && cls.mro.includes(strEnum) && (args.length !== 1 || typeof args[0] !== "string")) {
      throw rt.error("TypeError", `${rt.repr(args.length === 1 ? args[0] : new PyTuple(args))} is not a string`);
    }
    const member = rt.call(rt.getattr(dataType, "__new__"), [cls, ...args]) as PyObject;
    member.$dict!.set("_value_", rt.call(dataType, [...args]));
    return member;
  };

  /**
   * What EnumType.__new__ does after making a class that mixes in a data type: a
   * ReprEnum among the bases keeps the data type's str() and format(); otherwise
   * repr, str, format and __reduce_ex__ that would come from the data type (or from
   * object) are the enum's own. A Flag keeps Flag's bit operators.
   */
  const settleMethods = (cls: PyType, bases: readonly PyType[], definedInBody: (name: string) => boolean) => {
    const dataType = dataTypeOf(cls);
    if (dataType === null) return;
    // What a ReprEnum base sets here counts as defined by the class for the rest.
    const settled = new Set<string>();
    const defined = (name: string) => settled.has(name) || definedInBody(name);
    if (reprEnum !== null && bases.includes(reprEnum)) {
      if (!defined("__format__")) cls.setAttr("__format__", dataType.lookup("__format__"));
      if (!defined("__str__")) {
        const own = dataType.lookup("__str__");
        cls.setAttr("__str__", own === objectType.lookup("__str__") ? dataType.lookup("__repr__") : own);
      }
      settled.add("__format__").add("__str__");
    }
    const firstEnum = [...bases].reverse().find((b) => b.mro.includes(enumBase!)) ?? enumBase!;
    for (const name of ["__repr__", "__str__", "__format__", "__reduce_ex__"]) {
      if (defined(name)) continue;
      const found = cls.lookup(name);
      if (found === dataType.lookup(name) || found === objectType.lookup(name))
        cls.setAttr(name, firstEnum.lookup(name));
    }
    if (flagBase !== null && cls.mro.includes(flagBase)) {
      for (const name of ["__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"]) {
        if (!defined(name)) cls.setAttr(name, flagBase.lookup(name));
      }
    }
  };

  /** Turn the class body's plain values into members of the new class. */
  const populate = (rt: Interpreter, cls: PyType, entries: [string, PyValue][]) => {
    const m: Members = { byName: new Map(), ordered: [], byValue: rt.newDict() };
    members.set(cls, m);
    const lastValues: PyValue[] = [];
    for (const [name, raw] of entries) {
      let value = raw;
      if (raw instanceof AutoCombo) value = autoValue(rt, raw);
      else if (raw instanceof AutoObj) {
        const gen = rt.getattr(cls, "_generate_next_value_");
        value = rt.call(gen, [name, 1, m.ordered.length, new PyList([...lastValues])]);
        raw.resolved = value;
      }
      lastValues.push(value);
      const existing = rt.dictGet(m.byValue, value);
      if (existing !== undefined) {
        m.byName.set(name, existing);
        cls.setAttr(name, existing);
        continue;
      }
      const member = newMember(rt, cls, value);
      member.$dict!.set("_name_", name);
      // A class-defined __init__ receives the value (unpacked when it is a tuple).
      const init = cls.lookup("__init__");
      if (init instanceof PyFunction) rt.call(init, [member, ...(value instanceof PyTuple ? value.items : [value])]);
      m.byName.set(name, member);
      m.ordered.push(member);
      rt.dictSet(m.byValue, value, member);
      cls.setAttr(name, member);
    }
  };

  meta.dict.set(
    "__new__",
    new PyStaticMethod(
      new PyBuiltin("__new__", (rt1, args) => {
        const rt = rt1 as Interpreter;
        const [mcls, name, bases, ns] = args;
        if (!(ns instanceof PyDict)) throw rt.error("TypeError", "EnumType.__new__() argument 3 must be dict");
        // An enum with members is final (CPython checks in __prepare__, before the body runs).
        for (const chain of bases instanceof PyTuple ? bases.items : [])
          for (const b of chain instanceof PyType ? chain.mro : [])
            if (membersOf(b)?.ordered.length)
              throw rt.error("TypeError", `<enum ${rt.repr(name)}> cannot extend ${rt.repr(b)}`);
        // `_ignore_` names neither become members nor stay on the class.
        const ignoreSpec = rt.dictGet(ns, "_ignore_");
        const ignored = new Set<string>(["_ignore_"]);
        if (typeof ignoreSpec === "string") ignoreSpec.split(/[\s,]+/).forEach((n) => n && ignored.add(n));
        else if (ignoreSpec !== undefined) for (const n of rt.toArray(ignoreSpec)) ignored.add(rt.str(n));
        const body = rt.newDict();
        const entries: [string, PyValue][] = [];
        for (const e of ns.table.map.values()) {
          const k = e.key as string;
          if (ignoreSpec !== undefined && typeof k === "string" && ignored.has(k)) continue;
          if (typeof k === "string" && !isSunderOrDunder(k) && !isDescriptor(e.value)) entries.push([k, e.value]);
          else rt.dictSet(body, e.key, e.value);
        }
        const cls = typeFromArgs(rt, mcls as PyType, name, bases, body);
        settleMethods(cls, cls.bases, (n) => rt.dictGet(ns, n) !== undefined);
        populate(rt, cls, entries);
        return cls;
      }),
    ),
  );

  const functional = (rt: Interpreter, base: PyType, name: PyValue, spec: PyValue, kw: KwArgs | null): PyType => {
    const startAt = kw?.names.indexOf("start") ?? -1;
    const start = startAt >= 0 ? kw!.values[startAt]! : 1;
    const nth = (i: number): PyValue => rt.binary("+", start, i);
    let entries: [string, PyValue][];
    if (typeof spec === "string")
      entries = spec
        .replace(/,/g, " ")
        .split(/\s+/)
        .filter(Boolean)
        .map((n, i) => [n, nth(i)]);
    else if (spec instanceof PyDict) entries = [...spec.table.map.values()].map((e) => [rt.str(e.key), e.value]);
    else {
      entries = rt.toArray(spec).map((item, i) => {
        if (typeof item === "string") return [item, nth(i)];
        const pair = rt.toArray(item);
        return [rt.str(pair[0]), pair[1]];
      });
    }
    const cls = createType(rt, meta, rt.str(name), [base], new Map<string, PyValue>([["__module__", "__main__"]]));
    populate(rt, cls, entries);
    return cls;
  };

  defMethods(meta, {
    __call__: (rt, cls, args, kw: KwArgs | null) => {
      const c = cls as PyType;
      const m = members.get(c);
      if (!m || m.ordered.length === 0) {
        if (args.length >= 2) return functional(rt, c, args[0], args[1], kw);
        if (!m) return constructInstance(rt, c, args, kw);
      }
      arity(rt, c.name, args, 1);
      const value = args[0];
      if (value instanceof PyObject && typeOf(value) === c) return value;
      const hit = rt.dictGet(m!.byValue, value);
      if (hit !== undefined) return hit;
      const missing = c.lookup("_missing_");
      if (missing !== undefined) {
        const r = rt.call(rt.getattr(c, "_missing_"), [value]);
        if (r !== None) return r;
      }
      throw rt.error("ValueError", `${rt.repr(value)} is not a valid ${c.qualname}`);
    },
    __iter__: (_rt, cls) => arrayIterator("generator", canonical(cls as PyType)),
    __reversed__: (_rt, cls) => arrayIterator("generator", [...canonical(cls as PyType)].reverse()),
    __len__: (_rt, cls) => canonical(cls as PyType).length,
    __getitem__: (rt, cls, [name]) => {
      const v = typeof name === "string" ? membersOf(cls as PyType)?.byName.get(name) : undefined;
      if (v === undefined) throw keyError(rt, name);
      return v;
    },
    __contains__: (rt, cls, [v]) => {
      const m = membersOf(cls as PyType);
      if (v instanceof PyObject && rt.isInstance(v, cls as PyType)) return true;
      return m !== undefined && rt.dictGet(m.byValue, v) !== undefined;
    },
    __repr__: (_rt, cls) => `<${isFlag(cls as PyType) ? "flag" : "enum"} '${(cls as PyType).name}'>`,
    __bool__: () => true,
    __setattr__: (rt, cls, [name, value]) => {
      if (typeof name === "string" && membersOf(cls as PyType)?.byName.has(name))
        throw rt.error("AttributeError", `cannot reassign member ${rt.repr(name)}`);
      genericSetAttr(rt, cls, rt.str(name), value!);
      return None;
    },
    __delattr__: (rt, cls, [name]) => {
      if (typeof name === "string" && membersOf(cls as PyType)?.byName.has(name))
        throw rt.error("AttributeError", `${rt.repr((cls as PyType).name)} cannot delete member ${rt.repr(name)}.`);
      genericDelAttr(rt, cls, rt.str(name));
      return None;
    },
  });
  meta.dict.set(
    "__members__",
    new PyProperty(
      new PyBuiltin("__members__", (rt1, args) => {
        const rt = rt1 as Interpreter;
        const d = rt.newDict();
        for (const [k, v] of membersOf(args[0] as PyType)?.byName ?? []) rt.dictSet(d, k, v);
        return d;
      }),
      None,
      None,
      None,
    ),
  );

  // The member tables CPython keeps on each enum class, read live from ours.
  const table = (name: string, make: (rt: Interpreter, m: Members) => PyValue) =>
    meta.dict.set(
      name,
      new PyProperty(
        new PyBuiltin(name, (rt1, args) => {
          const rt = rt1 as Interpreter;
          const m = membersOf(args[0] as PyType);
          return m === undefined ? rt.newDict() : make(rt, m);
        }),
        None,
        None,
        None,
      ),
    );
  table("_member_names_", (_rt, m) => new PyList(m.ordered.map((x) => (x as PyObject).$dict!.get("_name_")!)));
  table("_member_map_", (rt, m) => {
    const d = rt.newDict();
    for (const [k, v] of m.byName) rt.dictSet(d, k, v);
    return d;
  });
  table("_value2member_map_", (rt, m) => rt.callMethod(m.byValue, "copy", []));

  enumBase = createType(rt0, meta, "Enum", [], new Map<string, PyValue>([["__module__", "enum"]]));
  const attr = (self: PyValue, n: string) => (self as PyObject).$dict!.get(n);
  defMethods(enumBase, {
    __repr__: (rt, self) => `<${typeOf(self).name}.${attr(self, "_name_")}: ${rt.repr(attr(self, "_value_"))}>`,
    __str__: (_rt, self) => `${typeOf(self).name}.${attr(self, "_name_")}`,
    __format__: (rt, self, [spec]) => rt.format(rt.str(self), rt.str(spec)),
    __hash__: (rt, self) => rt.hash(attr(self, "_name_")),
    __reduce_ex__: (_rt, self) => new PyTuple([typeOf(self), new PyTuple([attr(self, "_value_")])]),
    // Members are singletons: copies are the member itself.
    __copy__: (_rt, self) => self,
    __deepcopy__: (_rt, self) => self,
  });
  enumBase.dict.set("name", new PyProperty(new PyBuiltin("name", (_rt, a) => attr(a[0], "_name_")), None, None, None));
  enumBase.dict.set(
    "value",
    new PyProperty(new PyBuiltin("value", (_rt, a) => attr(a[0], "_value_")), None, None, None),
  );
  enumBase.dict.set(
    "_generate_next_value_",
    new PyStaticMethod(
      new PyBuiltin("_generate_next_value_", (rt1, args) => {
        const rt = rt1 as Interpreter;
        const [, start, , last] = args;
        const values = (last as PyList).items;
        if (!values.length) return start;
        return rt.binary("+", values[values.length - 1], 1);
      }),
    ),
  );

  // ReprEnum changes only repr(); IntEnum and StrEnum members are real ints and strs.
  const moduleDict = () => new Map<string, PyValue>([["__module__", "enum"]]);
  reprEnum = createType(rt0, meta, "ReprEnum", [enumBase], moduleDict());
  const intEnum = createType(rt0, meta, "IntEnum", [intType, reprEnum], moduleDict());
  settleMethods(intEnum, intEnum.bases, () => false);
  strEnum = createType(rt0, meta, "StrEnum", [strType, reprEnum], moduleDict());
  settleMethods(strEnum, strEnum.bases, () => false);
  // StrEnum's auto() is the member's name in lower case.
  strEnum.dict.set(
    "_generate_next_value_",
    new PyStaticMethod(new PyBuiltin("_generate_next_value_", (_rt, args) => String(args[0]).toLowerCase())),
  );
  const flag = flagClass(rt0, { meta, enumBase, membersOf, newMember });
  flagBase = flag;
  const intFlag = createType(rt0, meta, "IntFlag", [intType, reprEnum, flag], moduleDict());
  settleMethods(intFlag, intFlag.bases, () => false);

  defNew(auto, (_rt, cls) => new AutoObj(cls));
  defMethods(auto, {
    __repr__: () => "auto(_auto_null)",
    __or__: (_rt, self, [o]) => new AutoCombo(auto, "|", self, o!),
    __ror__: (_rt, self, [o]) => new AutoCombo(auto, "|", o!, self),
    __and__: (_rt, self, [o]) => new AutoCombo(auto, "&", self, o!),
  });

  return makeModule("enum", {
    Enum: enumBase,
    ReprEnum: reprEnum,
    IntEnum: intEnum,
    StrEnum: strEnum,
    Flag: flag,
    IntFlag: intFlag,
    EnumType: meta,
    EnumMeta: meta,
    auto,
    unique: native("unique", (rt, args) => {
      arity(rt, "unique", args, 1);
      const cls = args[0] as PyType;
      const m = membersOf(cls);
      const dups: string[] = [];
      for (const [name, member] of m?.byName ?? []) {
        const canonical = (member as PyObject).$dict!.get("_name_") as string;
        if (canonical !== name) dups.push(`${name} -> ${canonical}`);
      }
      if (dups.length) throw rt.error("ValueError", `duplicate values found in ${rt.repr(cls)}: ${dups.join(", ")}`);
      return cls;
    }),
  });
}
