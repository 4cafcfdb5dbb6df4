/** tornado.concurrent: the release's Future class, chain_future, and run_on_executor. */
import { PyModule, PyBuiltin, None, type PyValue } from "../../python/objects/core";
import { fn } from "../../python/builtins/registry";
import { PyNativeMethod } from "../../python/interp/attr";
import { PyFuture } from "../futures/future";
import { loadModule } from "../../python/interp/imports";
import { kwGet, type TornadoContext } from "./context";
import { makeReturnFuture } from "./return-future";

export function makeConcurrentModule(ctx: TornadoContext): PyModule {
  const rt = ctx.world.rt;
  const m = new PyModule("tornado.concurrent");
  const d = m.$dict!;
  d.set("Future", ctx.cc.plainFutureType ?? ctx.cc.futureType);
  if (ctx.world.profile.release === "3.2") d.set("TracebackFuture", ctx.cc.futureType);
  d.set(
    "chain_future",
    fn("chain_future", (_rt, [a, b]) => {
      ctx.cc.chain(a as PyFuture, b as PyFuture);
      return None;
    }),
  );
  if (ctx.world.profile.features.futureHelpers) {
    d.set(
      "future_set_result_unless_cancelled",
      fn("future_set_result_unless_cancelled", (_rt, [f, v]) => {
        const fut = f as PyFuture;
        if (fut.state !== "cancelled") fut.setResult(v!);
        return None;
      }),
    );
  }
  // return_future: 3.x-5.x (6.0 removed it).
  if (ctx.world.profile.versionInfo[0] < 6) d.set("return_future", makeReturnFuture(ctx));
  d.set(
    "is_future",
    fn("is_future", (_rt, [v]) => v instanceof PyFuture),
  );
  const p = ctx.world.profile;
  /** `@run_on_executor` (or `@run_on_executor(executor="name")`): run the method on
   * `self.executor` and return a Future of its result: the executor's own up to 4.x,
   * a Tornado Future chained to it from 5.0. Up to 5.1 a `callback=` keyword gets the
   * result through `add_future` on `self.io_loop` (≤4.x) or the current IOLoop (5.1, which warns). */
  const decorate = (method: PyValue, attr: string, loopAttr: string): PyValue => {
    const name = String(rt.getattr(method, "__name__"));
    return new PyNativeMethod(
      name,
      (_rt, args, kw) => {
        const self = args[0]!;
        const i = p.versionInfo[0] < 6 && kw ? kw.names.indexOf("callback") : -1;
        const callback = i >= 0 ? kw!.values[i]! : None;
        const rest =
          i >= 0 ? { names: kw!.names.filter((_, j) => j !== i), values: kw!.values.filter((_, j) => j !== i) } : kw;
        const executor = rt.getattr(self, attr);
        const conc = rt.call(rt.getattr(executor, "submit"), [method, ...args], rest) as PyFuture;
        let out = conc;
        if (p.versionInfo[0] >= 5) {
          out = ctx.cc.newFuture(`${name}()`);
          ctx.cc.chain(conc, out);
        }
        if (callback !== None && rt.truthy(callback)) {
          if (p.release === "5.1") {
            ctx.world.warn(
              "DeprecationWarning",
              "callback arguments are deprecated, use the returned Future instead",
              "tornado/concurrent.py",
              446,
              null,
            );
          }
          const loop =
            p.versionInfo[0] >= 5
              ? rt.call(rt.getattr(rt.getattr(loadModule(rt, "tornado.ioloop"), "IOLoop"), "current"), [])
              : rt.getattr(self, loopAttr);
          const watch = fn("<lambda>", (_rt2, [f]) => rt.call(callback, [(f as PyFuture).get()]));
          rt.call(rt.getattr(loop, "add_future"), [out, watch]);
        }
        return out;
      },
      name,
    );
  };
  d.set(
    "run_on_executor",
    fn("run_on_executor", (_rt, args, kw) => {
      // 3.2's run_on_executor(fn) takes no keywords.
      if (p.release === "3.2" && kw?.names.length)
        throw rt.error("TypeError", `run_on_executor() got an unexpected keyword argument '${kw.names[0]}'`);
      if (args.length === 1 && args[0] !== None && !kw) return decorate(args[0]!, "executor", "io_loop");
      const attr = String(kwGet(kw, "executor") ?? "executor");
      const loopAttr = String(kwGet(kw, "io_loop") ?? "io_loop");
      return new PyBuiltin("run_on_executor", (_rt2, [method]) => decorate(method!, attr, loopAttr));
    }),
  );
  return m;
}
