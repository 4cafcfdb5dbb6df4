/**
 * The helper table compiled code calls (`$add`, `$ga`, `$mkfn`...). One table per
 * module run: it closes over the interpreter and the module's globals. The fast
 * paths for small ints and strings live here so the common case is one typeof test.
 */
import {
  PyBuiltin,
  PyObject,
  PyMethod,
  PyFloat,
  PyType,
  Namespace,
  None,
  Ellipsis,
  typeOf,
  type KwArgs,
  type PyValue,
} from "../objects/core";
import {
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyBytes,
  PySlice,
  EMPTY_TUPLE,
  listType,
  tupleType,
  dictType,
} from "../objects/containers";
import { asciiJoin } from "./join";
import { PyException, isPyException, makeException, tracebackOf } from "../objects/exceptions";
import { PyFunction, Frame, type Signature, type FunctionKind } from "../objects/functions";
import type { HelperName } from "../compile/helper-names";
import { PyGenerator, close as closeGenerator } from "./generators";
import { AsyncGenValue } from "./asyncgen";
import { delegate, awaitable, asyncIter, asyncNext } from "./delegate";
import { getItem, setItem, delItem } from "./subscript";
import { methodFunction } from "./attr";
import * as tables from "./tables";
import { callFunction, callDirect, callValue } from "./call";
import { strJoin } from "../builtins/types/str";
import { constantSet, setUpdate } from "../builtins/types/set";
import { PyComplex } from "../builtins/types/complex";
import { liveDict } from "./live-dict";
import { matchClass, matchMapping, matchRest, matchSequence } from "./match";
import { STOP, PyIterator } from "./iter";
import { ExecutionHalted } from "./halt";
import { makeClass, superObject } from "./classes";
import { importModule, importFrom, importName, importStar } from "./imports";
import type { Interpreter } from "./interpreter";
import { starBegin, starMatch, starRaised, starEnd, type StarState } from "./exception-groups";

/** The cache of one global name read in compiled code. */
interface GlobalCell {
  v: PyValue;
  g: number;
  b: number;
}

/** Marks `**mapping` entries in a dict display. */
const STAR = Symbol("**");

type Helpers = Record<HelperName, unknown>;

/**
 * A function's locals as `locals()` gives them: the frame's one dict, refreshed with the
 * bound locals (an unbound one leaves it), so what exec() stored in it stays there.
 */
function frameLocalsOf(rt: Interpreter, bound: () => [string, unknown][]): PyDict {
  const frame = rt.frames[rt.frames.length - 1];
  let d = (frame?.localsDict ?? null) as PyDict | null;
  if (d === null) {
    d = new PyDict();
    if (frame) frame.localsDict = d;
  }
  for (const [k, v] of bound()) {
    if (v !== undefined) rt.dictSet(d, k, v as PyValue);
    else rt.dictDelete(d, k);
  }
  return d;
}

