/**
 * asyncio's waiting helpers as CPython 3.11 writes them, step for step (each done
 * callback is a loop hop, each awaited waiter Future one more): sleep, gather (whose
 * outer Future cancels its children), wait_for, wait, shield and as_completed.
 */
import { PyType, None, typeOf, type PyValue } from "../../python/objects/core";
import { PyTuple, PySet } from "../../python/objects/containers";
import { PyException, excType, isPyException } from "../../python/objects/exceptions";
import { PyGenerator } from "../../python/interp/generators";
import { Frame } from "../../python/objects/functions";
import { awaitable } from "../../python/interp/delegate";
import { fn, methods, parseArgs } from "../../python/builtins/registry";
import { PyFuture } from "../futures/future";
import { kwGet, type TornadoContext } from "../tornado/context";
import { seconds } from "../tornado/seconds";
import { nativeCoroutine, awaitFuture, setTimer, clearTimer, type NativeBody } from "./native";
import { TaskFuture, cancelFuture, cancelMessage, cancelledError, futureCancel } from "./asyncio-task";

export interface WaitingEnv {
  readonly ctx: TornadoContext;
  /** asyncio's Future class. */
  readonly futureType: PyType;
  readonly newFuture: (label: string) => PyFuture;
  readonly ensureFuture: (v: PyValue) => PyFuture;
  /** Raise as get_running_loop() does without a running loop. */
  readonly needRunningLoop: () => void;
  /** Whether asyncio's loop runs now. */
  readonly running: () => boolean;
  /** A coroutine a call refused: warn that it was never awaited. */
  readonly abandon: (v: PyValue | undefined) => void;
  /** Where asyncio's Futures send their callbacks when its loop is not Tornado's (≤4.5). */
  readonly separateLoop: TaskFuture["callbackLoop"];
}

