/**
 * asyncio's synchronization primitives (Event, Lock, Condition, Semaphore,
 * BoundedSemaphore) as CPython 3.11 runs them. A release does not hand the lock to a
 * waiter: it wakes the first one, which takes the lock when its Task runs (another
 * coroutine may take it first, and the woken one then waits again). Waiting methods are
 * coroutines that make their waiter Future only when awaited.
 */
import { PyInstance, PyType, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { isPyException } from "../../python/objects/exceptions";
import { methods, parseArgs } from "../../python/builtins/registry";
import { awaitable } from "../../python/interp/delegate";
import { PyFuture } from "../futures/future";
import { runtimeClass, type TornadoContext } from "../tornado/context";
import { nativeCoroutine, immediateCoroutine, awaitFuture, type NativeBody } from "./native";

class EventObj extends PyInstance {
  value = false;
  waiters: PyFuture[] = [];
}

class LockObj extends PyInstance {
  locked = false;
  waiters: PyFuture[] = [];
}

class SemaphoreObj extends PyInstance {
  value = 1;
  bound = -1;
  waiters: PyFuture[] = [];
}

class ConditionObj extends PyInstance {
  lock: PyValue = None;
  waiters: PyFuture[] = [];
}

/** What the primitives need from the asyncio module. */
export interface SyncEnv {
  readonly ctx: TornadoContext;
  /** The running loop's create_future() (raises without a running loop). */
  readonly createFuture: (label: string) => PyFuture;
}

function remove(list: PyFuture[], f: PyFuture): void {
  const i = list.indexOf(f);
  if (i >= 0) list.splice(i, 1);
}

export function makeAsyncioLockClasses(env: SyncEnv): Record<string, PyType> {
  const world = env.ctx.world;
  const rt = world.rt;
  const isCancel = (e: unknown) => isPyException(e) && rt.isInstance(e, world.cancelledError);
  const coro = (name: string, body: NativeBody) => nativeCoroutine(name, body);
  const where = (self: PyValue, extra: string) =>
    `<asyncio.locks.${(self as PyInstance).$cls.name} object at ${rt.addressOf(self)} [${extra}]>`;
  const waitersNote = (w: PyFuture[]) => (w.length ? `, waiters:${w.length}` : "");

  // Event
  const eventType = runtimeClass("Event", "asyncio.locks", undefined, (cls) => new EventObj(cls));
  const ev = (v: PyValue) => v as EventObj;
  methods(eventType, {
    is_set: (_rt, self) => ev(self).value,
    set: (_rt, self) => {
      const e = ev(self);
      if (!e.value) {
        e.value = true;
        for (const f of e.waiters) if (!f.done()) f.setResult(true);
      }
      return None;
    },
    clear: (_rt, self) => {
      ev(self).value = false;
      return None;
    },
    wait: (_rt, self) => {
      const e = ev(self);
      return coro(
        "Event.wait",
        (function* (): NativeBody {
          if (e.value) return true;
          const f = env.createFuture("Event.wait()");
          e.waiters.push(f);
          try {
            yield* awaitFuture(f);
            return true;
          } finally {
            remove(e.waiters, f);
          }
        })(),
      );
    },
    __repr__: (_rt, self) => where(self, (ev(self).value ? "set" : "unset") + waitersNote(ev(self).waiters)),
  });

  // The async context manager of Lock, Semaphore and Condition: `await self.acquire()`, `self.release()`.
  const contextManager = {
    __aenter__: (_rt: unknown, self: PyValue) => {
      const acquiring = rt.callMethod(self, "acquire", []);
      return coro(
        "__aenter__",
        (function* (): NativeBody {
          yield* awaitable(rt, acquiring);
          return None;
        })(),
      );
    },
    __aexit__: (_rt: unknown, self: PyValue) =>
      immediateCoroutine("__aexit__", () => {
        rt.callMethod(self, "release", []);
        return None;
      }),
  };

  // Lock
  const lockType = runtimeClass("Lock", "asyncio.locks", undefined, (cls) => new LockObj(cls));
  const lk = (v: PyValue) => v as LockObj;
  const wakeUpFirst = (l: LockObj) => {
    const f = l.waiters[0];
    if (f && !f.done()) f.setResult(true);
  };
  methods(lockType, {
    locked: (_rt, self) => lk(self).locked,
    acquire: (_rt, self) => {
      const l = lk(self);
      return coro(
        "Lock.acquire",
        (function* (): NativeBody {
          if (!l.locked && l.waiters.every((w) => w.state === "cancelled")) {
            l.locked = true;
            return true;
          }
          const f = env.createFuture("Lock.acquire()");
          l.waiters.push(f);
          try {
            try {
              yield* awaitFuture(f);
            } finally {
              remove(l.waiters, f);
            }
          } catch (e) {
            if (isCancel(e) && !l.locked) wakeUpFirst(l);
            throw e;
          }
          l.locked = true;
          return true;
        })(),
      );
    },
    release: (_rt, self) => {
      const l = lk(self);
      if (!l.locked) throw rt.error("RuntimeError", "Lock is not acquired.");
      l.locked = false;
      wakeUpFirst(l);
      return None;
    },
    ...contextManager,
    __repr__: (_rt, self) => where(self, (lk(self).locked ? "locked" : "unlocked") + waitersNote(lk(self).waiters)),
  });

  // Semaphore, BoundedSemaphore
  const semType = runtimeClass("Semaphore", "asyncio.locks", undefined, (cls) => new SemaphoreObj(cls));
  const sm = (v: PyValue) => v as SemaphoreObj;
  const semLocked = (s: SemaphoreObj) => s.value === 0 || s.waiters.some((w) => w.state !== "cancelled");
  const wakeUpNext = (s: SemaphoreObj) => {
    for (const f of s.waiters) {
      if (!f.done()) {
        s.value--;
        f.setResult(true);
        return;
      }
    }
  };
  const semInit = (bounded: boolean) => (_rt: unknown, self: PyValue, args: PyValue[], kw: KwArgs | null) => {
    const [v] = parseArgs(rt, bounded ? "BoundedSemaphore" : "Semaphore", args, kw, ["value"], 0);
    const value = v ?? 1;
    if (rt.lt(value, 0)) throw rt.error("ValueError", "Semaphore initial value must be >= 0");
    const s = sm(self);
    s.value = Number(value);
    if (bounded) s.bound = s.value;
    return None;
  };
  methods(semType, {
    __init__: semInit(false),
    locked: (_rt, self) => semLocked(sm(self)),
    acquire: (_rt, self) => {
      const s = sm(self);
      return coro(
        "Semaphore.acquire",
        (function* (): NativeBody {
          if (!semLocked(s)) {
            s.value--;
            return true;
          }
          const f = env.createFuture("Semaphore.acquire()");
          s.waiters.push(f);
          try {
            try {
              yield* awaitFuture(f);
            } finally {
              remove(s.waiters, f);
            }
          } catch (e) {
            if (isCancel(e) && f.state !== "cancelled") {
              s.value++;
              wakeUpNext(s);
            }
            throw e;
          }
          if (s.value > 0) wakeUpNext(s);
          return true;
        })(),
      );
    },
    release: (_rt, self) => {
      const s = sm(self);
      if (s.bound >= 0 && s.value >= s.bound) throw rt.error("ValueError", "BoundedSemaphore released too many times");
      s.value++;
      wakeUpNext(s);
      return None;
    },
    ...contextManager,
    __repr__: (_rt, self) => {
      const s = sm(self);
      return where(self, (semLocked(s) ? "locked" : `unlocked, value:${s.value}`) + waitersNote(s.waiters));
    },
  });
  const boundedType = runtimeClass("BoundedSemaphore", "asyncio.locks", [semType]);
  methods(boundedType, { __init__: semInit(true) });

  // Condition
  const condType = runtimeClass("Condition", "asyncio.locks", undefined, (cls) => new ConditionObj(cls));
  const cd = (v: PyValue) => v as ConditionObj;
  const condLocked = (c: ConditionObj) => rt.truthy(rt.callMethod(c.lock, "locked", []));
  const notify = (c: ConditionObj, n: number) => {
    if (!condLocked(c)) throw rt.error("RuntimeError", "cannot notify on un-acquired lock");
    let woken = 0;
    for (const f of c.waiters) {
      if (woken >= n) break;
      if (!f.done()) {
        woken++;
        f.setResult(false);
      }
    }
  };
  /** Condition.wait: release the lock, wait for a notify, take the lock again (even when cancelled). */
  function* condWait(c: ConditionObj): NativeBody {
    if (!condLocked(c)) throw rt.error("RuntimeError", "cannot wait on un-acquired lock");
    rt.callMethod(c.lock, "release", []);
    let failure: { error: unknown } | null = null;
    try {
      const f = env.createFuture("Condition.wait()");
      c.waiters.push(f);
      try {
        yield* awaitFuture(f);
      } finally {
        remove(c.waiters, f);
      }
    } catch (e) {
      failure = { error: e };
    }
    // The lock is taken again however the wait ended; a cancellation meanwhile is raised after.
    let cancelled = false;
    for (;;) {
      try {
        yield* awaitable(rt, rt.callMethod(c.lock, "acquire", []));
        break;
      } catch (e) {
        if (!isCancel(e)) throw e;
        cancelled = true;
      }
    }
    if (cancelled) throw rt.call(world.cancelledError, []);
    if (failure) throw failure.error;
    return true;
  }
  methods(condType, {
    __init__: (_rt, self, args, kw) => {
      const [lock] = parseArgs(rt, "Condition", args, kw, ["lock"], 0);
      cd(self).lock = lock === undefined || lock === None ? rt.call(lockType, []) : lock;
      return None;
    },
    locked: (_rt, self) => rt.callMethod(cd(self).lock, "locked", []),
    acquire: (_rt, self) => rt.callMethod(cd(self).lock, "acquire", []),
    release: (_rt, self) => rt.callMethod(cd(self).lock, "release", []),
    wait: (_rt, self) => coro("Condition.wait", condWait(cd(self))),
    wait_for: (_rt, self, [predicate]) => {
      const c = cd(self);
      return coro(
        "Condition.wait_for",
        (function* (): NativeBody {
          let result = rt.call(predicate!, []);
          while (!rt.truthy(result)) {
            yield* condWait(c);
            result = rt.call(predicate!, []);
          }
          return result;
        })(),
      );
    },
    notify: (_rt, self, args, kw) => {
      const [n] = parseArgs(rt, "notify", args, kw, ["n"], 0);
      notify(cd(self), Number(n ?? 1));
      return None;
    },
    notify_all: (_rt, self) => {
      notify(cd(self), cd(self).waiters.length);
      return None;
    },
    ...contextManager,
    __repr__: (_rt, self) =>
      where(self, (condLocked(cd(self)) ? "locked" : "unlocked") + waitersNote(cd(self).waiters)),
  });

  return {
    Event: eventType,
    Lock: lockType,
    Semaphore: semType,
    BoundedSemaphore: boundedType,
    Condition: condType,
  };
}
