/**
 * tornado.ioloop.PeriodicCallback: calls `callback` every `callback_time` ms, each
 * period measured from the start of the previous call; a call that overruns skips
 * the periods it missed. From 6.0 the callback may be a coroutine, awaited before
 * the next call is scheduled.
 */
import { PyInstance, PyType, None, type PyValue } from "../../python/objects/core";
import { isPyException, type PyException } from "../../python/objects/exceptions";
import { methods } from "../../python/builtins/registry";
import { PyGenerator } from "../../python/interp/generators";
import { TimedeltaObj } from "../../python/stdlib/datetime-timedelta";
import { PyFuture } from "../futures/future";
import { setTimer, clearTimer } from "../py/native";
import { runtimeClass, kwGet, type TornadoContext } from "./context";
import { seconds } from "./seconds";
import { toFuture } from "./gen-timeout";

class PeriodicObj extends PyInstance {
  callback: PyValue = None;
  periodUs = 0;
  running = false;
  nextUs = 0;
  timer: number | null = null;
}

export function makePeriodicCallback(ctx: TornadoContext): PyType {
  const world = ctx.world;
  const rt = world.rt;
  const p = world.profile;
  const t = runtimeClass("PeriodicCallback", "tornado.ioloop", undefined, (cls) => new PeriodicObj(cls));
  const P = (v: PyValue) => v as PeriodicObj;

  const scheduleNext = (pc: PeriodicObj) => {
    if (!pc.running) return;
    const now = world.now();
    if (pc.nextUs <= now) pc.nextUs += (Math.floor((now - pc.nextUs) / pc.periodUs) + 1) * pc.periodUs;
    else pc.nextUs += pc.periodUs;
    pc.timer = setTimer(world, pc.nextUs, () => fire(pc), "PeriodicCallback");
  };
  const fire = (pc: PeriodicObj) => {
    pc.timer = null;
    // 6.x's _run is a coroutine, started as a Task: the call comes one iteration later.
    if (p.release === "6.5") world.callSoon(() => run(pc), "PeriodicCallback._run");
    else run(pc);
  };
  const run = (pc: PeriodicObj) => {
    if (!pc.running) return;
    let r: PyValue = None;
    try {
      r = rt.call(pc.callback, []);
    } catch (e) {
      if (!isPyException(e)) throw e;
      logError(pc, e, null);
    }
    if (p.release === "6.5" && (r instanceof PyFuture || (r instanceof PyGenerator && r.isCoroutine))) {
      const fut = toFuture(ctx, r);
      ctx.cc.addFuture(
        fut,
        (f) => {
          f.retrieved = true;
          if (f.exception) logError(pc, f.exception, f.tracebackText);
          scheduleNext(pc);
        },
        "PeriodicCallback._run",
      );
      return;
    }
    scheduleNext(pc);
  };
  const logError = (pc: PeriodicObj, e: PyException, tb: string | null) => {
    world.logError(
      "tornado.application",
      `Exception in callback ${rt.repr(pc.callback)}`,
      e,
      tb ?? ctx.cc.tracebackOf(e),
      p.logSites.callbackException,
    );
  };

  methods(t, {
    __init__: (_rt, self, args, kw) => {
      const pc = P(self);
      pc.callback = args[0] ?? kwGet(kw, "callback")!;
      const time = args[1] ?? kwGet(kw, "callback_time")!;
      const ms =
        time instanceof TimedeltaObj ? seconds(rt, rt.callMethod(time, "total_seconds", [])) * 1000 : seconds(rt, time);
      if (ms <= 0) throw rt.error("ValueError", "Periodic callback must have a positive callback_time");
      pc.periodUs = Math.round(ms * 1000);
      pc.$dict!.set("callback", pc.callback);
      pc.$dict!.set("callback_time", time);
      return None;
    },
    start: (_rt, self) => {
      const pc = P(self);
      pc.running = true;
      pc.nextUs = world.now();
      scheduleNext(pc);
      return None;
    },
    stop: (_rt, self) => {
      const pc = P(self);
      pc.running = false;
      if (pc.timer !== null) clearTimer(world, pc.timer);
      pc.timer = null;
      return None;
    },
  });
  if (p.features.periodicIsRunning) methods(t, { is_running: (_rt, self) => P(self).running });
  return t;
}
