/**
 * The event loop object asyncio hands out (get_event_loop / get_running_loop): the
 * same virtual loop Tornado's IOLoop runs on, with asyncio's method names, and the
 * driver that runs it to completion from module level (asyncio.run, run_until_complete,
 * IOLoop.run_sync) for plain programs.
 */
import { asyncioCallbackSource } from "../futures/future-style";
import { PyInstance, PyFloat, None, type PyValue } from "../../python/objects/core";
import { isPyException } from "../../python/objects/exceptions";
import { methods } from "../../python/builtins/registry";
import { PyGenerator } from "../../python/interp/generators";
import { PyFuture, type CallbackLoop } from "../futures/future";
import type { Job } from "../loop/loop";
import { runtimeClass, type TornadoContext } from "../tornado/context";
import { MONOTONIC_BASE } from "../tornado/ioloop-time";
import { seconds } from "../tornado/seconds";
import { setTimer, clearTimer } from "./native";
import type { VirtualThreads } from "./executor";

/**
 * Thrown (as a JS error, past Python's except clauses) when module-level code runs the
 * loop for good after building an application, as Tornado 6's documented
 * `asyncio.run(main())` with `await asyncio.Event().wait()` does: the module's load ends
 * there and the playground serves the application, as it does after `IOLoop.start()`.
 */
export class ServeForever extends Error {
  constructor() {
    super("the module runs the loop for good: serve its application");
    this.name = "ServeForever";
  }
}

/**
 * Runs the loop from module level (asyncio.run, run_until_complete, IOLoop.run_sync),
 * and stands for asyncio's event loop: where that is not Tornado's (≤4.5), what is
 * scheduled on it waits until module code runs it, and never runs while Tornado serves.
 */
export class ModuleLoop implements CallbackLoop {
  /** Set while module-level code runs the loop. */
  running = false;
  /** Which loop module code runs: asyncio's, or Tornado's IOLoop (run_sync). */
  private runningAsyncio = false;
  /** asyncio callbacks waiting for asyncio's own loop to run (≤4.5). */
  private parked: Job[] = [];

  constructor(private readonly ctx: TornadoContext) {}

  /** Whether asyncio's event loop is running now (what get_running_loop asks). */
  get asyncioRunning(): boolean {
    const world = this.ctx.world;
    if (world.profile.asyncioLoop === "shared") return world.serving || this.running;
    return this.running && this.runningAsyncio;
  }

  /** asyncio's call_soon. */
  callSoon(job: Job): void {
    const world = this.ctx.world;
    if (world.profile.asyncioLoop === "shared" || this.asyncioRunning) world.loop.callSoon(job);
    else if (!world.serving) this.parked.push(job);
    // While Tornado serves, nothing will ever run asyncio's loop: the callback is dropped.
  }

  /** Run the loop from outside it until `fut` is done (or nothing is left that could finish it). */
  runUntilComplete(fut: PyFuture, loop: "asyncio" | "tornado" = "asyncio"): void {
    const world = this.ctx.world;
    if (world.serving || this.running) throw world.rt.error("RuntimeError", "This event loop is already running");
    this.running = true;
    this.runningAsyncio = loop === "asyncio";
    if (this.runningAsyncio) for (const job of this.parked.splice(0)) world.loop.callSoon(job);
    // asyncio's run_until_complete stops the loop from a done callback of `fut`: the
    // iteration that callback runs in is run to its end.
    let stopping = false;
    if (this.runningAsyncio) fut.addDoneCallback(() => (stopping = true));
    const finished = () => (this.runningAsyncio ? stopping : fut.done());
    try {
      while (!finished() && !world.halted && !world.loop.stopped && !world.loop.idle) {
        world.loop.iterate((to) => world.advance(to));
      }
    } finally {
      this.running = false;
      this.runningAsyncio = false;
    }
    // Nothing left could finish it, and there is an application to serve.
    if (!fut.done() && world.loop.idle && !world.halted && this.ctx.applications.length) throw new ServeForever();
    // Module code goes on with the module's whole step budget (a loop job set its own).
    world.rt.setBudget(150_000_000);
  }
}

export interface LoopDeps {
  readonly ctx: TornadoContext;
  readonly moduleLoop: ModuleLoop;
  readonly threads: VirtualThreads;
  /** Start a coroutine as an asyncio Task. */
  readonly createTask: (coro: PyGenerator) => PyFuture;
  /** Wrap a coroutine or awaitable as a Future (asyncio.ensure_future). */
  readonly ensureFuture: (v: PyValue) => PyFuture;
  /** A new asyncio Future. */
  readonly newFuture: (label: string) => PyFuture;
}

