/**
 * The `itertools` module: lazy iterators with CPython's argument checks and messages.
 * Most are native iterators (`PyIterator`); `count`, `repeat` and `chain` are classes
 * so they can have their reprs and `chain.from_iterable`.
 */
import { PyFloat, PyModule, PyObject, PyType, None, type KwArgs, type PyValue } from "../objects/core";
import { PyTuple } from "../objects/containers";
import { PyIterator, STOP, type Next } from "../interp/iter";
import type { Interpreter } from "../interp/interpreter";
import { arity, parseArgs } from "../builtins/registry";
import { defClassMethod, defMethods, defNew, indexArg, isIntValue, makeModule, native, newClass } from "./util";
import { combinations, permutations, product } from "./itertools-combinatorics";

function noKw(rt: Interpreter, name: string, kw: KwArgs | null): void {
  if (kw && kw.names.length) throw rt.error("TypeError", `${name}() takes no keyword arguments`);
}

/** A count(): its current value and step. */
class CountObj extends PyObject {
  constructor(
    cls: PyType,
    public cur: PyValue,
    public readonly step: PyValue,
  ) {
    super(cls);
  }
}

/** A repeat(): the object and how many times are left (null: forever). */
class RepeatObj extends PyObject {
  constructor(
    cls: PyType,
    public readonly obj: PyValue,
    public left: number | null,
  ) {
    super(cls);
  }
}

function isNumber(v: PyValue): boolean {
  return isIntValue(v) || v instanceof PyFloat;
}

/** islice's start/stop/step: None or an int in 0..sys.maxsize. */
function sliceArg(rt: Interpreter, v: PyValue, message: string): number | null {
  if (v === None) return null;
  let n: number;
  try {
    n = Number(indexArg(rt, v));
  } catch {
    throw rt.error("ValueError", message);
  }
  if (n < 0) throw rt.error("ValueError", message);
  return n;
}

