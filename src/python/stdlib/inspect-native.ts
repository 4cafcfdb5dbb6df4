/**
 * `_inspect`: what `inspect` (py/inspect.ts) needs to know about a function that a
 * Python program cannot read here (functions have no `__code__`): its parameter
 * names by kind and whether it is a generator or coroutine function.
 */
import { PyModule, None } from "../objects/core";
import { PyList, PyTuple } from "../objects/containers";
import { PyFunction } from "../objects/functions";
import type { Interpreter } from "../interp/interpreter";
import { arity } from "../builtins/registry";
import { makeModule, native } from "./util";

/** Build `_inspect`. */
export function inspectNativeModule(_rt: Interpreter): PyModule {
  return makeModule("_inspect", {
    // parts(f): (positional names, how many are positional-only, *args name or None,
    // keyword-only names, **kwargs name or None, kind, keyword-only defaults as
    // (name, value) pairs), or None for a non-function.
    parts: native("parts", (rt, args) => {
      arity(rt, "parts", args, 1);
      const f = args[0];
      if (!(f instanceof PyFunction)) return None;
      const s = f.sig;
      return new PyTuple([
        new PyList([...s.params]),
        s.posonly,
        s.vararg ?? None,
        new PyList([...s.kwonly]),
        s.kwarg ?? None,
        f.kind,
        new PyList([...f.kwdefaults].map(([k, v]) => new PyTuple([k, v]))),
      ]);
    }),
  });
}
