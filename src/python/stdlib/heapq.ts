/**
 * The `heapq` and `bisect` modules: CPython's sift algorithms (so heaps have the
 * same layout as in CPython when printed), nlargest/nsmallest/merge, and binary
 * search with `key=`. Comparisons use only `<`, as CPython's do.
 */
import { PyModule, None, typeOf, type KwArgs, type PyValue } from "../objects/core";
import { PyList } from "../objects/containers";
import { PyIterator, STOP } from "../interp/iter";
import { getItem } from "../interp/subscript";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { indexArg, makeModule, native } from "./util";

function listArg(rt: Interpreter, v: PyValue, fname: string, what = "argument 1"): PyValue[] {
  if (v instanceof PyList) return v.items;
  throw rt.error("TypeError", `${fname}() ${what} must be list, not ${typeOf(v).name}`);
}

function siftdown(rt: Interpreter, heap: PyValue[], start: number, pos: number): void {
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (rt.lt(item, parent)) {
      heap[pos] = parent;
      pos = parentPos;
      continue;
    }
    break;
  }
  heap[pos] = item;
}

function siftup(rt: Interpreter, heap: PyValue[], pos: number): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !rt.lt(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftdown(rt, heap, start, pos);
}

/** Sort as sorted(items, key=key, reverse=reverse) does (stable), for nlargest/nsmallest. */
function sortedBy(rt: Interpreter, items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keys = key === undefined || key === None ? items : items.map((x) => rt.call(key, [x]));
  const idx = items.map((_, i) => i);
  idx.sort((i, j) => {
    const [a, b] = reverse ? [keys[j], keys[i]] : [keys[i], keys[j]];
    return rt.lt(a, b) ? -1 : rt.lt(b, a) ? 1 : 0;
  });
  return idx.map((i) => items[i]);
}

/** Build `heapq`. */
export function heapqModule(_rt: Interpreter): PyModule {
  const nth = (name: string, reverse: boolean) =>
    native(name, (rt, args, kw) => {
      const [n, it, key] = parseArgs(rt, name, args, kw, ["n", "iterable", "key"], 2);
      const count = Number(indexArg(rt, n));
      const items = rt.toArray(it);
      return new PyList(count <= 0 ? [] : sortedBy(rt, items, key, reverse).slice(0, count));
    });
  return makeModule("heapq", {
    heappush: native("heappush", (rt, args) => {
      arity(rt, "heappush", args, 2);
      const heap = listArg(rt, args[0], "heappush");
      heap.push(args[1]);
      siftdown(rt, heap, 0, heap.length - 1);
      return None;
    }),
    heappop: native("heappop", (rt, args) => {
      arity(rt, "heappop", args, 1);
      const heap = listArg(rt, args[0], "heappop");
      if (!heap.length) throw rt.error("IndexError", "index out of range");
      const last = heap.pop();
      if (!heap.length) return last;
      const top = heap[0];
      heap[0] = last;
      siftup(rt, heap, 0);
      return top;
    }),
    heapreplace: native("heapreplace", (rt, args) => {
      arity(rt, "heapreplace", args, 2);
      const heap = listArg(rt, args[0], "heapreplace");
      if (!heap.length) throw rt.error("IndexError", "index out of range");
      const top = heap[0];
      heap[0] = args[1];
      siftup(rt, heap, 0);
      return top;
    }),
    heappushpop: native("heappushpop", (rt, args) => {
      arity(rt, "heappushpop", args, 2);
      const heap = listArg(rt, args[0], "heappushpop");
      let item = args[1];
      if (heap.length && rt.lt(heap[0], item)) {
        [item, heap[0]] = [heap[0], item];
        siftup(rt, heap, 0);
      }
      return item;
    }),
    heapify: native("heapify", (rt, args) => {
      arity(rt, "heapify", args, 1);
      const heap = listArg(rt, args[0], "heapify", "argument");
      for (let i = Math.floor(heap.length / 2) - 1; i >= 0; i--) siftup(rt, heap, i);
      return None;
    }),
    nlargest: nth("nlargest", true),
    nsmallest: nth("nsmallest", false),
    merge: native("merge", (rt, args, kw: KwArgs | null) => {
      let key: PyValue = None;
      let reverse = false;
      kw?.names.forEach((n, i) => {
        if (n === "key") key = kw.values[i];
        else if (n === "reverse") reverse = rt.truthy(kw.values[i]);
        else throw rt.error("TypeError", `merge() got an unexpected keyword argument '${n}'`);
      });
      const its = args.map((a) => rt.iter(a));
      const heads: { value: PyValue; key: PyValue }[] = [];
      const live: boolean[] = [];
      const advance = (i: number) => {
        const v = rt.next(its[i]);
        live[i] = v !== STOP;
        if (v !== STOP) heads[i] = { value: v, key: key === None ? v : rt.call(key, [v]) };
      };
      its.forEach((_, i) => advance(i));
      return new PyIterator("generator", () => {
        let best = -1;
        for (let i = 0; i < its.length; i++) {
          if (!live[i]) continue;
          // Ties go to the earlier iterable, as heapq.merge's ordering does.
          if (best < 0 || (reverse ? rt.lt(heads[best]!.key, heads[i]!.key) : rt.lt(heads[i]!.key, heads[best]!.key))) {
            best = i;
          }
        }
        if (best < 0) return STOP;
        const v = heads[best]!.value;
        advance(best);
        return v;
      });
    }),
  });
}

/** Build `bisect`. */
export function bisectModule(_rt: Interpreter): PyModule {
  const search = (
    rt: Interpreter,
    args: PyValue[],
    kw: KwArgs | null,
    name: string,
    right: boolean,
  ): [PyValue, number] => {
    const [a, x, lov, hiv, key] = parseArgs(rt, name, args, kw, ["a", "x", "lo", "hi"], 2, { kwOnly: ["key"] });
    let lo = lov === undefined ? 0 : Number(indexArg(rt, lov));
    if (lo < 0) throw rt.error("ValueError", "lo must be non-negative");
    let hi =
      hiv === undefined || hiv === None ? Number(rt.call(rt.builtins.get("len"), [a])) : Number(indexArg(rt, hiv));
    const k = (v: PyValue) => (key === undefined || key === None ? v : rt.call(key, [v]));
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const m = k(getItem(rt, a, mid));
      if (right ? rt.lt(x, m) : rt.lt(m, x)) {
        if (right) hi = mid;
        else lo = mid + 1;
      } else if (right) lo = mid + 1;
      else hi = mid;
    }
    return [a, lo];
  };
  const insort = (name: string, right: boolean) =>
    native(name, (rt, args, kw) => {
      const [a, x, , , key] = parseArgs(rt, name, args, kw, ["a", "x", "lo", "hi"], 2, { kwOnly: ["key"] });
      const probe = key === undefined || key === None ? x : rt.call(key, [x]);
      const [, at] = search(rt, [a, probe, ...args.slice(2)], kw, name, right);
      rt.callMethod(a, "insert", [at, x]);
      return None;
    });
  const bisectRight = native("bisect_right", (rt, args, kw) => search(rt, args, kw, "bisect_right", true)[1]);
  return makeModule("bisect", {
    bisect_left: native("bisect_left", (rt, args, kw) => search(rt, args, kw, "bisect_left", false)[1]),
    bisect_right: bisectRight,
    bisect: bisectRight,
    insort_left: insort("insort_left", false),
    insort_right: insort("insort_right", true),
    insort: insort("insort_right", true),
  });
}
