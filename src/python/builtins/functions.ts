/**
 * The builtin functions (`print`, `len`, `sorted`, `isinstance`...), with CPython's
 * argument handling and messages. The builtin types themselves (`int`, `str`,
 * `list`...) are callables defined with their methods in `types/`.
 */
import {
  PyBuiltin,
  PyMethod,
  PyFloat,
  PyObject,
  PyType,
  None,
  NotImplemented,
  typeOf,
  typeType,
  normInt,
  type KwArgs,
  type PyValue,
} from "../objects/core";
import { PyList, PyTuple, PyDict, PySet, PyBytes, PyRange, EMPTY_TUPLE } from "../objects/containers";
import { PyException, isPyException, makeException, stopIterationValue } from "../objects/exceptions";
import { PyFunction } from "../objects/functions";
import { PyGenerator, resume, stopIteration } from "../interp/generators";
import { PyIterator, STOP } from "../interp/iter";
import { getAttrOrUndefined } from "../interp/attr";
import { importModule } from "../interp/imports";
import type { Interpreter } from "../interp/interpreter";
import { PyGenericAlias, PyUnion } from "./types/generic-alias";
import { openFile } from "../stdlib/vfs";
import { fn, parseArgs, arity, intArg, isNone, noKw } from "./registry";
import { codeBuiltins } from "./dynamic-code";
import { dirOf } from "./core";
import { primitive } from "../interp/boxes";
import { sortArray } from "./sort";
import * as N from "../objects/numbers";

