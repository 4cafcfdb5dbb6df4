/**
 * The TimeoutError gen.with_timeout (and the locks' and queues' timeouts) raise:
 * tornado.gen.TimeoutError in 4.x, tornado.util.TimeoutError in 5.x, and from 6.2
 * asyncio.TimeoutError, which on Python 3.11 is the builtin TimeoutError.
 */
import { PyModule, PyType } from "../../python/objects/core";
import { excType } from "../../python/objects/exceptions";
import { loadModule } from "../../python/interp/imports";
import type { TornadoContext } from "./context";

export function timeoutErrorType(ctx: TornadoContext): PyType {
  const where = ctx.world.profile.messages.genTimeoutError;
  if (where === "builtins") return excType("TimeoutError");
  const m: PyModule = loadModule(ctx.world.rt, where);
  // 3.2's gen has none (with_timeout came in 4.0): its run_sync timeout is a TimeoutError too.
  return (m.$dict!.get("TimeoutError") as PyType | undefined) ?? excType("TimeoutError");
}
