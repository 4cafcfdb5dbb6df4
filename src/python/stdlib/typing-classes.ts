/**
 * The class forms of `typing.NamedTuple` and `typing.TypedDict`: a class statement
 * deriving from them builds, through their metaclasses, a named tuple from the
 * annotated fields (defaults and methods of the body kept), or a dict type whose calls
 * make plain dicts. Both also keep their functional forms.
 */
import { PyType, PyBuiltin, None, typeType, type KwArgs, type PyValue } from "../objects/core";
import { PyDict, dictType } from "../objects/containers";
import { PyStaticMethod } from "../objects/functions";
import { createType } from "../interp/classes";
import type { Interpreter } from "../interp/interpreter";
import { makeNamedTuple } from "./collections-namedtuple";
import { defMethods, newClass } from "./util";

/** Attributes a NamedTuple class body may not set (they are the named tuple's own). */
const PROHIBITED = new Set([
  "__new__",
  "__init__",
  "__slots__",
  "__getnewargs__",
  "_fields",
  "_field_defaults",
  "_make",
  "_replace",
  "_asdict",
  "_source",
]);
const SPECIAL = new Set(["__module__", "__name__", "__annotations__", "__qualname__", "__doc__"]);

function nsEntries(ns: PyValue): [string, PyValue][] {
  if (!(ns instanceof PyDict)) return [];
  return [...ns.table.map.values()].filter((e) => typeof e.key === "string").map((e) => [e.key as string, e.value]);
}

function staticNew(type: PyType, impl: (rt: Interpreter, args: PyValue[], kw: KwArgs | null) => PyValue): void {
  type.dict.set(
    "__new__",
    new PyStaticMethod(new PyBuiltin("__new__", (rt, args, kw) => impl(rt as Interpreter, args, kw))),
  );
}

/** `typing.NamedTuple`, usable as a base class and as a function. */
export function namedTupleClass(rt0: Interpreter): PyType {
  const meta = newClass("NamedTupleMeta", "typing", [typeType]);
  staticNew(meta, (rt, args) => {
    const [, name, , ns] = args;
    const entries = new Map(nsEntries(ns!));
    const ann = entries.get("__annotations__");
    const fields = ann instanceof PyDict ? nsEntries(ann).map(([k]) => k) : [];
    const defaults: PyValue[] = [];
    const defaultNames: string[] = [];
    for (const f of fields) {
      if (entries.has(f)) {
        defaults.push(entries.get(f)!);
        defaultNames.push(f);
      } else if (defaults.length) {
        const s = defaultNames.length > 1 ? "s" : "";
        throw rt.error(
          "TypeError",
          `Non-default namedtuple field ${f} cannot follow default field${s} ${defaultNames.join(", ")}`,
        );
      }
    }
    const module = typeof entries.get("__module__") === "string" ? (entries.get("__module__") as string) : "__main__";
    const cls = makeNamedTuple(rt, rt.str(name!), fields, { defaults, module });
    if (ann instanceof PyDict) cls.setAttr("__annotations__", ann);
    for (const [k, v] of entries) {
      if (PROHIBITED.has(k)) throw rt.error("AttributeError", `Cannot overwrite NamedTuple attribute ${k}`);
      if (!SPECIAL.has(k) && !fields.includes(k)) cls.setAttr(k, v);
    }
    if (entries.has("__doc__")) cls.setAttr("__doc__", entries.get("__doc__")!);
    return cls;
  });
  // NamedTuple("Point", [("x", int), ("y", int)]) or NamedTuple("Point", x=int, y=int).
  defMethods(meta, {
    __call__: (rt, _cls, args, kw) => {
      const kwArg = (n: string) => (kw && kw.names.includes(n) ? kw.values[kw.names.indexOf(n)] : undefined);
      const typename = args[0] ?? kwArg("typename");
      const spec = args[1] ?? kwArg("fields");
      if (typename === undefined)
        throw rt.error("TypeError", "NamedTuple() missing required argument 'typename' (pos 1)");
      const names =
        spec === undefined || spec === None
          ? (kw?.names ?? []).filter((n) => n !== "typename" && n !== "fields")
          : rt.toArray(spec).map((f) => rt.str(rt.toArray(f)[0]!));
      return makeNamedTuple(rt, rt.str(typename), names);
    },
  });
  return createType(rt0, meta, "NamedTuple", [], new Map<string, PyValue>([["__module__", "typing"]]));
}

/** `typing.TypedDict`: classes deriving from it are dict types whose calls make plain dicts. */
export function typedDictClass(rt0: Interpreter): PyType {
  const meta = newClass("_TypedDictMeta", "typing", [typeType]);
  staticNew(meta, (rt, args) => {
    const [mcls, name, , ns] = args;
    const map = new Map(nsEntries(ns!));
    map.set("__module__", map.get("__module__") ?? "__main__");
    return createType(rt, mcls as PyType, rt.str(name!), [dictType], map);
  });
  defMethods(meta, {
    __call__: (rt, _cls, args, kw) => {
      const d = new PyDict();
      rt.call(dictType.dict.get("__init__")!, [d, ...args], kw);
      return d;
    },
    __instancecheck__: (rt) => {
      throw rt.error("TypeError", "TypedDict does not support instance and class checks");
    },
  });
  return createType(rt0, meta, "TypedDict", [dictType], new Map<string, PyValue>([["__module__", "typing"]]));
}
