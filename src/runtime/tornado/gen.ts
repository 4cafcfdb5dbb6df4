/**
 * tornado.gen: coroutine, engine, Return, moment, sleep, multi, with_timeout,
 * WaitIterator, Task/Callback/Wait, maybe_future, convert_yielded, TimeoutError,
 * BadYieldError — each only in the releases that have it.
 */
import { PyModule, PyObject, PyType, None, objectType } from "../../python/objects/core";
import { PyException } from "../../python/objects/exceptions";
import { PyNativeMethod } from "../../python/interp/attr";
import { PyTuple, PyList, PyDict } from "../../python/objects/containers";
import { excType } from "../../python/objects/exceptions";
import { loadModule } from "../../python/interp/imports";
import { methods, fn } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import { MOMENT } from "../futures/drivers";
import { exceptionClass, kwGet, type TornadoContext } from "./context";
import { seconds } from "./seconds";
import { makeWithTimeout, isQuiet } from "./gen-timeout";
import { makeWaitIterator } from "./gen-wait";
import { installCallbackHelpers } from "./gen-task";
import { makeEngine, takeCoroutineCallback } from "./gen-engine";

export function makeGenModule(ctx: TornadoContext): PyModule {
  const world = ctx.world;
  const rt = world.rt;
  const p = world.profile;
  const cc = ctx.cc;
  const m = new PyModule("tornado.gen");
  const d = m.$dict!;

  const returnType = exceptionClass("Return", "tornado.gen");
  methods(returnType, {
    __init__: (_rt, self, args) => {
      const e = self as PyException;
      const v = args[0] ?? None;
      e.args = new PyTuple([v]);
      e.$dict!.set("value", v);
      return None;
    },
  });
  const badYield = exceptionClass("BadYieldError", "tornado.gen");
  cc.returnType = returnType;
  cc.badYieldType = badYield;
  d.set("Return", returnType);
  d.set("BadYieldError", badYield);

  d.set(
    "coroutine",
    fn("coroutine", (_rt, [func]) => {
      const name = String(rt.getattr(func, "__name__"));
      const qual = String(rt.getattr(func, "__qualname__"));
      const wrapper = new PyNativeMethod(
        name,
        (_rt2, args, kw) => {
          const cb = takeCoroutineCallback(ctx, kw);
          if (!cb) return cc.callCoroutine(func, args, kw, qual);
          const fut = cc.callCoroutine(func, args, cb.kw, qual);
          cb.watch(fut);
          return fut;
        },
        qual,
      );
      wrapper.$dict = new Map([["__wrapped__", func]]);
      return wrapper;
    }),
  );
  if (p.features.genEngine) d.set("engine", makeEngine(ctx));

  if (p.features.moment) {
    const momentType = new PyType("_NullFuture", [objectType], { builtin: true, module: "tornado.gen" });
    // 4.x's gen.moment is a Future resolved to None (awaitable, done); 5.0 made it a _NullFuture.
    // A coroutine Runner tells it apart and waits one iteration either way.
    let moment: PyObject;
    if (p.futureKind === "tornado") {
      const done = cc.newFuture("gen.moment");
      done.setResult(None);
      moment = done;
    } else moment = new PyObject(momentType);
    cc.momentObject = moment;
    d.set("moment", moment);
  }
  if (p.features.sleep) {
    d.set(
      "sleep",
      fn("sleep", (_rt, [duration]) => {
        const secs = seconds(rt, duration);
        const f = cc.newFuture(`gen.sleep(${rt.repr(duration)})`);
        const due = world.now() + Math.round(secs * 1e6);
        const id = world.loop.callAt(
          due,
          world.job(() => {
            // A cancelled sleep stays cancelled (future_set_result_unless_cancelled).
            if (!f.done()) f.setResult(None);
          }, "gen.sleep"),
        );
        f.timerId = id;
        world.emit({
          kind: "timer-set",
          timer: id,
          due: due as never,
          owner: world.owner,
          label: `gen.sleep(${rt.repr(duration)})`,
          line: rt.currentLine(),
        });
        return f;
      }),
    );
  }
  if (p.features.multi) {
    d.set(
      "multi",
      fn("multi", (_rt, args, kw) => {
        const children = args[0] ?? kwGet(kw, "children");
        const quiet = args[1] ?? kwGet(kw, "quiet_exceptions");
        if (children instanceof PyList || children instanceof PyTuple || children instanceof PyDict) {
          return cc.multi(children, quiet === undefined ? undefined : (e) => isQuiet(ctx, e, quiet));
        }
        return cc.convertYielded(children!) as PyFuture;
      }),
    );
    d.set("multi_future", d.get("multi")!);
  }
  if (p.features.withTimeout) {
    const where = p.messages.genTimeoutError;
    d.set(
      "TimeoutError",
      where === "builtins"
        ? excType("TimeoutError")
        : where === "tornado.util"
          ? loadModule(rt, "tornado.util").$dict!.get("TimeoutError")!
          : exceptionClass("TimeoutError", "tornado.gen"),
    );
    d.set("with_timeout", makeWithTimeout(ctx));
  }
  if (p.features.waitIterator) d.set("WaitIterator", makeWaitIterator(ctx));
  if (p.features.genTask !== "removed") installCallbackHelpers(ctx, d);
  if (p.features.convertYielded) {
    d.set(
      "convert_yielded",
      fn("convert_yielded", (_rt, [v]) => {
        const f = cc.convertYielded(v);
        if (f === MOMENT) {
          const mf = cc.newFuture("gen.moment");
          mf.setResult(None);
          return mf;
        }
        return f;
      }),
    );
  }
  // tornado.gen imports these from tornado.concurrent, so they are reachable as gen.X too.
  const concurrent = loadModule(rt, "tornado.concurrent").$dict!;
  for (const name of ["Future", "is_future", "chain_future", "future_set_result_unless_cancelled"]) {
    const v = concurrent.get(name);
    if (v !== undefined) d.set(name, v);
  }
  // maybe_future came with 4.0, as gen.moment did.
  if (p.features.moment) {
    d.set(
      "maybe_future",
      fn("maybe_future", (_rt, [v]) => {
        if (v instanceof PyFuture) return v;
        const f = cc.newFuture("maybe_future");
        f.setResult(v);
        return f;
      }),
    );
  }
  d.set(
    "is_coroutine_function",
    fn("is_coroutine_function", (_rt, [f]) => f instanceof PyNativeMethod && f.$dict?.has("__wrapped__") === true),
  );
  return m;
}
