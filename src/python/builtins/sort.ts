/**
 * `list.sort` and `sorted`: CPython 3.11's timsort (Objects/listobject.c: count_run,
 * binary insertion for short runs, powersort's merge order, galloping merges), so a
 * class's `__lt__` is called on the same pairs, in the same order, as in CPython: a
 * program counting or printing comparisons sees the same thing. Stable; `reverse`
 * reverses, sorts and reverses back, as CPython does, to keep equal items in order.
 */
import { None, PyFloat, type PyValue } from "../objects/core";
import type { Interpreter } from "../interp/interpreter";
import { strOrder } from "../interp/compare";

const MIN_GALLOP = 7;

/** The sort state: keys, the values moving with them (the same array when there is no key), and the pending runs. */
class MergeState {
  minGallop = MIN_GALLOP;
  readonly runs: { base: number; len: number; power: number }[] = [];
  /** `a < b` for these keys: specialized when they are all of one simple kind, as CPython does. */
  readonly lt: (a: PyValue, b: PyValue) => boolean;
  constructor(
    readonly rt: Interpreter,
    readonly keys: PyValue[],
    readonly vals: PyValue[] | null,
  ) {
    this.lt = comparator(rt, keys);
  }

  /** Move element `from` to `to` (keys and values). */
  move(to: number, from: number): void {
    this.keys[to] = this.keys[from];
    if (this.vals) this.vals[to] = this.vals[from];
  }

  reverse(lo: number, hi: number): void {
    for (hi--; lo < hi; lo++, hi--) {
      swap(this.keys, lo, hi);
      if (this.vals) swap(this.vals, lo, hi);
    }
  }
}

/**
 * The comparison for a sort: plain JS `<` when every key is a JS number, a float, or a
 * str without surrogates (where UTF-16 order is code point order); else Python's `<`.
 */
function comparator(rt: Interpreter, keys: readonly PyValue[]): (a: PyValue, b: PyValue) => boolean {
  if (keys.length === 0) return (a, b) => rt.lt(a, b);
  const first = keys[0];
  if (typeof first === "number" && keys.every((k) => typeof k === "number")) {
    return (a, b) => (a as number) < (b as number);
  }
  if (first instanceof PyFloat && keys.every((k) => k instanceof PyFloat)) {
    return (a, b) => (a as PyFloat).v < (b as PyFloat).v;
  }
  if (typeof first === "string" && keys.every((k) => typeof k === "string" && !SURROGATE.test(k))) {
    return (a, b) => (a as string) < (b as string);
  }
  return (a, b) => {
    if (typeof a === "number" && typeof b === "number") return a < b;
    if (typeof a === "string" && typeof b === "string") return strOrder(a, b) < 0;
    return rt.lt(a, b);
  };
}

const SURROGATE = /[\uD800-\uDFFF]/;

