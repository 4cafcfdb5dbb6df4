/**
 * Hashing and the dict/set hash table: Python key equality (1 == 1.0 == True share a
 * slot; tuples hash by value; user objects by `__hash__`/`__eq__`) on top of a JS Map.
 */
import { PyFloat, PyObject, PyType, PyBox, None, typeOf, normInt, type PyValue } from "../objects/core";
import {
  PyTuple,
  PySet,
  PyBytes,
  HashTable,
  frozensetType,
  tupleType,
  bytesType,
  type Entry,
} from "../objects/containers";
import { intHash, floatHash, tupleHash, frozensetHash } from "../builtins/types/hashes";
import type { Interpreter } from "./interpreter";
import { SetLayout } from "../builtins/types/set-layout";
import { overriddenInPython } from "./boxes";

/** CPython's hash of an int (a Python int: a number, or a bigint past the safe range). */
export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === "number" && v < 2 ** 52 && v > -(2 ** 52)) return v === -1 ? -2 : v;
  return normInt(intHash(v));
}

function hashString(s: string): number {
  // Deterministic (CPython randomizes str hashes, so programs cannot depend on them).
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) | 0;
  return h === -1 ? -2 : h;
}

/** `hash(v)` with CPython's values for numbers, tuples and frozensets; TypeError for unhashable values. */
export function hashOf(rt: Interpreter, v: PyValue): number | bigint {
  switch (typeof v) {
    case "number":
    case "bigint":
      return hashInt(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return hashString(v);
  }
  if (v instanceof PyFloat) {
    const x = v.v;
    if (Number.isInteger(x) && x < 2 ** 52 && x > -(2 ** 52)) return x === -1 ? -2 : x;
    return normInt(floatHash(x));
  }
  const cls = typeOf(v);
  if (v instanceof PyTuple && cls === tupleType) {
    return normInt(tupleHash(v.items.map((x) => BigInt(hashOf(rt, x)))));
  }
  if (v instanceof PySet && cls === frozensetType) {
    const hs: bigint[] = [];
    for (const e of v.table.map.values()) hs.push(BigInt(hashOf(rt, e.key)));
    return normInt(frozensetHash(hs));
  }
  if (v instanceof PyBytes && cls === bytesType) {
    let h = 7;
    for (const b of v.data) h = (h * 31 + b) | 0;
    return h === -1 ? -2 : h;
  }
  if (v instanceof PyBox && !overriddenInPython(cls, "__hash__")) return hashOf(rt, v.value);
  const m = cls.lookup("__hash__");
  if (m === None || m === undefined) throw rt.error("TypeError", `unhashable type: '${cls.name}'`);
  if (rt.isObjectDefault(m, "__hash__")) return Math.floor(rt.idOf(v) / 16);
  const r = rt.call(m, [v]);
  if (typeof r !== "number" && typeof r !== "bigint" && typeof r !== "boolean") {
    throw rt.error("TypeError", "__hash__ method should return an integer");
  }
  // CPython keeps a __hash__ result that fits in 64 bits (-1 becomes -2) and hashes a larger one.
  const n = typeof r === "boolean" ? (r ? 1 : 0) : r;
  if (typeof n === "number") return n === -1 ? -2 : n;
  return n >= -(2n ** 63n) && n < 2n ** 63n ? n : hashInt(n);
}

/**
 * The JS Map key for a Python key whose equality is identity or primitive value;
 * undefined when the key needs hashing and Python equality.
 */
function directKey(rt: Interpreter, k: PyValue): unknown {
  switch (typeof k) {
    case "number":
    case "bigint":
    case "string":
      return k;
    case "boolean":
      return k ? 1 : 0;
  }
  if (k instanceof PyFloat) {
    const v = k.v;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return normInt(BigInt(v));
    return v === 0 ? 0 : v;
  }
  if (k instanceof PyTuple || k instanceof PyBytes || (k instanceof PySet && k.$cls === frozensetType))
    return undefined;
  if (k instanceof PyBox) {
    // A str/int/float subclass that keeps the base's hash and equality is the same key as its value.
    const cls = k.$cls;
    if (!overriddenInPython(cls, "__hash__") && !overriddenInPython(cls, "__eq__")) return directKey(rt, k.value);
    if (cls.lookup("__hash__") === None) throw rt.error("TypeError", `unhashable type: '${cls.name}'`);
    return undefined;
  }
  if (k instanceof PyObject) {
    const cls = k.$cls;
    if (k instanceof PyType || cls.isBuiltin) {
      const m = cls.lookup("__hash__");
      if (m === None) throw rt.error("TypeError", `unhashable type: '${cls.name}'`);
      return k;
    }
    const m = cls.lookup("__hash__");
    if (m === None || m === undefined) throw rt.error("TypeError", `unhashable type: '${cls.name}'`);
    if (rt.isObjectDefault(m, "__hash__")) return k;
    return undefined;
  }
  return k;
}

/** Find the Map key of `k` in `t`, or undefined. */
export function findKey(rt: Interpreter, t: HashTable, k: PyValue): unknown {
  const d = directKey(rt, k);
  if (d !== undefined) return t.map.has(d) ? d : undefined;
  const h = hashOf(rt, k);
  const bucket = t.hashed?.get(h);
  if (!bucket) return undefined;
  for (const mk of bucket) {
    const e = t.map.get(mk)!;
    if (e.key === k || rt.eq(e.key, k)) return mk;
  }
  return undefined;
}

export function tableGet(rt: Interpreter, t: HashTable, k: PyValue): Entry | undefined {
  // str and int keys are their own Map keys: the common case costs one Map lookup.
  if (typeof k === "string" || typeof k === "number") return t.map.get(k);
  const d = directKey(rt, k);
  if (d !== undefined) return t.map.get(d);
  const mk = findKey(rt, t, k);
  return mk === undefined ? undefined : t.map.get(mk);
}

export function tableSet(rt: Interpreter, t: HashTable, k: PyValue, v: PyValue): void {
  const d = typeof k === "string" || typeof k === "number" ? k : directKey(rt, k);
  if (d !== undefined) {
    const e = t.map.get(d);
    if (e) e.value = v;
    else {
      t.map.set(d, { key: k, value: v });
      if (t.forSet) (t.layout ??= new SetLayout()).added(d, k);
    }
    return;
  }
  const h = hashOf(rt, k);
  t.hashed ??= new Map();
  let bucket = t.hashed.get(h);
  if (bucket) {
    for (const mk of bucket) {
      const e = t.map.get(mk)!;
      if (e.key === k || rt.eq(e.key, k)) {
        e.value = v;
        return;
      }
    }
  } else {
    bucket = [];
    t.hashed.set(h, bucket);
  }
  const token = {};
  bucket.push(token);
  t.map.set(token, { key: k, value: v });
  if (t.forSet) (t.layout ??= new SetLayout()).added(token, k);
}

/** Remove `k`; returns the removed entry or undefined. */
export function tableDelete(rt: Interpreter, t: HashTable, k: PyValue): Entry | undefined {
  const d = directKey(rt, k);
  if (d !== undefined) {
    const e = t.map.get(d);
    if (e) {
      t.map.delete(d);
      t.layout?.removed(d, e.key);
    }
    return e;
  }
  const mk = findKey(rt, t, k);
  if (mk === undefined) return undefined;
  const e = t.map.get(mk)!;
  t.map.delete(mk);
  t.layout?.removed(mk, e.key);
  const h = hashOf(rt, k);
  const bucket = t.hashed!.get(h)!;
  bucket.splice(bucket.indexOf(mk), 1);
  if (bucket.length === 0) t.hashed!.delete(h);
  return e;
}

export function tableClear(t: HashTable): void {
  t.map.clear();
  t.hashed = null;
  t.layout?.cleared();
}
