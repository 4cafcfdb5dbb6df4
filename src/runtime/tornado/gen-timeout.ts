/**
 * gen.with_timeout (4.0+): the wrapper fails with TimeoutError("Timeout") at the
 * deadline; the wrapped Future is not cancelled, and if it fails later its error is
 * logged as "Exception in Future %r after timeout" unless it is quiet.
 */
import { PyTuple } from "../../python/objects/containers";
import { None, type PyValue } from "../../python/objects/core";
import { PyException } from "../../python/objects/exceptions";
import { fn } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import { MOMENT } from "../futures/drivers";
import { futureAddDoneCallback, setTimer, clearTimer } from "../py/native";
import { kwGet, TORNADO_DIR, type TornadoContext } from "./context";
import { timeoutErrorType } from "./timeout-error";
import { deadlineSeconds } from "./ioloop-time";

/** `convert_yielded` with gen.moment turned into a done Future. */
export function toFuture(ctx: TornadoContext, v: PyValue): PyFuture {
  const f = ctx.cc.convertYielded(v);
  if (f !== MOMENT) return f;
  const done = ctx.cc.newFuture("gen.moment");
  done.setResult(None);
  return done;
}

/** Whether `e` is an instance of `quiet` (an exception class or a tuple of them). */
export function isQuiet(ctx: TornadoContext, e: PyException, quiet: PyValue): boolean {
  const rt = ctx.world.rt;
  if (quiet === None || quiet === undefined) return false;
  const classes = quiet instanceof PyTuple ? quiet.items : [quiet];
  return classes.some((c) => rt.call(rt.builtins.get("isinstance")!, [e, c]) === true);
}

export function makeWithTimeout(ctx: TornadoContext): PyValue {
  return fn("with_timeout", (_rt, args, kw) => {
    const timeout = args[0] ?? kwGet(kw, "timeout");
    const quiet = args[2] ?? kwGet(kw, "quiet_exceptions") ?? new PyTuple([]);
    return withTimeout(ctx, timeout!, toFuture(ctx, args[1] ?? kwGet(kw, "future")!), quiet);
  });
}

/** gen.with_timeout(timeout, inner, quiet_exceptions=quiet) on a Future. */
export function withTimeout(ctx: TornadoContext, timeout: PyValue, inner: PyFuture, quiet: PyValue): PyFuture {
  const world = ctx.world;
  const rt = world.rt;
  const p = world.profile;
  const result = ctx.cc.newFuture("with_timeout");
  futureAddDoneCallback(inner, (f) => {
    if (result.done()) return;
    f.retrieved = true;
    if (f.exception) result.setException(f.exception, f.tracebackText);
    else result.setResult(f.result);
  });
  const errorCallback = (f: PyFuture) => {
    f.retrieved = true;
    const e = f.exception;
    if (e && rt.isInstance(e, world.cancelledError) && p.features.withTimeoutLogsCancel) {
      // `except Exception` does not catch it: asyncio's Handle reports the callback.
      const handle = `with_timeout.<locals>.error_callback(${rt.repr(f)}) at ${TORNADO_DIR}/gen.py:${p.logSites.withTimeoutErrorCallback}`;
      world.logError(
        "asyncio",
        `Exception in callback ${handle}\nhandle: <Handle ${handle}>`,
        e,
        ctx.cc.tracebackOf(e),
        ["base_events", 1758],
      );
      return;
    }
    if (!e || rt.isInstance(e, world.cancelledError) || isQuiet(ctx, e, quiet)) return;
    world.logError(
      "tornado.application",
      `Exception in Future ${rt.repr(f)} after timeout`,
      e,
      f.tracebackText ?? ctx.cc.tracebackOf(e),
      ["gen", 0],
    );
  };
  const secs = deadlineSeconds(ctx, timeout);
  const id = setTimer(
    world,
    world.now() + Math.max(0, Math.round(secs * 1e6)),
    () => {
      if (!result.done()) result.setException(rt.call(timeoutErrorType(ctx), ["Timeout"]) as PyException);
      futureAddDoneCallback(inner, errorCallback);
    },
    `with_timeout(${rt.repr(timeout)})`,
  );
  futureAddDoneCallback(inner, () => clearTimer(world, id));
  return result;
}
