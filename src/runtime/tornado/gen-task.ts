/**
 * The callback-era helpers of tornado.gen (≤5.1; deprecated in 5.1, gone in 6.0):
 * `gen.Task(func, *args)` calls `func(*args, callback=cb)` and gives what `cb`
 * receives; `gen.Callback(key)` / `gen.Wait(key)` pair a callback with a later wait.
 */
import { PyInstance, None, type PyValue } from "../../python/objects/core";
import { PyTuple } from "../../python/objects/containers";
import { fn, methods } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import { runtimeClass, type TornadoContext } from "./context";

export function installCallbackHelpers(ctx: TornadoContext, d: Map<string, PyValue>): void {
  const world = ctx.world;
  const rt = world.rt;
  const deprecated = world.profile.features.genTask === "deprecated";
  const warn = (what: string) => {
    if (deprecated)
      world.warn("DeprecationWarning", `${what} is deprecated, use Futures instead`, "tornado/gen.py", 0, null);
  };
  /** The value a callback's arguments stand for: one argument itself, else all of them. */
  const argumentValue = (args: PyValue[]): PyValue =>
    args.length === 1 ? args[0]! : args.length === 0 ? None : new PyTuple(args);

  d.set(
    "Task",
    fn("Task", (_rt, [func, ...args], kw) => {
      warn("gen.Task");
      // 5.1's Task runs func inside an ExceptionStackContext, which warns too.
      if (deprecated) {
        world.warn(
          "DeprecationWarning",
          "StackContext is deprecated and will be removed in Tornado 6.0",
          "tornado/stack_context.py",
          196,
          null,
        );
      }
      const fut = ctx.cc.newFuture(`gen.Task(${rt.str(rt.getattr(func!, "__name__"))})`);
      const callback = fn("callback", (_rt2, cbArgs) => {
        if (!fut.done()) fut.setResult(argumentValue(cbArgs));
        return None;
      });
      const names = [...(kw?.names ?? []), "callback"];
      const values = [...(kw?.values ?? []), callback];
      const call = () => rt.call(func!, args, { names, values });
      try {
        // 4.5/5.1: func runs inside an ExceptionStackContext that fails the Task's Future with
        // an exception escaping a callback func scheduled (3.2's Task relies on the coroutine's).
        if (world.profile.features.stackContexts === "task") {
          world.enterStackContext((e) => {
            if (fut.done()) return false;
            ctx.cc.settleWithError(fut, e);
            return true;
          }, call);
        } else call();
      } catch (e) {
        if (!fut.done()) ctx.cc.settleWithError(fut, e);
      }
      return fut;
    }),
  );

  // Callback(key) / Wait(key): keys belong to the request (or task) whose code made them.
  const keyed = new Map<string, PyFuture>();
  const slot = (key: PyValue): PyFuture => {
    const o = world.owner;
    const k = `${o.type}:${o.type === "request" ? o.request : o.type === "task" ? o.task : ""}:${rt.repr(key)}`;
    let f = keyed.get(k);
    if (!f) {
      f = ctx.cc.newFuture(`gen.Wait(${rt.repr(key)})`);
      keyed.set(k, f);
    }
    return f;
  };
  const callbackType = runtimeClass("Callback", "tornado.gen");
  const waitType = runtimeClass("Wait", "tornado.gen");
  methods(callbackType, {
    __init__: (_rt, self, [key]) => {
      warn("gen.Callback");
      (self as PyInstance).$dict!.set("key", key!);
      return None;
    },
  });
  methods(waitType, {
    __init__: (_rt, self, [key]) => {
      warn("gen.Wait");
      (self as PyInstance).$dict!.set("key", key!);
      return None;
    },
  });
  d.set("Callback", callbackType);
  d.set("Wait", waitType);
  ctx.cc.yieldPointTypes.push(callbackType, waitType);
  ctx.cc.yieldPoints.push((v) => {
    if (!(v instanceof PyInstance)) return undefined;
    if (v.$cls === callbackType) {
      const target = slot(v.$dict!.get("key")!);
      const done = ctx.cc.newFuture("gen.Callback");
      done.setResult(
        fn("callback", (_rt, args) => {
          if (!target.done()) target.setResult(argumentValue(args));
          return None;
        }),
      );
      return done;
    }
    if (v.$cls === waitType) return slot(v.$dict!.get("key")!);
    return undefined;
  });
}
