/**
 * asyncio.timeout / timeout_at and their Timeout object (CPython 3.11): entering binds
 * the current Task and schedules the deadline; at the deadline the Task is cancelled,
 * and leaving the block turns that CancelledError into TimeoutError when no other
 * cancellation is pending (the Task's uncancel() count drops to 0).
 */
import { PyInstance, PyFloat, None, type PyValue } from "../../python/objects/core";
import { PyException, excType } from "../../python/objects/exceptions";
import { fn, methods, parseArgs } from "../../python/builtins/registry";
import { runtimeClass, type TornadoContext } from "../tornado/context";
import { MONOTONIC_BASE } from "../tornado/ioloop-time";
import { seconds } from "../tornado/seconds";
import { immediateCoroutine, setTimer, clearTimer } from "./native";
import type { TaskFuture, TaskRegistry } from "./asyncio-task";
import type { ModuleLoop } from "./asyncio-loop";

type State = "created" | "active" | "expiring" | "expired" | "finished";

class TimeoutObj extends PyInstance {
  state: State = "created";
  when: number | null = null;
  task: TaskFuture | null = null;
  /** Cancels the scheduled expiry, if one is scheduled. */
  handle: (() => void) | null = null;
}

export interface TimeoutEnv {
  readonly ctx: TornadoContext;
  readonly moduleLoop: ModuleLoop;
  readonly registry: TaskRegistry;
  /** Raise as get_running_loop() does without a running loop. */
  readonly needRunningLoop: () => void;
}

/** The Timeout class and the timeout()/timeout_at() functions. */
export function makeTimeout(env: TimeoutEnv): Record<string, PyValue> {
  const world = env.ctx.world;
  const rt = world.rt;
  const loopTime = () => MONOTONIC_BASE + world.now() / 1e6;
  const type = runtimeClass("Timeout", "asyncio.timeouts", undefined, (cls) => new TimeoutObj(cls));
  const T = (v: PyValue) => v as TimeoutObj;

  const expire = (t: TimeoutObj) => {
    t.task?.task?.cancel();
    t.state = "expiring";
    t.handle = null;
  };
  const reschedule = (t: TimeoutObj, when: number | null) => {
    if (t.state !== "active") throw rt.error("RuntimeError", `Cannot change state of ${t.state} Timeout`);
    t.when = when;
    t.handle?.();
    t.handle = null;
    if (when === null) return;
    if (when <= loopTime()) {
      let live = true;
      env.moduleLoop.callSoon(world.job(() => live && expire(t), "Timeout._on_timeout"));
      t.handle = () => (live = false);
    } else {
      const due = world.now() + Math.max(0, Math.round((when - loopTime()) * 1e6));
      const id = setTimer(world, due, () => expire(t), "asyncio.timeout");
      t.handle = () => clearTimer(world, id);
    }
  };
  const whenArg = (v: PyValue | undefined): number | null => (v === undefined || v === None ? null : seconds(rt, v));
  const make = (when: number | null) => {
    const t = new TimeoutObj(type);
    t.when = when;
    return t;
  };

  methods(type, {
    __init__: (_rt, self, [when]) => {
      T(self).when = whenArg(when);
      return None;
    },
    when: (_rt, self) => (T(self).when === null ? None : new PyFloat(T(self).when!)),
    reschedule: (_rt, self, [when]) => {
      reschedule(T(self), whenArg(when));
      return None;
    },
    expired: (_rt, self) => T(self).state === "expiring" || T(self).state === "expired",
    __repr__: (_rt, self) => {
      const t = T(self);
      const info =
        t.state === "active"
          ? ` when=${t.when === null ? "None" : rt.repr(new PyFloat(Math.round(t.when * 1000) / 1000))}`
          : "";
      return `<Timeout [${t.state}]${info}>`;
    },
    __aenter__: (_rt, self) =>
      immediateCoroutine("Timeout.__aenter__", () => {
        const t = T(self);
        t.state = "active";
        t.task = env.registry.current;
        if (t.task === null) throw rt.error("RuntimeError", "Timeout should be used inside a task");
        reschedule(t, t.when);
        return t;
      }),
    __aexit__: (_rt, self, [excType_, exc]) =>
      immediateCoroutine("Timeout.__aexit__", () => {
        const t = T(self);
        t.handle?.();
        t.handle = null;
        if (t.state === "expiring") {
          t.state = "expired";
          if ((t.task?.task?.uncancel() ?? 0) === 0 && excType_ === world.cancelledError) {
            const err = rt.call(excType("TimeoutError"), []) as PyException;
            if (exc instanceof PyException) err.context = exc;
            throw err;
          }
        } else if (t.state === "active") t.state = "finished";
        return None;
      }),
  });

  return {
    Timeout: type,
    timeout: fn("timeout", (_rt, args, kw) => {
      const [delay] = parseArgs(rt, "timeout", args, kw, ["delay"], 1);
      env.needRunningLoop();
      const d = whenArg(delay);
      return make(d === null ? null : loopTime() + d);
    }),
    timeout_at: fn("timeout_at", (_rt, args, kw) => {
      const [when] = parseArgs(rt, "timeout_at", args, kw, ["when"], 1);
      return make(whenArg(when));
    }),
  };
}
