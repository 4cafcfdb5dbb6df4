/** tornado.locks (4.2+): Event, Semaphore, BoundedSemaphore, Lock, Condition; waits return Futures. */
import { PyModule } from "../../python/objects/core";
import { makeLockClasses, type SyncEnv } from "../py/sync";
import { makeQueueClasses } from "../py/queue";
import type { TornadoContext } from "./context";
import { deadlineSeconds } from "./ioloop-time";
import { timeoutErrorType } from "./timeout-error";
import { withTimeout } from "./gen-timeout";
import { None } from "../../python/objects/core";

/** How tornado.locks and tornado.queues wait: Futures, Tornado deadlines, gen's TimeoutError. */
export function tornadoSyncEnv(ctx: TornadoContext, module: string): SyncEnv {
  return {
    ctx,
    module,
    timeoutSeconds: (t) => (t === None || t === undefined ? null : deadlineSeconds(ctx, t)),
    timeoutError: () => timeoutErrorType(ctx),
    withTimeout: (fut, timeout) => withTimeout(ctx, timeout, fut, None),
  };
}

export function makeLocksModule(ctx: TornadoContext): PyModule {
  const m = new PyModule("tornado.locks");
  for (const [k, v] of Object.entries(makeLockClasses(tornadoSyncEnv(ctx, "tornado.locks")))) m.$dict!.set(k, v);
  return m;
}

export function makeQueuesModule(ctx: TornadoContext): PyModule {
  const m = new PyModule("tornado.queues");
  for (const [k, v] of Object.entries(makeQueueClasses(tornadoSyncEnv(ctx, "tornado.queues")))) m.$dict!.set(k, v);
  return m;
}
