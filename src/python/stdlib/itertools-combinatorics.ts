/**
 * The combinatoric iterators of `itertools` (product, permutations, combinations,
 * combinations_with_replacement), lazy, in CPython's order (the index algorithms of
 * the itertools documentation).
 */
import type { KwArgs, PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import { PyIterator, STOP } from "../interp/iter";
import type { Interpreter } from "../interp/interpreter";
import { parseArgs } from "../builtins/registry";
import { indexArg, isIntValue } from "./util";

function rArg(rt: Interpreter, v: PyValue, n: number): number {
  if (v === undefined || v === rt.None) return n;
  if (!isIntValue(v)) throw rt.error("TypeError", "Expected int as r");
  const r = Number(v);
  if (r < 0) throw rt.error("ValueError", "r must be non-negative");
  return r;
}

/** `product(*iterables, repeat=1)`. */
export function product(rt: Interpreter, args: PyValue[], kw: KwArgs | null): PyIterator {
  let repeat = 1;
  kw?.names.forEach((n, i) => {
    if (n !== "repeat") throw rt.error("TypeError", `product() got an unexpected keyword argument '${n}'`);
    repeat = Number(indexArg(rt, kw.values[i]));
  });
  if (repeat < 0) throw rt.error("ValueError", "repeat argument cannot be negative");
  const base = args.map((a) => rt.toArray(a));
  const pools: PyValue[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...base);
  const idx = pools.map(() => 0);
  let first = true;
  let done = pools.some((p) => p.length === 0);
  return new PyIterator("itertools.product", () => {
    if (done) return STOP;
    if (first) {
      first = false;
      return new PyTuple(pools.map((p) => p[0]));
    }
    for (let i = pools.length - 1; i >= 0; i--) {
      idx[i]!++;
      if (idx[i]! < pools[i]!.length) return new PyTuple(pools.map((p, j) => p[idx[j]!]));
      idx[i] = 0;
    }
    done = true;
    return STOP;
  });
}

/** `permutations(iterable, r=None)`. */
export function permutations(rt: Interpreter, args: PyValue[], kw: KwArgs | null): PyIterator {
  const [it, rv] = parseArgs(rt, "permutations", args, kw, ["iterable", "r"], 1);
  const pool = rt.toArray(it);
  const n = pool.length;
  const r = rArg(rt, rv, n);
  const indices = pool.map((_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  let first = true;
  let done = r > n;
  return new PyIterator("itertools.permutations", () => {
    if (done) return STOP;
    if (first) {
      first = false;
      return new PyTuple(indices.slice(0, r).map((i) => pool[i]));
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        const moved = indices.splice(i, 1)[0]!;
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = cycles[i]!;
        const k = n - j;
        [indices[i], indices[k]] = [indices[k]!, indices[i]!];
        return new PyTuple(indices.slice(0, r).map((x) => pool[x]));
      }
    }
    done = true;
    return STOP;
  });
}

/** `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`. */
export function combinations(rt: Interpreter, args: PyValue[], kw: KwArgs | null, replace: boolean): PyIterator {
  const name = replace ? "combinations_with_replacement" : "combinations";
  const [it, rv] = parseArgs(rt, name, args, kw, ["iterable", "r"], 2);
  const pool = rt.toArray(it);
  const n = pool.length;
  const r = rArg(rt, rv, n);
  const indices = replace ? Array.from({ length: r }, () => 0) : Array.from({ length: r }, (_, i) => i);
  let first = true;
  let done = replace ? n === 0 && r > 0 : r > n;
  return new PyIterator(`itertools.${name}`, () => {
    if (done) return STOP;
    if (first) {
      first = false;
      return new PyTuple(indices.map((i) => pool[i]));
    }
    let i = r - 1;
    if (replace) {
      while (i >= 0 && indices[i] === n - 1) i--;
      if (i < 0) {
        done = true;
        return STOP;
      }
      const v = indices[i]! + 1;
      for (let j = i; j < r; j++) indices[j] = v;
    } else {
      while (i >= 0 && indices[i] === i + n - r) i--;
      if (i < 0) {
        done = true;
        return STOP;
      }
      indices[i]!++;
      for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
    }
    return new PyTuple(indices.map((x) => pool[x]));
  });
}
