/**
 * The call protocol: functions, bound methods, natives, classes, and objects with
 * `__call__`; binding arguments to parameters with CPython's error messages.
 */
import {
  PyBox,
  PyBuiltin,
  PyMethod,
  PyType,
  PyObject,
  None,
  typeOf,
  typeType,
  objectType,
  type KwArgs,
  type PyValue,
} from "../objects/core";
import { PyTuple, PyDict, EMPTY_TUPLE } from "../objects/containers";
import { PyFunction, Frame } from "../objects/functions";
import { PyGenerator } from "./generators";
import { PyAsyncGenerator } from "./asyncgen";
import { PyNativeMethod } from "./attr";
import { isPrimitiveMethod } from "./boxes";
import type { Interpreter } from "./interpreter";

/** Call any Python callable. */
export function callValue(rt: Interpreter, f: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  if (f instanceof PyFunction) return callFunction(rt, f, args, kw);
  if (f instanceof PyBuiltin) {
    // str/int/float's own methods work on the primitive a subclass instance stands for.
    if (args[0] instanceof PyBox && f instanceof PyNativeMethod && isPrimitiveMethod(f)) {
      args = [args[0].value, ...args.slice(1)];
    }
    return f.impl(rt, args, kw);
  }
  if (f instanceof PyMethod) {
    const all: PyValue[] = new Array(args.length + 1);
    all[0] = f.self;
    for (let i = 0; i < args.length; i++) all[i + 1] = args[i];
    // A bound Python function: straight to it, one JS frame fewer per Python call.
    if (f.func instanceof PyFunction) return callFunction(rt, f.func, all, kw);
    return callValue(rt, f.func, all, kw);
  }
  if (f instanceof PyType) return callType(rt, f, args, kw);
  const call = typeOf(f).lookup("__call__");
  if (call !== undefined) return callValue(rt, call, [f, ...args], kw);
  throw rt.error("TypeError", `'${typeOf(f).name}' object is not callable`);
}

/** Call a function defined in Python. */
export function callFunction(rt: Interpreter, fn: PyFunction, args: PyValue[], kw: KwArgs | null): PyValue {
  const bound = kw === null && fn.simple && args.length === fn.sig.params.length ? args : bindArgs(rt, fn, args, kw);
  const frame = new Frame(fn.sig.name, fn.sig.file, fn.sig.line, fn.sig);
  if (fn.kind !== "plain") {
    if (rt.fin.enabled) rt.fin.generatorFrames.add(frame);
    const it = (fn.impl as (...a: PyValue[]) => Generator<PyValue, PyValue, PyValue>).apply(frame, bound);
    if (fn.kind === "asyncgen") return new PyAsyncGenerator(it, frame, fn.qualname);
    const g = new PyGenerator(it, frame, fn.qualname, fn.kind === "coroutine");
    if (fn.iterableCoroutine) g.iterableCoroutine = true;
    return g;
  }
  if (--rt.budget < 0) rt.outOfBudget();
  rt.pushFrame(frame);
  try {
    return (fn.impl as (...a: PyValue[]) => PyValue).apply(frame, bound);
  } catch (e) {
    throw rt.unwind(e, frame);
  } finally {
    rt.popFrame();
  }
}

/**
 * Call a function whose `direct` arity matches the arguments given (up to three),
 * passing them without an argument array.
 */
export function callDirect(rt: Interpreter, fn: PyFunction, a?: PyValue, b?: PyValue, c?: PyValue): PyValue {
  // A plain call's frame is needed only while it runs (nothing keeps it: tracebacks
  // copy its position), so the frame object for each depth is reused.
  const depth = rt.frames.length;
  const pooled = rt.framePool[depth];
  const frame =
    pooled !== undefined
      ? pooled.reset(fn.sig)
      : (rt.framePool[depth] = new Frame(fn.sig.name, fn.sig.file, fn.sig.line, fn.sig));
  if (--rt.budget < 0) rt.outOfBudget();
  rt.pushFrame(frame);
  try {
    return (fn.impl as (this: Frame, a?: PyValue, b?: PyValue, c?: PyValue) => PyValue).call(frame, a, b, c);
  } catch (e) {
    throw rt.unwind(e, frame);
  } finally {
    rt.popFrame();
  }
}

/** `f(a)`: a dunder or callback call, straight to a Python function when it takes exactly that. */
export function call1(rt: Interpreter, f: PyValue, a: PyValue): PyValue {
  if (f instanceof PyFunction && f.direct === 1) return callDirect(rt, f, a);
  return callValue(rt, f, [a], null);
}

/** `f(a, b)`, as {@link call1}. */
export function call2(rt: Interpreter, f: PyValue, a: PyValue, b: PyValue): PyValue {
  if (f instanceof PyFunction && f.direct === 2) return callDirect(rt, f, a, b);
  return callValue(rt, f, [a, b], null);
}

