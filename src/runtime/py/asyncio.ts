/**
 * The parts of `asyncio` handler code uses, on the same virtual loop as Tornado:
 * sleep, gather, create_task / ensure_future, wait_for, wait, shield, to_thread,
 * the loop object, Future/Task, Event/Lock/Semaphore/Queue, the exceptions, and
 * `run` (which drives the loop from module level in a plain program). Coroutine
 * helpers are native coroutines that follow CPython 3.11's steps, so they resume in
 * the same loop iterations.
 */
import { PyModule, None, typeOf, type PyValue } from "../../python/objects/core";
import { PySet } from "../../python/objects/containers";
import { excType } from "../../python/objects/exceptions";
import { PyFunction } from "../../python/objects/functions";
import { PyGenerator } from "../../python/interp/generators";
import { awaitable } from "../../python/interp/delegate";
import { fn, parseArgs } from "../../python/builtins/registry";
import { PyFuture, makeFutureType } from "../futures/future";
import type { TornadoContext } from "../tornado/context";
import { nativeCoroutine, awaitFuture } from "./native";
import { makeTaskType, cancelFuture, type TaskRegistry, type TaskKit } from "./asyncio-task";
import { makeEventLoop, type ModuleLoop } from "./asyncio-loop";
import { makeAsyncioLockClasses } from "./asyncio-sync";
import { makeBarrierClasses } from "./asyncio-barrier";
import { makeAsyncioQueueClasses } from "./asyncio-queue";
import { makeWaitingFunctions } from "./asyncio-waiting";
import { makeTimeout } from "./asyncio-timeout";
import { makeTaskGroupType } from "./asyncio-taskgroup";
import type { VirtualThreads } from "./executor";

/**
 * `registry` knows the run's Tasks; `shared` is the Task class Tornado already starts its
 * own Tasks with where asyncio's loop is Tornado's (5.0+), so both kinds are one class.
 */
export function makeAsyncioModule(
  ctx: TornadoContext,
  threads: VirtualThreads,
  moduleLoop: ModuleLoop,
  registry: TaskRegistry,
  shared: TaskKit | null,
): PyModule {
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
  const tasks = shared ?? makeTaskType(cc, futureType, moduleLoop, separate, registry);
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
  const newLoop = makeEventLoop({ ctx, moduleLoop, threads, createTask, ensureFuture, newFuture });
  // The loop get_event_loop() and get_running_loop() give; new_event_loop() makes others
  // (all drive the one virtual loop).
  const loop = newLoop();

  const needFuture = (label: string): PyFuture => {
    // Without a running loop, asyncio's primitives bind to none: `self._get_loop()` is None.
    if (world.serving && !moduleLoop.asyncioRunning)
      throw rt.error("AttributeError", "'NoneType' object has no attribute 'create_future'");
    needRunningLoop();
    return newFuture(label);
  };
  const waiting = makeWaitingFunctions({
    ctx,
    futureType,
    newFuture,
    ensureFuture,
    needRunningLoop,
    running: () => moduleLoop.asyncioRunning,
    abandon,
    separateLoop: separate ? moduleLoop : null,
  });
  const locks = makeAsyncioLockClasses({ ctx, createFuture: needFuture });
  const queues = makeAsyncioQueueClasses({ ctx, createFuture: needFuture, eventType: locks.Event! });

  const running = () => moduleLoop.asyncioRunning;
  const isCoroutineFunction = (f: PyValue): boolean => {
    if (f instanceof PyFunction) return f.kind === "coroutine";
    const inner = f !== None && typeof f === "object" && "func" in (f as object) ? (f as { func: PyValue }).func : null;
    return inner ? isCoroutineFunction(inner) : false;
  };

  const members: Record<string, PyValue> = {
    ...waiting,
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
    new_event_loop: fn("new_event_loop", () => newLoop()),
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
      // asyncio.Runner.close(): cancel the Tasks still alive and run the loop until they end.
      const rest = registry.live();
      if (rest.length) {
        for (const t of rest) cancelFuture(t);
        const all = rt.call(waiting.gather!, rest, { names: ["return_exceptions"], values: [true] }) as PyFuture;
        moduleLoop.runUntilComplete(all);
      }
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
    InvalidStateError: world.invalidStateErrors.asyncio,
    FIRST_COMPLETED: "FIRST_COMPLETED",
    FIRST_EXCEPTION: "FIRST_EXCEPTION",
    ALL_COMPLETED: "ALL_COMPLETED",
    ...locks,
    ...makeBarrierClasses(ctx, locks.Condition!),
    ...queues,
    ...makeTimeout({ ctx, moduleLoop, registry, needRunningLoop }),
    TaskGroup: makeTaskGroupType({ ctx, registry, createTask, createFuture: needFuture, needRunningLoop }),
    current_task: fn("current_task", (_rt, args, kw) => {
      const [loopArg] = parseArgs(rt, "current_task", args, kw, ["loop"], 0);
      // current_task() asks get_running_loop() first: with Tornado's own IOLoop (≤4.5),
      // or in an executor thread, there is none.
      if (loopArg === undefined || loopArg === None) {
        if (!running() || threads.currentThread !== null) throw rt.error("RuntimeError", "no running event loop");
      }
      return registry.current ?? None;
    }),
    all_tasks: fn("all_tasks", () => {
      needRunningLoop();
      const s = new PySet();
      for (const t of registry.live()) rt.setAdd(s, t);
      return s;
    }),
  };
  const m = new PyModule("asyncio");
  for (const [k, v] of Object.entries(members)) m.$dict!.set(k, v);
  return m;
}