/** A maker of loop objects (the class is made once per run) and the handles their scheduling methods return. */
export function makeEventLoop({
  ctx,
  moduleLoop,
  threads,
  createTask,
  ensureFuture,
  newFuture,
}: LoopDeps): () => PyInstance {
  const world = ctx.world;
  const rt = world.rt;
  const loopType = runtimeClass("_UnixSelectorEventLoop", "asyncio.unix_events");
  const handleType = runtimeClass("Handle", "asyncio.events");
  const timerHandleType = runtimeClass("TimerHandle", "asyncio.events", [handleType]);
  /** asyncio's Handle._run: an exception is reported by the loop's exception handler. */
  const runHandle = (h: PyInstance, cb: PyValue, args: PyValue[]) => {
    if (h.$dict!.get("_cancelled") === true) return;
    try {
      const r = rt.call(cb, args);
      if (r instanceof PyGenerator && r.isCoroutine) {
        rt.hooks.discard?.(rt, r);
      }
    } catch (e) {
      if (!isPyException(e)) throw e;
      const src = asyncioCallbackSource(rt, cb, args);
      world.logError("asyncio", `Exception in callback ${src}\nhandle: <Handle ${src}>`, e, ctx.cc.tracebackOf(e), [
        "base_events",
        1758,
      ]);
    }
  };
  methods(handleType, {
    cancel: (_rt, self) => {
      const h = self as PyInstance;
      h.$dict!.set("_cancelled", true);
      const id = h.$dict!.get("_timer");
      if (typeof id === "number") clearTimer(world, id);
      return None;
    },
    cancelled: (_rt, self) => (self as PyInstance).$dict!.get("_cancelled") === true,
  });
  methods(timerHandleType, {
    when: (_rt, self) => (self as PyInstance).$dict!.get("_when")!,
  });
  const closed = (self: PyValue) => (self as PyInstance).$dict!.get("_closed") === true;
  const monotonic = () => MONOTONIC_BASE + world.now() / 1e6;
  const later = (delay: number, cb: PyValue, args: PyValue[]) => {
    const h = new PyInstance(timerHandleType);
    h.$dict!.set("_cancelled", false);
    h.$dict!.set("_when", new PyFloat(monotonic() + delay));
    // A timer on asyncio's own loop while Tornado serves (≤4.5) never fires.
    if (world.serving && !moduleLoop.asyncioRunning) return h;
    const id = setTimer(
      world,
      world.now() + Math.max(0, Math.round(delay * 1e6)),
      () => runHandle(h, cb, args),
      `call_later(${delay})`,
    );
    h.$dict!.set("_timer", id);
    return h;
  };
  methods(loopType, {
    time: () => new PyFloat(monotonic()),
    call_soon: (_rt, _self, [cb, ...args]) => {
      const h = new PyInstance(handleType);
      h.$dict!.set("_cancelled", false);
      moduleLoop.callSoon(world.job(() => runHandle(h, cb!, args), "call_soon"));
      return h;
    },
    call_soon_threadsafe: (_rt, self, args) => rt.callMethod(self, "call_soon", args),
    call_later: (_rt, _self, [delay, cb, ...args]) => later(seconds(rt, delay!), cb!, args),
    call_at: (_rt, _self, [when, cb, ...args]) => later(seconds(rt, when!) - monotonic(), cb!, args),
    create_future: () => newFuture("loop.create_future()"),
    create_task: (_rt, _self, [coro]) => {
      if (!(coro instanceof PyGenerator && coro.isCoroutine))
        throw rt.error("TypeError", `a coroutine was expected, got ${rt.repr(coro ?? None)}`);
      return createTask(coro);
    },
    run_in_executor: (_rt, _self, [executor, fn, ...args]) => threads.runInExecutor(executor ?? None, fn!, args),
    run_until_complete: (_rt, self, [aw]) => {
      if (closed(self)) throw rt.error("RuntimeError", "Event loop is closed");
      const fut = ensureFuture(aw!);
      moduleLoop.runUntilComplete(fut);
      return fut.get();
    },
    is_running: () => moduleLoop.asyncioRunning,
    is_closed: (_rt, self) => closed(self),
    stop: () => None,
    close: (_rt, self) => {
      if (moduleLoop.running) throw rt.error("RuntimeError", "Cannot close a running event loop");
      (self as PyInstance).$dict!.set("_closed", true);
      return None;
    },
    set_debug: () => None,
    get_debug: () => false,
    set_exception_handler: () => None,
    add_signal_handler: () => None,
    __repr__: (_rt, self) =>
      `<_UnixSelectorEventLoop running=${moduleLoop.asyncioRunning ? "True" : "False"} closed=${closed(self) ? "True" : "False"} debug=False>`,
  });
  // Every loop object drives the one virtual loop; each has its own closed state.
  return () => {
    const loop = new PyInstance(loopType);
    loop.$dict!.set("_closed", false);
    return loop;
  };
}