function swap(a: PyValue[], i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** The length of the run starting at `lo` (descending runs are strictly descending). */
function countRun(ms: MergeState, lo: number, hi: number): { n: number; descending: boolean } {
  const k = ms.keys;
  if (lo + 1 === hi) return { n: 1, descending: false };
  let n = 2;
  let p = lo + 1;
  if (ms.lt(k[p], k[p - 1])) {
    for (p++; p < hi; p++, n++) if (!ms.lt(k[p], k[p - 1])) break;
    return { n, descending: true };
  }
  for (p++; p < hi; p++, n++) if (ms.lt(k[p], k[p - 1])) break;
  return { n, descending: false };
}

/** Binary insertion sort of [lo, hi), of which [lo, start) is already sorted. */
function binarySort(ms: MergeState, lo: number, hi: number, start: number): void {
  const k = ms.keys;
  const v = ms.vals;
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = k[r];
    const pivotVal = v ? v[r] : undefined;
    do {
      const p = l + ((r - l) >> 1);
      if (ms.lt(pivot, k[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) ms.move(p, p - 1);
    k[l] = pivot;
    if (v) v[l] = pivotVal;
  }
}

function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Where `key` goes in the sorted a[base, base+n), leftmost (before equal items); `hint` is where to start. */
function gallopLeft(ms: MergeState, key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (ms.lt(a[base + hint], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (ms.lt(a[base + hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (ms.lt(a[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (ms.lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Where `key` goes in the sorted a[base, base+n), rightmost (after equal items). */
function gallopRight(ms: MergeState, key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (ms.lt(key, a[base + hint])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (ms.lt(key, a[base + hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (ms.lt(key, a[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (ms.lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Merge the adjacent runs [pa, pa+na) and [pb, pb+nb), na <= nb, through a copy of the first. */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const K = ms.keys;
  const V = ms.vals;
  const tk = K.slice(pa, pa + na);
  const tv = V ? V.slice(pa, pa + na) : null;
  let a = 0; // index into the temp copy of run A
  let dest = pa;
  const fromB = () => {
    K[dest] = K[pb];
    if (V) V[dest] = V[pb];
    dest++;
    pb++;
  };
  const fromA = () => {
    K[dest] = tk[a];
    if (V) V[dest] = tv![a];
    dest++;
    a++;
  };
  const copyRestOfA = () => {
    for (let i = 0; i < na; i++) {
      K[dest + i] = tk[a + i];
      if (V) V[dest + i] = tv![a + i];
    }
  };
  let done = false;
  try {
    fromB();
    nb--;
    if (nb === 0) return;
    if (na === 1) {
      copyB();
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (ms.lt(K[pb], tk[a])) {
          fromB();
          bcount++;
          acount = 0;
          nb--;
          if (nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          fromA();
          acount++;
          bcount = 0;
          na--;
          if (na === 1) {
            copyB();
            return;
          }
          if (acount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(ms, K[pb], tk, a, na, 0);
        acount = k;
        if (k) {
          for (let i = 0; i < k; i++) fromA();
          na -= k;
          if (na === 1) {
            copyB();
            return;
          }
          if (na === 0) return;
        }
        fromB();
        nb--;
        if (nb === 0) return;
        k = gallopLeft(ms, tk[a], K, pb, nb, 0);
        bcount = k;
        if (k) {
          for (let i = 0; i < k; i++) fromB();
          nb -= k;
          if (nb === 0) return;
        }
        fromA();
        na--;
        if (na === 1) {
          copyB();
          return;
        }
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed and Fail alike: what is left of A goes after the merged part.
    if (!done && na) copyRestOfA();
  }

  function copyB(): void {
    // The last element of A belongs at the end, after the rest of B.
    for (let i = 0; i < nb; i++) {
      K[dest + i] = K[pb + i];
      if (V) V[dest + i] = V[pb + i];
    }
    K[dest + nb] = tk[a];
    if (V) V[dest + nb] = tv![a];
    done = true;
  }
}

/** Merge the adjacent runs [pa, pa+na) and [pb, pb+nb), na > nb, from the right, through a copy of the second. */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const K = ms.keys;
  const V = ms.vals;
  const tk = K.slice(pb, pb + nb);
  const tv = V ? V.slice(pb, pb + nb) : null;
  let dest = pb + nb - 1;
  let b = nb - 1; // index into the temp copy of run B (its last element)
  let ai = pa + na - 1; // A's last element
  const fromA = () => {
    K[dest] = K[ai];
    if (V) V[dest] = V[ai];
    dest--;
    ai--;
  };
  const fromB = () => {
    K[dest] = tk[b];
    if (V) V[dest] = tv![b];
    dest--;
    b--;
  };
  let done = false;
  try {
    fromA();
    na--;
    if (na === 0) return;
    if (nb === 1) {
      copyA();
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (ms.lt(tk[b], K[ai])) {
          fromA();
          acount++;
          bcount = 0;
          na--;
          if (na === 0) return;
          if (acount >= minGallop) break;
        } else {
          fromB();
          bcount++;
          acount = 0;
          nb--;
          if (nb === 1) {
            copyA();
            return;
          }
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let k = gallopRight(ms, tk[b], K, pa, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          for (let i = 0; i < k; i++) fromA();
          na -= k;
          if (na === 0) return;
        }
        fromB();
        nb--;
        if (nb === 1) {
          copyA();
          return;
        }
        k = gallopLeft(ms, K[ai], tk, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          for (let i = 0; i < k; i++) fromB();
          nb -= k;
          if (nb === 1) {
            copyA();
            return;
          }
          if (nb === 0) return;
        }
        fromA();
        na--;
        if (na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed and Fail alike: what is left of B goes before the merged part.
    if (!done && nb) {
      for (let i = 0; i < nb; i++) {
        K[dest - nb + 1 + i] = tk[i];
        if (V) V[dest - nb + 1 + i] = tv![i];
      }
    }
  }

  function copyA(): void {
    // The first element of B belongs at the front, before the rest of A.
    for (let i = 0; i < na; i++) {
      K[dest - i] = K[ai - i];
      if (V) V[dest - i] = V[ai - i];
    }
    K[dest - na] = tk[b];
    if (V) V[dest - na] = tv![b];
    done = true;
  }
}

/** Merge pending runs i and i+1. */
function mergeAt(ms: MergeState, i: number): void {
  const runs = ms.runs;
  let pa = runs[i]!.base;
  let na = runs[i]!.len;
  const pb = runs[i + 1]!.base;
  let nb = runs[i + 1]!.len;
  runs[i]!.len = na + nb;
  if (i === runs.length - 3) runs[i + 1] = runs[i + 2]!;
  runs.pop();
  // Elements of A before where B's first goes are already in place.
  const k = gallopRight(ms, ms.keys[pb], ms.keys, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // Elements of B after where A's last goes are already in place.
  nb = gallopLeft(ms, ms.keys[pa + na - 1], ms.keys, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** Powersort's depth of the boundary between the run at s1 (length n1) and the next (n2), in a list of n. */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

function foundNewRun(ms: MergeState, n2: number, listLen: number): void {
  const runs = ms.runs;
  if (runs.length === 0) return;
  const top = runs[runs.length - 1]!;
  const power = powerLoop(top.base, top.len, n2, listLen);
  while (runs.length > 1 && runs[runs.length - 2]!.power > power) mergeAt(ms, runs.length - 2);
  runs[runs.length - 1]!.power = power;
}

function forceCollapse(ms: MergeState): void {
  const runs = ms.runs;
  while (runs.length > 1) {
    let n = runs.length - 2;
    if (n > 0 && runs[n - 1]!.len < runs[n + 1]!.len) n--;
    mergeAt(ms, n);
  }
}

function timsort(ms: MergeState, n: number): void {
  if (n < 2) return;
  const mr = minRun(n);
  let lo = 0;
  let remaining = n;
  do {
    const run = countRun(ms, lo, lo + remaining);
    let len = run.n;
    if (run.descending) ms.reverse(lo, lo + len);
    if (len < mr) {
      const force = remaining <= mr ? remaining : mr;
      binarySort(ms, lo, lo + force, lo + len);
      len = force;
    }
    foundNewRun(ms, len, n);
    ms.runs.push({ base: lo, len, power: 0 });
    lo += len;
    remaining -= len;
  } while (remaining);
  forceCollapse(ms);
}

/**
 * For keys whose comparison is a pure, total order (ints, floats without NaN, strs without
 * surrogates), the order of comparisons cannot be observed, so V8's own stable sort
 * (native code) gives CPython's result faster. Returns false when the keys are not such.
 */
function nativeSort(items: PyValue[], keys: PyValue[], hasKey: boolean, rev: boolean): boolean {
  const n = keys.length;
  if (n < 2) return true;
  let cmp: ((a: PyValue, b: PyValue) => number) | null = null;
  const first = keys[0];
  if (typeof first === "number") {
    if (keys.every((k) => typeof k === "number")) cmp = (a, b) => (a as number) - (b as number);
  } else if (first instanceof PyFloat) {
    if (keys.every((k) => k instanceof PyFloat && !Number.isNaN(k.v))) {
      cmp = (a, b) => {
        const x = (a as PyFloat).v;
        const y = (b as PyFloat).v;
        return x < y ? -1 : x > y ? 1 : 0;
      };
    }
  } else if (typeof first === "string") {
    if (keys.every((k) => typeof k === "string" && !SURROGATE.test(k))) {
      cmp = (a, b) => ((a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0);
    }
  }
  if (cmp === null) return false;
  const c = cmp;
  if (!hasKey) {
    // Equal ints and equal strs cannot be told apart: a plain ascending sort is exact.
    if (!rev && typeof first === "number") {
      const f = Float64Array.from(items as number[]);
      f.sort();
      for (let i = 0; i < n; i++) items[i] = f[i];
      return true;
    }
    if (!rev && typeof first === "string") {
      (items as string[]).sort();
      return true;
    }
    // Stable: equal items keep their order; reverse=True keeps it too (CPython's contract).
    if (rev) {
      const order = items.map((_, i) => i);
      order.sort((i, j) => c(items[j], items[i]) || i - j);
      const sorted = order.map((i) => items[i]);
      for (let i = 0; i < n; i++) items[i] = sorted[i];
    } else items.sort(c);
    return true;
  }
  const order = keys.map((_, i) => i);
  order.sort(rev ? (i, j) => c(keys[j], keys[i]) || i - j : (i, j) => c(keys[i], keys[j]));
  const sorted = order.map((i) => items[i]);
  for (let i = 0; i < n; i++) items[i] = sorted[i];
  return true;
}

/**
 * Sort `items` in place. With a key function, the keys are computed first, in order;
 * if a comparison raises, `items` is left partly sorted, as CPython leaves the list.
 */
export function sortArray(rt: Interpreter, items: PyValue[], key: PyValue, reverse: PyValue): void {
  const rev = reverse !== undefined && reverse !== None && rt.truthy(reverse);
  const hasKey = key !== undefined && key !== None;
  const keys = hasKey ? items.map((x) => rt.call(key, [x])) : items;
  if (nativeSort(items, keys, hasKey, rev)) return;
  const ms = new MergeState(rt, keys, hasKey ? items : null);
  if (rev) ms.reverse(0, items.length);
  try {
    timsort(ms, items.length);
  } finally {
    if (rev) ms.reverse(0, items.length);
  }
}
