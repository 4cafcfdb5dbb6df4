/**
 * The order CPython iterates a set in. A set's table keeps a model of CPython's table
 * (set-layout.ts) that gives the slot order directly. Past an element the model cannot
 * place (a str, whose hash differs between CPython runs), the set's elements are
 * replayed in insertion order into a fresh model table when they all have stable
 * hashes (exact for a set built only by adding), else kept in insertion order.
 */
import type { Entry, PySet } from "../../objects/containers";
import { stableHash, toUnsigned } from "./hashes";
import type { SetLayout } from "./set-layout";

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const MIN_SIZE = 8;
const SMALL = 2n ** 52n;

/** A probe sequence generator for one hash: yields slot candidates in CPython's order. */
type Prober = (hashIndex: number, mask: number, table: Int32Array) => number;

function smallProber(hashes: readonly number[]): Prober {
  return (k, mask, table) => {
    const h = hashes[k]!;
    const size = mask + 1;
    let i = h % size;
    let perturb = h;
    for (;;) {
      if (table[i] === -1) return i;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) if (table[i + j] === -1) return i + j;
      }
      perturb = Math.floor(perturb / 2 ** PERTURB_SHIFT);
      i = (i * 5 + 1 + perturb) % size;
    }
  };
}

function bigProber(hashes: readonly bigint[]): Prober {
  const unsigned = hashes.map(toUnsigned);
  return (k, mask, table) => {
    const m = BigInt(mask);
    let perturb = unsigned[k]!;
    let i = Number(perturb & m);
    for (;;) {
      if (table[i] === -1) return i;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) if (table[i + j] === -1) return i + j;
      }
      perturb >>= BigInt(PERTURB_SHIFT);
      i = Number((BigInt(i) * 5n + 1n + perturb) & m);
    }
  };
}

/**
 * The slot order CPython ends with after adding distinct elements with these hashes,
 * one by one, to an empty set: a permutation of `0..hashes.length-1`.
 */
export function cpythonSetOrder(hashes: readonly bigint[]): number[] {
  const small = hashes.every((h) => h >= 0n && h < SMALL);
  const probe = small ? smallProber(hashes.map(Number)) : bigProber(hashes);
  let table = new Int32Array(MIN_SIZE).fill(-1);
  let fill = 0;
  const resize = (minused: number) => {
    let size = MIN_SIZE;
    while (size <= minused) size *= 2;
    const next = new Int32Array(size).fill(-1);
    for (const k of table) if (k !== -1) next[probe(k, size - 1, next)] = k;
    table = next;
  };
  for (let k = 0; k < hashes.length; k++) {
    const mask = table.length - 1;
    table[probe(k, mask, table)] = k;
    fill++;
    if (fill * 5 >= mask * 3) resize(fill > 50000 ? fill * 2 : fill * 4);
  }
  return Array.from(table).filter((k) => k !== -1);
}

/** The entries of a set in the order CPython would iterate them. */
export function setEntries(s: PySet): Entry[] {
  const t = s.table;
  const order = (t.layout as SetLayout | null)?.order();
  if (order) return order.map((mk) => t.map.get(mk)!);
  // Past an element the model could not place: replay the insertions (exact for a set
  // built only by adding).
  const entries = Array.from(t.map.values());
  if (entries.length < 2) return entries;
  const hashes: bigint[] = [];
  for (const e of entries) {
    const h = stableHash(e.key);
    if (h === undefined) return entries;
    hashes.push(h);
  }
  return cpythonSetOrder(hashes).map((k) => entries[k]!);
}

/** The elements of a set in CPython's iteration order. */
export function setKeys(s: PySet): unknown[] {
  return setEntries(s).map((e) => e.key);
}
