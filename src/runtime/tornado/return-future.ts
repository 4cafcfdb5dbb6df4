/**
 * tornado.concurrent.return_future (3.x-5.x; deprecated in 5.1, gone in 6.0): makes a
 * function that reports through a `callback` argument return a Future instead. The
 * function runs inside an ExceptionStackContext that fails the Future; a callback the
 * caller gave still runs, with the result, once the Future is done.
 */
import { None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyFunction } from "../../python/objects/functions";
import { PyMethod } from "../../python/objects/core";
import { isPyException, makeException } from "../../python/objects/exceptions";
import { fn } from "../../python/builtins/registry";
import { PyNativeMethod } from "../../python/interp/attr";
import { exceptionClass, type TornadoContext } from "./context";

export function makeReturnFuture(ctx: TornadoContext): PyValue {
  const world = ctx.world;
  const rt = world.rt;
  const ignored = exceptionClass("ReturnValueIgnoredError", "tornado.concurrent");
  return fn("return_future", (_rt, [func]) => {
    // 3.2's ArgReplacer asks inspect.getargspec, which Python 3.11 no longer has.
    if (world.profile.release === "3.2")
      throw rt.error("AttributeError", "module 'inspect' has no attribute 'getargspec'");
    if (world.profile.release === "5.1") {
      world.warn(
        "DeprecationWarning",
        "@return_future is deprecated, use coroutines instead",
        "tornado/concurrent.py",
        0,
        null,
      );
    }
    const target = func instanceof PyMethod ? func.func : func;
    const params = target instanceof PyFunction ? target.sig.params : [];
    const pos = params.indexOf("callback");
    const name = String(rt.getattr(func!, "__name__"));
    return new PyNativeMethod(
      name,
      (_rt2, args, kw) => {
        const fut = ctx.cc.newFuture(`${name}()`);
        const setter = fn("<lambda>", (_rt3, [value]) => {
          if (!fut.done()) fut.setResult(value ?? None);
          return None;
        });
        // ArgReplacer: the caller's callback (positional or keyword) gives way to the setter.
        let callback: PyValue = None;
        let callArgs = args;
        let callKw: KwArgs | null = kw;
        if (pos >= 0 && args.length > pos) {
          callback = args[pos]!;
          callArgs = [...args.slice(0, pos), setter, ...args.slice(pos + 1)];
        } else {
          const i = kw ? kw.names.indexOf("callback") : -1;
          if (i >= 0) callback = kw!.values[i]!;
          const names = (kw?.names ?? []).filter((_, j) => j !== i);
          const values = (kw?.values ?? []).filter((_, j) => j !== i);
          callKw = { names: [...names, "callback"], values: [...values, setter] };
        }
        let failure: unknown = null;
        world.enterStackContext(
          (e) => {
            if (!fut.done()) fut.setException(e, ctx.cc.tracebackOf(e));
            return true;
          },
          () => {
            try {
              const r = rt.call(func!, callArgs, callKw);
              if (r !== None)
                throw makeException(ignored, "@return_future should not be used with functions that return values");
            } catch (e) {
              if (!isPyException(e)) throw e;
              failure = e;
              if (!fut.done()) fut.setException(e, ctx.cc.tracebackOf(e));
            }
          },
        );
        if (failure !== null) throw failure;
        if (callback !== None) {
          fut.addDoneCallback((f) => {
            const v = f.get();
            if (v === None) rt.call(callback, []);
            else rt.call(callback, [v]);
          });
        }
        return fut;
      },
      name,
    );
  });
}
