/**
 * The parts of `asyncio` handler code uses, on the same virtual loop as Tornado:
 * sleep, gather, create_task / ensure_future, wait_for, wait, shield, to_thread,
 * the loop object, Future/Task, Event/Lock/Semaphore/Queue, the exceptions, and
 * `run` (which drives the loop from module level in a plain program). Coroutine
 * helpers are native coroutines that follow CPython 3.11's steps, so they resume in
 * the same loop iterations.
 */
import { PyModule, None, typeOf, type PyValue } from "../../python/objects/core";
import { PyTuple, PySet } from "../../python/objects/containers";
import { PyException, excType } from "../../python/objects/exceptions";
import { PyFunction } from "../../python/objects/functions";
import { PyGenerator } from "../../python/interp/generators";
import { awaitable } from "../../python/interp/delegate";
import { fn, parseArgs } from "../../python/builtins/registry";
import { PyFuture, makeFutureType } from "../futures/future";
import { exceptionClass, kwGet, type TornadoContext } from "../tornado/context";
import { seconds } from "../tornado/seconds";
import { nativeCoroutine, awaitFuture, setTimer, clearTimer, type NativeBody } from "./native";
import { makeTaskType, cancelFuture } from "./asyncio-task";
import { makeEventLoop, type ModuleLoop } from "./asyncio-loop";
import { makeLockClasses, type SyncEnv } from "./sync";
import { makeQueueClasses } from "./queue";
import type { VirtualThreads } from "./executor";

