/**
 * Hashing and the dict/set hash table: Python key equality (1 == 1.0 == True share a
 * slot; tuples hash by value; user objects by `__hash__`/`__eq__`) on top of a JS Map.
 */
import { PyFloat, PyObject, PyType, None, typeOf, normInt, type PyValue } from "../objects/core";
import { PyTuple, PySet, PyBytes, HashTable, frozensetType, type Entry } from "../objects/containers";
import type { Interpreter } from "./interpreter";

const MODULUS = 2305843009213693951n; // 2**61 - 1, CPython's hash modulus

/** CPython's hash of an int. */
export function hashInt(v: number | bigint): number {
  if (typeof v === "number" && Math.abs(v) < 2 ** 52) return v === -1 ? -2 : v;
  const b = BigInt(v);
  const neg = b < 0n;
  let h = (neg ? -b : b) % MODULUS;
  if (neg) h = -h;
  const r = Number(h);
  return r === -1 ? -2 : r;
}

function hashString(s: string): number {
  // Deterministic (CPython randomizes str hashes, so programs cannot depend on them).
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) | 0;
  return h;
}

/** `hash(v)`: raises TypeError for unhashable values. */
export function hashOf(rt: Interpreter, v: PyValue): number {
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
    if (Number.isInteger(v.v)) return hashInt(normInt(BigInt(v.v)));
    if (Number.isNaN(v.v)) return 0;
    if (!Number.isFinite(v.v)) return v.v > 0 ? 314159 : -314159;
    return hashString(String(v.v));
  }
  if (v instanceof PyTuple) {
    let h = 0x345678;
    for (const x of v.items) h = (Math.imul(h ^ hashOf(rt, x), 1000003) + 97531) | 0;
    return h === -1 ? -2 : h;
  }
  if (v instanceof PySet && v.$cls === frozensetType) {
    let h = 0;
    for (const e of v.table.map.values()) h ^= hashOf(rt, e.key) * 2654435761;
    return h | 0;
  }
  if (v instanceof PyBytes && v.$cls.name === "bytes") {
    let h = 7;
    for (const b of v.data) h = (h * 31 + b) | 0;
    return h;
  }
  const cls = typeOf(v);
  const m = cls.lookup("__hash__");
  if (m === None || m === undefined) throw rt.error("TypeError", `unhashable type: '${cls.name}'`);
  if (rt.isObjectDefault(m, "__hash__")) return rt.idOf(v);
  const r = rt.call(m, [v]);
  if (typeof r !== "number" && typeof r !== "bigint" && typeof r !== "boolean") {
    throw rt.error("TypeError", "__hash__ method should return an integer");
  }
  return hashInt(typeof r === "boolean" ? (r ? 1 : 0) : r);
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
  const d = directKey(rt, k);
  if (d !== undefined) return t.map.get(d);
  const mk = findKey(rt, t, k);
  return mk === undefined ? undefined : t.map.get(mk);
}

export function tableSet(rt: Interpreter, t: HashTable, k: PyValue, v: PyValue): void {
  const d = directKey(rt, k);
  if (d !== undefined) {
    const e = t.map.get(d);
    if (e) e.value = v;
    else t.map.set(d, { key: k, value: v });
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
}

/** Remove `k`; returns the removed entry or undefined. */
export function tableDelete(rt: Interpreter, t: HashTable, k: PyValue): Entry | undefined {
  const d = directKey(rt, k);
  if (d !== undefined) {
    const e = t.map.get(d);
    if (e) t.map.delete(d);
    return e;
  }
  const mk = findKey(rt, t, k);
  if (mk === undefined) return undefined;
  const e = t.map.get(mk)!;
  t.map.delete(mk);
  const h = hashOf(rt, k);
  const bucket = t.hashed!.get(h)!;
  bucket.splice(bucket.indexOf(mk), 1);
  if (bucket.length === 0) t.hashed!.delete(h);
  return e;
}

export function tableClear(t: HashTable): void {
  t.map.clear();
  t.hashed = null;
}
