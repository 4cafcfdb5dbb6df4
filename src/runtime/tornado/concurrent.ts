/** tornado.concurrent: the release's Future class, chain_future, and run_on_executor. */
import { PyModule, PyBuiltin, None, type PyValue } from "../../python/objects/core";
import { fn } from "../../python/builtins/registry";
import { PyNativeMethod } from "../../python/interp/attr";
import { PyFuture } from "../futures/future";
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
  /** `@run_on_executor` (or `@run_on_executor(executor="name")`): run the method on
   * `self.executor` and return a Future of its result. */
  const decorate = (method: PyValue, attr: string): PyValue => {
    const name = String(rt.getattr(method, "__name__"));
    return new PyNativeMethod(
      name,
      (_rt, args, kw) => {
        const self = args[0]!;
        const executor = rt.getattr(self, attr);
        const conc = rt.call(rt.getattr(executor, "submit"), [method, ...args], kw) as PyFuture;
        const out = ctx.cc.newFuture(`${name}()`);
        ctx.cc.chain(conc, out);
        return out;
      },
      name,
    );
  };
  d.set(
    "run_on_executor",
    fn("run_on_executor", (_rt, args, kw) => {
      if (args.length === 1 && args[0] !== None && !kw) return decorate(args[0]!, "executor");
      const attr = String(kwGet(kw, "executor") ?? "executor");
      return new PyBuiltin("run_on_executor", (_rt2, [method]) => decorate(method!, attr));
    }),
  );
  return m;
}
