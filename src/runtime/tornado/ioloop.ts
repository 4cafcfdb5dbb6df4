/**
 * tornado.ioloop: IOLoop.current()/instance() and the scheduling methods handler code
 * uses (add_callback, spawn_callback, add_timeout, call_later, call_at, remove_timeout,
 * add_future, run_in_executor, run_sync, time), and PeriodicCallback — each only in
 * the releases that have it. Callbacks run as IOLoop._run_callback runs them: an
 * exception is logged as "Exception in callback ...", and a returned coroutine or
 * Future is watched so that its failure is logged too (4.0+).
 */
import { PyModule, PyInstance, PyFloat, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyException, isPyException } from "../../python/objects/exceptions";
import { methods, fn, parseArgs } from "../../python/builtins/registry";
import { PyStaticMethod } from "../../python/objects/functions";
import { PyGenerator } from "../../python/interp/generators";
import { PyFuture } from "../futures/future";
import { runtimeClass, kwGet, type TornadoContext } from "./context";
import { seconds } from "./seconds";
import { loopTime, deadlineSeconds, MONOTONIC_BASE } from "./ioloop-time";
import { toFuture } from "./gen-timeout";
import { setTimer, clearTimer } from "../py/native";
import type { VirtualThreads } from "../py/executor";
import type { ModuleLoop } from "../py/asyncio-loop";
import { makePeriodicCallback } from "./periodic";
import { timeoutErrorType } from "./timeout-error";

export { EPOCH_SECONDS } from "./ioloop-time";

/** What the ioloop module needs beyond the Tornado context. */
export interface IoloopDeps {
  readonly threads: VirtualThreads;
  readonly moduleLoop: ModuleLoop;
}

