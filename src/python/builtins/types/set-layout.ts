/**
 * A model of a CPython 3.11 set's hash table (Objects/setobject.c), kept beside a set's
 * own table so the set iterates (and prints) in CPython's order: a set is an
 * open-addressing table iterated by slot, so `print({3, 1, 2})` shows `{1, 2, 3}`.
 *
 * The model follows every change as CPython makes it: 8 slots to start, linear probing
 * of up to 9 neighbours then perturbed probing, deleted slots left as dummies (an add
 * takes the last dummy it passed before an empty slot), growth to 4x the used count when 3/5 full, the
 * up-front resize and plain copy of `set_merge`, and `pop`'s finger. Slots hold the
 * JS Map keys of the set's table (see interp/tables.ts), so the set's own entries
 * give the elements back.
 *
 * Only elements whose hash is the same in every CPython run (numbers, tuples of them)
 * can be placed; once a set holds anything else (a str, an object hashed by address)
 * the model gives up until the set is cleared, and the set falls back on set-order.ts.
 */
import { PyFloat, type PyValue } from "../../objects/core";
import type { TableLayout } from "../../objects/containers";
import { stableHash } from "./hashes";

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const MIN_SIZE = 8;
/** Hashes in [0, SMALL) probe in JS numbers; others as unsigned 64-bit bigints. */
const SMALL = 2 ** 52;

/** A table slot never used. */
const EMPTY = -1;
/** A table slot whose element was removed (CPython's dummy). */
const DUMMY = -2;

type Hash = number | bigint;

/** The hash CPython's table probes with, or undefined when it differs between runs. */
function slotHash(key: PyValue): Hash | undefined {
  if (typeof key === "number") {
    if (key >= 0 && key < SMALL) return key;
  } else if (typeof key === "boolean") return key ? 1 : 0;
  else if (key instanceof PyFloat) {
    const v = key.v;
    if (Number.isInteger(v) && v >= 0 && v < SMALL) return v;
    // NaN hashes by address in CPython.
    if (Number.isNaN(v)) return undefined;
  }
  const h = stableHash(key);
  if (h === undefined) return undefined;
  return h >= 0n && h < BigInt(SMALL) ? Number(h) : BigInt.asUintN(64, h);
}

/** Whether two table keys are the same element (NaN keys are one key in the set's Map). */
function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * Walk the probe sequence of `hash` in `table` (CPython's: the home slot and up to 9
 * neighbours, then perturbed jumps) until `stop(slot content, index)` is true; returns
 * that index.
 */
function probe(table: Int32Array, hash: Hash, stop: (content: number, i: number) => boolean): number {
  const mask = table.length - 1;
  if (typeof hash === "number") {
    let perturb = hash;
    let i = hash % table.length;
    for (;;) {
      if (stop(table[i]!, i)) return i;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) if (stop(table[j]!, j)) return j;
      }
      perturb = Math.floor(perturb / 2 ** PERTURB_SHIFT);
      i = (i * 5 + 1 + perturb) % table.length;
    }
  }
  const m = BigInt(mask);
  let perturb = hash;
  let i = Number(hash & m);
  for (;;) {
    if (stop(table[i]!, i)) return i;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) if (stop(table[j]!, j)) return j;
    }
    perturb >>= BigInt(PERTURB_SHIFT);
    i = Number((BigInt(i) * 5n + 1n + perturb) & m);
  }
}

/** The first empty slot of the probe sequence of `hash` (`set_insert_clean`). */
function emptySlot(table: Int32Array, hash: Hash): number {
  if (typeof hash === "number") {
    // The common case, inlined: a small non-negative hash.
    const mask = table.length - 1;
    let perturb = hash;
    let i = hash % table.length;
    for (;;) {
      if (table[i] === EMPTY) return i;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) if (table[j] === EMPTY) return j;
      }
      perturb = Math.floor(perturb / 2 ** PERTURB_SHIFT);
      i = (i * 5 + 1 + perturb) % table.length;
    }
  }
  return probe(table, hash, (c) => c === EMPTY);
}

/** How the next additions are placed: as `set_add_entry`, or by a merge into an empty set. */
type Mode =
  { readonly kind: "add" } | { readonly kind: "clean" } | { kind: "copy"; readonly at: number[]; next: number };

const ADD: Mode = { kind: "add" };

export class SetLayout implements TableLayout {
  /** Slot → EMPTY, DUMMY or the id of the element there. */
  private table = new Int32Array(MIN_SIZE).fill(EMPTY);
  /** Element id → its JS map key in the set's table, and its hash. */
  private keys: unknown[] = [];
  private hashes: Hash[] = [];
  /** Ids of removed elements, for reuse. */
  private freeIds: number[] = [];
  private fill = 0;
  private used = 0;
  private finger = 0;
  /** False once the set held an element the model cannot place. */
  private valid = true;
  private mode: Mode = ADD;
  /**
   * Additions and removals not applied yet, as (1 = added | 0 = removed, map key, key)
   * triples: most sets are never iterated, so the table is worked out only when asked
   * for (or when the backlog outgrows the set).
   */
  private pending: unknown[] = [];
  /** The set's size, backlog included. */
  private live = 0;

  private reset(): void {
    this.table = new Int32Array(MIN_SIZE).fill(EMPTY);
    this.keys = [];
    this.hashes = [];
    this.freeIds = [];
    this.pending = [];
    this.live = 0;
    this.fill = 0;
    this.used = 0;
  }