/** Build the `itertools` module. */
export function itertoolsModule(_rt: Interpreter): PyModule {
  const count = newClass("count", "itertools");
  defNew(count, (rt, cls, args, kw) => {
    const [start, step] = parseArgs(rt, "count", args, kw, ["start", "step"]);
    const s = start ?? 0;
    const st = step ?? 1;
    if (!isNumber(s) && !(s instanceof PyObject)) throw rt.error("TypeError", "a number is required");
    return new CountObj(cls, s, st);
  });
  defMethods(count, {
    __iter__: (_rt, self) => self,
    __next__: (rt, self) => {
      const c = self as CountObj;
      const v = c.cur;
      c.cur =
        typeof v === "number" && typeof c.step === "number" && Number.isSafeInteger(v + c.step)
          ? v + c.step
          : rt.binary("+", v, c.step);
      return v;
    },
    __repr__: (rt, self) => {
      const c = self as CountObj;
      const stepIsOne = c.step === 1 || c.step === true;
      return stepIsOne ? `count(${rt.repr(c.cur)})` : `count(${rt.repr(c.cur)}, ${rt.repr(c.step)})`;
    },
  });

  const repeat = newClass("repeat", "itertools");
  defNew(repeat, (rt, cls, args, kw) => {
    const [obj, times] = parseArgs(rt, "repeat", args, kw, ["object", "times"], 1);
    const left = times === undefined ? null : Math.max(0, Number(indexArg(rt, times)));
    return new RepeatObj(cls, obj, left);
  });
  defMethods(repeat, {
    __iter__: (_rt, self) => self,
    __next__: (rt, self) => {
      const r = self as RepeatObj;
      if (r.left !== null) {
        if (r.left <= 0) throw rt.error("StopIteration");
        r.left--;
      }
      return r.obj;
    },
    __length_hint__: (rt, self) => {
      const r = self as RepeatObj;
      if (r.left === null) throw rt.error("TypeError", "len() of unsized object");
      return r.left;
    },
    __repr__: (rt, self) => {
      const r = self as RepeatObj;
      return r.left === null ? `repeat(${rt.repr(r.obj)})` : `repeat(${rt.repr(r.obj)}, ${r.left})`;
    },
  });

  const chainOf = (rt: Interpreter, sources: PyValue): PyIterator => {
    const outer = rt.iter(sources);
    let inner: PyValue = null;
    return new PyIterator("itertools.chain", () => {
      for (;;) {
        if (inner === null) {
          const nxt = rt.next(outer);
          if (nxt === STOP) return STOP;
          inner = rt.iter(nxt);
        }
        const v = rt.next(inner);
        if (v !== STOP) return v;
        inner = null;
      }
    });
  };
  const chain = newClass("chain", "itertools");
  defNew(chain, (rt, _cls, args, kw) => {
    noKw(rt, "chain", kw);
    return chainOf(rt, new PyTuple(args));
  });
  defClassMethod(chain, "from_iterable", (rt, _cls, args) => {
    arity(rt, "from_iterable", args, 1);
    return chainOf(rt, args[0]);
  });

  const fnIter = (name: string, make: (rt: Interpreter, args: PyValue[], kw: KwArgs | null) => PyIterator) =>
    native(name, make);

  return makeModule("itertools", {
    count,
    repeat,
    chain,
    cycle: fnIter("cycle", (rt, args, kw) => {
      noKw(rt, "cycle", kw);
      arity(rt, "cycle", args, 1);
      const src = rt.iter(args[0]);
      const saved: PyValue[] = [];
      let exhausted = false;
      let i = 0;
      return new PyIterator("itertools.cycle", () => {
        if (!exhausted) {
          const v = rt.next(src);
          if (v !== STOP) {
            saved.push(v);
            return v;
          }
          exhausted = true;
        }
        if (saved.length === 0) return STOP;
        const v = saved[i % saved.length];
        i++;
        return v;
      });
    }),
    accumulate: fnIter("accumulate", (rt, args, kw) => {
      const [it, func, initial] = parseArgs(rt, "accumulate", args, kw, ["iterable", "func"], 1, {
        kwOnly: ["initial"],
      });
      const src = rt.iter(it);
      let total: PyValue = undefined;
      let pendingInitial = initial !== undefined && initial !== None;
      if (pendingInitial) total = initial;
      return new PyIterator("itertools.accumulate", () => {
        if (pendingInitial) {
          pendingInitial = false;
          return total;
        }
        const v = rt.next(src);
        if (v === STOP) return STOP;
        if (total === undefined) total = v;
        else total = func === undefined || func === None ? rt.binary("+", total, v) : rt.call(func, [total, v]);
        return total;
      });
    }),
    compress: fnIter("compress", (rt, args, kw) => {
      const [data, selectors] = parseArgs(rt, "compress", args, kw, ["data", "selectors"], 2);
      const d = rt.iter(data);
      const s = rt.iter(selectors);
      return new PyIterator("itertools.compress", () => {
        for (;;) {
          const v = rt.next(d);
          if (v === STOP) return STOP;
          const sel = rt.next(s);
          if (sel === STOP) return STOP;
          if (rt.truthy(sel)) return v;
        }
      });
    }),
    dropwhile: fnIter("dropwhile", (rt, args, kw) => {
      noKw(rt, "dropwhile", kw);
      arity(rt, "dropwhile", args, 2);
      const [pred, it] = args;
      const src = rt.iter(it);
      let dropping = true;
      return new PyIterator("itertools.dropwhile", () => {
        for (;;) {
          const v = rt.next(src);
          if (v === STOP) return STOP;
          if (!dropping) return v;
          if (!rt.truthy(rt.call(pred, [v]))) {
            dropping = false;
            return v;
          }
        }
      });
    }),
    takewhile: fnIter("takewhile", (rt, args, kw) => {
      noKw(rt, "takewhile", kw);
      arity(rt, "takewhile", args, 2);
      const [pred, it] = args;
      const src = rt.iter(it);
      let done = false;
      return new PyIterator("itertools.takewhile", () => {
        if (done) return STOP;
        const v = rt.next(src);
        if (v === STOP) return STOP;
        if (rt.truthy(rt.call(pred, [v]))) return v;
        done = true;
        return STOP;
      });
    }),
    filterfalse: fnIter("filterfalse", (rt, args, kw) => {
      noKw(rt, "filterfalse", kw);
      arity(rt, "filterfalse", args, 2);
      const [pred, it] = args;
      const src = rt.iter(it);
      return new PyIterator("itertools.filterfalse", () => {
        for (;;) {
          const v = rt.next(src);
          if (v === STOP) return STOP;
          const keep = pred === None ? rt.truthy(v) : rt.truthy(rt.call(pred, [v]));
          if (!keep) return v;
        }
      });
    }),
    groupby: fnIter("groupby", (rt, args, kw) => groupby(rt, args, kw)),
    islice: fnIter("islice", (rt, args, kw) => {
      noKw(rt, "islice", kw);
      arity(rt, "islice", args, 2, 4);
      const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
      const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
      let start = 0;
      let stop: number | null;
      let step = 1;
      if (args.length === 2) stop = sliceArg(rt, args[1], stopMsg);
      else {
        start = sliceArg(rt, args[1], idxMsg) ?? 0;
        stop = sliceArg(rt, args[2], stopMsg);
        if (args.length === 4) {
          const s = sliceArg(rt, args[3], "Step for islice() must be a positive integer or None.");
          if (s === 0) throw rt.error("ValueError", "Step for islice() must be a positive integer or None.");
          step = s ?? 1;
        }
      }
      const src = rt.iter(args[0]);
      let pos = 0;
      let next = start;
      let done = false;
      return new PyIterator("itertools.islice", () => {
        if (done) return STOP;
        if (stop !== null && next >= stop) {
          // CPython consumes up to `stop` before finishing.
          while (pos < stop) {
            if (rt.next(src) === STOP) break;
            pos++;
          }
          done = true;
          return STOP;
        }
        while (pos < next) {
          if (rt.next(src) === STOP) {
            done = true;
            return STOP;
          }
          pos++;
        }
        const v = rt.next(src);
        if (v === STOP) {
          done = true;
          return STOP;
        }
        pos++;
        next += step;
        return v;
      });
    }),
    starmap: fnIter("starmap", (rt, args, kw) => {
      noKw(rt, "starmap", kw);
      arity(rt, "starmap", args, 2);
      const [f, it] = args;
      const src = rt.iter(it);
      return new PyIterator("itertools.starmap", () => {
        const v = rt.next(src);
        return v === STOP ? STOP : rt.call(f, rt.toArray(v));
      });
    }),
    tee: native("tee", (rt, args, kw) => {
      noKw(rt, "tee", kw);
      arity(rt, "tee", args, 1, 2);
      const n = args.length > 1 ? Number(indexArg(rt, args[1])) : 2;
      if (n < 0) throw rt.error("ValueError", "n must be >= 0");
      const src = rt.iter(args[0]);
      const buffer: PyValue[] = [];
      let ended = false;
      const its: PyValue[] = [];
      for (let k = 0; k < n; k++) {
        let i = 0;
        its.push(
          new PyIterator("itertools._tee", () => {
            if (i < buffer.length) return buffer[i++];
            if (ended) return STOP;
            const v = rt.next(src);
            if (v === STOP) {
              ended = true;
              return STOP;
            }
            buffer.push(v);
            i++;
            return v;
          }),
        );
      }
      return new PyTuple(its);
    }),
    zip_longest: fnIter("zip_longest", (rt, args, kw) => {
      let fill: PyValue = None;
      kw?.names.forEach((n, i) => {
        if (n !== "fillvalue") throw rt.error("TypeError", "zip_longest() got an unexpected keyword argument");
        fill = kw.values[i];
      });
      const its: (PyValue | null)[] = args.map((a) => rt.iter(a));
      let active = its.length;
      return new PyIterator("itertools.zip_longest", () => {
        if (its.length === 0 || active === 0) return STOP;
        const row: PyValue[] = [];
        for (let k = 0; k < its.length; k++) {
          const it = its[k];
          let v: Next = STOP;
          if (it !== null) {
            v = rt.next(it);
            if (v === STOP) {
              its[k] = null;
              active--;
              if (active === 0) return STOP;
            }
          }
          row.push(v === STOP ? fill : v);
        }
        return new PyTuple(row);
      });
    }),
    pairwise: fnIter("pairwise", (rt, args, kw) => {
      noKw(rt, "pairwise", kw);
      arity(rt, "pairwise", args, 1);
      const src = rt.iter(args[0]);
      let prev: Next | undefined;
      return new PyIterator("itertools.pairwise", () => {
        if (prev === undefined) prev = rt.next(src);
        if (prev === STOP) return STOP;
        const v = rt.next(src);
        if (v === STOP) {
          prev = STOP;
          return STOP;
        }
        const pair = new PyTuple([prev, v]);
        prev = v;
        return pair;
      });
    }),
    product: fnIter("product", product),
    permutations: fnIter("permutations", permutations),
    combinations: fnIter("combinations", (rt, args, kw) => combinations(rt, args, kw, false)),
    combinations_with_replacement: fnIter("combinations_with_replacement", (rt, args, kw) =>
      combinations(rt, args, kw, true),
    ),
  });
}

