/**
 * Virtual threads: what `run_in_executor` and `ThreadPoolExecutor.submit` run. A
 * function given to a pool runs off the loop: its CPU time and its `time.sleep` move
 * only its thread's clock, so the IOLoop keeps serving; its Future resolves when the
 * thread would finish. A pool has `max_workers` threads; extra work waits, FIFO, for
 * the first thread to come free. The function runs to completion when submitted (its
 * clock starting when a thread takes it); what it prints is recorded at its own time.
 */
import { PyModule, PyInstance, None, type KwArgs, type PyValue } from "../../python/objects/core";
import { PyException, isPyException } from "../../python/objects/exceptions";
import { fn, methods, method, parseArgs } from "../../python/builtins/registry";
import { ExecutionHalted } from "../../python";
import { PyFuture, makeFutureType } from "../futures/future";
import type { TornadoContext } from "../tornado/context";
import { runtimeClass, exceptionClass, kwGet } from "../tornado/context";
import { PyIterator } from "../../python/interp/iter";

/** `os.cpu_count()` of the virtual machine. */
export const VIRTUAL_CPU_COUNT = 2;

/** ThreadPoolExecutor's default size on Python 3.8+ (asyncio's default executor too). */
export const DEFAULT_MAX_WORKERS = Math.min(32, VIRTUAL_CPU_COUNT + 4);

/** One pool's threads: when each comes free, on the loop's clock (µs). */
export class Pool {
  readonly freeAt: number[];
  shutdown = false;
  /** When the last piece of submitted work ends. */
  lastEnd = 0;
  /** `prefix` names the pool's threads `prefix_0`, `prefix_1`... as CPython does. */
  constructor(
    readonly maxWorkers: number,
    readonly prefix = "asyncio",
  ) {
    this.freeAt = new Array<number>(maxWorkers).fill(0);
  }
}

interface Outcome {
  readonly value: PyValue;
  readonly error: PyException | null;
  /** When the thread finishes (µs). */
  readonly end: number;
}

class ExecutorObj extends PyInstance {
  pool: Pool = new Pool(DEFAULT_MAX_WORKERS);
}

export class VirtualThreads {
  /** How deep we are in thread code (0: the loop's own thread runs). */
  private depth = 0;
  /** asyncio's default executor (run_in_executor(None, ...)). */
  readonly defaultPool = new Pool(DEFAULT_MAX_WORKERS);
  /** ThreadPoolExecutors made so far (CPython numbers the ones without a name prefix). */
  private unnamedPools = 0;
  /** The name of the virtual thread whose code runs now, or null on the loop's thread. */
  currentThread: string | null = null;
  /** When each concurrent.futures Future's thread ends, for a blocking result(). */
  readonly ends = new WeakMap<PyFuture, number>();
  private concurrentModule: PyModule | null = null;
  /** How each submitted Future gets its thread's outcome (idempotent). */
  private readonly settlers = new WeakMap<PyFuture, () => void>();

  constructor(private readonly ctx: TornadoContext) {}

  get inThread(): boolean {
    return this.depth > 0;
  }

  /** time.sleep: a thread waits alone; the loop's thread blocks the loop. */
  sleep(us: number, cause: string): void {
    const world = this.ctx.world;
    if (this.depth > 0) {
      world.commitCpu();
      world.loop.clock += Math.max(0, Math.round(us));
    } else world.block(us, cause);
  }

  /** Block the caller until `end` (a Future's result() waiting for its thread). */
  waitUntil(end: number, cause: string): void {
    const now = this.ctx.world.now();
    if (end > now) this.sleep(end - now, cause);
  }