  private invalidate(): void {
    this.valid = false;
    this.reset();
  }

  /** Whether the model still places the set's elements (after applying the backlog). */
  isValid(): boolean {
    this.flush();
    return this.valid;
  }

  private flush(): void {
    const p = this.pending;
    if (p.length === 0) return;
    this.pending = [];
    for (let i = 0; i < p.length && this.valid; i += 3) {
      if (p[i] === 1) this.apply(p[i + 1], p[i + 2] as PyValue);
      else this.unapply(p[i + 1], p[i + 2] as PyValue);
    }
  }

  private get mask(): number {
    return this.table.length - 1;
  }

  added(mk: unknown, key: PyValue): void {
    if (!this.valid) return;
    // A str's hash differs between CPython runs: the quick way out for sets of strs.
    if (typeof key === "string") return this.invalidate();
    this.live++;
    if (this.mode === ADD) {
      const p = this.pending;
      p.push(1, mk, key);
      if (p.length > 6 * (this.live + 16)) this.flush();
      return;
    }
    this.apply(mk, key);
  }

  removed(mk: unknown, key: PyValue): void {
    if (!this.valid) return;
    this.live--;
    const p = this.pending;
    p.push(0, mk, key);
    if (p.length > 6 * (this.live + 16)) this.flush();
  }

  private apply(mk: unknown, key: PyValue): void {
    const h = slotHash(key);
    if (h === undefined) return this.invalidate();
    const id = this.freeIds.length ? this.freeIds.pop()! : this.keys.length;
    this.keys[id] = mk;
    this.hashes[id] = h;
    const mode = this.mode;
    if (mode.kind === "add") return this.addEntry(id, h);
    const i = mode.kind === "copy" ? mode.at[mode.next++]! : emptySlot(this.table, h);
    this.table[i] = id;
    this.fill++;
    this.used++;
  }

  private unapply(mk: unknown, key: PyValue): void {
    const keys = this.keys;
    let found = -1;
    probe(this.table, slotHash(key)!, (c, i) => {
      if (c === EMPTY) return true;
      if (c !== DUMMY && same(keys[c], mk)) {
        found = i;
        return true;
      }
      return false;
    });
    if (found < 0) return;
    const id = this.table[found]!;
    this.table[found] = DUMMY;
    keys[id] = undefined;
    this.freeIds.push(id);
    this.used--;
  }

  cleared(): void {
    this.valid = true;
    this.reset();
  }

  /** The table keys in slot order, or null when the model has given up. */
  order(): unknown[] | null {
    this.flush();
    if (!this.valid) return null;
    const out: unknown[] = [];
    for (const c of this.table) if (c >= 0) out.push(this.keys[c]);
    return out;
  }

  /** The table key `pop()` removes: the first element at or after the finger. */
  popCandidate(): unknown {
    this.flush();
    if (!this.valid || this.used === 0) return undefined;
    const table = this.table;
    const mask = this.mask;
    let i = this.finger & mask;
    while (table[i]! < 0) i = i === mask ? 0 : i + 1;
    this.finger = i + 1;
    return this.keys[table[i]!];
  }

  /**
   * Before merging another set's `otherUsed` elements (given in that set's slot order):
   * one up-front resize, then, into an empty set, a plain copy (same size, no dummies
   * in `other`) or clean insertions. `endMerge` restores ordinary additions.
   */
  beginMerge(other: SetLayout | null, otherUsed: number): void {
    this.flush();
    if (!this.valid) return;
    if ((this.fill + otherUsed) * 5 >= this.mask * 3) this.resize((this.used + otherUsed) * 2);
    if (this.fill !== 0) return;
    if (other !== null && other.isValid() && other.mask === this.mask && other.fill === other.used) {
      const at: number[] = [];
      other.table.forEach((c, i) => {
        if (c >= 0) at.push(i);
      });
      this.mode = { kind: "copy", at, next: 0 };
    } else this.mode = { kind: "clean" };
  }

  endMerge(): void {
    this.mode = ADD;
  }

  /** Before adding a dict's `n` keys: CPython's one up-front resize. */
  reserve(n: number): void {
    this.flush();
    if (this.valid && (this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }

  /** After removals (`difference_update`): resize the dummies away when over a quarter of the table. */
  compact(): void {
    this.flush();
    if (!this.valid || this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** `set_add_entry` for a key not in the set: the last dummy passed, else the empty slot reached. */
  private addEntry(id: number, h: Hash): void {
    const table = this.table;
    let free = -1;
    const i = probe(table, h, (c, j) => {
      if (c === EMPTY) return true;
      if (c === DUMMY) free = j;
      return false;
    });
    this.used++;
    if (free >= 0) {
      table[free] = id;
      return;
    }
    table[i] = id;
    this.fill++;
    if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** `set_table_resize`: the smallest power of two above `minused`, refilled in slot order. */
  private resize(minused: number): void {
    let size = MIN_SIZE;
    while (size <= minused) size *= 2;
    if (size === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    const old = this.table;
    const table = new Int32Array(size).fill(EMPTY);
    for (let i = 0; i < old.length; i++) {
      const c = old[i]!;
      if (c >= 0) table[emptySlot(table, this.hashes[c]!)] = c;
    }
    this.table = table;
    this.fill = this.used;
  }
}