export function len(rt: Interpreter, v: PyValue): number {
  if (typeof v === "string") return /[\uD800-\uDFFF]/.test(v) ? Array.from(v).length : v.length;
  if (v instanceof PyList || v instanceof PyTuple) {
    if (v.$cls.isBuiltin) return v.items.length;
  }
  if ((v instanceof PyDict || v instanceof PySet) && v.$cls.isBuiltin) return v.table.size;
  if (v instanceof PyBytes) return v.data.length;
  if (v instanceof PyRange) {
    const n = v.len();
    if (typeof n === "bigint") throw rt.error("OverflowError", "Python int too large to convert to C ssize_t");
    return n;
  }
  const m = typeOf(v).lookup("__len__");
  if (m !== undefined && !(m instanceof PyBuiltin && !typeOf(v).isBuiltin && isNativeLen(v))) {
    const r = rt.call(m, [v]);
    if (typeof r !== "number" && typeof r !== "boolean" && typeof r !== "bigint") {
      throw rt.error("TypeError", `'${typeOf(r).name}' object cannot be interpreted as an integer`);
    }
    if (Number(r) < 0) throw rt.error("ValueError", "__len__() should return >= 0");
    if (typeof r === "bigint") throw rt.error("OverflowError", "cannot fit 'int' into an index-sized integer");
    return Number(r);
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.table.size;
  throw rt.error("TypeError", `object of type '${typeOf(v).name}' has no len()`);
}

function isNativeLen(v: PyValue): boolean {
  return v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet;
}

function kwValue(kw: KwArgs | null, name: string): PyValue {
  if (!kw) return undefined;
  const i = kw.names.indexOf(name);
  return i < 0 ? undefined : kw.values[i];
}

function print(rt: Interpreter, args: PyValue[], kw: KwArgs | null): PyValue {
  const [sep, end, file, flush] = ["sep", "end", "file", "flush"].map((n) => kwValue(kw, n));
  if (kw)
    for (const n of kw.names)
      if (!["sep", "end", "file", "flush"].includes(n)) {
        throw rt.error("TypeError", `'${n}' is an invalid keyword argument for print()`);
      }
  void flush;
  if (sep !== undefined && sep !== None && typeof sep !== "string") {
    throw rt.error("TypeError", `sep must be None or a string, not ${typeOf(sep).name}`);
  }
  if (end !== undefined && end !== None && typeof end !== "string") {
    throw rt.error("TypeError", `end must be None or a string, not ${typeOf(end).name}`);
  }
  const text =
    args.map((a) => rt.str(a)).join(isNone(sep) ? " " : (sep as string)) + (isNone(end) ? "\n" : (end as string));
  if (!isNone(file)) {
    rt.callMethod(file, "write", [text]);
    return None;
  }
  // A program (or contextlib.redirect_stdout) may have replaced sys.stdout.
  const sys = rt.modules.get("sys")?.$dict;
  if (sys) {
    const out = sys.get("stdout");
    if (out !== undefined && out !== sys.get("__stdout__")) {
      rt.callMethod(out, "write", [text]);
      return None;
    }
  }
  rt.printText(text);
  return None;
}

function minmax(rt: Interpreter, which: "min" | "max", args: PyValue[], kw: KwArgs | null): PyValue {
  const key = kwValue(kw, "key");
  const dflt = kwValue(kw, "default");
  if (kw)
    for (const n of kw.names)
      if (n !== "key" && n !== "default") {
        throw rt.error("TypeError", `'${n}' is an invalid keyword argument for ${which}()`);
      }
  if (args.length === 0) throw rt.error("TypeError", `${which} expected at least 1 argument, got 0`);
  const items = args.length === 1 ? rt.toArray(args[0]) : args;
  if (args.length > 1 && dflt !== undefined) {
    throw rt.error("TypeError", `Cannot specify a default for ${which}() with multiple positional arguments`);
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw rt.error("ValueError", `${which}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = isNone(key) ? best : rt.call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const k = isNone(key) ? items[i] : rt.call(key, [items[i]]);
    if (which === "min" ? rt.compare("<", k, bestKey) : rt.compare(">", k, bestKey)) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

function isinstanceCheck(rt: Interpreter, v: PyValue, t: PyValue, name: string): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isinstanceCheck(rt, v, x, name));
  if (t instanceof PyUnion) return t.args.items.some((x) => isinstanceCheck(rt, v, x, name));
  if (t instanceof PyGenericAlias) {
    throw rt.error("TypeError", `${name}() argument 2 cannot be a parameterized generic`);
  }
  if (!(t instanceof PyType)) {
    const [one, many] = name === "issubclass" ? ["class", "classes"] : ["type", "types"];
    throw rt.error("TypeError", `${name}() arg 2 must be a ${one}, a tuple of ${many}, or a union`);
  }
  const hook = t.$cls !== typeType ? t.$cls.lookup("__instancecheck__") : undefined;
  if (hook !== undefined && name === "isinstance") return rt.truthy(rt.call(hook, [t, v]));
  if (name === "issubclass") {
    // A metaclass's __subclasscheck__ decides (ABCMeta: registered and hooked classes).
    const check = t.$cls !== typeType ? t.$cls.lookup("__subclasscheck__") : undefined;
    if (check !== undefined) return rt.truthy(rt.call(check, [t, v]));
    if (!(v instanceof PyType)) throw rt.error("TypeError", "issubclass() arg 1 must be a class");
    return v.isSubtypeOf(t);
  }
  return rt.isInstance(v, t);
}

function roundFloat(rt: Interpreter, x: number, nd: PyValue): PyValue {
  if (isNone(nd)) {
    if (!Number.isFinite(x)) {
      throw rt.error(
        Number.isNaN(x) ? "ValueError" : "OverflowError",
        Number.isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer",
      );
    }
    const s = N.toFixedExact(x, 0);
    return N.floatToInt(Number(s)) ?? 0;
  }
  const n = intArg(rt, nd);
  if (!Number.isFinite(x)) return new PyFloat(x);
  if (n > 300) return new PyFloat(x);
  if (n >= 0) return new PyFloat(Number(N.toFixedExact(x, n)));
  const scale = 10 ** -n;
  const r = Number(N.toFixedExact(x / scale, 0)) * scale;
  return new PyFloat(r);
}

function roundInt(rt: Interpreter, v: N.Int, nd: PyValue): PyValue {
  if (isNone(nd)) return v;
  const n = intArg(rt, nd);
  if (n >= 0) return v;
  const scale = 10n ** BigInt(-n);
  const b = BigInt(v);
  let q = b / scale;
  let r = b % scale;
  if (r < 0n) {
    r += scale;
    q -= 1n;
  }
  const twice = r * 2n;
  if (twice > scale || (twice === scale && (q & 1n) === 1n)) q += 1n;
  const out = q * scale;
  return N.intAdd(0, out >= -9007199254740991n && out <= 9007199254740991n ? Number(out) : out);
}

function numberArg(rt: Interpreter, fname: string, v: PyValue): N.Int | PyFloat {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v;
  throw rt.error("TypeError", `bad operand type for ${fname}(): '${typeOf(v).name}'`);
}

function iterNext(rt: Interpreter, args: PyValue[]): PyValue {
  arity(rt, "next", args, 1, 2);
  const it = args[0];
  const isIter =
    it instanceof PyIterator ||
    (it instanceof PyGenerator && !it.isCoroutine) ||
    typeOf(it).lookup("__next__") !== undefined;
  if (!isIter) throw rt.error("TypeError", `'${typeOf(it).name}' object is not an iterator`);
  if (it instanceof PyGenerator) {
    const r = resume(rt, it, "send", None);
    if (!r.done) return r.value;
    if (args.length > 1) return args[1];
    throw stopIteration(r.value);
  }
  if (it instanceof PyIterator) {
    const r = it.step();
    if (r !== STOP) return r;
    if (args.length > 1) return args[1];
    throw rt.error("StopIteration");
  }
  try {
    return rt.call(typeOf(it).lookup("__next__"), [it]);
  } catch (e) {
    if (args.length > 1 && isPyException(e) && rt.isInstance(e, rt.excType("StopIteration"))) {
      void stopIterationValue(e);
      return args[1];
    }
    throw e;
  }
}

/** An int, bool or float (not an instance of a subclass). */
function isPlainNumber(v: PyValue): boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean" || v instanceof PyFloat;
}

/**
 * `a.name(b)`, else `b.rname(a)` (first when b's class is a subclass of a's that
 * overrides rname), as CPython dispatches a binary slot; NotImplemented when neither answers.
 */
function reflectedCall(rt: Interpreter, a: PyValue, b: PyValue, name: string, rname: string): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let reflectedTried = false;
  if (tb !== ta && tb.isSubtypeOf(ta)) {
    const rm = tb.lookup(rname);
    if (rm !== undefined && rm !== ta.lookup(rname)) {
      reflectedTried = true;
      const r = rt.call(rm, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  const m = ta.lookup(name);
  if (m !== undefined) {
    const r = rt.call(m, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (!reflectedTried && tb !== ta) {
    const rm = tb.lookup(rname);
    if (rm !== undefined) return rt.call(rm, [b, a]);
  }
  return NotImplemented;
}

/** Build the builtin functions for one interpreter. */
export function builtinFunctions(): Record<string, PyBuiltin> {
  const f = (name: string, impl: (rt: Interpreter, args: PyValue[], kw: KwArgs | null) => PyValue) => fn(name, impl);
  const table: Record<string, PyBuiltin> = {
    print: f("print", print),
    // import a.b returns a; with a fromlist, a.b itself.
    __import__: f("__import__", (rt, args, kw) => {
      const [name, , , fromlist, level] = parseArgs(
        rt,
        "__import__",
        args,
        kw,
        ["name", "globals", "locals", "fromlist", "level"],
        1,
      );
      if (typeof name !== "string")
        throw rt.error("TypeError", `__import__() argument 1 must be str, not ${typeOf(name).name}`);
      if (level !== undefined && level !== 0) {
        throw rt.error("ImportError", "attempted relative import with no known parent package");
      }
      if (name === "") throw rt.error("ValueError", "Empty module name");
      const leaf = fromlist !== undefined && fromlist !== None && rt.truthy(fromlist);
      return importModule(rt, name, leaf);
    }),
    len: f("len", (rt, args, kw) => {
      noKw(rt, "len", kw);
      arity(rt, "len", args, 1);
      return len(rt, args[0]);
    }),
    repr: f("repr", (rt, args) => {
      arity(rt, "repr", args, 1);
      return rt.repr(args[0]);
    }),
    ascii: f("ascii", (rt, args) => {
      arity(rt, "ascii", args, 1);
      return rt.repr(args[0]).replace(/[\u0080-\u{10ffff}]/gu, (c) => {
        const cp = c.codePointAt(0)!;
        return cp <= 0xff
          ? "\\x" + cp.toString(16).padStart(2, "0")
          : cp <= 0xffff
            ? "\\u" + cp.toString(16).padStart(4, "0")
            : "\\U" + cp.toString(16).padStart(8, "0");
      });
    }),
    isinstance: f("isinstance", (rt, args) => {
      arity(rt, "isinstance", args, 2);
      return isinstanceCheck(rt, args[0], args[1], "isinstance");
    }),
    issubclass: f("issubclass", (rt, args) => {
      arity(rt, "issubclass", args, 2);
      return isinstanceCheck(rt, args[0], args[1], "issubclass");
    }),
    hasattr: f("hasattr", (rt, args) => {
      arity(rt, "hasattr", args, 2);
      return rt.hasattr(args[0], attrName(rt, args[1]));
    }),
    getattr: f("getattr", (rt, args) => {
      arity(rt, "getattr", args, 2, 3);
      const name = attrName(rt, args[1]);
      if (args.length === 2) return rt.getattr(args[0], name);
      try {
        return rt.getattr(args[0], name);
      } catch (e) {
        if (isPyException(e) && rt.isInstance(e, rt.excType("AttributeError"))) return args[2];
        throw e;
      }
    }),
    setattr: f("setattr", (rt, args) => {
      arity(rt, "setattr", args, 3);
      rt.setattr(args[0], attrName(rt, args[1]), args[2]);
      return None;
    }),
    delattr: f("delattr", (rt, args) => {
      arity(rt, "delattr", args, 2);
      rt.delattr(args[0], attrName(rt, args[1]));
      return None;
    }),
    id: f("id", (rt, args) => {
      arity(rt, "id", args, 1);
      const v = args[0];
      if (typeof v === "object") return rt.idOf(v);
      // Values without identity here (ints, strs) get an address derived from their hash.
      return 0x7f2a0000 + Number(BigInt.asUintN(24, BigInt(rt.hash(v)))) * 16;
    }),
    hash: f("hash", (rt, args) => {
      arity(rt, "hash", args, 1);
      return rt.hash(args[0]);
    }),
    callable: f("callable", (rt, args) => {
      arity(rt, "callable", args, 1);
      const v = args[0];
      return (
        v instanceof PyFunction ||
        v instanceof PyBuiltin ||
        v instanceof PyMethod ||
        v instanceof PyType ||
        typeOf(v).lookup("__call__") !== undefined
      );
    }),
    abs: f("abs", (rt, args) => {
      arity(rt, "abs", args, 1);
      const v = args[0];
      if (v instanceof PyObject && !(v instanceof PyFloat)) {
        const m = v.$cls.lookup("__abs__");
        if (m !== undefined) return rt.call(m, [v]);
      }
      const n = numberArg(rt, "abs", v);
      if (n instanceof PyFloat) return new PyFloat(Math.abs(n.v));
      return n < 0 ? N.intNeg(n) : n;
    }),
    round: f("round", (rt, args, kw) => {
      const [v, nd] = parseArgs(rt, "round", args, kw, ["number", "ndigits"], 1, { cName: "round" });
      if (v instanceof PyFloat) return roundFloat(rt, v.v, nd);
      if (typeof v === "number" || typeof v === "bigint") return roundInt(rt, v, nd);
      if (typeof v === "boolean") return roundInt(rt, v ? 1 : 0, nd);
      const m = typeOf(v).lookup("__round__");
      if (m !== undefined) return rt.call(m, isNone(nd) ? [v] : [v, nd]);
      throw rt.error("TypeError", `type ${typeOf(v).name} doesn't define __round__ method`);
    }),
    divmod: f("divmod", (rt, args) => {
      arity(rt, "divmod", args, 2);
      const [a, b] = args as [PyValue, PyValue];
      if (isPlainNumber(a) && isPlainNumber(b)) {
        if ((a instanceof PyFloat || b instanceof PyFloat) && !rt.truthy(b)) {
          throw rt.error("ZeroDivisionError", "float divmod()");
        }
        return new PyTuple([rt.binary("//", a, b), rt.binary("%", a, b)]);
      }
      const r = reflectedCall(rt, a, b, "__divmod__", "__rdivmod__");
      if (r !== NotImplemented) return r;
      throw rt.error(
        "TypeError",
        `unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`,
      );
    }),
    pow: f("pow", (rt, args, kw) => {
      const [b, e, m] = parseArgs(rt, "pow", args, kw, ["base", "exp", "mod"], 2, { cName: "pow" });
      if (isNone(m)) return rt.binary("**", b, e);
      // Three-argument pow of a class's own: only the base's __pow__ is asked.
      if (!isPlainNumber(b) && !typeOf(b).isBuiltin) {
        const pm = typeOf(b).lookup("__pow__");
        const r = pm === undefined ? NotImplemented : rt.call(pm, [b, e, m]);
        if (r !== NotImplemented) return r;
        const names = [b, e, m].map((v) => `'${typeOf(v).name}'`).join(", ");
        throw rt.error("TypeError", `unsupported operand type(s) for ** or pow(): ${names}`);
      }
      const bi = typeof b === "boolean" ? Number(b) : b;
      const ei = typeof e === "boolean" ? Number(e) : e;
      const mi = typeof m === "boolean" ? Number(m) : m;
      if (![bi, ei, mi].every((x) => typeof x === "number" || typeof x === "bigint")) {
        throw rt.error("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
      }
      if (mi == 0) throw rt.error("ValueError", "pow() 3rd argument cannot be 0");
      if ((ei as N.Int) < 0) {
        // A negative exponent means the modular inverse, raised to -exp.
        const inv = modInverse(BigInt(bi as N.Int), BigInt(mi as N.Int));
        if (inv === null) throw rt.error("ValueError", "base is not invertible for the given modulus");
        return N.intPowMod(normInt(inv), N.intNeg(ei as N.Int), mi as N.Int);
      }
      return N.intPowMod(bi as N.Int, ei as N.Int, mi as N.Int);
    }),
    sum: f("sum", (rt, args, kw) => {
      const [it, start] = parseArgs(rt, "sum", args, kw, ["iterable", "start"], 1, {
        posOnly: 1,
        cName: "sum",
      });
      let total: PyValue = start === undefined ? 0 : start;
      if (typeof total === "string") throw rt.error("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
      for (const x of rt.iterate(it)) {
        if (typeof total === "number" && typeof x === "number") {
          const r = total + x;
          total = Number.isSafeInteger(r) ? r : rt.binary("+", total, x);
        } else total = rt.binary("+", total, x);
      }
      return total;
    }),
    min: f("min", (rt, args, kw) => minmax(rt, "min", args, kw)),
    max: f("max", (rt, args, kw) => minmax(rt, "max", args, kw)),
    any: f("any", (rt, args) => {
      arity(rt, "any", args, 1);
      for (const x of rt.iterate(args[0])) if (rt.truthy(x)) return true;
      return false;
    }),
    all: f("all", (rt, args) => {
      arity(rt, "all", args, 1);
      for (const x of rt.iterate(args[0])) if (!rt.truthy(x)) return false;
      return true;
    }),
    sorted: f("sorted", (rt, args, kw) => {
      if (args.length !== 1) throw rt.error("TypeError", `sorted expected 1 argument, got ${args.length}`);
      // sorted() hands its keywords to list.sort, which names itself in the error.
      const [key, reverse] = parseArgs(rt, "sorted", [], kw, [], 0, { kwOnly: ["key", "reverse"], cName: "sort" });
      const items = rt.toArray(args[0]);
      sortArray(rt, items, key, reverse);
      return new PyList(items);
    }),
    iter: f("iter", (rt, args) => {
      arity(rt, "iter", args, 1, 2);
      if (args.length === 2) {
        const [callable, sentinel] = args;
        return new PyIterator("callable_iterator", () => {
          const v = rt.call(callable, []);
          return rt.eq(v, sentinel) ? STOP : v;
        });
      }
      return rt.iter(args[0]);
    }),
    next: f("next", (rt, args) => iterNext(rt, args)),
    chr: f("chr", (rt, args) => {
      arity(rt, "chr", args, 1);
      const n = intArg(rt, args[0]);
      if (n < 0 || n > 0x10ffff) throw rt.error("ValueError", "chr() arg not in range(0x110000)");
      return String.fromCodePoint(n);
    }),
    ord: f("ord", (rt, args) => {
      arity(rt, "ord", args, 1);
      const v = args[0];
      if (typeof v === "string") {
        const chars = Array.from(v);
        if (chars.length !== 1)
          throw rt.error("TypeError", `ord() expected a character, but string of length ${chars.length} found`);
        return chars[0]!.codePointAt(0)!;
      }
      if (v instanceof PyBytes) {
        if (v.data.length !== 1)
          throw rt.error("TypeError", `ord() expected a character, but string of length ${v.data.length} found`);
        return v.data[0]!;
      }
      throw rt.error("TypeError", `ord() expected string of length 1, but ${typeOf(v).name} found`);
    }),
    hex: f("hex", (rt, args) => radix(rt, args, 16, "0x")),
    oct: f("oct", (rt, args) => radix(rt, args, 8, "0o")),
    bin: f("bin", (rt, args) => radix(rt, args, 2, "0b")),
    dir: f("dir", (rt, args) => {
      if (args.length > 1) throw rt.error("TypeError", `dir expected at most 1 argument, got ${args.length}`);
      if (args.length === 0) return rt.list([]);
      return rt.list(dirOf(args[0]).sort());
    }),
    vars: f("vars", (rt, args) => {
      if (args.length > 1) throw rt.error("TypeError", `vars expected at most 1 argument, got ${args.length}`);
      arity(rt, "vars", args, 1);
      const d = getAttrOrUndefined(rt, args[0], "__dict__");
      if (d === undefined) throw rt.error("TypeError", "vars() argument must have __dict__ attribute");
      return d;
    }),
    format: f("format", (rt, args, kw) => {
      noKw(rt, "format", kw);
      arity(rt, "format", args, 1, 2);
      const spec = args.length > 1 ? primitive(args[1]) : "";
      if (typeof spec !== "string") {
        const shown = args[1] === None ? "None" : typeOf(args[1]).name;
        throw rt.error("TypeError", `format() argument 2 must be str, not ${shown}`);
      }
      return rt.format(args[0], spec);
    }),
    // eval/exec/compile: through the program's own compiler (never the host's eval).
    ...codeBuiltins(),
    // site's exit() and quit(): SystemExit with the code given.
    exit: f("exit", (rt, args) => {
      arity(rt, "exit", args, 0, 1);
      throw rt.withContext(args.length ? makeException("SystemExit", args[0]!) : makeException("SystemExit", None));
    }),
    quit: f("quit", (rt, args) => {
      arity(rt, "quit", args, 0, 1);
      throw rt.withContext(args.length ? makeException("SystemExit", args[0]!) : makeException("SystemExit", None));
    }),
    open: f("open", (rt, args, kw) => openFile(rt, args, kw)),
    // There is no stdin: CPython writes the prompt, then meets the end of input.
    input: f("input", (rt, args) => {
      arity(rt, "input", args, 0, 1);
      if (args.length) {
        const prompt = rt.str(args[0]!);
        const sys = rt.modules.get("sys")?.$dict;
        const out = sys?.get("stdout");
        if (out !== undefined && out !== sys!.get("__stdout__")) rt.callMethod(out, "write", [prompt]);
        else rt.write(prompt);
      }
      throw rt.error("EOFError", "EOF when reading a line");
    }),
    // Called through another name (`g = globals; g()`), these see the main module; a
    // direct call is compiled to read the caller's own namespaces (compile/expr.ts).
    globals: f("globals", (rt, args) => {
      arity(rt, "globals", args, 0);
      return rt.getattr(rt.modules.get("__main__")!, "__dict__");
    }),
    locals: f("locals", (rt, args) => {
      arity(rt, "locals", args, 0);
      return rt.getattr(rt.modules.get("__main__")!, "__dict__");
    }),
    aiter: f("aiter", (rt, args) => rt.call(rt.getattr(args[0], "__aiter__"), [])),
    anext: f("anext", (rt, args) => rt.call(rt.getattr(args[0], "__anext__"), [])),
    __build_class__: f("__build_class__", (rt) => rt.raise("NotImplementedError", "__build_class__")),
  };
  delete (table as Record<string, unknown>).__build_class__;
  return table;
}

/** An attribute name argument (a str, or an instance of a str subclass). */
function attrName(rt: Interpreter, v: PyValue): string {
  const s = primitive(v);
  if (typeof s !== "string") throw rt.error("TypeError", `attribute name must be string, not '${typeOf(v).name}'`);
  return s;
}

/** The inverse of `a` modulo `m` (with m's sign, as CPython returns it), or null when there is none. */
function modInverse(a: bigint, m: bigint): bigint | null {
  const mod = m < 0n ? -m : m;
  let [r0, r1] = [((a % mod) + mod) % mod, mod];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return ((s0 % mod) + mod) % mod;
}

function radix(rt: Interpreter, args: PyValue[], base: number, prefix: string): string {
  const v = args[0];
  let n: N.Int;
  if (typeof v === "number" || typeof v === "bigint") n = v;
  else if (typeof v === "boolean") n = v ? 1 : 0;
  else {
    const m = typeOf(v).lookup("__index__");
    if (m === undefined) throw rt.error("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
    n = rt.call(m, [v]) as N.Int;
  }
  const neg = n < 0;
  const s = (neg ? -BigInt(n) : BigInt(n)).toString(base);
  return (neg ? "-" : "") + prefix + s;
}

export { EMPTY_TUPLE, PyException };
