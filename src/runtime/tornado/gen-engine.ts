/**
 * gen.engine (≤5.1) and the `callback=` keyword of gen.coroutine functions (≤5.1):
 * the callback-era ways of getting a coroutine's outcome.
 *
 * An engine function returns None, not a Future; its failure (or a value it returns)
 * is raised into the stack_context that was current when it was called: at once when
 * it fails before its first yield, else from the callback that finishes it.
 */
import { None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyNativeMethod } from "../../python/interp/attr";
import { isPyException, makeException, type PyException } from "../../python/objects/exceptions";
import { fn } from "../../python/builtins/registry";
import type { PyFuture } from "../futures/future";
import { handleInContexts } from "../loop/stack-context";
import { exceptionClass, type TornadoContext } from "./context";

/** `@gen.engine`: the decorator. */
export function makeEngine(ctx: TornadoContext): PyValue {
  const world = ctx.world;
  const rt = world.rt;
  const ignored = exceptionClass("ReturnValueIgnoredError", "tornado.gen");
  /** What final_callback raises for a finished engine function, if anything. */
  const failure = (f: PyFuture): PyException | null => {
    f.retrieved = true;
    if (f.exception) return f.exception;
    if (f.result === None) return null;
    return makeException(ignored, `@gen.engine functions cannot return values: ${rt.repr(f.result)}`);
  };
  return fn("engine", (_rt, [func]) => {
    if (world.profile.release === "5.1") {
      world.warn(
        "DeprecationWarning",
        "gen.engine is deprecated, use gen.coroutine or async def instead",
        "tornado/gen.py",
        223,
        null,
      );
    }
    const name = String(rt.getattr(func!, "__name__"));
    const qual = String(rt.getattr(func!, "__qualname__"));
    const wrapper = new PyNativeMethod(
      name,
      (_rt2, args, kw) => {
        const context = world.stackContext;
        const fut = ctx.cc.callCoroutine(func!, args, kw, qual);
        if (fut.done()) {
          const e = failure(fut);
          if (e) throw e;
          return None;
        }
        fut.addDoneCallback((f) => {
          const e = failure(f);
          if (!e) return;
          const left = handleInContexts(context, e, isPyException);
          if (left) world.onCallbackException?.(left);
        });
        return None;
      },
      qual,
    );
    wrapper.$dict = new Map([["__wrapped__", func!]]);
    return wrapper;
  });
}

/**
 * gen.coroutine's `callback=` keyword (≤5.1; deprecated in 5.1): taken out of the
 * call, and run with the result through IOLoop.add_future once the coroutine is done.
 * Returns the keywords to pass on and the callback, if one was given.
 */
export function takeCoroutineCallback(
  ctx: TornadoContext,
  kw: KwArgs | null,
): { kw: KwArgs | null; watch: (fut: PyFuture) => void } | null {
  const world = ctx.world;
  if (world.profile.features.genTask === "removed" || !kw) return null;
  const i = kw.names.indexOf("callback");
  if (i < 0) return null;
  if (world.profile.features.genTask === "deprecated") {
    world.warn(
      "DeprecationWarning",
      "callback arguments are deprecated, use the returned Future instead",
      "tornado/gen.py",
      300,
      null,
    );
  }
  const callback = kw.values[i]!;
  const names = kw.names.filter((_, j) => j !== i);
  const values = kw.values.filter((_, j) => j !== i);
  return {
    kw: names.length ? { names, values } : null,
    // `lambda future: callback(future.result())`: a failure raises in that callback.
    watch: (fut) => ctx.cc.addFuture(fut, (f) => void world.rt.call(callback, [f.get()]), "coroutine callback"),
  };
}
