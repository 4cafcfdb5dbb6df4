/**
 * The `enum` module: Enum (members from the class body, aliases, auto(), lookup by
 * value and name, iteration, the functional API), IntEnum and StrEnum (members
 * compare and compute as their values; the engine has no int/str subclasses, so they
 * are not real ints or strs), and unique.
 */
import {
  PyBuiltin,
  PyInstance,
  PyModule,
  PyObject,
  PyType,
  None,
  NotImplemented,
  typeOf,
  typeType,
  type KwArgs,
  type PyValue,
} from "../objects/core";
import { PyDict, PyList, PyTuple } from "../objects/containers";
import { PyClassMethod, PyFunction, PyProperty, PyStaticMethod } from "../objects/functions";
import { arrayIterator } from "../interp/iter";
import { keyError } from "../interp/subscript";
import { constructInstance } from "../interp/call";
import { createType, typeFromArgs } from "../interp/classes";
import type { Interpreter } from "../interp/interpreter";
import type { BinOp } from "../ast";
import { arity } from "../builtins/registry";
import { defMethods, defNew, makeModule, native, newClass } from "./util";
import { flagClasses } from "./enum-flag";

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
      const member = new PyInstance(cls);
      member.$dict!.set("_name_", name);
      member.$dict!.set("_value_", value);
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
        const body = rt.newDict();
        const entries: [string, PyValue][] = [];
        for (const e of ns.table.map.values()) {
          const k = e.key as string;
          if (typeof k === "string" && !isSunderOrDunder(k) && !isDescriptor(e.value)) entries.push([k, e.value]);
          else rt.dictSet(body, e.key, e.value);
        }
        const cls = typeFromArgs(rt, mcls as PyType, name, bases, body);
        if (entries.length && membersOf(cls)?.ordered.length) {
          throw rt.error("TypeError", `${cls.name}: cannot extend enumeration '${cls.bases[0]!.name}'`);
        }
        populate(rt, cls, entries);
        return cls;
      }),
    ),
  );

  const functional = (rt: Interpreter, base: PyType, name: PyValue, spec: PyValue): PyType => {
    let entries: [string, PyValue][];
    if (typeof spec === "string")
      entries = spec
        .replace(/,/g, " ")
        .split(/\s+/)
        .filter(Boolean)
        .map((n, i) => [n, i + 1]);
    else if (spec instanceof PyDict) entries = [...spec.table.map.values()].map((e) => [rt.str(e.key), e.value]);
    else {
      entries = rt.toArray(spec).map((item, i) => {
        if (typeof item === "string") return [item, i + 1];
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
        if (args.length >= 2) return functional(rt, c, args[0], args[1]);
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

  const enumBase = createType(rt0, meta, "Enum", [], new Map<string, PyValue>([["__module__", "enum"]]));
  const attr = (self: PyValue, n: string) => (self as PyObject).$dict!.get(n);
  defMethods(enumBase, {
    __repr__: (rt, self) => `<${typeOf(self).name}.${attr(self, "_name_")}: ${rt.repr(attr(self, "_value_"))}>`,
    __str__: (_rt, self) => `${typeOf(self).name}.${attr(self, "_name_")}`,
    __format__: (rt, self, [spec]) => rt.format(rt.str(self), rt.str(spec)),
    __hash__: (rt, self) => rt.hash(attr(self, "_name_")),
    __reduce_ex__: (_rt, self) => new PyTuple([typeOf(self), new PyTuple([attr(self, "_value_")])]),
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

  // IntEnum/StrEnum members behave as their values in comparisons and arithmetic.
  const valueOf = (v: PyValue) => (v instanceof PyObject && v.$dict?.has("_value_") ? v.$dict.get("_value_") : v);
  const intEnum = createType(rt0, meta, "IntEnum", [enumBase], new Map<string, PyValue>([["__module__", "enum"]]));
  const strEnum = createType(rt0, meta, "StrEnum", [enumBase], new Map<string, PyValue>([["__module__", "enum"]]));
  const ops: [string, BinOp, boolean][] = [
    ["__add__", "+", false],
    ["__radd__", "+", true],
    ["__sub__", "-", false],
    ["__rsub__", "-", true],
    ["__mul__", "*", false],
    ["__rmul__", "*", true],
    ["__floordiv__", "//", false],
    ["__truediv__", "/", false],
    ["__mod__", "%", false],
    ["__and__", "&", false],
    ["__or__", "|", false],
    ["__lshift__", "<<", false],
    ["__rshift__", ">>", false],
  ];
  let intTable: Record<string, (rt: Interpreter, self: PyValue, args: PyValue[]) => PyValue> = {};
  for (const t of [intEnum, strEnum]) {
    const table: Record<string, (rt: Interpreter, self: PyValue, args: PyValue[]) => PyValue> = {
      __str__: (rt, self) => rt.str(valueOf(self)),
      __format__: (rt, self, [spec]) => rt.format(valueOf(self), rt.str(spec)),
      __eq__: (rt, self, [o]) => rt.eq(valueOf(self), valueOf(o)),
      __ne__: (rt, self, [o]) => !rt.eq(valueOf(self), valueOf(o)),
      __lt__: (rt, self, [o]) => rt.compare("<", valueOf(self), valueOf(o)),
      __le__: (rt, self, [o]) => rt.compare("<=", valueOf(self), valueOf(o)),
      __gt__: (rt, self, [o]) => rt.compare(">", valueOf(self), valueOf(o)),
      __ge__: (rt, self, [o]) => rt.compare(">=", valueOf(self), valueOf(o)),
      __hash__: (rt, self) => rt.hash(valueOf(self)),
      __getattr__: (rt, self, [name]) => rt.getattr(valueOf(self), rt.str(name)),
      __len__: (rt, self) => rt.call(rt.builtins.get("len"), [valueOf(self)]),
    };
    if (t === intEnum) {
      for (const [name, op, reflected] of ops) {
        table[name] = (rt, self, [o]) => {
          const other = valueOf(o);
          if (
            typeof other !== "number" &&
            typeof other !== "bigint" &&
            typeof other !== "boolean" &&
            !(other instanceof PyObject && other.$cls.name === "float")
          ) {
            return NotImplemented;
          }
          return reflected ? rt.binary(op, other, valueOf(self)) : rt.binary(op, valueOf(self), other);
        };
      }
      table.__int__ = (_rt, self) => valueOf(self);
      table.__index__ = (_rt, self) => valueOf(self);
      table.__float__ = (rt, self) => rt.call(rt.builtins.get("float"), [valueOf(self)]);
      table.__neg__ = (rt, self) => rt.unary("-", valueOf(self));
      table.__abs__ = (rt, self) => rt.call(rt.builtins.get("abs"), [valueOf(self)]);
      table.__bool__ = (rt, self) => rt.truthy(valueOf(self));
    } else {
      table.__add__ = (rt, self, [o]) => rt.binary("+", valueOf(self), valueOf(o));
      table.__radd__ = (rt, self, [o]) => rt.binary("+", valueOf(o), valueOf(self));
      table.__contains__ = (rt, self, [o]) => rt.contains(valueOf(self), o);
    }
    defMethods(t, table);
    if (t === intEnum) intTable = table;
  }
  // StrEnum's auto() is the member's name in lower case.
  strEnum.dict.set(
    "_generate_next_value_",
    new PyStaticMethod(new PyBuiltin("_generate_next_value_", (_rt, args) => String(args[0]).toLowerCase())),
  );
  const [flag, intFlag] = flagClasses(rt0, { meta, enumBase, membersOf }, intTable);
  flagBase = flag;

  defNew(auto, (_rt, cls) => new AutoObj(cls));
  defMethods(auto, {
    __repr__: () => "auto(_auto_null)",
    __or__: (_rt, self, [o]) => new AutoCombo(auto, "|", self, o!),
    __ror__: (_rt, self, [o]) => new AutoCombo(auto, "|", o!, self),
    __and__: (_rt, self, [o]) => new AutoCombo(auto, "&", self, o!),
  });

  return makeModule("enum", {
    Enum: enumBase,
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