  /** Run `fn(*args)` on the first free thread of `pool`. */
  private run(pool: Pool, fn: PyValue, args: PyValue[], kw: KwArgs | null): Outcome {
    const world = this.ctx.world;
    const now = world.now();
    let slot = 0;
    for (let i = 1; i < pool.freeAt.length; i++) if (pool.freeAt[i]! < pool.freeAt[slot]!) slot = i;
    const start = Math.max(now, pool.freeAt[slot]!);
    world.commitCpu();
    const loopClock = world.loop.clock;
    const wasOff = world.offLoop;
    const wasThread = this.currentThread;
    world.offLoop = true;
    world.loop.clock = start;
    this.currentThread = `${pool.prefix}_${slot}`;
    this.depth++;
    let value: PyValue = None;
    let error: PyException | null = null;
    try {
      value = world.rt.call(fn, args, kw);
    } catch (e) {
      if (!isPyException(e)) {
        if (!(e instanceof ExecutionHalted)) throw e;
        this.restore(loopClock, wasOff, wasThread);
        throw e;
      }
      error = e;
    }
    world.commitCpu();
    const end = world.loop.clock;
    this.restore(loopClock, wasOff, wasThread);
    pool.freeAt[slot] = end;
    pool.lastEnd = Math.max(pool.lastEnd, end);
    return { value, error, end };
  }

  private restore(loopClock: number, wasOff: boolean, wasThread: string | null): void {
    const world = this.ctx.world;
    this.depth--;
    this.currentThread = wasThread;
    world.loop.clock = loopClock;
    world.offLoop = wasOff;
  }

  /** Run on `pool` and settle `fut` when the thread ends: the loop learns of it as of an I/O event. */
  submitTo(pool: Pool, fut: PyFuture, fn: PyValue, args: PyValue[], kw: KwArgs | null): PyFuture {
    const world = this.ctx.world;
    if (pool.shutdown) throw world.rt.error("RuntimeError", "cannot schedule new futures after shutdown");
    const out = this.run(pool, fn, args, kw);
    this.ends.set(fut, out.end);
    const settle = () => {
      if (fut.done()) return;
      if (out.error) fut.setException(out.error, this.ctx.cc.tracebackOf(out.error));
      else fut.setResult(out.value);
    };
    this.settlers.set(fut, settle);
    world.loop.ioAt(out.end, world.job(settle, `thread ${world.rt.str(world.rt.getattr(fn, "__name__"))}`));
    return fut;
  }

  /** `IOLoop.run_in_executor` / `loop.run_in_executor`: an asyncio Future of the result. */
  runInExecutor(executor: PyValue, fn: PyValue, args: PyValue[]): PyFuture {
    const rt = this.ctx.world.rt;
    const pool = executor === None || executor === undefined ? this.defaultPool : this.poolOf(executor);
    const label = `run_in_executor(${rt.str(rt.getattr(fn, "__name__"))})`;
    return this.submitTo(pool, this.ctx.cc.newFuture(label), fn, args, null);
  }

  private poolOf(executor: PyValue): Pool {
    if (executor instanceof ExecutorObj) return executor.pool;
    throw this.ctx.world.rt.error("TypeError", `executor must be an Executor, not ${this.ctx.world.rt.repr(executor)}`);
  }

