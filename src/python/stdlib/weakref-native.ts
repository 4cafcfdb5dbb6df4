/**
 * `_weakref`: the native half of `weakref` (py/weakref.ts holds the Python half).
 * A reference's referent is kept in a per-interpreter WeakMap, out of sight of the
 * reachability scan of interp/finalize.ts, so holding a weak reference does not keep
 * its referent alive. The referent is tracked by that scan: when the scan finds it
 * unreachable (after a main-module statement, or on gc.collect()), its references go
 * dead and their callbacks run, newest first, after any `__del__`.
 *
 * Approximations: objects referenced only from a running function's variables are
 * not found dead until the function has returned and the next main-module statement
 * ends; a callback runs even when its reference object itself is no longer reachable.
 */
import { PyModule, PyObject, None, typeOf, type PyValue } from "../objects/core";
import { PyList } from "../objects/containers";
import { isPyException } from "../objects/exceptions";
import type { Interpreter } from "../interp/interpreter";
import { arity } from "../builtins/registry";
import { makeModule, native } from "./util";

/** Builtin types whose instances CPython cannot reference weakly (their subclasses can). */
const NOT_WEAKREFABLE = new Set([
  "int",
  "bool",
  "float",
  "complex",
  "str",
  "bytes",
  "bytearray",
  "tuple",
  "list",
  "dict",
  "NoneType",
]);

function referent(rt: Interpreter, v: PyValue): PyObject {
  const t = typeOf(v);
  if (!(v instanceof PyObject) || v === None || (t.isBuiltin && NOT_WEAKREFABLE.has(t.name))) {
    throw rt.error("TypeError", `cannot create weak reference to '${t.name}' object`);
  }
  return v;
}

/** Build `_weakref` (one set of tables per interpreter). */
export function weakrefNativeModule(_rt: Interpreter): PyModule {
  /** A live reference's referent; deleted when the referent dies. */
  const targets = new WeakMap<PyObject, PyObject>();
  const callbacks = new WeakMap<PyObject, PyValue>();
  /** A live referent's references, oldest first. */
  const refsOf = new WeakMap<PyObject, PyObject[]>();

  const die = (rt: Interpreter, target: PyObject) => {
    const refs = refsOf.get(target) ?? [];
    refsOf.delete(target);
    for (const r of refs) targets.delete(r);
    for (const r of [...refs].reverse()) {
      const cb = callbacks.get(r);
      callbacks.delete(r);
      if (cb === undefined) continue;
      try {
        rt.call(cb, [r]);
      } catch (e) {
        // As CPython: an exception in a callback is reported on stderr and ignored.
        if (!isPyException(e)) throw e;
        rt.writeErr(`Exception ignored in: ${rt.repr(cb)}\n${e.$cls.name}: ${rt.str(e)}\n`);
      }
    }
  };

  return makeModule("_weakref", {
    // bind(ref, referent, callback, register): make `ref` refer to `referent`. An
    // unregistered reference (a dictionary's lookup key) is not counted, has no
    // callback and never goes dead.
    bind: native("bind", (rt, args) => {
      arity(rt, "bind", args, 4);
      const [ref, ob, cb, register] = args;
      const target = referent(rt, ob);
      targets.set(ref as PyObject, target);
      if (!rt.truthy(register)) return None;
      if (cb !== None) callbacks.set(ref as PyObject, cb);
      let refs = refsOf.get(target);
      if (!refs) {
        refs = [];
        refsOf.set(target, refs);
        rt.fin.onDeath(rt, target, () => die(rt, target));
      }
      refs.push(ref as PyObject);
      return None;
    }),
    get: native("get", (rt, args) => {
      arity(rt, "get", args, 1);
      return targets.get(args[0] as PyObject) ?? None;
    }),
    callback: native("callback", (rt, args) => {
      arity(rt, "callback", args, 1);
      return (targets.has(args[0] as PyObject) && callbacks.get(args[0] as PyObject)) || None;
    }),
    refs: native("refs", (rt, args) => {
      arity(rt, "refs", args, 1);
      const o = args[0];
      return new PyList(o instanceof PyObject ? [...(refsOf.get(o) ?? [])] : []);
    }),
  });
}
