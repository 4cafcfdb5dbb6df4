/** tornado.concurrent: the release's Future class. */
import { PyModule } from "../../python/objects/core";
import { fn } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import type { TornadoContext } from "./context";

export function makeConcurrentModule(ctx: TornadoContext): PyModule {
  const m = new PyModule("tornado.concurrent");
  const d = m.$dict!;
  d.set("Future", ctx.cc.futureType);
  if (ctx.world.profile.release === "3.2") d.set("TracebackFuture", ctx.cc.futureType);
  d.set(
    "chain_future",
    fn("chain_future", (_rt, [a, b]) => {
      ctx.cc.chain(a as PyFuture, b as PyFuture);
      return ctx.world.rt.None;
    }),
  );
  d.set(
    "future_set_result_unless_cancelled",
    fn("future_set_result_unless_cancelled", (_rt, [f, v]) => {
      const fut = f as PyFuture;
      if (fut.state !== "cancelled") fut.setResult(v);
      return ctx.world.rt.None;
    }),
  );
  return m;
}