/** `f(a, b, c)`, as {@link call1}. */
export function call3(rt: Interpreter, f: PyValue, a: PyValue, b: PyValue, c: PyValue): PyValue {
  if (f instanceof PyFunction && f.direct === 3) return callDirect(rt, f, a, b, c);
  return callValue(rt, f, [a, b, c], null);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing names. */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/** Map positional and keyword arguments onto a function's parameters. */
export function bindArgs(rt: Interpreter, fn: PyFunction, args: PyValue[], kw: KwArgs | null): PyValue[] {
  const sig = fn.sig;
  const fname = `${fn.qualname}()`;
  const np = sig.params.length;
  const out: PyValue[] = new Array(np);
  const filled: boolean[] = new Array(np).fill(false);
  const npos = Math.min(args.length, np);
  for (let i = 0; i < npos; i++) {
    out[i] = args[i];
    filled[i] = true;
  }
  let varargs: PyValue = EMPTY_TUPLE;
  // Too many positional arguments is reported after the keywords are checked (their errors come first).
  const tooMany = args.length > np && sig.vararg === null;
  if (args.length > np && !tooMany) varargs = new PyTuple(args.slice(np));
  const kwonlyVals = new Map<string, PyValue>();
  let kwargs: PyDict | null = sig.kwarg !== null ? rt.newDict() : null;
  if (kw) {
    const posonlyAsKw: string[] = [];
    for (let k = 0; k < kw.names.length; k++) {
      const name = kw.names[k]!;
      const value = kw.values[k];
      const idx = sig.params.indexOf(name);
      if (idx >= sig.posonly) {
        if (filled[idx]) throw rt.error("TypeError", `${fname} got multiple values for argument '${name}'`);
        out[idx] = value;
        filled[idx] = true;
      } else if (sig.kwonly.includes(name)) {
        kwonlyVals.set(name, value);
      } else if (kwargs) {
        rt.dictSet(kwargs, name, value);
      } else if (idx >= 0) {
        posonlyAsKw.push(name);
      } else {
        throw rt.error("TypeError", `${fname} got an unexpected keyword argument '${name}'`);
      }
    }
    if (posonlyAsKw.length) {
      throw rt.error(
        "TypeError",
        `${fname} got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(", ")}'`,
      );
    }
  }
  if (tooMany) {
    const min = np - fn.defaults.length;
    const takes = min === np ? plural(np, "positional argument") : `from ${min} to ${np} positional arguments`;
    const given = args.length;
    const kwGiven = kwonlyVals.size;
    const what = kwGiven
      ? `${plural(given, "positional argument")} (and ${plural(kwGiven, "keyword-only argument")}) were given`
      : `${given} ${given === 1 ? "was" : "were"} given`;
    throw rt.error("TypeError", `${fname} takes ${takes} but ${what}`);
  }
  const firstDefault = np - fn.defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < np; i++) {
    if (filled[i]) continue;
    if (i >= firstDefault) out[i] = fn.defaults[i - firstDefault];
    else missing.push(sig.params[i]!);
  }
  if (missing.length) {
    throw rt.error(
      "TypeError",
      `${fname} missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`,
    );
  }
  if (sig.vararg !== null) out.push(varargs);
  const missingKw: string[] = [];
  for (const name of sig.kwonly) {
    if (kwonlyVals.has(name)) out.push(kwonlyVals.get(name));
    else if (fn.kwdefaults.has(name)) out.push(fn.kwdefaults.get(name));
    else missingKw.push(name);
  }
  if (missingKw.length) {
    throw rt.error(
      "TypeError",
      `${fname} missing ${plural(missingKw.length, "required keyword-only argument")}: ${nameList(missingKw)}`,
    );
  }
  if (kwargs) out.push(kwargs);
  kwargs = null;
  return out;
}

/** `cls(*args, **kw)`: `__new__` then `__init__`, or the metaclass's `__call__`. */
export function callType(rt: Interpreter, cls: PyType, args: PyValue[], kw: KwArgs | null): PyValue {
  if (cls === typeType) {
    if (args.length === 1 && !kw) return typeOf(args[0]);
    if (args.length === 3) return rt.makeClassFromType(args[0], args[1], args[2], kw);
    throw rt.error("TypeError", "type() takes 1 or 3 arguments");
  }
  const meta = cls.$cls;
  if (meta !== typeType) {
    const metaCall = meta.lookup("__call__");
    if (metaCall !== undefined && metaCall !== typeType.dict.get("__call__")) {
      return callValue(rt, metaCall, [cls, ...args], kw);
    }
  }
  return constructInstance(rt, cls, args, kw);
}

/** What `type.__call__` does. */
export function constructInstance(rt: Interpreter, cls: PyType, args: PyValue[], kw: KwArgs | null): PyValue {
  const newFn = cls.lookup("__new__");
  const initFn = cls.lookup("__init__");
  const defaultNew = newFn === objectType.dict.get("__new__");
  const defaultInit = initFn === objectType.dict.get("__init__");
  let obj: PyValue;
  if (defaultNew) {
    if (defaultInit && (args.length || (kw && kw.names.length))) {
      throw rt.error("TypeError", `${cls.name}() takes no arguments`);
    }
    obj = cls.alloc(cls);
  } else {
    // __new__ is an implicit staticmethod: it receives the class explicitly.
    const fn = newFn instanceof PyObject && rt.isStaticMethod(newFn) ? rt.staticFunc(newFn) : newFn;
    obj = callValue(rt, fn, [cls, ...args], kw);
  }
  if (!defaultInit && rt.isInstance(obj, cls)) {
    const r = callValue(rt, initFn, [obj, ...args], kw);
    if (r !== None) throw rt.error("TypeError", `__init__() should return None, not '${typeOf(r).name}'`);
  }
  if (obj instanceof PyObject && !cls.isBuiltin && cls.lookup("__del__") !== undefined) rt.fin.track(rt, obj);
  return obj;
}
