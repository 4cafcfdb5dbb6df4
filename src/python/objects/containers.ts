/**
 * The storage of the builtin container types. Their Python methods live in
 * `builtins/types/*.ts`; this file only defines the data and its invariants.
 */
import { PyObject, PyType, objectType, type PyValue, keepFast } from "./core";

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
  declare items: PyValue[];
  constructor(items: PyValue[], cls: PyType = listType) {
    super(cls);
    this.items = items;
    if (cls !== listType) this.$dict = new Map();
  }
}

/** A tuple: a JS array that is never mutated after construction. */
export class PyTuple extends PyObject {
  declare readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[], cls: PyType = tupleType) {
    super(cls);
    (this as { items: readonly PyValue[] }).items = items;
    if (cls !== tupleType) this.$dict = new Map();
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

/** bytes (immutable) and bytearray (mutable): a Uint8Array. */
export class PyBytes extends PyObject {
  declare data: Uint8Array;
  constructor(data: Uint8Array, cls: PyType = bytesType) {
    super(cls);
    this.data = data;
  }
}

/**
 * range(start, stop, step): Python ints (number, or bigint past the safe range).
 * `small` ranges (the usual case) have number bounds whose every element is a safe
 * integer, so iteration and indexing can stay in JS numbers.
 */
export class PyRange extends PyObject {
  declare readonly small: boolean;
  declare readonly start: number | bigint;
  declare readonly stop: number | bigint;
  declare readonly step: number | bigint;
  constructor(start: number | bigint, stop: number | bigint, step: number | bigint) {
    super(rangeType);
    const self = this as { start: number | bigint; stop: number | bigint; step: number | bigint; small: boolean };
    self.start = start;
    self.stop = stop;
    self.step = step;
    self.small =
      typeof start === "number" &&
      typeof stop === "number" &&
      typeof step === "number" &&
      Math.abs(start) + Math.abs(step) <= Number.MAX_SAFE_INTEGER &&
      Math.abs(stop) + Math.abs(step) <= Number.MAX_SAFE_INTEGER;
  }

  /** The number of elements, exactly (a bigint only when it is not a safe integer). */
  len(): number | bigint {
    if (this.small) return this.length;
    const start = BigInt(this.start);
    const stop = BigInt(this.stop);
    const step = BigInt(this.step);
    let n = 0n;
    if (step > 0n && start < stop) n = (stop - start - 1n) / step + 1n;
    else if (step < 0n && start > stop) n = (start - stop - 1n) / -step + 1n;
    return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  }

  /** The number of elements as a JS number (rounded for ranges past 2**53 elements). */
  get length(): number {
    if (!this.small) return Number(this.len());
    const start = this.start as number;
    const stop = this.stop as number;
    const step = this.step as number;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }

  /** The element at index `i` (0 <= i < len), as a Python int. */
  at(i: number | bigint): number | bigint {
    if (this.small && typeof i === "number") return (this.start as number) + (this.step as number) * i;
    const v = BigInt(this.start) + BigInt(this.step) * BigInt(i);
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  }
}

export class PySlice extends PyObject {
  declare readonly start: PyValue;
  declare readonly stop: PyValue;
  declare readonly step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    super(sliceType);
    const self = this as { start: PyValue; stop: PyValue; step: PyValue };
    self.start = start;
    self.stop = stop;
    self.step = step;
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
  declare readonly map: Map<unknown, Entry>;
  /** For value-hashed keys: Python hash → the JS map keys of entries with that hash. */
  declare hashed: Map<number | bigint, unknown[]> | null;
  /** A set's table: its changes are reported to a {@link TableLayout}. */
  declare readonly forSet: boolean;
  /** The model of CPython's slot order, made at a set's first addition. */
  declare layout: TableLayout | null;
  constructor(forSet = false) {
    (this as { map: Map<unknown, Entry> }).map = new Map();
    this.hashed = null;
    (this as { forSet: boolean }).forSet = forSet;
    this.layout = null;
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * What a set's table tells the model of CPython's table (builtins/types/set-layout.ts):
 * each new element with its JS map key, each removal, and a clear.
 */
export interface TableLayout {
  added(mk: unknown, key: PyValue): void;
  removed(mk: unknown, key: PyValue): void;
  cleared(): void;
}

/**
 * How the interpreter turns a Python key into a JS Map key:
 * `direct` for keys whose identity or primitive value is their equality,
 * or `{hash}` for keys that need Python equality within a hash bucket.
 */
export type KeyClass = { readonly direct: unknown } | { readonly hash: number };

export class PyDict extends PyObject {
  declare readonly table: HashTable;
  constructor(cls: PyType = dictType) {
    super(cls);
    (this as { table: HashTable }).table = new HashTable();
    if (cls !== dictType) this.$dict = new Map();
  }
}

export class PySet extends PyObject {
  declare readonly table: HashTable;
  constructor(cls: PyType = setType) {
    super(cls);
    (this as { table: HashTable }).table = new HashTable(true);
    if (cls !== setType && cls !== frozensetType) this.$dict = new Map();
  }
}

keepFast(PyList, PyTuple, PyBytes, PyRange, PySlice, HashTable, PyDict, PySet);