export function makeHelpers(rt: Interpreter, globals: Map<string, PyValue>, moduleName: string): Helpers {
  const frameLocals = (bound: () => [string, unknown][]) => frameLocalsOf(rt, bound);
  const builtins = rt.builtins;
  const handling = rt.handling;

  // Plain Maps (a module made elsewhere) have no version: -1 turns the cache off.
  const globalsVersion = globals instanceof Namespace ? () => globals.version : () => -1;
  const builtinsVersion = builtins instanceof Namespace ? () => builtins.version : () => -1;

  const nameError = (name: string) => {
    const e = rt.error("NameError", `name '${name}' is not defined`);
    e.$dict!.set("name", name);
    e.nameScope = { locals: rt.frames[rt.frames.length - 1]?.code?.varnames ?? [], globals };
    return e;
  };

  /** What an assignment unpacks from `v`: at most `limit` items, so an endless iterator still stops. */
  const unpackSource = (v: PyValue, limit: number): readonly PyValue[] => {
    if (v instanceof PyTuple || v instanceof PyList) return v.items;
    let it: PyValue;
    try {
      it = rt.iter(v);
    } catch (e) {
      const name = typeOf(v).name;
      if (isPyException(e) && e.$cls === rt.excType("TypeError") && rt.str(e) === `'${name}' object is not iterable`) {
        throw rt.error("TypeError", `cannot unpack non-iterable ${name} object`);
      }
      throw e;
    }
    const out: PyValue[] = [];
    while (out.length < limit) {
      const x = rt.next(it);
      if (x === STOP) break;
      out.push(x);
    }
    return out;
  };

  const unpack = (v: PyValue, n: number): PyValue[] => {
    const items = unpackSource(v, n + 1);
    if (items.length !== n) {
      if (items.length > n) throw rt.error("ValueError", `too many values to unpack (expected ${n})`);
      throw rt.error("ValueError", `not enough values to unpack (expected ${n}, got ${items.length})`);
    }
    return items as PyValue[];
  };

  const kwFromDict = (d: PyValue, names: string[], values: PyValue[], fname: () => string) => {
    if (!(d instanceof PyDict)) {
      const keys = rt.callMethod(d, "keys", []);
      for (const k of rt.iterate(keys)) {
        if (typeof k !== "string") throw rt.error("TypeError", "keywords must be strings");
        if (names.includes(k))
          throw rt.error("TypeError", `${fname()} got multiple values for keyword argument '${k}'`);
        names.push(k);
        values.push(getItem(rt, d, k));
      }
      return;
    }
    for (const e of d.table.map.values()) {
      if (typeof e.key !== "string") throw rt.error("TypeError", "keywords must be strings");
      if (names.includes(e.key))
        throw rt.error("TypeError", `${fname()} got multiple values for keyword argument '${e.key}'`);
      names.push(e.key);
      values.push(e.value);
    }
  };

  const call = (f: PyValue, args: PyValue[]): PyValue => {
    if (f instanceof PyFunction) return callFunction(rt, f, args, null);
    if (f instanceof PyType && f.fastCall1 !== null && args.length === 1) {
      const r = f.fastCall1(rt, args[0]);
      if (r !== undefined) return r;
    }
    return rt.call(f, args, null);
  };

  const h: Helpers = {
    None,
    Ellipsis,
    STOP,
    STAR,
    float: (x: number) => new PyFloat(x),
    bytes: (xs: number[]) => new PyBytes(Uint8Array.from(xs)),

    lg: (name: string) => {
      const v = globals.get(name);
      if (v !== undefined) return v;
      const b = builtins.get(name);
      if (b !== undefined) return b;
      throw nameError(name);
    },
    // A global read through a per-site cache, valid while neither namespace has changed.
    lgc: (cell: GlobalCell, name: string) => {
      const gv = globalsVersion();
      const bv = builtinsVersion();
      if (cell.g === gv && cell.b === bv && gv >= 0) return cell.v;
      let v = globals.get(name);
      if (v === undefined) v = builtins.get(name);
      if (v === undefined) throw nameError(name);
      cell.v = v;
      cell.g = gv;
      cell.b = bv;
      return v;
    },
    lc: (ns: Map<string, PyValue>, name: string, outer: () => PyValue) => {
      const v = ns.get(name);
      return v !== undefined ? v : outer();
    },
    chk: (v: PyValue, name: string) => {
      if (v === undefined)
        throw rt.error(
          "UnboundLocalError",
          `cannot access local variable '${name}' where it is not associated with a value`,
        );
      return v;
    },
    chkf: (v: PyValue, name: string) => {
      if (v === undefined) {
        throw rt.error(
          "NameError",
          `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
        );
      }
      return v;
    },
    delg: (m: Map<string, PyValue>, name: string) => {
      if (!m.delete(name)) throw nameError(name);
    },

    add: (a: PyValue, b: PyValue) => {
      if (typeof a === "number" && typeof b === "number") {
        const r = a + b;
        if (Number.isSafeInteger(r)) return r;
      } else if (typeof a === "string" && typeof b === "string") return rt.concatStr(a, b);
      return rt.binary("+", a, b);
    },
    sub: (a: PyValue, b: PyValue) => {
      if (typeof a === "number" && typeof b === "number") {
        const r = a - b;
        if (Number.isSafeInteger(r)) return r;
      }
      return rt.binary("-", a, b);
    },
    mul: (a: PyValue, b: PyValue) => {
      if (typeof a === "number" && typeof b === "number") {
        const r = a * b;
        if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
      }
      return rt.binary("*", a, b);
    },
    div: (a: PyValue, b: PyValue) => rt.binary("/", a, b),
    fdiv: (a: PyValue, b: PyValue) => rt.binary("//", a, b),
    mod: (a: PyValue, b: PyValue) => {
      if (typeof a === "number" && typeof b === "number" && a >= 0 && b > 0) return a % b;
      return rt.binary("%", a, b);
    },
    pow: (a: PyValue, b: PyValue) => rt.binary("**", a, b),
    matmul: (a: PyValue, b: PyValue) => rt.binary("@", a, b),
    lsh: (a: PyValue, b: PyValue) => rt.binary("<<", a, b),
    rsh: (a: PyValue, b: PyValue) => rt.binary(">>", a, b),
    band: (a: PyValue, b: PyValue) => rt.binary("&", a, b),
    bor: (a: PyValue, b: PyValue) => rt.binary("|", a, b),
    bxor: (a: PyValue, b: PyValue) => rt.binary("^", a, b),
    unary: (op: "-" | "+" | "~", a: PyValue) => rt.unary(op, a),
    inplace: (op: Parameters<Interpreter["inplace"]>[0], a: PyValue, b: PyValue) => {
      if (op === "+") {
        if (typeof a === "number" && typeof b === "number") {
          const r = a + b;
          if (Number.isSafeInteger(r)) return r;
        } else if (typeof a === "string" && typeof b === "string") return rt.concatStr(a, b);
      }
      return rt.inplace(op, a, b);
    },
    truthy: (v: PyValue) => (typeof v === "boolean" ? v : rt.truthy(v)),

    eq: (a: PyValue, b: PyValue) => (typeof a !== "object" && typeof a === typeof b ? a === b : rt.eq(a, b)),
    ne: (a: PyValue, b: PyValue) => (typeof a !== "object" && typeof a === typeof b ? a !== b : rt.compare("!=", a, b)),
    lt: (a: PyValue, b: PyValue) => (typeof a === "number" && typeof b === "number" ? a < b : rt.compare("<", a, b)),
    le: (a: PyValue, b: PyValue) => (typeof a === "number" && typeof b === "number" ? a <= b : rt.compare("<=", a, b)),
    gt: (a: PyValue, b: PyValue) => (typeof a === "number" && typeof b === "number" ? a > b : rt.compare(">", a, b)),
    ge: (a: PyValue, b: PyValue) => (typeof a === "number" && typeof b === "number" ? a >= b : rt.compare(">=", a, b)),
    eqv: (a: PyValue, b: PyValue) =>
      typeof a !== "object" && typeof a === typeof b ? a === b : rt.compareValue("==", a, b),
    nev: (a: PyValue, b: PyValue) =>
      typeof a !== "object" && typeof a === typeof b ? a !== b : rt.compareValue("!=", a, b),
    ltv: (a: PyValue, b: PyValue) =>
      typeof a === "number" && typeof b === "number" ? a < b : rt.compareValue("<", a, b),
    lev: (a: PyValue, b: PyValue) =>
      typeof a === "number" && typeof b === "number" ? a <= b : rt.compareValue("<=", a, b),
    gtv: (a: PyValue, b: PyValue) =>
      typeof a === "number" && typeof b === "number" ? a > b : rt.compareValue(">", a, b),
    gev: (a: PyValue, b: PyValue) =>
      typeof a === "number" && typeof b === "number" ? a >= b : rt.compareValue(">=", a, b),
    is: (a: PyValue, b: PyValue) => a === b,
    isnot: (a: PyValue, b: PyValue) => a !== b,
    in: (a: PyValue, b: PyValue) => rt.contains(b, a),
    notin: (a: PyValue, b: PyValue) => !rt.contains(b, a),

    ga: (o: PyValue, name: string) => rt.getattr(o, name),
    sa: (o: PyValue, name: string, v: PyValue) => rt.setattr(o, name, v),
    da: (o: PyValue, name: string) => rt.delattr(o, name),
    gi: (o: PyValue, k: PyValue) => {
      if (o instanceof PyList && typeof k === "number" && o.$cls === listType) {
        const items = o.items;
        const v = items[k < 0 ? k + items.length : k];
        if (v !== undefined) return v;
      }
      return getItem(rt, o, k);
    },
    si: (o: PyValue, k: PyValue, v: PyValue) => {
      if (o instanceof PyDict && o.$cls === dictType) tables.tableSet(rt, o.table, k, v);
      else setItem(rt, o, k, v);
    },
    di: (o: PyValue, k: PyValue) => delItem(rt, o, k),
    slice: (a: PyValue, b: PyValue, c: PyValue) => new PySlice(a, b, c),

    call,
    call0: (f: PyValue) => (f instanceof PyFunction && f.direct === 0 ? callDirect(rt, f) : call(f, [])),
    call1: (f: PyValue, a: PyValue) => {
      if (f instanceof PyFunction) return f.direct === 1 ? callDirect(rt, f, a) : callFunction(rt, f, [a], null);
      if (f instanceof PyType && f.fastCall1 !== null) {
        const r = f.fastCall1(rt, a);
        if (r !== undefined) return r;
      }
      return rt.call(f, [a], null);
    },
    call2: (f: PyValue, a: PyValue, b: PyValue) =>
      f instanceof PyFunction && f.direct === 2 ? callDirect(rt, f, a, b) : call(f, [a, b]),
    call3: (f: PyValue, a: PyValue, b: PyValue, c: PyValue) =>
      f instanceof PyFunction && f.direct === 3 ? callDirect(rt, f, a, b, c) : call(f, [a, b, c]),
    callm: (o: PyValue, name: string, args: PyValue[]) => rt.callMethod(o, name, args),
    callm0: (o: PyValue, name: string) => {
      const m = methodFunction(o, name);
      if (m !== undefined) return m.direct === 1 ? callDirect(rt, m, o) : callFunction(rt, m, [o], null);
      return rt.callMethod(o, name, []);
    },
    // The commonest methods of the exact builtin types run here, without a bound method
    // or an argument array (builtin types cannot be changed, so this is what they do).
    callm1: (o: PyValue, name: string, a: PyValue) => {
      if (o instanceof PyList) {
        if (name === "append" && o.$cls === listType) {
          o.items.push(a);
          return None;
        }
      } else if (o instanceof PyDict) {
        if (name === "get" && o.$cls === dictType) {
          const e = tables.tableGet(rt, o.table, a);
          return e !== undefined ? e.value : None;
        }
      } else if (o instanceof PyObject) {
        const m = methodFunction(o, name);
        if (m !== undefined) return m.direct === 2 ? callDirect(rt, m, o, a) : callFunction(rt, m, [o, a], null);
      } else if (typeof o === "string" && name === "join") {
        if ((a instanceof PyList && a.$cls === listType) || (a instanceof PyTuple && a.$cls === tupleType)) {
          const r = asciiJoin(o, a.items, rt.maxLength);
          if (r !== null) return r;
        }
        return strJoin(rt, o, a);
      }
      return rt.callMethod(o, name, [a]);
    },
    callm2: (o: PyValue, name: string, a: PyValue, b: PyValue) => {
      if (o instanceof PyDict && name === "get" && o.$cls === dictType) {
        const e = tables.tableGet(rt, o.table, a);
        return e !== undefined ? e.value : b;
      }
      const m = methodFunction(o, name);
      if (m !== undefined) return m.direct === 3 ? callDirect(rt, m, o, a, b) : callFunction(rt, m, [o, a, b], null);
      return rt.callMethod(o, name, [a, b]);
    },
    callkw: (f: PyValue, args: PyValue[], kw: KwArgs) =>
      f instanceof PyFunction ? callFunction(rt, f, args, kw) : callValue(rt, f, args, kw),
    callex: (f: PyValue, parts: Array<[number, PyValue, string?]>) => {
      const args: PyValue[] = [];
      const names: string[] = [];
      const values: PyValue[] = [];
      const fname = () => functionStr(f);
      // A lone `*x` is passed to the call as it is; with other positional arguments
      // CPython builds a list first, whose error names no function.
      const positional = parts.filter((p) => p[0] === 0 || p[0] === 1).length;
      for (const [kind, v, name] of parts) {
        if (kind === 0) args.push(v);
        else if (kind === 1) {
          let items: PyValue[];
          try {
            items = rt.toArray(v);
          } catch (e) {
            if (isPyException(e) && e.$cls === rt.excType("TypeError") && rt.str(e).endsWith("is not iterable")) {
              throw rt.error(
                "TypeError",
                positional === 1
                  ? `${fname()} argument after * must be an iterable, not ${typeOf(v).name}`
                  : `Value after * must be an iterable, not ${typeOf(v).name}`,
              );
            }
            throw e;
          }
          args.push(...items);
        } else if (kind === 2) {
          if (names.includes(name!))
            throw rt.error("TypeError", `${fname()} got multiple values for keyword argument '${name}'`);
          names.push(name!);
          values.push(v);
        } else {
          if (!(v instanceof PyDict) && typeOf(v).lookup("keys") === undefined) {
            throw rt.error("TypeError", `${fname()} argument after ** must be a mapping, not ${typeOf(v).name}`);
          }
          kwFromDict(v, names, values, fname);
        }
      }
      return rt.call(f, args, names.length ? { names, values } : null);
    },
    super0: (cls: PyType | undefined, self: PyValue) => {
      if (self === undefined) throw rt.error("RuntimeError", "super(): no arguments");
      if (cls === undefined) throw rt.error("RuntimeError", "super(): __class__ cell not found");
      return superObject(rt, cls, self);
    },

    fmtv: (v: PyValue, conv: string | null, spec: string) => {
      if (conv === "r") v = rt.repr(v);
      else if (conv === "s") v = rt.str(v);
      else if (conv === "a") v = asciiRepr(rt.repr(v));
      // An empty spec still goes through format(): a class's own __format__ sees "".
      if (spec === "" && (typeof v === "string" || typeof v === "number")) return String(v);
      return rt.format(v, spec);
    },
    tuple: (items: PyValue[]) => (items.length ? new PyTuple(items) : EMPTY_TUPLE),
    list: (items: PyValue[]) => new PyList(items),
    set: (items: PyValue[]) => {
      const s = new PySet();
      for (const x of items) rt.setAdd(s, x);
      return s;
    },
    setc: (items: PyValue[]) => constantSet(rt, items),
    release: (it: PyValue) => {
      if (it instanceof PyGenerator && !it.isCoroutine && it.started && !it.finished) {
        // CPython's finalizer: close(); an error there is reported and otherwise ignored.
        try {
          closeGenerator(rt, it);
        } catch (e) {
          if (!isPyException(e)) throw e;
        }
      }
    },
    imag: (x: number) => new PyComplex(0, x),
    nscall: (f: PyValue, which: string, locals: null | Map<string, PyValue> | (() => [string, unknown][])) => {
      // Shadowed or rebound (a builtin replaced at run time): an ordinary call.
      if (f !== builtins.get(which)) return rt.call(f, []);
      let scope: PyDict;
      if (locals === null || which === "globals") scope = liveDict(rt.dictViews, globals);
      else if (locals instanceof Map) scope = liveDict(rt.dictViews, locals);
      else scope = frameLocals(locals);
      if (which !== "dir") return scope;
      return rt.list([...scope.table.map.values()].map((e) => e.key as string).sort());
    },
    // eval()/exec() with their namespaces left out: the caller's globals and locals, as dicts.
    codecall: (
      f: PyValue,
      which: string,
      locals: null | Map<string, PyValue> | (() => [string, unknown][]),
      args: PyValue[],
    ) => {
      if (f !== builtins.get(which) || args.length === 0 || args.length > 3) return rt.call(f, args);
      const [source, g = None, l = None] = args;
      if (g !== None) return rt.call(f, l === None ? [source!, g] : [source!, g, l]);
      const globalsDict = liveDict(rt.dictViews, globals);
      if (l !== None) return rt.call(f, [source!, globalsDict, l]);
      let localsDict = globalsDict;
      if (locals instanceof Map) localsDict = liveDict(rt.dictViews, locals);
      else if (locals !== null) localsDict = frameLocals(locals);
      return rt.call(f, [source!, globalsDict, localsDict]);
    },
    mseq: (subject: PyValue, n: number, star: boolean) => matchSequence(rt, subject, n, star),
    mmap: (subject: PyValue, keys: PyValue[]) => matchMapping(rt, subject, keys),
    mrest: (subject: PyValue, keys: PyValue[]) => matchRest(rt, subject, keys),
    mcls: (subject: PyValue, cls: PyValue, nPos: number, kw: string[]) => matchClass(rt, subject, cls, nPos, kw),
    // A display with starred items: `$STAR, x` merges x (a set or dict as `set.update` does).
    setx: (parts: unknown[]) => {
      const s = new PySet();
      for (let i = 0; i < parts.length; i++) {
        const v = parts[i];
        if (v !== STAR) rt.setAdd(s, v as PyValue);
        else {
          const it = parts[++i];
          if (Array.isArray(it)) for (const x of it as PyValue[]) rt.setAdd(s, x);
          else setUpdate(rt, s, it as PyValue);
        }
      }
      return s;
    },
    // A starred item of a set display: a set or dict is merged as it is, anything else is
    // iterated now (in evaluation order).
    unpackSet: (v: PyValue) => (v instanceof PySet || (v instanceof PyDict && v.$cls === dictType) ? v : rt.toArray(v)),
    dict: (kv: PyValue[]) => {
      const d = new PyDict();
      for (let i = 0; i < kv.length; i += 2) rt.dictSet(d, kv[i], kv[i + 1]);
      return d;
    },
    dictx: (parts: Array<[PyValue, PyValue]>) => {
      const d = new PyDict();
      for (const [k, v] of parts) {
        if (k === STAR) {
          if (!(v instanceof PyDict) && typeOf(v).lookup("keys") === undefined) {
            throw rt.error("TypeError", `'${typeOf(v).name}' object is not a mapping`);
          }
          rt.dictUpdate(d, v);
        } else rt.dictSet(d, k, v);
      }
      return d;
    },
    setadd: (s: PySet, v: PyValue) => rt.setAdd(s, v),
    dictset: (d: PyDict, k: PyValue, v: PyValue) => rt.dictSet(d, k, v),

    unpack,
    unpackex: (v: PyValue, before: number, after: number) => {
      const items = unpackSource(v, Infinity);
      if (items.length < before + after) {
        throw rt.error(
          "ValueError",
          `not enough values to unpack (expected at least ${before + after}, got ${items.length})`,
        );
      }
      return [
        ...items.slice(0, before),
        new PyList(items.slice(before, items.length - after)),
        ...items.slice(items.length - after),
      ];
    },
    unpackAll: (v: PyValue) => rt.toArray(v),

    iter: (v: PyValue) => rt.iter(v),
    next: (it: PyValue) => (it instanceof PyIterator ? it.step() : rt.next(it)),
    aiter: (v: PyValue) => asyncIter(rt, v),
    anext: (it: PyValue) => asyncNext(rt, it),

    mkfn: (
      sig: Signature,
      defaults: PyValue[],
      kwdefaults: Array<[string, PyValue]> | null,
      impl: (this: Frame, ...args: never[]) => unknown,
      kind: FunctionKind,
      doc: PyValue,
      annotations?: PyValue[] | null,
    ) => {
      const fn = new PyFunction(sig, impl, kind, defaults, new Map(kwdefaults ?? []), moduleName, doc);
      if (annotations) {
        const d = new PyDict();
        for (let i = 0; i < annotations.length; i += 2) rt.dictSet(d, annotations[i], annotations[i + 1]);
        fn.annotations = d;
      }
      return fn;
    },
    mkgen: (impl: (arg: PyValue) => Generator<PyValue, PyValue, PyValue>, outer: Frame, name: string, arg: PyValue) => {
      const frame = new Frame(name, outer.file, outer.line);
      const it = rt.iter(arg);
      return new PyGenerator(impl.call(frame, it), frame, name, false);
    },
    comp: (name: string, outer: Frame, body: (arg: PyValue) => PyValue, arg: PyValue) => {
      const frame = new Frame(name, outer.file, outer.line);
      // The body's operations record themselves in the outer frame (it runs inline);
      // they belong to the comprehension's frame, and the outer frame is at the comprehension.
      const saved = outer.p;
      rt.pushFrame(frame);
      try {
        return body(arg);
      } catch (e) {
        frame.line = outer.line;
        frame.p = outer.p;
        outer.p = saved;
        throw rt.unwind(e, frame);
      } finally {
        outer.p = saved;
        rt.popFrame();
      }
    },
    mkclass: (
      name: string,
      qualname: string,
      bases: PyValue[],
      kw: KwArgs | null,
      body: (this: Frame, ns: Map<string, PyValue>) => void,
    ) => makeClass(rt, name, qualname, moduleName, bases, kw, body),
    yieldfrom: (v: PyValue) => delegate(rt, rt.iter(v)),
    agyield: (v: PyValue) => new AsyncGenValue(v),
    await: (v: PyValue) => awaitable(rt, v),

    raise: (exc: PyValue, cause: PyValue) => {
      let e: PyValue = exc;
      if (e instanceof PyType) e = rt.call(e, []);
      if (!isPyException(e)) throw rt.error("TypeError", "exceptions must derive from BaseException");
      if (cause !== undefined) {
        let c: PyValue = cause;
        if (c instanceof PyType) c = rt.call(c, []);
        if (c !== None && !isPyException(c))
          throw rt.error("TypeError", "exception causes must derive from BaseException");
        e.cause = c === None ? null : (c as PyException);
        e.suppressContext = true;
      }
      e.reraised = false;
      return rt.withContext(e);
    },
    reraise: () => {
      const e = handling[handling.length - 1];
      if (!e) return rt.error("RuntimeError", "No active exception to reraise");
      e.reraised = true;
      return e;
    },
    rethrow: (e: PyException) => {
      e.reraised = true;
      return e;
    },
    catch: (e: unknown, frame: Frame) => catchError(rt, e, frame),
    match: (e: PyException, t: PyValue) => exceptionMatches(rt, e, t),
    starbegin: (e: PyException) => starBegin(e),
    starmatch: (st: StarState, t: PyValue) => starMatch(rt, st, t),
    // A bare `raise` of the clause's own group re-raises it (the helper reads the flag before catching).
    starraised: (st: StarState, e: unknown, frame: Frame) => {
      const bare = isPyException(e) && e.reraised;
      starRaised(st, catchError(rt, e, frame), bare);
    },
    starend: (st: StarState) => starEnd(rt, st),
    enterh: (e: PyException) => {
      handling.push(e);
    },
    exith: () => {
      handling.pop();
    },
    assertfail: (msg: PyValue) =>
      rt.withContext(msg === undefined ? makeException("AssertionError") : makeException("AssertionError", msg)),
    fcatch: (e: unknown, frame: Frame) => {
      // An exception reaching a finally block: this frame's traceback entry is added now
      // (at the line that raised), and the re-raise after the block adds none.
      if (e instanceof ExecutionHalted) return e;
      const err = rt.translateHostError(e);
      if (isPyException(err)) {
        rt.passThrough(err, frame);
        err.reraised = true;
      }
      return err;
    },
    fenter: (e: unknown) => {
      // A finally block run by an exception handles that exception while it runs.
      if (!isPyException(e)) return false;
      handling.push(e);
      return true;
    },

    enter: (m: PyValue) => enterContext(rt, m, ""),
    exit: (m: PyValue, e: PyException | null) => exitContext(rt, m, e),
    aenter: (m: PyValue) => awaitable(rt, enterContext(rt, m, "a")),
    aexit: function* (m: PyValue, e: PyException | null) {
      const args = e ? [e.$cls, e, tracebackOf(e)] : [None, None, None];
      const r = yield* awaitable(rt, callSpecial(rt, m, "__aexit__", args));
      return rt.truthy(r);
    },

    import: (name: string, bindAs: boolean) => importModule(rt, name, bindAs),
    importfrom: (name: string, level: number) => importFrom(rt, name, level),
    importname: (m: PyValue, name: string) => importName(rt, m, name),
    importstar: (m: PyValue, g: Map<string, PyValue>) => importStar(rt, m, g),
    discard: (v: PyValue) => {
      if (typeof v === "object" && v !== None) rt.hooks.discard?.(rt, v);
    },
    print2: (values: PyValue[], trailingComma: boolean, dest: PyValue) => {
      if (dest !== undefined) {
        const text = values.map((v) => rt.str(v)).join(" ") + (trailingComma ? " " : "\n");
        rt.callMethod(dest, "write", [text]);
        return;
      }
      rt.print2(
        values.map((v) => rt.str(v)),
        trailingComma,
        values.map((v) => typeof v === "string"),
      );
    },
  };
  return h;
}

/** How CPython names a callable in call errors (`__main__.show()`, `len()`, `C.m()`). */
function functionStr(f: PyValue): string {
  const g = f instanceof PyMethod ? f.func : f;
  if (g instanceof PyFunction) return `${g.module === "builtins" ? "" : g.module + "."}${g.qualname}()`;
  if (g instanceof PyBuiltin) return `${g.qualname}()`;
  if (g instanceof PyType) return `${g.name}()`;
  return `${typeOf(g).name} object`;
}

/** An exception reaching an `except`: Python's, with this frame's traceback entry. */
function catchError(rt: Interpreter, e: unknown, frame: Frame): PyException {
  if (e instanceof ExecutionHalted) throw e;
  const err = rt.translateHostError(e);
  if (!isPyException(err)) throw err; // a bug of ours, not a Python error: never swallowed by `except`
  rt.passThrough(err, frame);
  return err;
}

function exceptionMatches(rt: Interpreter, e: PyException, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => exceptionMatches(rt, e, x));
  if (!(t instanceof PyType) || !t.isSubtypeOf(rt.excType("BaseException"))) {
    throw rt.error("TypeError", "catching classes that do not inherit from BaseException is not allowed");
  }
  return rt.isInstance(e, t);
}

function asciiRepr(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

function callSpecial(rt: Interpreter, m: PyValue, name: string, args: PyValue[]): PyValue {
  const f = typeOf(m).lookup(name);
  if (f === undefined) {
    throw rt.error(
      "TypeError",
      `'${typeOf(m).name}' object does not support the ${name.startsWith("__a") ? "asynchronous " : ""}context manager protocol`,
    );
  }
  return rt.call(f, [m, ...args]);
}

/** `__enter__` (or, with `a` = "a", `__aenter__`) once both halves of the protocol are known to exist. */
function enterContext(rt: Interpreter, m: PyValue, a: "" | "a"): PyValue {
  const cls = typeOf(m);
  // CPython looks __enter__ up first, and names __exit__ when only that is missing.
  if (cls.lookup(`__${a}enter__`) !== undefined && cls.lookup(`__${a}exit__`) === undefined) {
    const kind = a ? "asynchronous context manager" : "context manager";
    throw rt.error(
      "TypeError",
      `'${cls.name}' object does not support the ${kind} protocol (missed __${a}exit__ method)`,
    );
  }
  return callSpecial(rt, m, `__${a}enter__`, []);
}

function exitContext(rt: Interpreter, m: PyValue, e: PyException | null): boolean {
  const args = e ? [e.$cls, e, tracebackOf(e)] : [None, None, None];
  return rt.truthy(callSpecial(rt, m, "__exit__", args));
}
