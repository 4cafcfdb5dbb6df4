/**
 * The storage of the builtin container types. Their Python methods live in
 * `builtins/types/*.ts`; this file only defines the data and its invariants.
 */
import { PyObject, PyType, objectType, type PyValue } from "./core";

function builtinType(name: string, bases: PyType[], alloc?: (cls: PyType) => PyObject): PyType {
  return new PyType(name, bases, { builtin: true, alloc });
}

export const listType: PyType = builtinType("list", [objectType], (cls) => new PyList([], cls));
export const tupleType: PyType = builtinType("tuple", [objectType], (cls) => new PyTuple([], cls));
export const dictType: PyType = builtinType("dict", [objectType], (cls) => new PyDict(cls));
export const setType: PyType = builtinType("set", [objectType], (cls) => new PySet(cls));
export const frozensetType: PyType = builtinType("frozenset", [objectType], (cls) => new PySet(cls));
export const bytesType: PyType = builtinType("bytes", [objectType]);
export const bytearrayType: PyType = builtinType("bytearray", [objectType]);
export const rangeType: PyType = builtinType("range", [objectType]);
export const sliceType: PyType = builtinType("slice", [objectType]);

/** A list: a JS array of Python values. */
export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    cls: PyType = listType,
  ) {
    super(cls);
    if (cls !== listType) this.$dict = new Map();
  }
}

/** A tuple: a JS array that is never mutated after construction. */
export class PyTuple extends PyObject {
  constructor(
    public readonly items: readonly PyValue[],
    cls: PyType = tupleType,
  ) {
    super(cls);
    if (cls !== tupleType) this.$dict = new Map();
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

/** bytes (immutable) and bytearray (mutable): a Uint8Array. */
export class PyBytes extends PyObject {
  constructor(
    public data: Uint8Array,
    cls: PyType = bytesType,
  ) {
    super(cls);
  }
}

/** range(start, stop, step): ints (number or bigint). */
export class PyRange extends PyObject {
  constructor(
    public readonly start: number,
    public readonly stop: number,
    public readonly step: number,
  ) {
    super(rangeType);
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

export class PySlice extends PyObject {
  constructor(
    public readonly start: PyValue,
    public readonly stop: PyValue,
    public readonly step: PyValue,
  ) {
    super(sliceType);
  }
}

/**
 * One entry of a hash table. `mkey` is what the primary JS Map is keyed by:
 * the value itself for str/int/float/None/identity-hashed objects, or a token for
 * value-hashed keys (tuples, frozensets, objects with `__hash__`/`__eq__`).
 */
export interface Entry {
  key: PyValue;
  value: PyValue;
}

/**
 * Insertion-ordered hash table with Python key semantics, shared by dict and set.
 * Keys are turned into JS Map keys by a {@link KeyPolicy} supplied by the interpreter,
 * because hashing user objects calls back into Python.
 */
export class HashTable {
  /** JS map key → entry, in insertion order. */
  readonly map = new Map<unknown, Entry>();
  /** For value-hashed keys: Python hash → the JS map keys of entries with that hash. */
  hashed: Map<number, unknown[]> | null = null;

  get size(): number {
    return this.map.size;
  }
}

/**
 * How the interpreter turns a Python key into a JS Map key:
 * `direct` for keys whose identity or primitive value is their equality,
 * or `{hash}` for keys that need Python equality within a hash bucket.
 */
export type KeyClass = { readonly direct: unknown } | { readonly hash: number };

export class PyDict extends PyObject {
  readonly table = new HashTable();
  constructor(cls: PyType = dictType) {
    super(cls);
    if (cls !== dictType) this.$dict = new Map();
  }
}

export class PySet extends PyObject {
  readonly table = new HashTable();
  constructor(cls: PyType = setType) {
    super(cls);
    if (cls !== setType && cls !== frozensetType) this.$dict = new Map();
  }
}