export function makeIoloopModule(ctx: TornadoContext, deps: IoloopDeps): PyModule {
  const world = ctx.world;
  const rt = world.rt;
  const p = world.profile;
  const loopType = runtimeClass("IOLoop", "tornado.ioloop");
  // IOLoop.current() is an instance of the release's concrete loop class, which error
  // messages name ("'EPollIOLoop' object has no attribute 'call_later'").
  const [loopModule, loopBase, loopName] =
    p.loop === "asyncio"
      ? ["tornado.platform.asyncio", "BaseAsyncIOLoop", "AsyncIOMainLoop"]
      : ["tornado.platform.epoll", "PollIOLoop", "EPollIOLoop"];
  const baseType = runtimeClass(loopBase, p.loop === "asyncio" ? loopModule : "tornado.ioloop", [loopType]);
  const theLoop = new PyInstance(runtimeClass(loopName, loopModule, [baseType]));
  const loopRepr = () => `<${loopModule}.${loopName} object at ${rt.addressOf(theLoop)}>`;

  /** How "Exception in callback %r" shows the callback: 6.x's partial, or a partial of the
   * stack_context wrapper (≤5.1) — 3.2's add_timeout keeps the bare wrapper. */
  const callbackRepr = (cb: PyValue, args: PyValue[], kw: KwArgs | null, partial = true): string => {
    const rest = [
      ...args.map((v) => rt.repr(v)),
      ...(kw?.names ?? []).map((n, i) => `${n}=${rt.repr(kw!.values[i]!)}`),
    ];
    if (p.release === "6.5") return `functools.partial(${[rt.repr(cb), ...rest].join(", ")})`;
    const wrapper = `<function wrap.<locals>.${p.release === "3.2" ? "wrapped" : "null_wrapper"} at ${rt.addressOf(cb)}>`;
    return partial ? `functools.partial(${[wrapper, ...rest].join(", ")})` : wrapper;
  };
  const logCallbackError = (e: PyException, cb: PyValue, args: PyValue[], kw: KwArgs | null, partial = true) => {
    world.logError(
      "tornado.application",
      `Exception in callback ${callbackRepr(cb, args, kw, partial)}`,
      e,
      ctx.cc.tracebackOf(e),
      p.logSites.callbackException,
    );
  };
  /** IOLoop._discard_future_result: a watched Future's failure is logged as a callback's. */
  const discardResult = (fut: PyFuture) => {
    fut.retrieved = true;
    if (!fut.exception) return;
    const cb = p.release === "6.5" ? `<bound method IOLoop._discard_future_result of ${loopRepr()}>` : null;
    world.logError(
      "tornado.application",
      // ≤5.1: add_future re-schedules the wrapped callback with the Future as its argument.
      `Exception in callback ${cb ? `functools.partial(${cb}, ${rt.repr(fut)})` : callbackRepr(fut, [fut], null)}`,
      fut.exception,
      fut.tracebackText ?? ctx.cc.tracebackOf(fut.exception),
      p.logSites.callbackException,
    );
  };

  /** Run a callback the way IOLoop._run_callback does. */
  const runCallback = (cb: PyValue, args: PyValue[], kw: KwArgs | null = null, partial = true) => {
    let r: PyValue;
    try {
      r = rt.call(cb, args, kw);
    } catch (e) {
      if (!isPyException(e)) throw e;
      // stack_context.wrap hands it to the contexts the callback was scheduled in first (≤5.1).
      const left = world.handleInStackContext(e);
      if (left) logCallbackError(left, cb, args, kw, partial);
      return;
    }
    if (r === None || !p.features.convertYielded) return;
    let fut: PyFuture;
    if (r instanceof PyFuture) fut = r;
    else if (r instanceof PyGenerator && r.isCoroutine) fut = toFuture(ctx, r);
    else return; // not a yieldable: ignored, as gen.BadYieldError is there
    // _run_callback adds it after the callback's wrapper restored the loop's own (empty)
    // stack_context: the failure is logged, not handed to the callback's contexts.
    world.withoutStackContext(() => ctx.cc.addFuture(fut, discardResult, "_discard_future_result"));
  };
  ctx.runCallback = (cb, args) => runCallback(cb, args);
  // What add_timeout/call_later return: PollIOLoop's _Timeout, or (5.0+, on asyncio) the
  // event loop's TimerHandle.
  const handleType =
    p.loop === "asyncio" ? runtimeClass("TimerHandle", "asyncio.events") : runtimeClass("_Timeout", "tornado.ioloop");
  if (p.loop === "asyncio") {
    // TimerHandle's own API: cancel(), cancelled(), when() (the loop's time it is due).
    methods(handleType, {
      cancel: (_rt, self) => {
        const d = (self as PyInstance).$dict!;
        const id = d.get("_id");
        if (typeof id === "number") clearTimer(world, id);
        d.set("_cancelled", true);
        return None;
      },
      cancelled: (_rt, self) => (self as PyInstance).$dict!.get("_cancelled") === true,
      when: (_rt, self) => new PyFloat(Number((self as PyInstance).$dict!.get("_when") ?? 0)),
    });
  }
  const timeoutHandle = (delaySecs: number, cb: PyValue, args: PyValue[], kw: KwArgs | null, label: string) => {
    const h = new PyInstance(handleType);
    const due = world.now() + Math.max(0, Math.round(delaySecs * 1e6));
    // TimerHandle.when() is on asyncio's (monotonic) clock.
    h.$dict!.set("_when", MONOTONIC_BASE + due / 1e6);
    // 3.2's add_timeout stores the wrapped callback itself, with no partial around it.
    const partial = p.release !== "3.2";
    h.$dict!.set(
      "_id",
      setTimer(world, due, () => runCallback(cb, args, kw, partial), label),
    );
    return h;
  };
  /** The callback and its arguments from `args` (or a `callback=` keyword, as gen.Task passes it). */
  const callbackOf = (args: PyValue[], kw: KwArgs | null, name: string): [PyValue, PyValue[], KwArgs | null] => {
    if (args.length) return [args[0]!, args.slice(1), kw];
    const i = kw ? kw.names.indexOf("callback") : -1;
    if (!kw || i < 0)
      throw rt.error("TypeError", `IOLoop.${name}() missing 1 required positional argument: 'callback'`);
    const names = kw.names.filter((_, j) => j !== i);
    const values = kw.values.filter((_, j) => j !== i);
    return [kw.values[i]!, [], names.length ? { names, values } : null];
  };

  const table: Parameters<typeof methods>[1] = {
    add_callback: (_rt, _self, args, kw) => {
      const [cb, rest, cbKw] = callbackOf(args, kw, "add_callback");
      world.callSoon(() => runCallback(cb, rest, cbKw), "callback");
      return None;
    },
    add_timeout: (_rt, _self, [deadline, ...args], kw) => {
      const [cb, rest, cbKw] = callbackOf(args, kw, "add_timeout");
      // 3.2: add_timeout(deadline, callback), no arguments for the callback.
      if (p.release === "3.2" && (rest.length || cbKw))
        throw rt.error(
          "TypeError",
          rest.length
            ? `PollIOLoop.add_timeout() takes 3 positional arguments but ${rest.length + 3} were given`
            : `PollIOLoop.add_timeout() got an unexpected keyword argument '${cbKw!.names[0]}'`,
        );
      return timeoutHandle(deadlineSeconds(ctx, deadline!), cb, rest, cbKw, "add_timeout");
    },
    remove_timeout: (_rt, _self, [h]) => {
      // Removing a handle that already ran (or is not a timeout) does nothing.
      const id = h instanceof PyInstance ? h.$dict?.get("_id") : undefined;
      if (typeof id === "number") clearTimer(world, id);
      return None;
    },
    add_future: (_rt, _self, [f, cb]) => {
      if (!(f instanceof PyFuture)) throw rt.error("AssertionError", "");
      ctx.cc.addFuture(f, (fut) => runCallback(cb!, [fut]), "add_future");
      return None;
    },
    time: () => new PyFloat(loopTime(world)),
    start: () => None,
    stop: () => None,
    close: () => None,
    make_current: () => None,
    __repr__: () => loopRepr(),
  };
  if (p.features.spawnCallback) {
    // spawn_callback schedules under NullContext: the callback leaves its caller's stack_context behind.
    const addCallback = table.add_callback!;
    table.spawn_callback = (r, self, args, kw) => world.withoutStackContext(() => addCallback(r, self, args, kw));
  }
  if (p.features.callLater) {
    table.call_later = (_rt, _self, [delay, ...args], kw) => {
      const [cb, rest, cbKw] = callbackOf(args, kw, "call_later");
      return timeoutHandle(seconds(rt, delay!), cb, rest, cbKw, `call_later(${rt.repr(delay!)})`);
    };
    table.call_at = (_rt, _self, [when, ...args], kw) => {
      const [cb, rest, cbKw] = callbackOf(args, kw, "call_at");
      return timeoutHandle(seconds(rt, when!) - loopTime(world), cb, rest, cbKw, "call_at");
    };
  }
  if (p.features.runInExecutor) {
    table.run_in_executor = (_rt, _self, [executor, func, ...args]) => {
      if (func === undefined)
        throw rt.error("TypeError", "IOLoop.run_in_executor() missing 1 required positional argument: 'func'");
      return deps.threads.runInExecutor(executor ?? None, func, args);
    };
  }
  table.run_sync = (_rt, _self, args, kw) => {
    const [func, timeoutArg] = parseArgs(rt, "run_sync", args, kw, ["func", "timeout"], 1);
    return runSync(func!, timeoutArg === undefined || timeoutArg === None ? null : seconds(rt, timeoutArg));
  };
  // An IOLoop that no thread runs (6.3+'s IOLoop.current() on a worker thread): what is
  // scheduled on it never happens.
  for (const name of ["add_callback", "spawn_callback", "add_timeout", "call_later", "call_at", "add_future"]) {
    const impl = table[name];
    if (!impl) continue;
    table[name] = (r, self, args, kw) =>
      self === theLoop || !(self instanceof PyInstance) || self.$cls !== loopType
        ? impl(r, self, args, kw)
        : name.endsWith("callback") || name === "add_future"
          ? None
          : new PyInstance(handleType);
  }
  methods(loopType, table);

  /** IOLoop.run_sync from module level: run the loop until func's result is ready. */
  const runSync = (func: PyValue, timeout: number | null): PyValue => {
    if (world.serving || deps.moduleLoop.running) throw rt.error("RuntimeError", "This event loop is already running");
    const result = ctx.cc.newFuture("run_sync");
    world.callSoon(() => {
      try {
        const r = rt.call(func, []);
        // 3.2 takes anything but a Future (a coroutine object too) as the result itself.
        const yieldable =
          r instanceof PyFuture || (r instanceof PyGenerator && r.isCoroutine && p.features.convertYielded);
        const fut = yieldable ? toFuture(ctx, r) : null;
        if (!fut) result.setResult(r);
        else ctx.cc.chain(fut, result);
      } catch (e) {
        if (!isPyException(e)) throw e;
        result.setException(e, ctx.cc.tracebackOf(e));
      }
    }, "run_sync");
    let timedOut = false;
    const timer =
      timeout === null
        ? null
        : setTimer(
            world,
            world.now() + Math.round(timeout * 1e6),
            () => {
              timedOut = !result.done();
              if (timedOut) result.cancel();
            },
            "run_sync timeout",
          );
    deps.moduleLoop.runUntilComplete(result, "tornado");
    if (timer !== null) clearTimer(world, timer);
    if (timedOut) throw rt.call(timeoutErrorType(ctx), [`Operation timed out after ${timeout} seconds`]);
    if (!result.done()) throw rt.error("RuntimeError", "Event loop stopped before Future completed.");
    return result.get();
  };

  const threadLoops = new Map<string, PyInstance>();
  const current = new PyStaticMethod(
    fn("current", (_rt, args, kw) => {
      // On asyncio (5.0+) a thread other than the loop's has no current IOLoop: current()
      // asks asyncio.get_event_loop(), which raises (or, with instance=False, gives None).
      // On 3.x/4.x it is the one global IOLoop; 6.3+ makes the thread an event loop and an
      // IOLoop of its own, which nothing runs.
      const thread = deps.threads.currentThread;
      if (thread !== null && p.loop === "asyncio") {
        const instance = args[0] ?? kwGet(kw, "instance") ?? true;
        if (!rt.truthy(instance)) return None;
        if (p.release === "6.5")
          return threadLoops.get(thread) ?? threadLoops.set(thread, new PyInstance(loopType)).get(thread)!;
        throw rt.error("RuntimeError", `There is no current event loop in thread '${thread}'.`);
      }
      return theLoop;
    }),
  );
  loopType.dict.set("current", current);
  loopType.dict.set("instance", current);
  loopType.dict.set("configure", new PyStaticMethod(fn("configure", () => None)));
  loopType.dict.set("clear_current", new PyStaticMethod(fn("clear_current", () => None)));
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
  m.$dict!.set("PeriodicCallback", makePeriodicCallback(ctx));
  return m;
}