export function makeWaitingFunctions(env: WaitingEnv): Record<string, PyValue> {
  const world = env.ctx.world;
  const rt = world.rt;
  const { newFuture, ensureFuture, needRunningLoop } = env;
  const timeoutError = excType("TimeoutError");
  const isCancel = (e: unknown): e is PyException => isPyException(e) && rt.isInstance(e, world.cancelledError);
  /** A timer `delay` seconds from now; returns its cancel. */
  const callLater = (delay: number, run: () => void, label: string): (() => void) => {
    const id = setTimer(world, world.now() + Math.max(0, Math.round(delay * 1e6)), run, label);
    return () => clearTimer(world, id);
  };
  const release = (waiter: PyFuture) => () => {
    if (!waiter.done()) waiter.setResult(None);
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
        const f = newFuture(`asyncio.sleep(${delay})`);
        const cancel = callLater(
          delay,
          () => {
            if (!f.done()) f.setResult(result);
          },
          `asyncio.sleep(${delay})`,
        );
        try {
          return yield* awaitFuture(f);
        } finally {
          cancel();
        }
      })(),
    );
  });

  // gather's outer Future: cancelling it cancels the children.
  const gatheringType = new PyType("_GatheringFuture", [env.futureType], {
    builtin: false,
    module: "asyncio.tasks",
    alloc: (cls) => {
      const f = new TaskFuture(world, cls);
      if (env.separateLoop) f.callbackLoop = env.separateLoop;
      return f;
    },
  });
  methods(gatheringType, {
    cancel: (_rt, self, args, kw) => {
      const [msg] = parseArgs(rt, "cancel", args, kw, ["msg"], 0);
      return cancelFuture(self as TaskFuture, msg ?? None);
    },
  });
  const gather = fn("gather", (_rt, args, kw) => {
    const returnExceptions = rt.truthy(kwGet(kw, "return_exceptions") ?? false);
    if (!args.length) {
      const f = newFuture("gather()");
      f.setResult(rt.list([]));
      return f;
    }
    const outer = gatheringType.alloc(gatheringType) as TaskFuture;
    outer.label = `gather(${args.length})`;
    let cancelRequested = false;
    const seen = new Map<PyValue, PyFuture>();
    const children: PyFuture[] = [];
    let nfinished = 0;
    const onDone = (f: PyFuture) => {
      nfinished++;
      if (outer.done()) {
        f.retrieved = true;
        return;
      }
      if (!returnExceptions && f.exception) {
        f.retrieved = true;
        outer.setException(f.exception, f.tracebackText);
        return;
      }
      if (nfinished === seen.size) {
        const results = children.map((c) => {
          c.retrieved = true;
          if (c.state === "cancelled") return cancelledError(world, cancelMessage(c) ?? "");
          return c.exception ?? c.result;
        });
        if (cancelRequested) outer.setException(f.exception ?? cancelledError(world, None));
        else outer.setResult(rt.list(results));
      }
    };
    for (const a of args) {
      let f = seen.get(a);
      if (!f) {
        f = ensureFuture(a);
        seen.set(a, f);
        f.addDoneCallback(onDone);
      }
      children.push(f);
    }
    outer.cancelOverride = (msg) => {
      if (outer.done()) return false;
      let ret = false;
      for (const c of children) if (cancelFuture(c, msg)) ret = true;
      if (ret) cancelRequested = true;
      return ret;
    };
    return outer;
  });

  /** asyncio's _cancel_and_wait: cancel `fut` and wait until it has finished. */
  function* cancelAndWait(fut: PyFuture): NativeBody {
    const waiter = newFuture("cancel waiter");
    let watching = true;
    fut.addDoneCallback(() => {
      if (watching) release(waiter)();
    });
    try {
      cancelFuture(fut);
      yield* awaitFuture(waiter);
    } finally {
      watching = false;
    }
    return None;
  }
  /** fut.result(), with its CancelledError turned into TimeoutError (`raise TimeoutError from exc`). */
  const resultOrTimeout = (fut: PyFuture): PyValue => {
    try {
      return fut.get();
    } catch (e) {
      if (!isCancel(e)) throw e;
      const err = rt.call(timeoutError, []) as PyException;
      err.cause = e;
      err.suppressContext = true;
      throw err;
    }
  };

  const waitFor = fn("wait_for", (_rt, args, kw) => {
    const [aw, timeoutArg] = parseArgs(rt, "wait_for", args, kw, ["fut", "timeout"], 2);
    return nativeCoroutine(
      "wait_for",
      (function* (): NativeBody {
        if (!env.running()) env.abandon(aw);
        needRunningLoop();
        if (timeoutArg === None) return yield* awaitable(rt, aw!);
        const timeout = seconds(rt, timeoutArg!);
        if (timeout <= 0) {
          const fut = ensureFuture(aw!);
          if (fut.done()) return fut.get();
          yield* cancelAndWait(fut);
          return resultOrTimeout(fut);
        }
        const waiter = newFuture("wait_for waiter");
        const cancelTimer = callLater(timeout, release(waiter), `wait_for(${timeout})`);
        const fut = ensureFuture(aw!);
        let watching = true;
        fut.addDoneCallback(() => {
          if (watching) release(waiter)();
        });
        try {
          try {
            yield* awaitFuture(waiter);
          } catch (e) {
            if (!isCancel(e)) throw e;
            if (fut.done()) return fut.get();
            watching = false;
            yield* cancelAndWait(fut);
            throw e;
          }
          if (fut.done()) return fut.get();
          watching = false;
          yield* cancelAndWait(fut);
          return resultOrTimeout(fut);
        } finally {
          cancelTimer();
        }
      })(),
    );
  });

  const WHEN = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"];
  const wait = fn("wait", (_rt, args, kw) => {
    const [fs, timeoutArg, whenArg] = parseArgs(rt, "wait", args, kw, ["fs"], 1, {
      kwOnly: ["timeout", "return_when"],
    });
    return nativeCoroutine(
      "wait",
      (function* (): NativeBody {
        if (fs instanceof PyFuture || (fs instanceof PyGenerator && fs.isCoroutine))
          throw rt.error("TypeError", `expect a list of futures, not ${typeOf(fs).name}`);
        const items = [...new Set(rt.toArray(fs!))];
        if (!items.length) throw rt.error("ValueError", "Set of Tasks/Futures is empty.");
        const when = whenArg === undefined ? "ALL_COMPLETED" : whenArg;
        if (typeof when !== "string" || !WHEN.includes(when))
          throw rt.error("ValueError", `Invalid return_when value: ${rt.str(when)}`);
        if (items.some((f) => f instanceof PyGenerator && f.isCoroutine))
          throw rt.error("TypeError", "Passing coroutines is forbidden, use tasks explicitly.");
        needRunningLoop();
        const futures = items.map((f) => ensureFuture(f));
        const waiter = newFuture("wait");
        let cancelTimer: (() => void) | null =
          timeoutArg === undefined || timeoutArg === None
            ? null
            : callLater(seconds(rt, timeoutArg), release(waiter), "wait timeout");
        let counter = futures.length;
        let watching = true;
        const onCompletion = (f: PyFuture) => {
          if (!watching) return;
          counter--;
          if (
            counter <= 0 ||
            when === "FIRST_COMPLETED" ||
            (when === "FIRST_EXCEPTION" && f.state === "done" && f.exception !== null)
          ) {
            cancelTimer?.();
            cancelTimer = null;
            release(waiter)();
          }
        };
        for (const f of futures) f.addDoneCallback(onCompletion);
        try {
          yield* awaitFuture(waiter);
        } finally {
          cancelTimer?.();
          watching = false;
        }
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
      f.retrieved = true;
      if (outer.done()) return;
      if (f.state === "cancelled") futureCancel(outer);
      else if (f.exception) outer.setException(f.exception, f.tracebackText);
      else outer.setResult(f.result);
    });
    return outer;
  });

  const asCompleted = fn("as_completed", (_rt, args, kw) => {
    const [fs, timeoutArg] = parseArgs(rt, "as_completed", args, kw, ["fs"], 1, { kwOnly: ["timeout"] });
    if (fs instanceof PyFuture || (fs instanceof PyGenerator && fs.isCoroutine))
      throw rt.error("TypeError", `expect an iterable of futures, not ${typeOf(fs).name}`);
    const body = function* (): NativeBody {
      // CPython keeps these in sets (address order); creation order is the likely one.
      const todo = new Set([...new Set(rt.toArray(fs!))].map((f) => ensureFuture(f)));
      const done: (PyFuture | null)[] = [];
      const getters: PyFuture[] = [];
      const wakeGetter = () => {
        while (getters.length) {
          const g = getters.shift()!;
          if (!g.done()) {
            g.setResult(None);
            break;
          }
        }
      };
      const put = (f: PyFuture | null) => {
        done.push(f);
        wakeGetter();
      };
      let cancelTimer: (() => void) | null = null;
      const onCompletion = (f: PyFuture) => {
        if (!todo.has(f)) return;
        todo.delete(f);
        put(f);
        if (!todo.size) cancelTimer?.();
      };
      const waitForOne = () =>
        nativeCoroutine(
          "_wait_for_one",
          (function* (): NativeBody {
            while (!done.length) {
              const g = newFuture("as_completed");
              getters.push(g);
              try {
                yield* awaitFuture(g);
              } catch (e) {
                futureCancel(g);
                const i = getters.indexOf(g);
                if (i >= 0) getters.splice(i, 1);
                if (done.length && g.state !== "cancelled") wakeGetter();
                throw e;
              }
            }
            const f = done.shift()!;
            if (f === null) throw rt.call(timeoutError, []);
            return f.get();
          })(),
        );
      for (const f of todo) f.addDoneCallback(onCompletion);
      if (todo.size && timeoutArg !== undefined && timeoutArg !== None) {
        cancelTimer = callLater(
          seconds(rt, timeoutArg),
          () => {
            for (let i = todo.size; i > 0; i--) put(null);
            todo.clear();
          },
          "as_completed timeout",
        );
      }
      for (let n = todo.size; n > 0; n--) yield waitForOne();
      return None;
    };
    return new PyGenerator(body(), new Frame("as_completed", "<native>", 0), "as_completed", false);
  });

  return { sleep, gather, wait_for: waitFor, wait, shield, as_completed: asCompleted };
}
