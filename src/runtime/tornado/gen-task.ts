/**
 * The callback-era helpers of tornado.gen (≤5.1; deprecated in 5.1, gone in 6.0):
 * `gen.Task(func, *args)` calls `func(*args, callback=cb)` and gives what `cb`
 * receives; `gen.Callback(key)` / `gen.Wait(key)` pair a callback with a later wait.
 */
import { PyInstance, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyList, PyTuple } from "../../python/objects/containers";
import { loadModule } from "../../python/interp/imports";
import { fn, methods } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import { runtimeClass, type TornadoContext } from "./context";
import { warnStackContextDeprecated } from "../loop/stack-context";

export function installCallbackHelpers(ctx: TornadoContext, d: Map<string, PyValue>): void {
  const world = ctx.world;
  const rt = world.rt;
  const deprecated = world.profile.features.genTask === "deprecated";
  const warn = (what: string) => {
    if (deprecated)
      world.warn("DeprecationWarning", `${what} is deprecated, use Futures instead`, "tornado/gen.py", 0, null);
  };
  // gen.Arguments = collections.namedtuple('Arguments', ['args', 'kwargs']).
  const argumentsType = rt.call(rt.getattr(loadModule(rt, "collections"), "namedtuple"), [
    "Arguments",
    new PyList(["args", "kwargs"]),
  ]);
  rt.setattr(argumentsType, "__module__", "tornado.gen");
  d.set("Arguments", argumentsType);
  /** The value a callback's arguments stand for: one argument itself, none None, else Arguments(args, kwargs). */
  const argumentValue = (args: PyValue[], kw: KwArgs | null = null): PyValue => {
    if (!kw?.names.length && args.length <= 1) return args.length === 1 ? args[0]! : None;
    const kwargs = rt.newDict();
    kw?.names.forEach((n, i) => rt.dictSet(kwargs, n, kw.values[i]!));
    return rt.call(argumentsType, [new PyTuple(args), kwargs]);
  };
  // 3.2's Runner keeps a callback's result until the generator takes it: a second call made
  // before that replaces it. 4.x's Future keeps the first.
  const settle = (fut: PyFuture, value: PyValue) => {
    if (!fut.done()) fut.setResult(value);
    else if (world.profile.release === "3.2" && !fut.retrieved && !fut.exception) fut.result = value;
  };

  d.set(
    "Task",
    fn("Task", (_rt, [func, ...args], kw) => {
      warn("gen.Task");
      // 5.1's Task runs func inside an ExceptionStackContext, which warns too.
      if (deprecated) warnStackContextDeprecated(world, "enter");
      const fut = ctx.cc.newFuture(`gen.Task(${rt.str(rt.getattr(func!, "__name__"))})`);
      const callback = fn("callback", (_rt2, cbArgs, cbKw) => {
        settle(fut, argumentValue(cbArgs, cbKw));
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
        fn("callback", (_rt, args, kw) => {
          settle(target, argumentValue(args, kw));
          return None;
        }),
      );
      return done;
    }
    if (v.$cls === waitType) return slot(v.$dict!.get("key")!);
    return undefined;
  });
}
