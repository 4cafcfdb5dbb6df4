/**
 * Coroutine synchronization as tornado.locks has it: Event, Semaphore,
 * BoundedSemaphore, Lock and Condition, whose waiting methods return Futures. Waiters
 * are plain Futures of the release, so a waiter wakes in the same loop iteration as in
 * the real thing. (asyncio's, whose wake-ups differ, are in asyncio-sync.ts.)
 */
import { PyInstance, PyType, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { methods, getter } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import type { TornadoContext } from "../tornado/context";
import { runtimeClass, kwGet } from "../tornado/context";
import { nativeCoroutine, awaitFuture, setTimer, clearTimer } from "./native";

class EventObj extends PyInstance {
  value = false;
  waiters = new Set<PyFuture>();
}

class SemaphoreObj extends PyInstance {
  value = 1;
  initial = 1;
  bounded = false;
  waiters: PyFuture[] = [];
}

class ConditionObj extends PyInstance {
  waiters: PyFuture[] = [];
}

/** What a sync module needs from the run: futures, timers, the timeout error to raise. */
export interface SyncEnv {
  readonly ctx: TornadoContext;
  readonly module: string;
  /** Seconds until a tornado-style `timeout` (absolute IOLoop time or timedelta), or null. */
  readonly timeoutSeconds: (timeout: PyValue) => number | null;
  /** The exception a timed-out wait raises. */
  readonly timeoutError: () => PyValue;
  /** gen.with_timeout, which tornado.locks' Event.wait wraps its waiter in. */
  readonly withTimeout: (fut: PyFuture, timeout: PyValue) => PyFuture;
}

/** Fail `fut` with the env's timeout error after `timeout` (tornado's `_set_timeout`). */
export function setWaitTimeout(env: SyncEnv, fut: PyFuture, timeout: PyValue): void {
  const secs = env.timeoutSeconds(timeout);
  if (secs === null) return;
  const world = env.ctx.world;
  const id = setTimer(
    world,
    world.now() + Math.max(0, Math.round(secs * 1e6)),
    () => {
      if (!fut.done()) fut.setException(world.rt.call(env.timeoutError(), ["Timeout"]) as never);
    },
    "wait timeout",
  );
  fut.addDoneCallback(() => clearTimer(world, id));
}

/** Build Event, Semaphore, BoundedSemaphore, Lock and Condition for one module. */
export function makeLockClasses(env: SyncEnv): Record<string, PyType> {
  const { ctx, module } = env;
  const rt = ctx.world.rt;
  const newFuture = (label: string) => ctx.cc.newFuture(label);

  // Event
  const eventType = runtimeClass("Event", module, undefined, (cls) => new EventObj(cls));
  const ev = (v: PyValue) => v as EventObj;
  methods(eventType, {
    is_set: (_rt, self) => ev(self).value,
    set: (_rt, self) => {
      const e = ev(self);
      if (!e.value) {
        e.value = true;
        for (const f of e.waiters) if (!f.done()) f.setResult(None);
        e.waiters.clear();
      }
      return None;
    },
    clear: (_rt, self) => {
      ev(self).value = false;
      return None;
    },
    wait: (_rt, self, args, kw) => {
      const e = ev(self);
      const timeout = args[0] ?? kwGet(kw, "timeout") ?? None;
      const fut = newFuture("Event.wait()");
      if (e.value) {
        fut.setResult(None);
        return fut;
      }
      e.waiters.add(fut);
      fut.addDoneCallback(() => e.waiters.delete(fut));
      if (timeout === None) return fut;
      // Event.wait(timeout) is gen.with_timeout around the waiter; from 5.0 the timeout
      // also cancels the waiter (with_timeout itself never cancels what it wraps).
      const timed = env.withTimeout(fut, timeout);
      if (ctx.world.profile.futureKind === "asyncio") {
        timed.addDoneCallback(() => {
          if (!fut.done()) fut.cancel();
        });
      }
      return timed;
    },
    __repr__: (_rt, self) => `<${module}.Event ${ev(self).value ? "set" : "clear"}>`,
  });

  // Semaphore / BoundedSemaphore / Lock
  const releaser = runtimeClass("_ReleasingContextManager", module);
  methods(releaser, {
    __enter__: () => None,
    __exit__: (_rt, self) => {
      rt.callMethod((self as PyInstance).$dict!.get("_obj")!, "release", []);
      return None;
    },
  });
  const releasing = (sem: PyValue): PyValue => {
    const r = new PyInstance(releaser);
    r.$dict!.set("_obj", sem);
    return r;
  };
  const sm = (v: PyValue) => v as SemaphoreObj;
  /** An acquire gives a context manager that releases. */
  const acquire = (self: PyValue, timeout: PyValue): PyFuture => {
    const s = sm(self);
    const fut = newFuture("acquire()");
    if (s.value > 0) {
      s.value--;
      fut.setResult(releasing(self));
    } else {
      s.waiters.push(fut);
      setWaitTimeout(env, fut, timeout);
    }
    return fut;
  };
  const release = (self: PyValue, what: string): void => {
    const s = sm(self);
    if (s.bounded && s.value >= s.initial) {
      if (what === "Lock") throw rt.error("RuntimeError", "release unlocked lock");
      throw rt.error("ValueError", "Semaphore released too many times");
    }
    s.value++;
    while (s.waiters.length) {
      const w = s.waiters.shift()!;
      if (!w.done()) {
        s.value--;
        w.setResult(releasing(self));
        break;
      }
    }
  };
  const semaphoreMethods = (what: string) => ({
    acquire: (_rt: unknown, self: PyValue, args: PyValue[], kw: KwArgs | null) =>
      acquire(self, args[0] ?? kwGet(kw, "timeout") ?? None),
    release: (_rt: unknown, self: PyValue) => {
      release(self, what);
      return None;
    },
    __aenter__: (_rt: unknown, self: PyValue) =>
      nativeCoroutine(
        `${what}.__aenter__`,
        (function* () {
          yield* awaitFuture(acquire(self, None));
          return None;
        })(),
      ),
    __aexit__: (_rt: unknown, self: PyValue) => {
      release(self, what);
      const done = newFuture("release");
      done.setResult(None);
      return nativeCoroutine(
        `${what}.__aexit__`,
        (function* () {
          return yield* awaitFuture(done);
        })(),
      );
    },
    __enter__: () => {
      throw rt.error("RuntimeError", `Use \`async with\` instead of \`with\` for ${what}`);
    },
    __exit__: () => None,
  });
  const semInit =
    (bounded: boolean, dflt: number) => (_rt: unknown, self: PyValue, args: PyValue[], kw: KwArgs | null) => {
      const s = sm(self);
      const v = args[0] ?? kwGet(kw, "value") ?? dflt;
      if (typeof v !== "number" || v < 0) throw rt.error("ValueError", "semaphore initial value must be >= 0");
      s.value = v;
      s.initial = v;
      s.bounded = bounded;
      return None;
    };
  const semaphoreType = runtimeClass("Semaphore", module, undefined, (cls) => new SemaphoreObj(cls));
  methods(semaphoreType, { __init__: semInit(false, 1), ...semaphoreMethods("Semaphore") });
  // The counter, which examples print to show how many slots are left.
  getter(semaphoreType, "_value", (_rt, self) => sm(self).value);
  const boundedType = runtimeClass("BoundedSemaphore", module, [semaphoreType]);
  methods(boundedType, { __init__: semInit(true, 1) });
  const lockType = runtimeClass("Lock", module, undefined, (cls) => new SemaphoreObj(cls));
  methods(lockType, {
    __init__: semInit(true, 1),
    ...semaphoreMethods("Lock"),
    __repr__: (_rt, self) => `<${module}.Lock _block=<${sm(self).value ? "unlocked" : "locked"}>>`,
  });

  // Condition (tornado's: notify wakes waiters; no lock to hold)
  const conditionType = runtimeClass("Condition", module, undefined, (cls) => new ConditionObj(cls));
  const cd = (v: PyValue) => v as ConditionObj;
  const notify = (self: PyValue, n: number) => {
    const c = cd(self);
    const woken: PyFuture[] = [];
    while (n && c.waiters.length) {
      const w = c.waiters.shift()!;
      if (!w.done()) {
        n--;
        woken.push(w);
      }
    }
    for (const w of woken) w.setResult(true);
  };
  methods(conditionType, {
    wait: (_rt, self, args, kw) => {
      const timeout = args[0] ?? kwGet(kw, "timeout") ?? None;
      const fut = newFuture("Condition.wait()");
      cd(self).waiters.push(fut);
      const secs = env.timeoutSeconds(timeout);
      if (secs !== null) {
        const world = ctx.world;
        const id = setTimer(
          world,
          world.now() + Math.round(secs * 1e6),
          () => {
            if (!fut.done()) fut.setResult(false);
          },
          "Condition.wait timeout",
        );
        fut.addDoneCallback(() => clearTimer(world, id));
      }
      return fut;
    },
    notify: (_rt, self, args, kw) => {
      notify(self, Number(args[0] ?? kwGet(kw, "n") ?? 1));
      return None;
    },
    notify_all: (_rt, self) => {
      notify(self, Number.MAX_SAFE_INTEGER);
      return None;
    },
  });

  return {
    Event: eventType,
    Semaphore: semaphoreType,
    BoundedSemaphore: boundedType,
    Lock: lockType,
    Condition: conditionType,
  };
}