export function makeAsyncioModule(ctx: TornadoContext, threads: VirtualThreads, moduleLoop: ModuleLoop): PyModule {
  const world = ctx.world;
  const rt = world.rt;
  const cc = ctx.cc;
  // Where asyncio's loop is not Tornado's (≤4.5), asyncio has a Future class of its own,
  // whose callbacks go to that loop.
  const separate = world.profile.asyncioLoop === "separate";
  const futureType = separate ? makeFutureType(world, "Future", "_asyncio", moduleLoop) : cc.futureType;
  const newFuture = (label: string): PyFuture => {
    const f = futureType.alloc(futureType) as PyFuture;
    f.label = label;
    return f;
  };
  /** What CPython's get_running_loop() raises without a running asyncio loop. */
  const needRunningLoop = (): void => {
    if (!moduleLoop.asyncioRunning) throw rt.error("RuntimeError", "no running event loop");
  };
  const tasks = makeTaskType(cc, futureType, moduleLoop, separate);
  /** A coroutine handed to a call that failed before taking it: CPython warns that it was
   * never awaited when it is collected, once the failing request is done with. */
  const abandon = (v: PyValue | undefined): void => {
    if (!(v instanceof PyGenerator && v.isCoroutine) || v.started || v.awaited) return;
    v.awaited = true;
    const line = rt.currentLine();
    world.afterRequest(() =>
      rt.hooks.warn?.(rt, "RuntimeWarning", `coroutine '${v.qualname}' was never awaited`, line),
    );
  };
  const createTask = (coro: PyGenerator, name?: string) => tasks.create(coro, name);
  const timeoutError = excType("TimeoutError");
  const invalidState = exceptionClass("InvalidStateError", "asyncio.exceptions");

  const ensureFuture = (v: PyValue): PyFuture => {
    if (v instanceof PyFuture) return v;
    if (v instanceof PyGenerator && v.isCoroutine) return createTask(v);
    if (typeOf(v).lookup("__await__") !== undefined) {
      const inner = v;
      return createTask(
        nativeCoroutine(
          "_wrap_awaitable",
          (function* () {
            return yield* awaitable(rt, inner);
          })(),
        ),
      );
    }
    throw rt.error("TypeError", "An asyncio.Future, a coroutine or an awaitable is required");
  };
  const loop = makeEventLoop({ ctx, moduleLoop, threads, createTask, ensureFuture, newFuture });

  /** A Future resolved by the loop after `delay` seconds (what asyncio.sleep waits on). */
  const sleepFuture = (delay: number, result: PyValue): [PyFuture, number] => {
    const f = newFuture(`asyncio.sleep(${delay})`);
    const id = setTimer(
      world,
      world.now() + Math.round(delay * 1e6),
      () => {
        if (!f.done()) f.setResult(result);
      },
      `asyncio.sleep(${delay})`,
    );
    f.timerId = id;
    return [f, id];
  };

  const sleep = fn("sleep", (_rt, args, kw) => {
    const [delayArg, resultArg] = parseArgs(rt, "sleep", args, kw, ["delay", "result"], 1);
    const delay = seconds(rt, delayArg!);
    const result = resultArg ?? None;
    return nativeCoroutine(
      "sleep",
      (function* (): NativeBody {
        if (delay <= 0) {
          yield None;
          return result;
        }
        needRunningLoop();
        const [f, id] = sleepFuture(delay, result);
        try {
          return yield* awaitFuture(f);
        } finally {
          clearTimer(world, id);
        }
      })(),
    );
  });

  const gather = fn("gather", (_rt, args, kw) => {
    const returnExceptions = rt.truthy(kwGet(kw, "return_exceptions") ?? false);
    const outer = newFuture(`gather(${args.length})`);
    if (!args.length) {
      outer.setResult(rt.list([]));
      return outer;
    }
    const seen = new Map<PyValue, PyFuture>();
    const children = args.map((a) => {
      let f = seen.get(a);
      if (!f) {
        f = ensureFuture(a);
        seen.set(a, f);
      }
      return f;
    });
    const unique = [...new Set(children)];
    let finished = 0;
    const onDone = (f: PyFuture) => {
      finished++;
      if (outer.done()) {
        f.retrieved = true;
        return;
      }
      if (!returnExceptions) {
        if (f.state === "cancelled" || f.exception) {
          f.retrieved = true;
          outer.setException(f.exception!, f.tracebackText);
          return;
        }
      }
      if (finished === unique.length) {
        outer.setResult(
          rt.list(
            children.map((c) => {
              c.retrieved = true;
              return c.exception ?? c.result;
            }),
          ),
        );
      }
    };
    for (const f of unique) f.addDoneCallback(onDone);
    return outer;
  });

  const waitFor = fn("wait_for", (_rt, args, kw) => {
    const [aw, timeoutArg] = parseArgs(rt, "wait_for", args, kw, ["fut", "timeout"], 2);
    return nativeCoroutine(
      "wait_for",
      (function* (): NativeBody {
        if (!moduleLoop.asyncioRunning) abandon(aw);
        needRunningLoop();
        if (timeoutArg === None) return yield* awaitable(rt, aw!);
        const timeout = seconds(rt, timeoutArg!);
        const fut = ensureFuture(aw!);
        if (timeout <= 0) {
          if (fut.done()) return fut.get();
          yield* cancelAndWait(fut);
          throw rt.call(timeoutError, []);
        }
        const waiter = newFuture("wait_for waiter");
        const release = () => {
          if (!waiter.done()) waiter.setResult(None);
        };
        const id = setTimer(world, world.now() + Math.round(timeout * 1e6), release, `wait_for(${timeout})`);
        let watching = true;
        fut.addDoneCallback(() => {
          if (watching) release();
        });
        try {
          try {
            yield* awaitFuture(waiter);
          } catch (e) {
            if (!rt.isInstance(e as PyValue, world.cancelledError)) throw e;
            if (fut.done()) return fut.get();
            watching = false;
            yield* cancelAndWait(fut);
            throw e;
          }
          if (fut.done()) return fut.get();
          watching = false;
          yield* cancelAndWait(fut);
          try {
            return fut.get();
          } catch (e) {
            if (!rt.isInstance(e as PyValue, world.cancelledError)) throw e;
            const err = rt.call(timeoutError, []) as PyException;
            err.cause = e as PyException;
            err.suppressContext = true;
            throw err;
          }
        } finally {
          clearTimer(world, id);
        }
      })(),
    );
  });
  /** asyncio's _cancel_and_wait: cancel `fut` and wait until it has finished. */
  function* cancelAndWait(fut: PyFuture): NativeBody {
    const waiter = newFuture("cancel waiter");
    fut.addDoneCallback(() => {
      if (!waiter.done()) waiter.setResult(None);
    });
    cancelFuture(fut);
    yield* awaitFuture(waiter);
    return None;
  }

  const wait = fn("wait", (_rt, args, kw) => {
    const [fs, timeoutArg, whenArg] = parseArgs(rt, "wait", args, kw, ["fs", "timeout", "return_when"], 1);
    const when = whenArg === undefined ? "ALL_COMPLETED" : String(whenArg);
    const futures = rt.toArray(fs!).map((f) => {
      if (f instanceof PyGenerator)
        throw rt.error("TypeError", "Passing coroutines is forbidden, use tasks explicitly.");
      return ensureFuture(f);
    });
    if (!futures.length) throw rt.error("ValueError", "Set of Tasks/Futures is empty.");
    return nativeCoroutine(
      "wait",
      (function* (): NativeBody {
        needRunningLoop();
        const waiter = newFuture("wait");
        let counter = futures.length;
        const release = () => {
          if (!waiter.done()) waiter.setResult(None);
        };
        const timeout = timeoutArg === undefined || timeoutArg === None ? null : seconds(rt, timeoutArg);
        const id =
          timeout === null ? null : setTimer(world, world.now() + Math.round(timeout * 1e6), release, "wait timeout");
        for (const f of futures) {
          f.addDoneCallback((d) => {
            counter--;
            if (
              counter <= 0 ||
              when === "FIRST_COMPLETED" ||
              (when === "FIRST_EXCEPTION" && d.exception && d.state !== "cancelled")
            )
              release();
          });
        }
        if (!futures.every((f) => f.done()) && !(when === "FIRST_COMPLETED" && futures.some((f) => f.done()))) {
          yield* awaitFuture(waiter);
        }
        if (id !== null) clearTimer(world, id);
        const done = new PySet();
        const pending = new PySet();
        for (const f of futures) rt.setAdd(f.done() ? done : pending, f);
        return new PyTuple([done, pending]);
      })(),
    );
  });

  const shield = fn("shield", (_rt, [aw]) => {
    const inner = ensureFuture(aw!);
    if (inner.done()) return inner;
    const outer = newFuture("shield");
    inner.addDoneCallback((f) => {
      if (outer.done()) {
        f.retrieved = true;
        return;
      }
      f.retrieved = true;
      if (f.state === "cancelled") outer.cancel();
      else if (f.exception) outer.setException(f.exception, f.tracebackText);
      else outer.setResult(f.result);
    });
    return outer;
  });

  const syncEnv: SyncEnv = {
    ctx,
    flavor: "asyncio",
    module: "asyncio",
    timeoutSeconds: () => null,
    timeoutError: () => timeoutError,
    newFuture: (label, waits) => {
      // Without a running loop, asyncio's primitives bind to none: `self._get_loop()` is None.
      if (waits && world.serving && !moduleLoop.asyncioRunning)
        throw rt.error("AttributeError", "'NoneType' object has no attribute 'create_future'");
      return newFuture(label);
    },
  };
  const running = () => moduleLoop.asyncioRunning;
  const isCoroutineFunction = (f: PyValue): boolean => {
    if (f instanceof PyFunction) return f.kind === "coroutine";
    const inner = f !== None && typeof f === "object" && "func" in (f as object) ? (f as { func: PyValue }).func : null;
    return inner ? isCoroutineFunction(inner) : false;
  };

  const members: Record<string, PyValue> = {
    sleep,
    gather,
    wait_for: waitFor,
    wait,
    shield,
    create_task: fn("create_task", (_rt, args, kw) => {
      const [coro, name] = parseArgs(rt, "create_task", args, kw, ["coro"], 1, { kwOnly: ["name", "context"] });
      if (!(coro instanceof PyGenerator && coro.isCoroutine))
        throw rt.error("TypeError", `a coroutine was expected, got ${rt.repr(coro!)}`);
      if (!running()) {
        abandon(coro);
        throw rt.error("RuntimeError", "no running event loop");
      }
      return createTask(coro, name === undefined || name === None ? undefined : rt.str(name));
    }),
    ensure_future: fn("ensure_future", (_rt, [v]) => ensureFuture(v!)),
    to_thread: fn("to_thread", (_rt, [func, ...args]) =>
      nativeCoroutine(
        "to_thread",
        (function* () {
          needRunningLoop();
          return yield* awaitFuture(threads.runInExecutor(None, func!, args));
        })(),
      ),
    ),
    get_event_loop: fn("get_event_loop", () => {
      // A thread other than the loop's has no event loop.
      if (threads.currentThread !== null)
        throw rt.error("RuntimeError", `There is no current event loop in thread '${threads.currentThread}'.`);
      return loop;
    }),
    new_event_loop: fn("new_event_loop", () => loop),
    set_event_loop: fn("set_event_loop", () => None),
    get_running_loop: fn("get_running_loop", () => {
      if (!running() || threads.currentThread !== null) throw rt.error("RuntimeError", "no running event loop");
      return loop;
    }),
    run: fn("run", (_rt, args, kw) => {
      const [main] = parseArgs(rt, "run", args, kw, ["main"], 1, { kwOnly: ["debug"] });
      if (running()) throw rt.error("RuntimeError", "asyncio.run() cannot be called from a running event loop");
      if (!(main instanceof PyGenerator && main.isCoroutine))
        throw rt.error("ValueError", `a coroutine was expected, got ${rt.repr(main!)}`);
      const task = createTask(main);
      moduleLoop.runUntilComplete(task);
      return task.get();
    }),
    iscoroutine: fn("iscoroutine", (_rt, [v]) => v instanceof PyGenerator && v.isCoroutine),
    iscoroutinefunction: fn("iscoroutinefunction", (_rt, [f]) => isCoroutineFunction(f!)),
    // A Tornado Future is not asyncio's where the loops are apart (≤4.5).
    isfuture: fn("isfuture", (_rt, [v]) => v instanceof PyFuture && (!separate || v.callbackLoop !== null)),
    Future: futureType,
    Task: tasks.type,
    TimeoutError: timeoutError,
    CancelledError: world.cancelledError,
    InvalidStateError: invalidState,
    FIRST_COMPLETED: "FIRST_COMPLETED",
    FIRST_EXCEPTION: "FIRST_EXCEPTION",
    ALL_COMPLETED: "ALL_COMPLETED",
    ...makeLockClasses(syncEnv),
    ...makeQueueClasses(syncEnv),
  };
  const m = new PyModule("asyncio");
  for (const [k, v] of Object.entries(members)) m.$dict!.set(k, v);
  return m;
}
