/** tornado.ioloop: IOLoop.current()/instance() and the scheduling methods handler code uses. */
import { PyModule, PyInstance, PyFloat, None, type PyValue } from "../../python/objects/core";
import { isPyException } from "../../python/objects/exceptions";
import { methods, method, fn } from "../../python/builtins/registry";
import { PyStaticMethod } from "../../python/objects/functions";
import { PyGenerator } from "../../python/interp/generators";
import { PyFuture } from "../futures/future";
import { runtimeClass, type TornadoContext } from "./context";
import { seconds } from "./seconds";

/** Wall-clock epoch shown by `time.time()` and 3.x/4.x `IOLoop.time()` at virtual time 0 (2026-11-24 14:05:24 UTC). */
export const EPOCH_SECONDS = 1795529124;

export function makeIoloopModule(ctx: TornadoContext): PyModule {
  const world = ctx.world;
  const rt = world.rt;
  const p = world.profile;
  const loopType = runtimeClass("IOLoop", "tornado.ioloop");
  const theLoop = new PyInstance(loopType);
  const loopTime = () => (p.loop === "asyncio" ? 1000 + world.now() / 1e6 : EPOCH_SECONDS + world.now() / 1e6);

  /** Run a callback the way IOLoop._run_callback does: errors are logged, returned coroutines are watched. */
  const runCallback = (cb: PyValue, args: PyValue[]) => {
    try {
      const r = rt.call(cb, args);
      if (r instanceof PyGenerator && r.isCoroutine) ctx.cc.convertYielded(r);
    } catch (e) {
      if (!isPyException(e)) throw e;
      world.logError(
        "tornado.application",
        `Exception in callback ${rt.repr(cb)}`,
        e,
        ctx.cc.tracebackOf(e),
        p.logSites.callbackException,
      );
    }
  };
  const later = (delayUs: number, cb: PyValue, args: PyValue[], label: string) => {
    const due = world.now() + Math.max(0, Math.round(delayUs));
    const id = world.loop.callAt(
      due,
      world.job(() => runCallback(cb, args), label),
    );
    world.emit({ kind: "timer-set", timer: id, due: due as never, owner: world.owner, label, line: rt.currentLine() });
    return id;
  };
  const handleType = runtimeClass("_Timeout", "tornado.ioloop");

  const table: Parameters<typeof methods>[1] = {
    add_callback: (_rt, _self, [cb, ...args]) => {
      world.callSoon(() => runCallback(cb, args), "callback");
      return None;
    },
    add_timeout: (_rt, _self, [deadline, cb, ...args]) => {
      const secs =
        deadline instanceof PyInstance && deadline.$cls.name === "timedelta"
          ? seconds(rt, rt.callMethod(deadline, "total_seconds", []))
          : seconds(rt, deadline) - loopTime();
      const h = new PyInstance(handleType);
      h.$dict!.set("_id", later(secs * 1e6, cb, args, "add_timeout"));
      return h;
    },
    remove_timeout: (_rt, _self, [h]) => {
      const id = (h as PyInstance).$dict?.get("_id");
      if (typeof id === "number" && world.loop.cancelTimer(id)) world.emit({ kind: "timer-cancel", timer: id });
      return None;
    },
    add_future: (_rt, _self, [f, cb]) => {
      ctx.cc.addFuture(f as PyFuture, (fut) => runCallback(cb, [fut]), "add_future");
      return None;
    },
    time: () => new PyFloat(loopTime()),
    start: () => None,
    stop: () => None,
    close: () => None,
    make_current: () => None,
  };
  if (p.features.spawnCallback) table.spawn_callback = table.add_callback!;
  if (p.features.callLater) {
    table.call_later = (_rt, _self, [delay, cb, ...args]) => {
      const h = new PyInstance(handleType);
      h.$dict!.set("_id", later(seconds(rt, delay) * 1e6, cb, args, `call_later(${rt.repr(delay)})`));
      return h;
    };
    table.call_at = (_rt, _self, [when, cb, ...args]) => {
      const h = new PyInstance(handleType);
      h.$dict!.set("_id", later((seconds(rt, when) - loopTime()) * 1e6, cb, args, "call_at"));
      return h;
    };
  }
  methods(loopType, table);
  const current = new PyStaticMethod(fn("current", () => theLoop));
  loopType.dict.set("current", current);
  loopType.dict.set("instance", current);
  method(loopType, "__repr__", () => "<tornado.platform.asyncio.AsyncIOMainLoop object>");
  world.onCallbackException = (e) => {
    world.logError(
      "tornado.application",
      "Exception in callback",
      e,
      ctx.cc.tracebackOf(e),
      p.logSites.callbackException,
    );
  };

  const m = new PyModule("tornado.ioloop");
  m.$dict!.set("IOLoop", loopType);
  void PyGenerator;
  return m;
}
