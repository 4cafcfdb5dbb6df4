/**
 * What `case` patterns ask of the subject at run time (compile/match.ts): whether it
 * is a sequence, a mapping or an instance of a class, and the parts to match, as
 * CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS work.
 * Each returns null when the subject does not fit; misuse raises CPython's errors.
 */
import { PyObject, PyType, None, typeOf, isInstance, type PyValue } from "../objects/core";
import { PyDict, PyList, PyTuple, PyRange, dictType } from "../objects/containers";
import { isPyException } from "../objects/exceptions";
import type { Interpreter } from "./interpreter";
import * as tables from "./tables";

/** Whether a class is declared a sequence or mapping through collections.abc (Py_TPFLAGS_SEQUENCE/MAPPING). */
function abcKind(cls: PyType, names: readonly string[]): boolean {
  return cls.mro.some((t) => t.module === "collections.abc" && names.includes(t.name));
}

const SEQUENCE_BUILTINS = new Set(["list", "tuple", "range", "deque", "memoryview", "array"]);

function isSequence(v: PyValue): boolean {
  if (!(v instanceof PyObject)) return false;
  const cls = v.$cls;
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
  if (cls.mro.some((t) => SEQUENCE_BUILTINS.has(t.name) && (t.isBuiltin || t.module === "collections"))) return true;
  return abcKind(cls, ["Sequence", "MutableSequence"]);
}

function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  return v instanceof PyObject && abcKind(v.$cls, ["Mapping", "MutableMapping"]);
}

/** The items of a sequence subject of `n` (or, with a star, at least `n`) items; null otherwise. */
export function matchSequence(rt: Interpreter, subject: PyValue, n: number, star: boolean): PyValue[] | null {
  if (!isSequence(subject)) return null;
  const items = subject instanceof PyList || subject instanceof PyTuple ? subject.items : rt.toArray(subject);
  if (star ? items.length < n : items.length !== n) return null;
  return items as PyValue[];
}

/** The values of `keys` in a mapping subject (read with its `get`), or null if one is missing. */
export function matchMapping(rt: Interpreter, subject: PyValue, keys: PyValue[]): PyValue[] | null {
  if (!isMapping(subject)) return null;
  if (keys.length === 0) return [];
  if (Number(rt.call(rt.builtins.get("len")!, [subject])) < keys.length) return null;
  const seen = new PyDict();
  for (const k of keys) {
    if (tables.tableGet(rt, seen.table, k) !== undefined) {
      throw rt.error("ValueError", `mapping pattern checks duplicate key (${rt.repr(k)})`);
    }
    rt.dictSet(seen, k, None);
  }
  const out: PyValue[] = [];
  const exact = subject instanceof PyDict && subject.$cls === dictType;
  const missing = {} as PyValue;
  const get = exact ? null : rt.getattr(subject, "get");
  for (const k of keys) {
    const v = exact ? rt.dictGet(subject as PyDict, k) : rt.call(get!, [k, missing]);
    if (v === undefined || v === missing) return null;
    out.push(v);
  }
  return out;
}

/** `**rest` of a mapping pattern: a dict of the subject's other items. */
export function matchRest(rt: Interpreter, subject: PyValue, keys: PyValue[]): PyDict {
  const rest = new PyDict();
  rt.dictUpdate(rest, subject);
  for (const k of keys) rt.dictDelete(rest, k);
  return rest;
}

/** Builtins whose one positional sub-pattern matches the subject itself (`case int(n)`). */
const MATCH_SELF = new Set([
  "bool",
  "bytearray",
  "bytes",
  "dict",
  "float",
  "frozenset",
  "int",
  "list",
  "set",
  "str",
  "tuple",
]);

/**
 * `Cls(p1, p2, k=p3)`: the attribute values to match the sub-patterns against (positional
 * ones named by `__match_args__`), or null when the subject is not an instance or lacks one.
 */
export function matchClass(
  rt: Interpreter,
  subject: PyValue,
  cls: PyValue,
  nPos: number,
  kwNames: readonly string[],
): PyValue[] | null {
  if (!(cls instanceof PyType)) throw rt.error("TypeError", "called match pattern must be a type");
  if (!isInstance(subject, cls) && !rt.isInstance(subject, cls)) return null;
  const out: PyValue[] = [];
  const names: string[] = [];
  if (nPos > 0) {
    const matchArgs = cls.lookup("__match_args__");
    let allowed: readonly PyValue[];
    let matchSelf = false;
    if (matchArgs === undefined) {
      matchSelf = cls.mro.some((t) => t.isBuiltin && MATCH_SELF.has(t.name));
      allowed = [];
    } else {
      const args = rt.getattr(cls, "__match_args__");
      if (!(args instanceof PyTuple)) {
        throw rt.error("TypeError", `${cls.name}.__match_args__ must be a tuple (got ${typeOf(args).name})`);
      }
      allowed = args.items;
    }
    const limit = matchSelf ? 1 : allowed.length;
    if (nPos > limit) {
      throw rt.error(
        "TypeError",
        `${cls.name}() accepts ${limit} positional sub-pattern${limit === 1 ? "" : "s"} (${nPos} given)`,
      );
    }
    if (matchSelf) out.push(subject);
    else {
      for (const a of allowed.slice(0, nPos)) {
        if (typeof a !== "string") {
          throw rt.error("TypeError", `__match_args__ elements must be strings (got ${typeOf(a).name})`);
        }
        names.push(a);
      }
    }
  }
  const all = [...names, ...kwNames];
  for (const [i, n] of all.entries()) {
    if (all.indexOf(n) !== i)
      throw rt.error("TypeError", `${cls.name}() got multiple sub-patterns for attribute '${n}'`);
  }
  for (const n of [...names, ...kwNames]) {
    try {
      out.push(rt.getattr(subject, n));
    } catch (e) {
      if (isPyException(e) && rt.isInstance(e, rt.excType("AttributeError"))) return null;
      throw e;
    }
  }
  return out;
}
