/**
 * `obj.__dict__` as CPython has it: a dict that is the object's namespace itself, so
 * `obj.__dict__["x"] = 1`, `vars(obj).update(...)` and `del obj.__dict__["x"]` are
 * seen by attribute access, and attribute assignment is seen through the dict.
 *
 * The engine keeps an object's attributes in a `Map<string, PyValue>`; a dict keeps
 * {@link Entry} records in its table's map. {@link NamespaceEntries} is a Map of
 * entries that reads and writes through to the namespace, so every dict operation
 * (which goes through `table.map`) works on the live attributes. Keys that are not
 * strs (CPython allows them, attribute access never finds them) are kept beside it.
 */
import type { PyValue } from "../objects/core";
import { PyDict, type Entry, type HashTable } from "../objects/containers";

/**
 * An entry whose value is the namespace's current value for its key; once the key is
 * deleted, the value it had (a removed entry is read after its removal, e.g. by pop).
 */
class NamespaceEntry implements Entry {
  private last: PyValue;
  constructor(
    private readonly ns: Map<string, PyValue>,
    readonly key: string,
  ) {
    this.last = ns.get(key)!;
  }
  get value(): PyValue {
    const v = this.ns.get(this.key);
    if (v !== undefined) this.last = v;
    return this.last;
  }
  set value(v: PyValue) {
    this.ns.set(this.key, v);
  }
}

/** A Map of dict entries backed by an attribute namespace (str keys) and a side map (the rest). */
class NamespaceEntries implements Map<unknown, Entry> {
  private readonly others = new Map<unknown, Entry>();
  constructor(readonly ns: Map<string, PyValue>) {}

  get size(): number {
    return this.ns.size + this.others.size;
  }
  get(k: unknown): Entry | undefined {
    if (typeof k === "string") return this.ns.has(k) ? new NamespaceEntry(this.ns, k) : undefined;
    return this.others.get(k);
  }
  has(k: unknown): boolean {
    return typeof k === "string" ? this.ns.has(k) : this.others.has(k);
  }
  set(k: unknown, e: Entry): this {
    if (typeof k === "string") this.ns.set(k, e.value);
    else this.others.set(k, e);
    return this;
  }
  delete(k: unknown): boolean {
    return typeof k === "string" ? this.ns.delete(k) : this.others.delete(k);
  }
  clear(): void {
    this.ns.clear();
    this.others.clear();
  }
  *entries(): MapIterator<[unknown, Entry]> {
    for (const k of this.ns.keys()) {
      // A key deleted while iterating is skipped, as the Map's own iterator does.
      if (this.ns.has(k)) yield [k, new NamespaceEntry(this.ns, k)];
    }
    yield* this.others.entries();
  }
  *keys(): MapIterator<unknown> {
    for (const [k] of this.entries()) yield k;
  }
  *values(): MapIterator<Entry> {
    for (const [, e] of this.entries()) yield e;
  }
  [Symbol.iterator](): MapIterator<[unknown, Entry]> {
    return this.entries();
  }
  forEach(f: (value: Entry, key: unknown, map: Map<unknown, Entry>) => void, thisArg?: unknown): void {
    for (const [k, e] of this.entries()) f.call(thisArg, e, k, this);
  }
  get [Symbol.toStringTag](): string {
    return "Map";
  }
}

/** The live dict of namespace `ns` (one per namespace, so `o.__dict__ is vars(o)`). */
export function liveDict(views: WeakMap<object, PyDict>, ns: Map<string, PyValue>): PyDict {
  let d = views.get(ns);
  if (d === undefined) {
    d = new PyDict();
    (d.table as { map: HashTable["map"] }).map = new NamespaceEntries(ns);
    views.set(ns, d);
  }
  return d;
}

/**
 * `obj.__dict__ = d`: the namespace that dict `d` becomes the live dict of. A dict that
 * already is some namespace's gives that namespace (two objects then share attributes,
 * as in CPython); any other dict is turned into the live view of a new one with its items.
 */
export function adoptDict(views: WeakMap<object, PyDict>, d: PyDict): Map<string, PyValue> {
  const current = d.table.map;
  if (current instanceof NamespaceEntries) return current.ns;
  const entries = new NamespaceEntries(new Map());
  for (const [k, e] of current) entries.set(k, e);
  (d.table as { map: HashTable["map"] }).map = entries;
  views.set(entries.ns, d);
  return entries.ns;
}