  /** The `concurrent.futures` module (and `concurrent`, its package). */
  module(): PyModule {
    if (this.concurrentModule) return this.concurrentModule;
    const world = this.ctx.world;
    const rt = world.rt;
    const futureType = makeFutureType(world, "Future", "concurrent.futures._base");
    const cancelledType = exceptionClass("CancelledError", "concurrent.futures._base");
    const timeoutType = rt.excType("TimeoutError");
    const waitFor = (f: PyFuture, timeout: PyValue | undefined) => {
      const end = this.ends.get(f);
      if (f.done() || end === undefined) return;
      const limit = timeout === undefined || timeout === None ? Infinity : Number(timeout) * 1e6;
      if (end - world.now() > limit) {
        this.waitUntil(world.now() + limit, "Future.result()");
        throw rt.call(timeoutType, []);
      }
      this.waitUntil(end, "Future.result()");
      // The thread has finished: its outcome is known now, before the loop hears of it.
      this.settlers.get(f)?.();
    };
    method(futureType, "result", (_rt, self, args, kw) => {
      const f = self as PyFuture;
      waitFor(f, args[0] ?? kwGet(kw, "timeout"));
      return f.get();
    });
    method(futureType, "exception", (_rt, self, args, kw) => {
      const f = self as PyFuture;
      waitFor(f, args[0] ?? kwGet(kw, "timeout"));
      f.retrieved = true;
      return f.exception ?? None;
    });

    const executorType = runtimeClass(
      "ThreadPoolExecutor",
      "concurrent.futures.thread",
      undefined,
      (cls) => new ExecutorObj(cls),
    );
    const E = (v: PyValue) => v as ExecutorObj;
    const submit = (self: PyValue, fn: PyValue, args: PyValue[], kw: KwArgs | null) => {
      const f = futureType.alloc(futureType) as PyFuture;
      f.label = `submit(${rt.str(rt.getattr(fn, "__name__"))})`;
      return this.submitTo(E(self).pool, f, fn, args, kw);
    };
    methods(executorType, {
      __init__: (_rt, self, args, kw) => {
        const [maxWorkers, prefix] = parseArgs(rt, "ThreadPoolExecutor", args, kw, [
          "max_workers",
          "thread_name_prefix",
          "initializer",
          "initargs",
        ]);
        let n = DEFAULT_MAX_WORKERS;
        if (maxWorkers !== undefined && maxWorkers !== None) {
          n = Number(maxWorkers);
          if (!(n > 0)) throw rt.error("ValueError", "max_workers must be greater than 0");
        }
        const named = prefix !== undefined && prefix !== None && rt.truthy(prefix);
        E(self).pool = new Pool(n, named ? rt.str(prefix) : `ThreadPoolExecutor-${this.unnamedPools++}`);
        return None;
      },
      submit: (_rt, self, [fnArg, ...args], kw) => submit(self, fnArg!, args, kw),
      map: (_rt, self, [fnArg, ...iterables]) => {
        const columns = iterables.map((it) => rt.toArray(it));
        const n = columns.length ? Math.min(...columns.map((c) => c.length)) : 0;
        const futures: PyFuture[] = [];
        for (let i = 0; i < n; i++)
          futures.push(
            submit(
              self,
              fnArg!,
              columns.map((c) => c[i]!),
              null,
            ) as PyFuture,
          );
        let i = 0;
        return new PyIterator("generator", () =>
          i < futures.length ? rt.callMethod(futures[i++]!, "result", []) : rt.STOP,
        );
      },
      shutdown: (_rt, self, args, kw) => {
        const pool = E(self).pool;
        pool.shutdown = true;
        if (rt.truthy(args[0] ?? kwGet(kw, "wait") ?? true)) this.waitUntil(pool.lastEnd, "executor.shutdown()");
        return None;
      },
      __enter__: (_rt, self) => self,
      __exit__: (_rt, self) => {
        rt.callMethod(self, "shutdown", []);
        return false;
      },
    });

    const m = new PyModule("concurrent.futures");
    const d = m.$dict!;
    d.set("ThreadPoolExecutor", executorType);
    d.set("Executor", executorType);
    d.set("Future", futureType);
    d.set("CancelledError", cancelledType);
    d.set("TimeoutError", timeoutType);
    d.set("InvalidStateError", world.invalidStateErrors.concurrent);
    d.set("FIRST_COMPLETED", "FIRST_COMPLETED");
    d.set("FIRST_EXCEPTION", "FIRST_EXCEPTION");
    d.set("ALL_COMPLETED", "ALL_COMPLETED");
    d.set(
      "as_completed",
      fn("as_completed", (_rt, [fs]) => {
        const list = rt.toArray(fs!) as PyFuture[];
        const order = [...list].sort((a, b) => (this.ends.get(a) ?? 0) - (this.ends.get(b) ?? 0));
        let i = 0;
        return new PyIterator("generator", () => {
          if (i >= order.length) return rt.STOP;
          const f = order[i++]!;
          waitFor(f, undefined);
          return f;
        });
      }),
    );
    this.concurrentModule = m;
    return m;
  }
}