/** `groupby(iterable, key=None)`: groups share the underlying iterator, as in CPython. */
function groupby(rt: Interpreter, args: PyValue[], kw: KwArgs | null): PyIterator {
  const [it, keyfunc] = parseArgs(rt, "groupby", args, kw, ["iterable", "key"], 1);
  const src = rt.iter(it);
  const key = (v: PyValue) => (keyfunc === undefined || keyfunc === None ? v : rt.call(keyfunc, [v]));
  const UNSET = {};
  let tgtkey: PyValue = UNSET;
  let currkey: PyValue = UNSET;
  let currvalue: PyValue = UNSET;
  let groupId = 0;
  let exhausted = false;
  const same = (a: PyValue, b: PyValue) => a !== UNSET && b !== UNSET && rt.eq(a, b);
  return new PyIterator("itertools.groupby", () => {
    if (exhausted) return STOP;
    groupId++;
    while (currkey === UNSET || same(currkey, tgtkey)) {
      const v = rt.next(src);
      if (v === STOP) {
        exhausted = true;
        return STOP;
      }
      currvalue = v;
      currkey = key(v);
      if (tgtkey === UNSET) break;
    }
    tgtkey = currkey;
    const myId = groupId;
    const myKey = tgtkey;
    let first = true;
    let finished = false;
    const grouper = new PyIterator("itertools._grouper", () => {
      if (finished || groupId !== myId || exhausted) return STOP;
      if (!first) {
        const v = rt.next(src);
        if (v === STOP) {
          exhausted = true;
          return STOP;
        }
        currvalue = v;
        currkey = key(v);
      }
      first = false;
      if (!rt.eq(currkey, myKey)) {
        finished = true;
        return STOP;
      }
      return currvalue;
    });
    return new PyTuple([myKey, grouper]);
  });
}
